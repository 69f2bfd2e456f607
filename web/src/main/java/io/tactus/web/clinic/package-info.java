/**
 * Clinic billing: a clinic owner's therapists, payers, fees and visits, the visit-log
 * import, summaries, the KX threshold, exports and the wage benchmark. Every query
 * filters by the signed-in owner's clinic.
 */
@ApplicationModule
package io.tactus.web.clinic;

import org.springframework.modulith.ApplicationModule;
