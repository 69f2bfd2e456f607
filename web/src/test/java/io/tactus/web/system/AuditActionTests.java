package io.tactus.web.system;

import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of audit event has a label in the message bundles. The audit log records
 * only {@link AuditAction}s, so this covers every event the code can write.
 */
class AuditActionTests {

	@Test
	void everyActionHasALabel() throws Exception {
		Properties messages = MessagesTests.messages();
		assertThat(AuditAction.values())
			.allSatisfy((action) -> assertThat(messages.getProperty("audit." + action.key()))
				.as("label audit.%s of %s", action.key(), action)
				.isNotBlank());
	}

	@Test
	void everyActionHasItsOwnKeyThatFitsTheLog() {
		assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::key)).doesNotHaveDuplicates()
			.allSatisfy((key) -> assertThat(key).hasSizeLessThanOrEqualTo(60).matches("[a-z]+(\\.[a-zA-Z]+)+"));
	}

}
