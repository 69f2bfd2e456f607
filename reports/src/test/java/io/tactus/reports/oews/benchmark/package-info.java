/**
 * A command-line benchmark of the OEWS reader against a bare StAX pass over the same
 * sheet XML (run with exec-maven-plugin, not as a test).
 */
package io.tactus.reports.oews.benchmark;
