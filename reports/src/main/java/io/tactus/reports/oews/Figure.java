package io.tactus.reports.oews;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One figure of a wage table: a number, or the reason there is none.
 *
 * <p>
 * A missing or top-coded figure is never a number: statistics leave it out and count it
 * as left out.
 */
public final class Figure {

	private static final Figure BLANK = new Figure(FigureState.BLANK, Double.NaN);

	private final FigureState state;

	private final double number;

	private Figure(FigureState state, double number) {
		this.state = state;
		this.number = number;
	}

	/**
	 * A published number.
	 * @param number the number, finite
	 * @return the figure
	 */
	public static Figure of(double number) {
		if (!Double.isFinite(number)) {
			throw new IllegalArgumentException("A figure must be a finite number, not " + number);
		}
		return new Figure(FigureState.KNOWN, number);
	}

	/**
	 * A figure without a number.
	 * @param state why there is no number; not {@link FigureState#KNOWN}
	 * @return the figure
	 */
	public static Figure absent(FigureState state) {
		if (state == FigureState.KNOWN) {
			throw new IllegalArgumentException("An absent figure needs a reason other than KNOWN");
		}
		return (state == FigureState.BLANK) ? BLANK : new Figure(state, Double.NaN);
	}

	/**
	 * An empty cell.
	 * @return the blank figure
	 */
	public static Figure blank() {
		return BLANK;
	}

	public FigureState state() {
		return this.state;
	}

	public boolean isKnown() {
		return this.state == FigureState.KNOWN;
	}

	/**
	 * The number, when there is one.
	 * @return the number, or empty
	 */
	public OptionalDouble value() {
		return isKnown() ? OptionalDouble.of(this.number) : OptionalDouble.empty();
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Figure that) && this.state == that.state
				&& Double.compare(this.number, that.number) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.state, this.number);
	}

	@Override
	public String toString() {
		return isKnown() ? Double.toString(this.number) : this.state.name();
	}

}
