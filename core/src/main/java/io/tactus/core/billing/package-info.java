/**
 * Billing rules for a therapy visit: units under the CMS 8-minute and AMA midpoint rules,
 * claim checks, expected payment, and the {@link io.tactus.core.billing.BillingEngine}
 * facade that combines them.
 */
package io.tactus.core.billing;
