package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.util.Optional;

import io.tactus.core.codes.ProviderType;

/**
 * A therapist of the clinic.
 *
 * @param id the id
 * @param name the name as used in visit logs
 * @param type the provider type
 * @param hourlyPay the hourly pay, when entered
 * @param state the state for the wage benchmark, when not the clinic's
 */
record Therapist(long id, String name, ProviderType type, Optional<BigDecimal> hourlyPay, Optional<String> state) {
}
