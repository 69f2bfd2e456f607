package io.tactus.web.system;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A {@link SecureRandom} that gives each thread its own DRBG generator (seeded from the
 * system's entropy source), so that request threads making CSRF tokens do not queue on
 * the one lock of a shared generator: under load that queue was the largest wait in the
 * comparison page (docs/wages.md, load test).
 */
final class PerThreadSecureRandom extends SecureRandom {

	private static final long serialVersionUID = 1L;

	private final transient ThreadLocal<SecureRandom> generators = ThreadLocal
		.withInitial(PerThreadSecureRandom::generator);

	@Override
	public void nextBytes(byte[] bytes) {
		this.generators.get().nextBytes(bytes);
	}

	@Override
	public String getAlgorithm() {
		return "DRBG per thread";
	}

	private static SecureRandom generator() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("DRBG is missing from this JVM", ex);
		}
	}

}
