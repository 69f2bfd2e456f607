package io.tactus.web.billing;

import java.util.ArrayList;
import java.util.List;

import io.tactus.core.billing.GpciTable;
import io.tactus.core.billing.MedicareLocality;
import io.tactus.reports.oews.UsState;

/**
 * The Medicare payment localities of one state, for a {@code <select>} grouped by state:
 * the localities of the latest CMS GPCI file.
 *
 * @param state the two-letter code
 * @param label the state's name and code, e.g. {@code Alaska (AK)}
 * @param localities the state's localities, in CMS order
 */
public record LocalityGroup(String state, String label, List<MedicareLocality> localities) {

	public LocalityGroup {
		localities = List.copyOf(localities);
	}

	/**
	 * The groups of every state of the latest GPCI file.
	 * @param gpcis the GPCI table
	 * @return one group per state, in CMS order
	 */
	public static List<LocalityGroup> of(GpciTable gpcis) {
		List<LocalityGroup> groups = new ArrayList<>();
		gpcis.latestByState()
			.forEach((state, localities) -> groups.add(new LocalityGroup(state,
					UsState.ofPostalCode(state).map((s) -> s.title() + " (" + state + ")").orElse(state), localities)));
		return groups;
	}

}
