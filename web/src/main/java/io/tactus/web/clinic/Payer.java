package io.tactus.web.clinic;

import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.UnitRule;

/**
 * A payer of the clinic.
 *
 * @param id the id
 * @param name the name as used in visit logs
 * @param kind the kind of payer
 * @param rule the unit rule it applies
 */
record Payer(long id, String name, PayerKind kind, UnitRule rule) {
}
