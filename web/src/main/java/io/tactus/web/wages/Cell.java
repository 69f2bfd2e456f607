package io.tactus.web.wages;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One cell of the state table: a number (or the state's name), the text shown, and the
 * mark that says why a number is missing.
 *
 * @param value the number as shown (rounded as {@link WageFormat#round}), empty when
 * unknown (and for the name)
 * @param text what the page shows
 * @param mark why the number is missing, empty when it is known
 * @param outlier why a known number should be read with care (far from the other
 * states'), empty for most
 * @param group what the number is ranked within, sorted before it (the demand score's
 * components used: more first); empty for most
 */
record Cell(OptionalDouble value, String text, Optional<Mark> mark, Optional<OutlierNote> outlier, OptionalInt group) {

	static Cell known(double value, String text) {
		return new Cell(OptionalDouble.of(value), text, Optional.empty(), Optional.empty(), OptionalInt.empty());
	}

	static Cell missing(Mark mark) {
		return new Cell(OptionalDouble.empty(), mark.symbol(), Optional.of(mark), Optional.empty(),
				OptionalInt.empty());
	}

	static Cell text(String text) {
		return new Cell(OptionalDouble.empty(), text, Optional.empty(), Optional.empty(), OptionalInt.empty());
	}

	Cell withOutlier(Optional<OutlierNote> note) {
		return new Cell(this.value, this.text, this.mark, note, this.group);
	}

	Cell inGroup(int group) {
		return new Cell(this.value, this.text, this.mark, this.outlier, OptionalInt.of(group));
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

	/**
	 * The group as text for the page's {@code data-group}, empty without one.
	 * @return the text
	 */
	public String groupText() {
		return this.group.isPresent() ? Integer.toString(this.group.getAsInt()) : "";
	}

}
