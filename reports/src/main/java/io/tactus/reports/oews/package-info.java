/**
 * The OEWS wage-table model and the streaming reader and validator for BLS OEWS
 * downloads.
 */
package io.tactus.reports.oews;
