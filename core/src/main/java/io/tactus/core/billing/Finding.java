package io.tactus.core.billing;

import java.util.List;
import java.util.Objects;

/**
 * One problem or remark about a visit's claim, as data: what was found, how serious it
 * is, where, and the values a user interface needs to explain it and say what to do.
 *
 * @param severity how serious it is
 * @param codes the codes concerned, in entry order
 * @param lines the 0-based positions of the service lines concerned, so a form can point
 * at them
 * @param detail what was found, with its values; it decides the {@link #kind()}
 */
public record Finding(Severity severity, List<String> codes, List<Integer> lines, FindingDetail detail) {

	public Finding {
		Objects.requireNonNull(severity, "severity");
		codes = List.copyOf(codes);
		lines = List.copyOf(lines);
		Objects.requireNonNull(detail, "detail");
		if (codes.isEmpty() || lines.isEmpty()) {
			throw new IllegalArgumentException("A finding concerns at least one code and line: " + detail.kind());
		}
		if (lines.stream().anyMatch((line) -> line < 0)) {
			throw new IllegalArgumentException("Line positions start at 0: " + lines);
		}
	}

	static Finding of(Severity severity, String code, List<Integer> lines, FindingDetail detail) {
		return new Finding(severity, List.of(code), lines, detail);
	}

	/**
	 * What was found.
	 * @return the kind, from the detail
	 */
	public FindingKind kind() {
		return this.detail.kind();
	}

}
