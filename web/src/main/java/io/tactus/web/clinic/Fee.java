package io.tactus.web.clinic;

import java.math.BigDecimal;

/**
 * The clinic's fee per unit of a code for a payer.
 *
 * @param payerId the payer
 * @param payer the payer's name
 * @param code the code
 * @param fee the fee per unit
 */
record Fee(long payerId, String payer, String code, BigDecimal fee) {
}
