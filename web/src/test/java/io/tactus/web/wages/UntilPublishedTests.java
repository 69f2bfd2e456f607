package io.tactus.web.wages;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UntilPublishedTests {

	private final UntilPublished<String, String> cache = new UntilPublished<>(2);

	private final AtomicInteger computed = new AtomicInteger();

	@Test
	void computesOnceUntilCleared() {
		assertThat(this.cache.get("a", this::compute)).isEqualTo("a1");
		assertThat(this.cache.get("a", this::compute)).isEqualTo("a1");
		this.cache.clear();
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
	void startsAgainPastItsBound() {
		this.cache.get("a", this::compute);
		this.cache.get("b", this::compute);
		this.cache.get("c", this::compute);
		assertThat(this.cache.get("c", this::compute)).isEqualTo("c3");
		assertThat(this.cache.get("a", this::compute)).isEqualTo("a4");
	}

	private String compute(String key) {
		return key + this.computed.incrementAndGet();
	}

}
