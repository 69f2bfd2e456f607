package io.tactus.web.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test only when {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} exist (Debian packages {@code chromium} and
 * {@code chromium-driver}).
 */
public class ChromiumCondition implements ExecutionCondition {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return ConditionEvaluationResult.enabled("Chromium and ChromeDriver found");
		}
		if (CiEnvironment.isCi()) {
			return ConditionEvaluationResult.enabled("CI=true: running although Chromium is missing");
		}
		return CiEnvironment.skip("browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
				+ " is missing (apt-get install -y chromium chromium-driver)");
	}

}
