package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.util.Optional;
import io.tactus.core.billing.LocalityId;
import io.tactus.core.billing.PayerKind;
import io.tactus.core.codes.ProviderType;
import io.tactus.web.system.DecimalText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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

	static Optional<Long> id(String text) {
		try {
			return (text == null) ? Optional.empty() : Optional.of(Long.parseLong(text.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A new therapist.
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

	}

	/**
	 * A new payer.
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

	}

	/**
	 * The clinic's fee per unit of a code for a payer.
	 *
	 * @param payerId the payer
	 * @param code the code
	 * @param fee the fee per unit
	 */
	record FeeForm(String payerId, String code, String fee) {

		static FeeForm empty() {
			return new FeeForm("", "", "");
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
