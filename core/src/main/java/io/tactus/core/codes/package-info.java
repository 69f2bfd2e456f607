/**
 * The catalog of physical-medicine billing codes with their timing, Medicare status,
 * usual providers and unit limits, read from {@code data/billing/codes.csv}.
 */
package io.tactus.core.codes;
