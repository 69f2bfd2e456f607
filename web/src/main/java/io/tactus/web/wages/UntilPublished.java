package io.tactus.web.wages;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.tactus.web.datasets.DatasetPublished;

/**
 * Values computed from the published datasets, kept in a Caffeine cache until the owner's
 * listener of {@link DatasetPublished} calls {@link #clear()}. The cache holds at most
 * its bound (evicting the values least likely to be asked for again) and forgets a value
 * nobody asked for during {@link #IDLE}. A value whose computation overlapped a clear is
 * returned but not kept, so nothing computed from the old datasets outlives the publish;
 * the computation runs outside the cache's locks, so a clear from inside it (or a slow
 * one) blocks nobody. Caffeine's upkeep (eviction, expiry) runs a little at a time on the
 * request threads that use the cache, rather than being handed to the common fork-join
 * pool.
 *
 * @param <K> the key
 * @param <V> the value
 */
final class UntilPublished<K, V> {

	/** How long a value nobody asks for is kept. */
	static final Duration IDLE = Duration.ofHours(1);

	private final Cache<K, V> values;

	private final AtomicLong generation = new AtomicLong();

	/**
	 * A cache that holds at most {@code maxEntries} values.
	 * @param maxEntries the bound
	 */
	UntilPublished(int maxEntries) {
		this(maxEntries, Ticker.systemTicker());
	}

	/**
	 * A cache that holds at most {@code maxEntries} values and reads the time from
	 * {@code ticker}.
	 * @param maxEntries the bound
	 * @param ticker the time source, in nanoseconds
	 */
	UntilPublished(int maxEntries, Ticker ticker) {
		this.values = Caffeine.newBuilder()
			.maximumSize(maxEntries)
			.expireAfterAccess(IDLE)
			.ticker(ticker)
			.executor(Runnable::run)
			.build();
	}

	/**
	 * The value for a key, computed at most once per publish unless computations race.
	 * @param key the key
	 * @param compute computes the value
	 * @return the value
	 */
	V get(K key, Function<K, V> compute) {
		V cached = this.values.getIfPresent(key);
		if (cached != null) {
			return cached;
		}
		long before = this.generation.get();
		V computed = compute.apply(key);
		if (this.generation.get() == before) {
			this.values.asMap().putIfAbsent(key, computed);
			if (this.generation.get() != before) {
				// A clear came between the check and the put.
				this.values.asMap().remove(key, computed);
			}
		}
		return computed;
	}

	/** Forgets every value, and every computation still running. */
	void clear() {
		this.generation.incrementAndGet();
		this.values.invalidateAll();
	}

	/**
	 * The number of values kept, once pending evictions are done.
	 * @return the number of values
	 */
	long size() {
		this.values.cleanUp();
		return this.values.estimatedSize();
	}

}
