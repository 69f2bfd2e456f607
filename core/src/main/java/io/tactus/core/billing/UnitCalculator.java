package io.tactus.core.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import io.tactus.core.billing.InvalidServiceException.Field;
import io.tactus.core.billing.InvalidServiceException.Reason;
import io.tactus.core.codes.BillingCode;
import io.tactus.core.codes.CodeCatalog;
import io.tactus.core.codes.Timing;

/**
 * Turns the services of one visit into units under the CMS or AMA rule.
 *
 * <p>
 * This is the hot path of the engine: the lines are merged into one {@link Entry} per
 * code, the rule counts them with plain loops (no streams), and the result keeps a
 * {@link Counted} per code; every piece of text is left to {@link UnitResult}, which
 * builds it on demand.
 */
final class UnitCalculator {

	/** Most minutes a line or a visit may have: one day. */
	static final int MAX_MINUTES = 1440;

	private final CodeCatalog catalog;

	UnitCalculator(CodeCatalog catalog) {
		this.catalog = Objects.requireNonNull(catalog, "catalog");
	}

	/**
	 * Units of a visit under the CMS 8-minute chart: {@code floor((T + 7) / 15)} from 8
	 * minutes on, else 0.
	 * @param minutes the pooled timed minutes
	 * @return the units
	 */
	static int chartUnits(int minutes) {
		return (minutes < 8) ? 0 : (minutes + 7) / 15;
	}

	UnitResult calculate(List<ServiceLine> services, UnitRule rule) {
		Objects.requireNonNull(services, "services");
		Objects.requireNonNull(rule, "rule");
		List<Entry> entries = merge(services);
		int count = entries.size();
		int[] units = new int[count];
		int timedMinutes = 0;
		int untimedUnits = 0;
		for (int i = 0; i < count; i++) {
			Entry entry = entries.get(i);
			Timing timing = entry.code().timing();
			if (timing == Timing.PER_15_MINUTES) {
				timedMinutes += entry.minutes();
			}
			else if (timing == Timing.PER_SERVICE) {
				units[i] = 1;
				untimedUnits++;
			}
			else {
				units[i] = entry.billed().orElse(1);
				untimedUnits += units[i];
			}
		}
		if (rule == UnitRule.CMS) {
			return cms(services, entries, units, timedMinutes, untimedUnits);
		}
		int timedUnits = 0;
		for (int i = 0; i < count; i++) {
			if (entries.get(i).timed()) {
				units[i] = chartUnits(entries.get(i).minutes());
				timedUnits += units[i];
			}
		}
		return new UnitResult(rule, services, counted(entries, units, new boolean[count]), timedMinutes, timedUnits,
				untimedUnits, 0, -1);
	}

	private static List<Counted> counted(List<Entry> entries, int[] units, boolean[] leftover) {
		Counted[] counted = new Counted[entries.size()];
		for (int i = 0; i < counted.length; i++) {
			counted[i] = new Counted(entries.get(i), units[i], leftover[i]);
		}
		return List.of(counted);
	}

	/**
	 * The CMS rule: the chart gives the units of the pooled minutes; each code keeps its
	 * full 15-minute units and the units left go, one each, to the codes with the most
	 * leftover minutes (the first entered wins a tie).
	 */
	private static UnitResult cms(List<ServiceLine> services, List<Entry> entries, int[] units, int timedMinutes,
			int untimedUnits) {
		int count = entries.size();
		boolean[] leftover = new boolean[count];
		int total = chartUnits(timedMinutes);
		int full = 0;
		for (int i = 0; i < count; i++) {
			if (entries.get(i).timed()) {
				units[i] = entries.get(i).minutes() / 15;
				full += units[i];
			}
		}
		int remaining = total - full;
		int boundary = -1;
		for (int slot = 0; slot < remaining; slot++) {
			int best = -1;
			int bestLeft = 0;
			for (int i = 0; i < count; i++) {
				Entry entry = entries.get(i);
				if (!leftover[i] && entry.timed() && entry.leftoverMinutes() > bestLeft) {
					best = i;
					bestLeft = entry.leftoverMinutes();
				}
			}
			if (best < 0) {
				throw new IllegalStateException("No leftover minutes for unit " + (full + slot + 1));
			}
			leftover[best] = true;
			units[best]++;
			boundary = bestLeft;
		}
		int tied = -1;
		if (boundary > 0) {
			int candidates = 0;
			int winners = 0;
			for (int i = 0; i < count; i++) {
				if (entries.get(i).timed() && entries.get(i).leftoverMinutes() == boundary) {
					candidates++;
					if (leftover[i]) {
						winners++;
					}
				}
			}
			tied = (candidates > winners) ? boundary : -1;
		}
		return new UnitResult(UnitRule.CMS, services, counted(entries, units, leftover), timedMinutes, total,
				untimedUnits, remaining, tied);
	}

