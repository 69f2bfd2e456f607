/**
 * Pay by state: the job seekers' comparison of massage-therapist wages and demand across
 * U.S. states (table, tile map, state pages, comparison, exports and the JSON API).
 */
@ApplicationModule
package io.tactus.web.wages;

import org.springframework.modulith.ApplicationModule;
