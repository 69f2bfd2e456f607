/**
 * Reference data read from the classpath under {@code data/reference/}: state employment
 * projections and BEA regional price parities.
 */
package io.tactus.reports.reference;
