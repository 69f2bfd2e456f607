/**
 * Clinic billing summaries: visits in, totals by code, therapist and payer, CMS and AMA
 * side by side, findings, billing gaps and the Medicare KX threshold out. Pure functions
 * over the billing engine.
 */
package io.tactus.core.summary;
