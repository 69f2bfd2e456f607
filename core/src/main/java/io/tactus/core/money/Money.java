package io.tactus.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of US dollars in whole cents: final, immutable, made through {@link #of},
 * {@link #parse} and {@link #zero}.
 *
 * <p>
 * Every amount of the billing rules goes through this type, so rounding happens here and
 * nowhere else: whenever a calculation has more precision than cents, the result is
 * rounded half-up to cents ({@link #ROUNDING}). Arithmetic between two amounts is exact.
 */
public final class Money implements Comparable<Money> {

	/** How an amount with more precision than cents is rounded: half-up. */
	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	/** Decimal places of an amount: cents. */
	public static final int SCALE = 2;

	private static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

	private final BigDecimal amount;

	private Money(BigDecimal amount) {
		this.amount = amount;
	}

	/**
	 * An amount, rounded half-up to cents.
	 * @param amount dollars, at any precision
	 * @return the amount in cents
	 */
	public static Money of(BigDecimal amount) {
		Objects.requireNonNull(amount, "amount");
		BigDecimal cents = amount.setScale(SCALE, ROUNDING);
		return (cents.signum() == 0) ? ZERO : new Money(cents);
	}

	/**
	 * The quotient of two figures as an amount, rounded half-up to cents (e.g. an annual
	 * wage over the hours of a year).
	 * @param dividend dollars
	 * @param divisor what to divide by, not zero
	 * @return the quotient in cents
	 */
	public static Money ofQuotient(BigDecimal dividend, BigDecimal divisor) {
		Objects.requireNonNull(dividend, "dividend");
		Objects.requireNonNull(divisor, "divisor");
		return of(dividend.divide(divisor, SCALE, ROUNDING));
	}

	/**
	 * An amount written in plain decimals, e.g. {@code "12.5"} or {@code "-98.00"}.
	 * @param text the amount, rounded half-up to cents
	 * @return the amount
	 * @throws NumberFormatException when the text is not a decimal number
	 */
	public static Money parse(String text) {
		Objects.requireNonNull(text, "text");
		return of(new BigDecimal(text.strip()));
	}

	/**
	 * No money: $0.00.
	 * @return zero
	 */
	public static Money zero() {
		return ZERO;
	}

	/**
	 * The amount in dollars with exactly two decimals, as stored and sent in JSON.
	 * @return the amount
	 */
	public BigDecimal amount() {
		return this.amount;
	}

	public Money plus(Money other) {
		return of(this.amount.add(other.amount));
	}

	public Money minus(Money other) {
		return of(this.amount.subtract(other.amount));
	}

	/**
	 * This amount times a whole number, e.g. a fee per unit times units.
	 * @param times the multiplier
	 * @return the product
	 */
	public Money times(long times) {
		return of(this.amount.multiply(BigDecimal.valueOf(times)));
	}

	/**
	 * This amount times a factor, rounded half-up to cents.
	 * @param factor the multiplier, e.g. {@code 0.85}
	 * @return the product
	 */
	public Money times(BigDecimal factor) {
		return of(this.amount.multiply(factor));
	}

	/**
	 * This amount divided in equal parts, rounded half-up to cents (e.g. an average per
	 * visit).
	 * @param parts how many parts, above 0
	 * @return one part
	 */
	public Money dividedBy(long parts) {
		if (parts <= 0) {
			throw new IllegalArgumentException("Cannot divide an amount into " + parts + " parts");
		}
		return of(this.amount.divide(BigDecimal.valueOf(parts), SCALE, ROUNDING));
	}

	/**
	 * This amount as a share of another, e.g. spend over a threshold.
	 * @param whole the other amount, not zero
	 * @param scale decimals of the share
	 * @return the share, rounded half-up
	 */
	public BigDecimal shareOf(Money whole, int scale) {
		return this.amount.divide(whole.amount, scale, ROUNDING);
	}

	public Money negated() {
		return of(this.amount.negate());
	}

	public Money abs() {
		return (this.amount.signum() < 0) ? negated() : this;
	}

	public boolean isZero() {
		return this.amount.signum() == 0;
	}

	public boolean isNegative() {
		return this.amount.signum() < 0;
	}

	public boolean isPositive() {
		return this.amount.signum() > 0;
	}

	public boolean isGreaterThan(Money other) {
		return compareTo(other) > 0;
	}

	public boolean isLessThan(Money other) {
		return compareTo(other) < 0;
	}

	@Override
	public int compareTo(Money other) {
		return this.amount.compareTo(other.amount);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Money that) && this.amount.equals(that.amount);
	}

	@Override
	public int hashCode() {
		return this.amount.hashCode();
	}

	/**
	 * The amount in plain decimals with cents, e.g. {@code 1204.91} (as in CSV exports).
	 * @return the text
	 */
	@Override
	public String toString() {
		return this.amount.toPlainString();
	}

}
