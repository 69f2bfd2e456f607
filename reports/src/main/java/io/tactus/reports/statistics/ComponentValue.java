package io.tactus.reports.statistics;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One demand component of one state, raw and standardised.
 *
 * @param component the component
 * @param value the raw value, empty when the state lacks it
 * @param zScore {@code (value − mean) / standard deviation} over the states that have the
 * component; empty when the state lacks it or the component cannot be standardised
 * @param weight the component's weight
 */
public record ComponentValue(DemandComponent component, OptionalDouble value, OptionalDouble zScore, double weight) {

	public ComponentValue {
		Objects.requireNonNull(component, "component");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(zScore, "zScore");
	}

}
