package io.tactus.web.wages;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.tactus.web.datasets.DatasetPublished;

/**
 * Values computed from the published datasets, kept until the owner's listener of
 * {@link DatasetPublished} calls {@link #clear()}. A value whose computation overlapped a
 * clear is returned but not kept, so nothing computed from the old datasets outlives the
 * publish. Reads take no lock; past the bound it starts again rather than keep an order
 * of use (which would lock every read).
 *
 * @param <K> the key
 * @param <V> the value
 */
final class UntilPublished<K, V> {

	private final Map<K, V> values = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final int maxEntries;

	/**
	 * A cache that holds at most {@code maxEntries} values.
	 * @param maxEntries the bound
	 */
	UntilPublished(int maxEntries) {
		this.maxEntries = maxEntries;
	}

	/**
	 * The value for a key, computed at most once per publish unless computations race.
	 * @param key the key
	 * @param compute computes the value
	 * @return the value
	 */
	V get(K key, Function<K, V> compute) {
		V cached = this.values.get(key);
		if (cached != null) {
			return cached;
		}
		long before = this.generation.get();
		V computed = compute.apply(key);
		if (this.generation.get() == before) {
			if (this.values.size() >= this.maxEntries) {
				this.values.clear();
			}
			this.values.putIfAbsent(key, computed);
			if (this.generation.get() != before) {
				// A clear came between the check and the put.
				this.values.remove(key, computed);
			}
		}
		return computed;
	}

	/** Forgets every value, and every computation still running. */
	void clear() {
		this.generation.incrementAndGet();
		this.values.clear();
	}

}
