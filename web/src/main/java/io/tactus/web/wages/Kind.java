package io.tactus.web.wages;

/**
 * What a column holds, which decides how it is written.
 */
enum Kind {

	/** Text. */
	TEXT,

	/** A wage in dollars (a year or an hour). */
	WAGE,

	/** A count of jobs. */
	COUNT,

	/** A ratio with two decimals. */
	RATIO,

	/** An index with one decimal (price parity, U.S. = 100). */
	INDEX,

	/** A rank, 1 = best. */
	RANK,

	/** A standardised score. */
	SCORE,

	/** A percentage. */
	PERCENT

}
