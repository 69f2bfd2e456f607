/**
 * Wage datasets: admins upload BLS OEWS workbooks, check the findings, publish one and
 * roll back.
 */
@ApplicationModule
package io.tactus.web.datasets;

import org.springframework.modulith.ApplicationModule;
