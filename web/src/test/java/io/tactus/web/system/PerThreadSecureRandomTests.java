package io.tactus.web.system;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PerThreadSecureRandomTests {

	private final PerThreadSecureRandom random = new PerThreadSecureRandom();

	@Test
	void givesDifferentBytesOnEveryCallAndEveryThread() throws Exception {
		byte[] first = bytes();
		byte[] second = bytes();
		byte[] otherThread = CompletableFuture.supplyAsync(this::bytes).get();
		assertThat(first).isNotEqualTo(second).isNotEqualTo(otherThread);
		assertThat(second).isNotEqualTo(otherThread);
		assertThat(this.random.nextInt()).isNotEqualTo(this.random.nextInt());
	}

	private byte[] bytes() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return bytes;
	}

}
