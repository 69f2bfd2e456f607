package io.tactus.core.billing;

/**
 * How timed (15-minute) codes are turned into units.
 */
public enum UnitRule {

	/**
	 * The CMS "8-minute rule": timed minutes of the day are pooled, the chart gives the
	 * total, each code keeps its full 15-minute units and the rest go to the largest
	 * leftovers.
	 */
	CMS,

	/**
	 * The AMA/CPT midpoint rule (substantial portion): each timed code on its own, 8
	 * minutes for its first unit, never pooled.
	 */
	AMA

}
