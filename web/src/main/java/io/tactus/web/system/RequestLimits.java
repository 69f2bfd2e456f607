package io.tactus.web.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How many requests the portal works on at once and how large a request body may be,
 * bound from {@code tactus.web.*}.
 *
 * @param concurrency requests processed at the same time
 * ({@code TACTUS_WEB_CONCURRENCY}); 0, the default, means four per processor core.
 * Requests that wait for their body, or for their turn, hold no slot.
 * @param maxFormBody the largest body of a request that is not a file upload: sign-in and
 * every other form ({@code tactus.web.max-form-body}, 64 KB)
 * @param maxApiBody the largest body of a JSON API request
 * ({@code tactus.web.max-api-body}, 256 KB); file uploads keep the multipart limits
 */
@ConfigurationProperties("tactus.web")
record RequestLimits(@DefaultValue("0") int concurrency, @DefaultValue("64KB") DataSize maxFormBody,
		@DefaultValue("256KB") DataSize maxApiBody) {

	static final int PER_CORE = 4;

	RequestLimits {
		if (concurrency < 0) {
			throw new IllegalArgumentException(
					"tactus.web.concurrency must be 0 (four per core) or more, not " + concurrency);
		}
	}

	/**
	 * The number of requests processed at once.
	 * @return the configured concurrency, or four per available processor when it is 0
	 */
	int effectiveConcurrency() {
		return (this.concurrency > 0) ? this.concurrency : PER_CORE * Runtime.getRuntime().availableProcessors();
	}

	static String text(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return size.toKilobytes() + " KB";
		}
		return bytes + " bytes";
	}

}
