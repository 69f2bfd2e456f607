package io.tactus.web.clinic;

import java.util.List;

/**
 * A visit log that was refused; nothing of it was stored.
 */
class VisitImportException extends RuntimeException {

	private final List<ImportProblem> problems;

	private final int total;

	VisitImportException(List<ImportProblem> problems, int total) {
		super(total + " problems in the visit log");
		this.problems = List.copyOf(problems);
		this.total = total;
	}

	List<ImportProblem> problems() {
		return this.problems;
	}

	int total() {
		return this.total;
	}

}
