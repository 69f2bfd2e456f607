package io.tactus.reports.oews;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects findings, keeping at most a cap of each kind but counting all of them.
 */
final class Findings {

	private final int capPerKind;

	private final long[] counts = new long[FindingKind.values().length];

	private final List<Finding> kept = new ArrayList<>();

	Findings(int capPerKind) {
		this.capPerKind = capPerKind;
	}

	void add(Finding finding) {
		long count = ++this.counts[finding.kind().ordinal()];
		if (count <= this.capPerKind) {
			this.kept.add(finding);
		}
	}

	List<Finding> kept() {
		return this.kept;
	}

	Map<FindingKind, Long> counts() {
		Map<FindingKind, Long> counts = new EnumMap<>(FindingKind.class);
		for (FindingKind kind : FindingKind.values()) {
			if (this.counts[kind.ordinal()] > 0) {
				counts.put(kind, this.counts[kind.ordinal()]);
			}
		}
		return counts;
	}

}
