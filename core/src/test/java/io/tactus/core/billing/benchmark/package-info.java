/**
 * JMH benchmarks of the billing engine, run on demand (see docs/billing.md), never in the
 * test phase.
 */
package io.tactus.core.billing.benchmark;
