/**
 * Amounts of money in US dollars, rounded half-up to cents in one place:
 * {@link io.tactus.core.money.Money}.
 */
package io.tactus.core.money;