	private List<Entry> merge(List<ServiceLine> services) {
		int size = services.size();
		if (size > VisitClaim.MAX_SERVICES) {
			throw InvalidServiceException.ofVisit(Reason.TOO_MANY_SERVICES, Integer.toString(size));
		}
		List<Merging> entries = new ArrayList<>(size);
		int visitMinutes = 0;
		for (int line = 0; line < size; line++) {
			ServiceLine service = services.get(line);
			if (service == null) {
				throw new InvalidServiceException(line, Field.LINE, Reason.EMPTY_LINE, "");
			}
			Optional<BillingCode> found = this.catalog.find(service.code());
			if (found.isEmpty()) {
				throw new InvalidServiceException(line, Field.CODE, Reason.UNKNOWN_CODE, service.code());
			}
			BillingCode code = found.get();
			checkModifiers(line, service);
			if (service.bodyRegion().isPresent()
					&& service.bodyRegion().get().length() > VisitClaim.MAX_REGION_LENGTH) {
				throw new InvalidServiceException(line, Field.BODY_REGION, Reason.REGION_TOO_LONG,
						service.bodyRegion().get());
			}
			OptionalInt minutes = service.minutes();
			int value = 0;
			if (minutes.isPresent()) {
				value = minutes.getAsInt();
				if (value < 0) {
					throw new InvalidServiceException(line, Field.MINUTES, Reason.NEGATIVE, Integer.toString(value));
				}
				if (value > MAX_MINUTES) {
					throw new InvalidServiceException(line, Field.MINUTES, Reason.MORE_THAN_A_DAY,
							Integer.toString(value));
				}
				visitMinutes += value;
			}
			else if (code.isTimed()) {
				throw new InvalidServiceException(line, Field.MINUTES, Reason.MINUTES_REQUIRED, code.code());
			}
			OptionalInt billed = service.billedUnits();
			if (billed.isPresent() && billed.getAsInt() < 0) {
				throw new InvalidServiceException(line, Field.BILLED_UNITS, Reason.NEGATIVE,
						Integer.toString(billed.getAsInt()));
			}
			if (billed.isPresent() && billed.getAsInt() > VisitClaim.MAX_BILLED_UNITS) {
				throw new InvalidServiceException(line, Field.BILLED_UNITS, Reason.TOO_MANY_UNITS,
						Integer.toString(billed.getAsInt()));
			}
			add(entries, line, code, minutes.isPresent(), value, billed);
		}
		if (visitMinutes > MAX_MINUTES) {
			throw InvalidServiceException.ofVisit(Reason.VISIT_TOO_LONG, Integer.toString(visitMinutes));
		}
		Entry[] merged = new Entry[entries.size()];
		for (int i = 0; i < merged.length; i++) {
			merged[i] = entries.get(i).entry();
		}
		return List.of(merged);
	}

	private static void add(List<Merging> entries, int line, BillingCode code, boolean hasMinutes, int minutes,
			OptionalInt billed) {
		for (Merging entry : entries) {
			if (entry.code == code) {
				entry.add(line, hasMinutes, minutes, billed);
				return;
			}
		}
		Merging entry = new Merging(code);
		entry.add(line, hasMinutes, minutes, billed);
		entries.add(entry);
	}

	private static void checkModifiers(int line, ServiceLine service) {
		if (service.modifiers().size() > VisitClaim.MAX_MODIFIERS) {
			throw new InvalidServiceException(line, Field.MODIFIERS, Reason.TOO_MANY_MODIFIERS,
					String.join(" ", service.modifiers()));
		}
		for (String modifier : service.modifiers()) {
			if (modifier.length() != 2) {
				throw new InvalidServiceException(line, Field.MODIFIERS, Reason.NOT_A_MODIFIER, modifier);
			}
		}
	}

	/**
	 * One code of a visit, its lines merged: their minutes added, their billed units
	 * added (known only when every line gave them).
	 *
	 * @param code the code
	 * @param minutes the minutes of its lines
	 * @param minutesKnown whether any line gave minutes
	 * @param billed the units billed, empty when a line gave none
	 * @param lines the 0-based positions of its lines, in order
	 */
	record Entry(BillingCode code, int minutes, boolean minutesKnown, OptionalInt billed, List<Integer> lines) {

		boolean timed() {
			return this.code.timing() == Timing.PER_15_MINUTES;
		}

		/**
		 * The minutes past the last full 15-minute unit.
		 */
		int leftoverMinutes() {
			return this.minutes % 15;
		}

	}

	/**
	 * A code of a visit with the units a rule gives it.
	 *
	 * @param entry the code and its merged lines
	 * @param units the units
	 * @param leftoverUnit whether one of the units came from the pooled leftover minutes
	 * (CMS rule only)
	 */
	record Counted(Entry entry, int units, boolean leftoverUnit) {

	}

	/** An entry while its lines are merged. */
	private static final class Merging {

		private final BillingCode code;

		private final List<Integer> lines = new ArrayList<>(2);

		private int minutes;

		private boolean minutesKnown;

		private int billed;

		private boolean billedKnown = true;

		Merging(BillingCode code) {
			this.code = code;
		}

		void add(int line, boolean hasMinutes, int lineMinutes, OptionalInt billedUnits) {
			this.lines.add(line);
			this.minutes += lineMinutes;
			this.minutesKnown |= hasMinutes;
			if (billedUnits.isPresent()) {
				this.billed += billedUnits.getAsInt();
			}
			else {
				this.billedKnown = false;
			}
		}

		Entry entry() {
			return new Entry(this.code, this.minutes, this.minutesKnown,
					this.billedKnown ? OptionalInt.of(this.billed) : OptionalInt.empty(), List.copyOf(this.lines));
		}

	}

}
