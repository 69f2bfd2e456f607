package io.tactus.core.billing;

import java.util.List;
import java.util.Objects;

/**
 * One problem or remark about a visit's claim.
 *
 * @param kind what was found
 * @param severity how serious it is
 * @param codes the codes concerned, in entry order
 * @param lines the 0-based positions of the service lines concerned, so a form can point
 * at them
 * @param explanation what is wrong and why, in plain words
 * @param fix what to do about it
 */
public record Finding(FindingKind kind, Severity severity, List<String> codes, List<Integer> lines, String explanation,
		String fix) {

	public Finding {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(severity, "severity");
		codes = List.copyOf(codes);
		lines = List.copyOf(lines);
		Objects.requireNonNull(explanation, "explanation");
		Objects.requireNonNull(fix, "fix");
		if (explanation.isBlank() || fix.isBlank()) {
			throw new IllegalArgumentException("A finding needs an explanation and a fix: " + kind);
		}
	}

	static Finding of(FindingKind kind, Severity severity, String code, List<Integer> lines, String explanation,
			String fix) {
		return new Finding(kind, severity, List.of(code), lines, explanation, fix);
	}

}
