/**
 * A command-line benchmark of the OEWS reader against fastexcel-reader and a bare StAX
 * pass over the same sheet XML, each in a fresh JVM (run with exec-maven-plugin, not as a
 * test).
 */
package io.tactus.reports.oews.benchmark;
