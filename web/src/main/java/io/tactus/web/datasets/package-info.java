/**
 * Wage datasets: admins upload BLS OEWS workbooks, check the findings, publish one and
 * roll back.
 */
package io.tactus.web.datasets;
