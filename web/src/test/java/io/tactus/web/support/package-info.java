/**
 * Test support: conditions for tests that need PostgreSQL or Chromium.
 */
package io.tactus.web.support;
