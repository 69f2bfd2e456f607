package io.tactus.reports.oews;

import java.util.Arrays;

/**
 * An open-addressing table from 64-bit key hashes to the first row with that key, its
 * figures' hash and its occupation-level hash: the duplicate check of a 400,000-row file
 * in about 60 bytes a row (25 MB for 400,000 rows) instead of a map of objects.
 */
final class KeyTable {

	private static final long EMPTY = 0L;

	private long[] keys = new long[1 << 12];

	private long[] values = new long[1 << 12];

	private int[] groups = new int[1 << 12];

	private int[] rows = new int[1 << 12];

	private int size;

	/**
	 * Adds a key, or finds the slot of an earlier row with the same key.
	 * @param key the key hash
	 * @param value the figures' hash
	 * @param group the occupation-level hash
	 * @param row the row number
	 * @return -1 when the key is new, else the slot of the earlier row
	 */
	int putIfAbsent(long key, long value, int group, int row) {
		long k = (key == EMPTY) ? 1L : key;
		int mask = this.keys.length - 1;
		int slot = (int) mix(k) & mask;
		while (this.keys[slot] != EMPTY) {
			if (this.keys[slot] == k) {
				return slot;
			}
			slot = (slot + 1) & mask;
		}
		this.keys[slot] = k;
		this.values[slot] = value;
		this.groups[slot] = group;
		this.rows[slot] = row;
		if (++this.size * 2 > this.keys.length) {
			grow();
		}
		return -1;
	}

	long value(int slot) {
		return this.values[slot];
	}

	int group(int slot) {
		return this.groups[slot];
	}

	int row(int slot) {
		return this.rows[slot];
	}

	private void grow() {
		long[] oldKeys = this.keys;
		long[] oldValues = this.values;
		int[] oldGroups = this.groups;
		int[] oldRows = this.rows;
		int capacity = oldKeys.length * 2;
		this.keys = new long[capacity];
		this.values = new long[capacity];
		this.groups = new int[capacity];
		this.rows = new int[capacity];
		int mask = capacity - 1;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != EMPTY) {
				int slot = (int) mix(oldKeys[i]) & mask;
				while (this.keys[slot] != EMPTY) {
					slot = (slot + 1) & mask;
				}
				this.keys[slot] = oldKeys[i];
				this.values[slot] = oldValues[i];
				this.groups[slot] = oldGroups[i];
				this.rows[slot] = oldRows[i];
			}
		}
		Arrays.fill(oldKeys, EMPTY);
	}

	private static long mix(long value) {
		long z = value * 0x9E3779B97F4A7C15L;
		return z ^ (z >>> 32);
	}

	/**
	 * FNV-1a over strings, with a separator between them.
	 */
	static final class Hash {

		private long hash = 0xcbf29ce484222325L;

		Hash add(String text) {
			for (int i = 0; i < text.length(); i++) {
				this.hash ^= text.charAt(i);
				this.hash *= 0x100000001b3L;
			}
			this.hash ^= 0x1F;
			this.hash *= 0x100000001b3L;
			return this;
		}

		Hash add(long value) {
			for (int i = 0; i < 8; i++) {
				this.hash ^= (value >>> (i * 8)) & 0xFF;
				this.hash *= 0x100000001b3L;
			}
			return this;
		}

		long value() {
			return this.hash;
		}

	}

}
