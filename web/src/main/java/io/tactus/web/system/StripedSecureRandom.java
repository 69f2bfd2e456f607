package io.tactus.web.system;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A {@link SecureRandom} spread over a fixed set of DRBG generators (each seeded once
 * from the system's entropy source), picked by the calling thread's id, so that requests
 * making CSRF tokens do not queue on the one lock of a shared generator: under load that
 * queue was the largest wait in the comparison page (docs/wages.md, load test).
 * <p>
 * Not one generator per thread: requests run on virtual threads, a new thread each, and a
 * generator per thread was seeded anew for every page (docs/architecture.md, "Threads and
 * slow clients").
 */
final class StripedSecureRandom extends SecureRandom {

	private static final long serialVersionUID = 1L;

	private final transient SecureRandom[] generators;

	StripedSecureRandom(int stripes) {
		if (stripes < 1) {
			throw new IllegalArgumentException("At least one generator is needed, not " + stripes);
		}
		this.generators = new SecureRandom[stripes];
		for (int i = 0; i < stripes; i++) {
			this.generators[i] = generator();
		}
	}

	/**
	 * Four generators per processor core, as many as requests work at once by default.
	 * @return the generator
	 */
	static StripedSecureRandom perCore() {
		return new StripedSecureRandom(RequestLimits.PER_CORE * Runtime.getRuntime().availableProcessors());
	}

	@Override
	public void nextBytes(byte[] bytes) {
		int stripe = (int) Long.remainderUnsigned(Thread.currentThread().threadId(), this.generators.length);
		this.generators[stripe].nextBytes(bytes);
	}

	@Override
	public String getAlgorithm() {
		return "DRBG, striped";
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
