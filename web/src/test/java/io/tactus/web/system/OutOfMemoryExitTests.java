package io.tactus.web.system;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutOfMemoryExitTests {

	@Test
	void warnsWhenTheFlagIsOffOrUnknown() {
		assertThat(OutOfMemoryExit.warning(Optional.of(false))).get()
			.asString()
			.contains("-XX:+ExitOnOutOfMemoryError")
			.contains("JDK_JAVA_OPTIONS");
		assertThat(OutOfMemoryExit.warning(Optional.empty())).isPresent();
	}

	@Test
	void staysQuietWhenTheJvmExitsOnOutOfMemory() {
		assertThat(OutOfMemoryExit.warning(Optional.of(true))).isEmpty();
	}

	@Test
	void readsTheFlagOfThisJvm() {
		assertThat(OutOfMemoryExit.flag()).isPresent();
	}

}
