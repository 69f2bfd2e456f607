/**
 * Cross-cutting web concerns: security, login throttling, errors, layout and
 * configuration.
 */
package io.tactus.web.system;
