package io.tactus.web.wages;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UntilPublishedTests {

	private final AtomicLong nanos = new AtomicLong();

	private final UntilPublished<String, String> cache = new UntilPublished<>(2, this.nanos::get);

	private final AtomicInteger computed = new AtomicInteger();

	@Test
	void computesOnceUntilCleared() {
		assertThat(this.cache.get("a", this::compute)).isEqualTo("a1");
		assertThat(this.cache.get("a", this::compute)).isEqualTo("a1");
		this.cache.clear();
		assertThat(this.cache.size()).isZero();
		assertThat(this.cache.get("a", this::compute)).isEqualTo("a2");
	}

	@Test
	void doesNotKeepAValueWhoseComputationOverlappedAClear() {
		assertThat(this.cache.get("a", (key) -> {
			this.cache.clear();
			return compute(key);
		})).isEqualTo("a1");
		assertThat(this.cache.get("a", this::compute)).isEqualTo("a2");
	}

	@Test
	void keepsNoMoreThanItsBound() {
		for (String key : new String[] { "a", "b", "c", "d", "e" }) {
			this.cache.get(key, this::compute);
		}
		assertThat(this.cache.size()).isEqualTo(2);
	}

	@Test
	void forgetsAValueNobodyAskedForDuringTheIdleTime() {
		this.cache.get("a", this::compute);
		this.nanos.addAndGet(UntilPublished.IDLE.minusMinutes(1).toNanos());
		assertThat(this.cache.get("a", this::compute)).as("asked for within the idle time").isEqualTo("a1");
		this.nanos.addAndGet(UntilPublished.IDLE.plus(Duration.ofSeconds(1)).toNanos());
		assertThat(this.cache.get("a", this::compute)).isEqualTo("a2");
	}

	private String compute(String key) {
		return key + this.computed.incrementAndGet();
	}

}
