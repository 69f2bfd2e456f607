package io.tactus.web.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageNumberTests {

	@Test
	void clampsThePageNumber() {
		assertThat(PageNumber.of(null)).isZero();
		assertThat(PageNumber.of("")).isZero();
		assertThat(PageNumber.of("abc")).isZero();
		assertThat(PageNumber.of("-1")).isZero();
		assertThat(PageNumber.of("1e9")).isZero();
		assertThat(PageNumber.of(" 3 ")).isEqualTo(3);
		assertThat(PageNumber.of("+007")).isEqualTo(7);
		assertThat(PageNumber.of("2147483647")).isEqualTo(PageNumber.MAX);
		assertThat(PageNumber.of("9".repeat(10_000))).isEqualTo(PageNumber.MAX);
		assertThat((long) PageNumber.MAX * 50).isLessThan(Integer.MAX_VALUE);
	}

}
