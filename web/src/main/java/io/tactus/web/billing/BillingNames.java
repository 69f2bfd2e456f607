package io.tactus.web.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.codes.ProviderType;

/**
 * Reads the names users and API clients type for rules, payers, providers and modifiers:
 * case and spaces do not matter, {@code medicare-part-b} is {@code MEDICARE_PART_B}.
 */
final class BillingNames {

	private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

	private BillingNames() {
	}

	static Optional<UnitRule> rule(String name) {
		return constant(UnitRule.class, name);
	}

	static Optional<PayerKind> payer(String name) {
		return constant(PayerKind.class, name);
	}

	static Optional<ProviderType> provider(String name) {
		return constant(ProviderType.class, name);
	}

	/**
	 * Split a typed list of modifiers.
	 * @param text e.g. {@code "GP, 59"}
	 * @return the modifiers, upper-case, in the order typed
	 */
	static List<String> modifiers(String text) {
		List<String> result = new ArrayList<>();
		for (String part : SEPARATORS.split(text.strip())) {
			if (!part.isEmpty()) {
				result.add(part.toUpperCase(Locale.ROOT));
			}
		}
		return result;
	}

	/**
	 * Whether a modifier has the shape of one: two letters or digits.
	 * @param modifier the modifier
	 * @return true when it looks like a modifier
	 */
	static boolean isModifier(String modifier) {
		return modifier != null && MODIFIER.matcher(modifier.strip().toUpperCase(Locale.ROOT)).matches();
	}

	private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		String normal = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(normal)) {
				return Optional.of(constant);
			}
		}
		return Optional.empty();
	}

}
