package io.tactus.web.clinic;

import java.util.Optional;

import io.tactus.core.billing.Gpci;

/**
 * The clinic's state and Medicare locality.
 *
 * @param state the clinic's state (two letters), when entered
 * @param gpci the locality's GPCIs; national by default
 */
record Locality(Optional<String> state, Gpci gpci) {

	static Locality national() {
		return new Locality(Optional.empty(), Gpci.national());
	}

}
