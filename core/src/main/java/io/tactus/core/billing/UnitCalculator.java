package io.tactus.core.billing;

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
 * This is the hot path of the engine: it works on arrays, never on streams, and leaves
 * every piece of text to {@link UnitResult}, which builds it on demand.
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
		Entries entries = merge(services);
		int count = entries.count;
		int[] units = new int[count];
		boolean[] leftover = new boolean[count];
		int timedMinutes = 0;
		int untimedUnits = 0;
		for (int i = 0; i < count; i++) {
			BillingCode code = entries.codes[i];
			Timing timing = code.timing();
			if (timing == Timing.PER_15_MINUTES) {
				timedMinutes += entries.minutes[i];
			}
			else if (timing == Timing.PER_SERVICE) {
				units[i] = 1;
				untimedUnits++;
			}
			else {
				units[i] = (entries.billedKnown[i]) ? entries.billed[i] : 1;
				untimedUnits += units[i];
			}
		}
		if (rule == UnitRule.CMS) {
			return cms(services, entries, units, leftover, timedMinutes, untimedUnits);
		}
		int timedUnits = 0;
		for (int i = 0; i < count; i++) {
			if (entries.codes[i].timing() == Timing.PER_15_MINUTES) {
				units[i] = chartUnits(entries.minutes[i]);
				timedUnits += units[i];
			}
		}
		return new UnitResult(rule, services, entries, units, leftover, timedMinutes, timedUnits, untimedUnits, 0, -1);
	}

	private static UnitResult cms(List<ServiceLine> services, Entries entries, int[] units, boolean[] leftover,
			int timedMinutes, int untimedUnits) {
		int count = entries.count;
		int total = chartUnits(timedMinutes);
		int full = 0;
		for (int i = 0; i < count; i++) {
			if (entries.codes[i].timing() == Timing.PER_15_MINUTES) {
				units[i] = entries.minutes[i] / 15;
				full += units[i];
			}
		}
		int remaining = total - full;
		int boundary = -1;
		for (int slot = 0; slot < remaining; slot++) {
			int best = -1;
			int bestLeft = 0;
			for (int i = 0; i < count; i++) {
				if (!leftover[i] && entries.codes[i].timing() == Timing.PER_15_MINUTES) {
					int left = entries.minutes[i] % 15;
					if (left > bestLeft) {
						best = i;
						bestLeft = left;
					}
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
				if (entries.codes[i].timing() == Timing.PER_15_MINUTES && entries.minutes[i] % 15 == boundary) {
					candidates++;
					if (leftover[i]) {
						winners++;
					}
				}
			}
			tied = (candidates > winners) ? boundary : -1;
		}
		return new UnitResult(UnitRule.CMS, services, entries, units, leftover, timedMinutes, total, untimedUnits,
				remaining, tied);
	}

	private Entries merge(List<ServiceLine> services) {
		int size = services.size();
		if (size > VisitClaim.MAX_SERVICES) {
			throw InvalidServiceException.ofVisit(Reason.TOO_MANY_SERVICES, Integer.toString(size));
		}
		Entries entries = new Entries(size);
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
			entries.add(line, code, minutes.isPresent(), value, billed);
		}
		if (visitMinutes > MAX_MINUTES) {
			throw InvalidServiceException.ofVisit(Reason.VISIT_TOO_LONG, Integer.toString(visitMinutes));
		}
		return entries;
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
	 * The lines of a visit merged per code, in first-entered order.
	 */
	static final class Entries {

		int count;

		final BillingCode[] codes;

		final int[] minutes;

		final boolean[] minutesKnown;

		final int[] billed;

		final boolean[] billedKnown;

		final int[] lineCount;

		final int[] entryOfLine;

		Entries(int lines) {
			this.codes = new BillingCode[lines];
			this.minutes = new int[lines];
			this.minutesKnown = new boolean[lines];
			this.billed = new int[lines];
			this.billedKnown = new boolean[lines];
			this.lineCount = new int[lines];
			this.entryOfLine = new int[lines];
		}

		void add(int line, BillingCode code, boolean hasMinutes, int lineMinutes, OptionalInt billedUnits) {
			int entry = 0;
			while (entry < this.count && this.codes[entry] != code) {
				entry++;
			}
			if (entry == this.count) {
				this.codes[entry] = code;
				this.billedKnown[entry] = true;
				this.count++;
			}
			this.entryOfLine[line] = entry;
			this.lineCount[entry]++;
			this.minutes[entry] += lineMinutes;
			this.minutesKnown[entry] |= hasMinutes;
			if (billedUnits.isPresent()) {
				this.billed[entry] += billedUnits.getAsInt();
			}
			else {
				this.billedKnown[entry] = false;
			}
		}

	}

}
