/**
 * Cross-cutting web concerns: security, login throttling, errors, layout and
 * configuration.
 */
@ApplicationModule
package io.tactus.web.system;

import org.springframework.modulith.ApplicationModule;
