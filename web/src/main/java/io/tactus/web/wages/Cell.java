package io.tactus.web.wages;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One cell of the state table: a number (or the state's name), the text shown, and the
 * mark that says why a number is missing.
 *
 * @param value the number, empty when unknown (and for the name)
 * @param text what the page shows
 * @param mark why the number is missing, empty when it is known
 */
record Cell(OptionalDouble value, String text, Optional<Mark> mark) {

	static Cell known(double value, String text) {
		return new Cell(OptionalDouble.of(value), text, Optional.empty());
	}

	static Cell missing(Mark mark) {
		return new Cell(OptionalDouble.empty(), mark.symbol(), Optional.of(mark));
	}

	static Cell text(String text) {
		return new Cell(OptionalDouble.empty(), text, Optional.empty());
	}

	public boolean isKnown() {
		return this.value.isPresent();
	}

	/**
	 * The message key of the mark, for templates.
	 * @return the key, or {@code null} without a mark
	 */
	public String markKey() {
		return this.mark.map(Mark::messageKey).orElse(null);
	}

}
