package io.tactus.web.billing;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.InvalidServiceException;
import io.tactus.core.billing.InvalidServiceException.Field;
import io.tactus.core.billing.InvalidServiceException.Reason;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.UnitRule;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the engine refuses is named and worded by web: form and JSON field names built
 * from the line and field, every reason and field worded by the bundle.
 */
class ServiceProblemsTests {

	private static final BillingEngine ENGINE = BillingEngine.standard();

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	ServiceProblemsTests() {
		this.messages.setBasenames("messages-billing");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
	}

	@Test
	void namesTheFieldTheWayFormsAndJsonDo() {
		assertThat(ServiceProblems.field(refused(ServiceLine.of("97110", 10), ServiceLine.of("97140", -5))))
			.isEqualTo("services[1].minutes");
		assertThat(ServiceProblems.field(refused(ServiceLine.of("97110", 20).withBilledUnits(-1))))
			.isEqualTo("services[0].billedUnits");
		assertThat(ServiceProblems.field(refused(ServiceLine.of("97110", 1000), ServiceLine.of("97140", 441))))
			.isEqualTo("services");
		assertThat(ServiceProblems.field(OptionalInt.of(3), Field.BODY_REGION)).isEqualTo("services[3].bodyRegion");
		assertThat(ServiceProblems.field(OptionalInt.of(2), Field.LINE)).isEqualTo("services[2]");
	}

	@Test
	void wordsWhatTheEngineRefusedFromTheBundle() {
		assertThat(text(refused(ServiceLine.of("97110", 10), ServiceLine.of("97140", -5))))
			.isEqualTo("Minutes cannot be negative (-5).");
		assertThat(text(refused(ServiceLine.untimed("97110"))))
			.isEqualTo("97110 is a timed code and needs its minutes.");
		assertThat(text(refused(ServiceLine.of("97110", 15).withModifiers("GP", "59", "XS", "KX", "GO"))))
			.startsWith("A service has at most 4 modifiers (")
			.contains("KX");
	}

	@Test
	void everyReasonAndFieldHasItsText() {
		for (Reason reason : Reason.values()) {
			for (Field field : List.of(Field.MINUTES, Field.CODE)) {
				assertThat(text(new InvalidServiceException(0, field, reason, "x"))).as(reason + " " + field)
					.isNotBlank()
					.doesNotContain("{", "}")
					.endsWith(".");
			}
		}
		for (Field field : Field.values()) {
			assertThat(this.messages.getMessage("billing.invalid.field." + field.name(), null, Locale.ENGLISH))
				.isNotBlank();
		}
	}

	private String text(InvalidServiceException ex) {
		return this.messages.getMessage(ServiceProblems.reason(ex), Locale.ENGLISH);
	}

	private static InvalidServiceException refused(ServiceLine... lines) {
		return catchThrowableOfType(InvalidServiceException.class, () -> ENGINE.units(List.of(lines), UnitRule.CMS));
	}

}
