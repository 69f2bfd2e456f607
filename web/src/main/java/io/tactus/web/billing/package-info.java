/**
 * Billing in the browser and over the API: the visit calculator (units under the CMS and
 * AMA rules, coding findings, expected payment) and {@code /api/v1/billing/**}.
 */
@ApplicationModule
package io.tactus.web.billing;

import org.springframework.modulith.ApplicationModule;
