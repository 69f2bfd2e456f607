/**
 * The {@code demo} profile's sample accounts and data, for trying the portal; never
 * active otherwise.
 */
@ApplicationModule
package io.tactus.web.demo;

import org.springframework.modulith.ApplicationModule;
