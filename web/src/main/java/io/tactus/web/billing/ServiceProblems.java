package io.tactus.web.billing;

import java.util.OptionalInt;

import io.tactus.core.billing.InvalidServiceException;
import io.tactus.core.billing.InvalidServiceException.Field;
import io.tactus.core.billing.VisitClaim;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Names what the billing engine refused the way forms and JSON bodies do
 * ({@code services[1].minutes}) and words why from the bundle
 * ({@code billing.invalid.*}).
 */
public final class ServiceProblems {

	private ServiceProblems() {
	}

	/**
	 * The field as a form or JSON body names it.
	 * @param ex what the engine refused
	 * @return e.g. {@code services[1].minutes}, or {@code services} for the whole visit
	 */
	public static String field(InvalidServiceException ex) {
		return field(ex.line(), ex.field());
	}

	/**
	 * The field of a line as a form or JSON body names it.
	 * @param line the 0-based line (or form row), empty for the whole visit
	 * @param field the field
	 * @return e.g. {@code services[1].minutes}
	 */
	static String field(OptionalInt line, Field field) {
		if (line.isEmpty()) {
			return "services";
		}
		String services = "services[" + line.getAsInt() + "]";
		return switch (field) {
			case SERVICES, LINE -> services;
			case CODE -> services + ".code";
			case MINUTES -> services + ".minutes";
			case BILLED_UNITS -> services + ".billedUnits";
			case MODIFIERS -> services + ".modifiers";
			case BODY_REGION -> services + ".bodyRegion";
		};
	}

	/**
	 * Why the engine refused it, to be resolved by a message source (directly or as the
	 * argument of another message).
	 * @param ex what the engine refused
	 * @return the message: key {@code billing.invalid.<REASON>}, arguments the value, the
	 * field's name and the limit broken
	 */
	public static MessageSourceResolvable reason(InvalidServiceException ex) {
		MessageSourceResolvable label = new DefaultMessageSourceResolvable(
				"billing.invalid.field." + ex.field().name());
		int limit = switch (ex.reason()) {
			case TOO_MANY_SERVICES -> VisitClaim.MAX_SERVICES;
			case TOO_MANY_UNITS -> VisitClaim.MAX_BILLED_UNITS;
			case TOO_MANY_MODIFIERS -> VisitClaim.MAX_MODIFIERS;
			case REGION_TOO_LONG -> VisitClaim.MAX_REGION_LENGTH;
			default -> 0;
		};
		return new DefaultMessageSourceResolvable(new String[] { "billing.invalid." + ex.reason().name() },
				new Object[] { ex.value(), label, limit });
	}

}
