/**
 * The {@code demo} profile's sample accounts and data, for trying the portal; never
 * active otherwise.
 */
package io.tactus.web.demo;
