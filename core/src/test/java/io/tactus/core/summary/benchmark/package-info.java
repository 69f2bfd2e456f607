/**
 * Benchmarks of the clinic summary, run on demand (see docs/clinic.md), never in the test
 * phase.
 */
package io.tactus.core.summary.benchmark;
