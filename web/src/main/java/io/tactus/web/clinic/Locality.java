package io.tactus.web.clinic;

import java.util.Objects;
import java.util.Optional;

import io.tactus.core.billing.Gpci;
import io.tactus.core.billing.LocalityId;
import io.tactus.core.billing.VisitClaim;

/**
 * The clinic's state and Medicare payment locality.
 *
 * @param state the clinic's state (two letters), when entered
 * @param medicare the Medicare locality picked from the CMS GPCI list; its GPCIs of each
 * visit's year price the visit. Empty for national GPCIs (1.0)
 * @param typed GPCIs typed by hand before localities could be picked, used for every year
 * until the owner picks a locality; empty otherwise
 */
record Locality(Optional<String> state, Optional<LocalityId> medicare, Optional<Gpci> typed) {

	Locality {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(medicare, "medicare");
		Objects.requireNonNull(typed, "typed");
	}

	static Locality national() {
		return new Locality(Optional.empty(), Optional.empty(), Optional.empty());
	}

	/**
	 * A claim priced at this locality: the picked locality, else the typed GPCIs, else
	 * national GPCIs.
	 * @param claim the claim
	 * @return the claim with the locality
	 */
	VisitClaim apply(VisitClaim claim) {
		if (this.medicare.isPresent()) {
			return claim.withLocality(this.medicare.get());
		}
		return this.typed.map(claim::withGpci).orElse(claim);
	}

}
