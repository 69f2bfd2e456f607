/**
 * Salary and demand statistics of one occupation across U.S. states, computed from the
 * state rows of an OEWS wage table and the reference data.
 */
package io.tactus.reports.statistics;
