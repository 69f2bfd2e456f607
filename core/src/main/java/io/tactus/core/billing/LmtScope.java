package io.tactus.core.billing;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The codes a licensed massage therapist may bill to a given payer in a given state.
 *
 * <p>
 * Scope is set state by state and payer by payer, so the caller passes the list that
 * applies; {@link #defaults()} is the list massage sources agree on: 97124 (massage),
 * 97140 (manual therapy) and 97010 (hot or cold packs).
 *
 * @param label what the list is for, e.g. {@code "FL, Acme PIP"}
 * @param allowedCodes the codes allowed
 */
public record LmtScope(String label, Set<String> allowedCodes) {

	private static final LmtScope DEFAULTS = new LmtScope("default", Set.of("97124", "97140", "97010"));

	public LmtScope {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(allowedCodes, "allowedCodes");
		Set<String> codes = new HashSet<>();
		for (String code : allowedCodes) {
			codes.add(Objects.requireNonNull(code, "code").strip().toUpperCase(Locale.ROOT));
		}
		allowedCodes = Set.copyOf(codes);
	}

	/**
	 * The default list: 97124, 97140, 97010.
	 * @return the default scope
	 */
	public static LmtScope defaults() {
		return DEFAULTS;
	}

	/**
	 * A scope with the given codes.
	 * @param label what the list is for
	 * @param codes the allowed codes
	 * @return the scope
	 */
	public static LmtScope of(String label, String... codes) {
		return new LmtScope(label, new HashSet<>(Arrays.asList(codes)));
	}

	/**
	 * Whether a code is allowed.
	 * @param code the code
	 * @return true when in the list
	 */
	public boolean allows(String code) {
		return this.allowedCodes.contains(code);
	}

}
