package io.tactus.web.billing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.PaymentBasis;
import io.tactus.core.billing.Severity;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.codes.ProviderType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calculator builds some message keys from enum names ({@code billing.payer.CASH}),
 * which {@code MessagesTests} cannot see in the template: every constant needs its text.
 */
class BillingMessagesTests {

	@Test
	void everyEnumShownOnThePageHasItsText() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages-billing.properties"))) {
			messages.load(in);
		}
		List<String> keys = new ArrayList<>();
		for (PayerKind payer : PayerKind.values()) {
			keys.add("billing.payer." + payer.name());
		}
		for (ProviderType provider : ProviderType.values()) {
			keys.add("billing.provider." + provider.name());
		}
		for (UnitRule rule : UnitRule.values()) {
			keys.add("billing.rule." + rule.name());
			keys.add("billing.rule.short." + rule.name());
		}
		for (Severity severity : Severity.values()) {
			keys.add("billing.severity." + severity.name());
		}
		for (PaymentBasis basis : PaymentBasis.values()) {
			keys.add("billing.payment.basis." + basis.name());
		}
		assertThat(keys).allSatisfy((key) -> assertThat(messages).containsKey(key));
	}

}
