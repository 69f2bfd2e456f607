package io.tactus.web.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * Whether the tests run in CI, where a missing PostgreSQL or browser is a failure, not a
 * skip.
 */
final class CiEnvironment {

	private CiEnvironment() {
	}

	static boolean isCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/**
	 * Skips with a reason that shows in the build output, not only in the reports.
	 * @param reason why
	 * @return the disabled result
	 */
	@SuppressWarnings("java:S106")
	static ConditionEvaluationResult skip(String reason) {
		System.err.println("[tactus] " + reason);
		return ConditionEvaluationResult.disabled(reason);
	}

}
