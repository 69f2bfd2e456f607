package io.tactus.web.system;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StripedSecureRandomTests {

	private final StripedSecureRandom random = new StripedSecureRandom(2);

	@Test
	void givesDifferentBytesOnEveryCallAndEveryThread() throws Exception {
		byte[] first = bytes();
		byte[] second = bytes();
		byte[] otherThread = CompletableFuture.supplyAsync(this::bytes).get();
		assertThat(first).isNotEqualTo(second).isNotEqualTo(otherThread);
		assertThat(second).isNotEqualTo(otherThread);
		assertThat(this.random.nextInt()).isNotEqualTo(this.random.nextInt());
	}

	@Test
	void givesDifferentBytesToManyVirtualThreadsSharingTheStripes() throws Exception {
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			List<CompletableFuture<byte[]>> futures = IntStream.range(0, 16)
				.mapToObj((i) -> CompletableFuture.supplyAsync(this::bytes, executor))
				.toList();
			long distinct = futures.stream()
				.map(CompletableFuture::join)
				.map(HexFormat.of()::formatHex)
				.distinct()
				.count();
			assertThat(distinct).isEqualTo(16);
		}
	}

	@Test
	void needsAtLeastOneGenerator() {
		assertThatIllegalArgumentException().isThrownBy(() -> new StripedSecureRandom(0));
	}

	private byte[] bytes() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return bytes;
	}

}
