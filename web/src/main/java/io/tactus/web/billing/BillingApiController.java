package io.tactus.web.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.InvalidServiceException;
import io.tactus.core.billing.LocalityId;
import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.billing.VisitClaim;
import io.tactus.core.codes.ProviderType;
import io.tactus.web.billing.BillingJson.CodeJson;
import io.tactus.web.billing.BillingJson.ServiceRequest;
import io.tactus.web.billing.BillingJson.UnitsRequest;
import io.tactus.web.billing.BillingJson.UnitsResponse;
import io.tactus.web.system.TextInput;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Units, findings and expected payment of a visit over the API, and the code catalog.
 * Wrong input is a 400 problem detail naming the field, e.g. {@code services[1].minutes}.
 */
@RestController
class BillingApiController {

	private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

	private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);

	private final BillingEngine engine;

	private final Clock clock;

	private final FindingMessages findingMessages;

	private final MessageSource messages;

	private final BillingText text;

	private final PaymentText payments;

	BillingApiController(BillingEngine engine, Clock clock, FindingMessages findingMessages, MessageSource messages,
			BillingText text, PaymentText payments) {
		this.engine = engine;
		this.clock = clock;
		this.findingMessages = findingMessages;
		this.messages = messages;
		this.text = text;
		this.payments = payments;
	}

	@PostMapping("/api/v1/billing/units")
	@Operation(summary = "Units of a visit under the CMS 8-minute rule or the AMA midpoint rule",
			description = "Counts the units of each service under the rule asked for, explains each step, checks the "
					+ "visit (edit pairs, MUEs, Medicare modifiers, massage-therapist scope, billed units) and "
					+ "estimates the payment (Medicare physician fee schedule for Medicare payers: the CMS RVUs, "
					+ "conversion factor and GPCIs of the year of the date of service, at the optional 'locality', "
					+ "else national GPCIs). 'comparison' holds the other rule. Minutes may be omitted for untimed codes.",
			responses = { @ApiResponse(responseCode = "200", description = "The units, findings and payment"),
					@ApiResponse(responseCode = "400",
							description = "Invalid input; 'detail' and 'field' name the field, e.g. services[1].minutes or locality",
							content = @Content(schema = @Schema(implementation = ProblemDetail.class))) })
	UnitsResponse units(@RequestBody UnitsRequest request) {
		return UnitsResponse.of(this.engine.evaluate(claim(request)), this.findingMessages, this.text, this.payments);
	}

	@GetMapping("/api/v1/billing/codes")
	@Operation(summary = "The billing codes the calculator knows",
			description = "Each code with our own plain description (not the AMA descriptor), how its units are "
					+ "counted, its Medicare status and its daily unit limit (MUE) when known.")
	List<CodeJson> codes() {
		return this.engine.catalog().all().stream().map(CodeJson::of).toList();
	}

	private VisitClaim claim(UnitsRequest request) {
		UnitRule rule = required("rule", request.rule(), BillingNames.rule(request.rule()), "CMS or AMA");
		if (request.services() == null) {
			throw new InvalidRequestException("services", "missing", "give the visit's services as a list");
		}
		PayerKind payer = optional("payer", request.payer(), BillingNames.payer(request.payer()), PayerKind.COMMERCIAL,
				"one of MEDICARE_PART_B, MEDICARE_ADVANTAGE, MEDICAID, COMMERCIAL, AUTO_PIP, WORKERS_COMP, CASH");
		ProviderType provider = optional("provider", request.provider(), BillingNames.provider(request.provider()),
				ProviderType.PT, "one of PT, PTA, OT, OTA, LMT, DC");
		if (request.services().size() > VisitClaim.MAX_SERVICES) {
			throw new InvalidRequestException("services", Integer.toString(request.services().size()),
					"a visit has at most " + VisitClaim.MAX_SERVICES + " services");
		}
		LocalDate date = date(request.dateOfService()).orElseGet(() -> LocalDate.now(this.clock));
		Optional<LocalityId> locality = locality(request.locality());
		List<ServiceLine> lines = new ArrayList<>();
		for (int i = 0; i < request.services().size(); i++) {
			lines.add(line(i, request.services().get(i)));
		}
		VisitClaim claim = VisitClaim.of(date, payer, provider, lines).withUnitRule(rule);
		return locality.map(claim::withLocality).orElse(claim);
	}

	private Optional<LocalityId> locality(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		LocalityId id = LocalityId.parse(text)
			.orElseThrow(() -> new InvalidRequestException("locality", text,
					"write the Medicare locality as MAC-locality, e.g. 02102-01"));
		if (!this.engine.gpcis().knows(id)) {
			throw new InvalidRequestException("locality", text,
					"no Medicare locality " + id.text() + " in the CMS GPCI files loaded");
		}
		return Optional.of(id);
	}

	private static ServiceLine line(int i, ServiceRequest service) {
		String field = "services[" + i + "]";
		if (service == null) {
			throw new InvalidRequestException(field, "missing", "a service needs at least a code");
		}
		if (service.code() == null || service.code().isBlank()) {
			throw new InvalidRequestException(field + ".code", "missing", "give the service's code, e.g. 97110");
		}
		Set<String> modifiers = new HashSet<>();
		List<String> given = (service.modifiers() != null) ? service.modifiers() : List.of();
		if (given.size() > VisitClaim.MAX_MODIFIERS) {
			throw new InvalidRequestException(field + ".modifiers", Integer.toString(given.size()) + " modifiers",
					"a service has at most " + VisitClaim.MAX_MODIFIERS + " modifiers");
		}
		for (int m = 0; m < given.size(); m++) {
			if (!BillingNames.isModifier(given.get(m))) {
				throw new InvalidRequestException(field + ".modifiers[" + m + "]", String.valueOf(given.get(m)),
						"a modifier has two letters or digits, e.g. GP, 59, XS");
			}
			modifiers.add(given.get(m));
		}
		if (service.bodyRegion() != null && (service.bodyRegion().length() > VisitClaim.MAX_REGION_LENGTH
				|| !TextInput.isPlain(service.bodyRegion()))) {
			throw new InvalidRequestException(field + ".bodyRegion", service.bodyRegion(), "a body region has at most "
					+ VisitClaim.MAX_REGION_LENGTH + " characters, without control or invisible formatting characters");
		}
		return new ServiceLine(service.code(), whole(field + ".minutes", service.minutes()), modifiers,
				Optional.ofNullable(service.bodyRegion()), whole(field + ".billedUnits", service.billedUnits()));
	}

	/**
	 * A whole number, read as a decimal so that {@code 33.5} is refused instead of
	 * truncated; the engine checks the range (0 to 1440 minutes) of values that fit an
	 * int. The range is checked first and only the short scientific form is echoed, so
	 * that {@code 1E+10000000} is never scaled or printed in full.
	 */
	private static OptionalInt whole(String field, BigDecimal value) {
		if (value == null) {
			return OptionalInt.empty();
		}
		if (value.compareTo(INT_MAX) > 0 || value.compareTo(INT_MIN) < 0) {
			throw new InvalidRequestException(field, value.toString(), "the number is far out of range");
		}
		if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
			throw new InvalidRequestException(field, value.toString(), "must be a whole number");
		}
		return OptionalInt.of(value.intValue());
	}

	private static Optional<LocalDate> date(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			LocalDate date = (text.length() <= 10) ? LocalDate.parse(text) : null;
			if (date != null && date.getYear() >= 2000 && date.getYear() <= 2100) {
				return Optional.of(date);
			}
		}
		catch (DateTimeParseException ex) {
			// refused below
		}
		throw new InvalidRequestException("dateOfService", text, "must be an ISO date from 2000-01-01 to 2100-12-31");
	}

	private static <T> T required(String field, String text, Optional<T> value, String expected) {
		if (text == null || text.isBlank()) {
			throw new InvalidRequestException(field, "missing", "required: " + expected);
		}
		return value.orElseThrow(() -> new InvalidRequestException(field, text, "must be " + expected));
	}

	private static <T> T optional(String field, String text, Optional<T> value, T otherwise, String expected) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		return value.orElseThrow(() -> new InvalidRequestException(field, text, "must be " + expected));
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRequestException ex) {
		return problem(ex.field(), ex.value(), ex.reason());
	}

	@ExceptionHandler(InvalidServiceException.class)
	ResponseEntity<ProblemDetail> refused(InvalidServiceException ex) {
		return problem(ServiceProblems.field(ex), ex.value().isEmpty() ? "missing" : ex.value(),
				this.messages.getMessage(ServiceProblems.reason(ex), Locale.ENGLISH));
	}

	private static ResponseEntity<ProblemDetail> problem(String field, String value, String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				field + ": " + reason + " (value: " + value + ").");
		problem.setTitle("Invalid visit");
		problem.setProperty("field", field);
		problem.setProperty("value", value);
		problem.setProperty("errors", List.of(Map.of("field", field, "message", reason)));
		return ResponseEntity.badRequest().body(problem);
	}

}
