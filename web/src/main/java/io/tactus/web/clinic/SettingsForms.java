package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import io.tactus.core.billing.LocalityId;
import io.tactus.core.billing.PayerKind;
import io.tactus.core.codes.ProviderType;
import io.tactus.reports.oews.UsState;
import io.tactus.web.system.DecimalText;
import io.tactus.web.system.TextInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/**
 * The forms of the settings page.
 */
final class SettingsForms {

	/** The longest name of a therapist or payer. */
	static final int MAX_NAME_LENGTH = 80;

	private static final BigDecimal ANY_MAX = new BigDecimal("1E+" + DecimalText.MAX_LENGTH);

	private static final BigDecimal ANY_MIN = ANY_MAX.negate();

	private SettingsForms() {
	}

	/**
	 * A decimal in plain notation of at most {@link DecimalText#MAX_LENGTH} characters,
	 * empty for none or not such a number: {@code 1e10000000} is refused before any
	 * arithmetic. The caller checks the range and decimals.
	 * @param text the text
	 * @return the number
	 */
	static Optional<BigDecimal> decimal(String text) {
		return DecimalText.decimal(text, ANY_MIN, ANY_MAX, DecimalText.MAX_LENGTH);
	}

	static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(text)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	/**
	 * The name, stripped, once it passed the form's constraints (required, at most
	 * {@value #MAX_NAME_LENGTH} characters) and is plain text; empty when not.
	 * @param text the name as sent
	 * @param result where a name that is not plain text is refused
	 * @return the name or an empty string
	 */
	static String name(String text, BindingResult result) {
		if (result.hasFieldErrors("name")) {
			return "";
		}
		String name = text.strip();
		if (!TextInput.isPlain(name)) {
			result.rejectValue("name", "clinic.settings.name.notPlain");
			return "";
		}
		return name;
	}

	/**
	 * A US state's two-letter code, upper case; empty for none or no such state.
	 * @param text the code as sent
	 * @return the code
	 */
	static Optional<String> state(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		return UsState.ofPostalCode(text.strip().toUpperCase(Locale.ROOT))
			.map((s) -> text.strip().toUpperCase(Locale.ROOT));
	}

	static Optional<Long> id(String text) {
		try {
			return (text == null) ? Optional.empty() : Optional.of(Long.parseLong(text.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A therapist, new or edited.
	 *
	 * @param name the name as in visit logs
	 * @param providerType the provider type
	 * @param hourlyPay the hourly pay, optional
	 * @param state the state for the wage benchmark, optional (else the clinic's)
	 */
	record TherapistForm(
			@NotBlank(message = "{clinic.settings.name.required}") @Size(max = MAX_NAME_LENGTH,
					message = "{clinic.settings.name.tooLong}") String name,
			String providerType, String hourlyPay, String state) {

		static TherapistForm empty() {
			return new TherapistForm("", ProviderType.LMT.name(), "", "");
		}

		static TherapistForm of(Therapist therapist) {
			return new TherapistForm(therapist.name(), therapist.type().name(),
					therapist.hourlyPay().map(BigDecimal::toPlainString).orElse(""), therapist.state().orElse(""));
		}

	}

	/**
	 * A payer, new or edited.
	 *
	 * @param name the name as in visit logs
	 * @param kind the kind
	 * @param unitRule the unit rule it applies; empty for the kind's usual rule
	 */
	record PayerForm(@NotBlank(message = "{clinic.settings.name.required}") @Size(max = MAX_NAME_LENGTH,
			message = "{clinic.settings.name.tooLong}") String name, String kind, String unitRule) {

		static PayerForm empty() {
			return new PayerForm("", PayerKind.COMMERCIAL.name(), "");
		}

		static PayerForm of(Payer payer) {
			return new PayerForm(payer.name(), payer.kind().name(), payer.rule().name());
		}

	}

	/**
	 * The clinic's state and Medicare locality.
	 *
	 * @param state two letters, optional
	 * @param locality the Medicare locality picked from the CMS list,
	 * {@code MAC-locality} (e.g. {@code 02102-01}); empty for national GPCIs
	 */
	record LocalityForm(String state, String locality) {

		static LocalityForm of(Locality locality) {
			return new LocalityForm(locality.state().orElse(""), locality.medicare().map(LocalityId::text).orElse(""));
		}

	}

}
