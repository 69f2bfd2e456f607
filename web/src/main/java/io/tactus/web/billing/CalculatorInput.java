package io.tactus.web.billing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.tactus.core.billing.GpciTable;
import io.tactus.core.billing.InvalidServiceException;
import io.tactus.core.billing.LocalityId;
import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.billing.VisitClaim;
import io.tactus.core.codes.BillingCode;
import io.tactus.core.codes.CodeCatalog;
import io.tactus.core.codes.ProviderType;
import io.tactus.web.billing.CalculatorForm.ServiceRow;
import io.tactus.web.system.TextInput;

/**
 * Turns the calculator form into a {@link VisitClaim}, or into messages naming each wrong
 * field ({@code services[2].minutes}) with the row numbers the user sees. Blank rows are
 * skipped; {@link #row(int)} maps a claim line back to its form row.
 */
final class CalculatorInput {

	static final int MAX_MINUTES = 1440;

	private final Map<String, Problem> problems = new LinkedHashMap<>();

	private final List<Integer> rows = new ArrayList<>();

	private final VisitClaim claim;

	private CalculatorInput(CalculatorForm form, CodeCatalog catalog, GpciTable localities, LocalDate today) {
		Optional<PayerKind> payer = BillingNames.payer(form.payer());
		Optional<ProviderType> provider = BillingNames.provider(form.provider());
		Optional<UnitRule> rule = BillingNames.rule(form.rule());
		if (payer.isEmpty()) {
			rejectChoice("payer", "billing.error.payer", form.payer());
		}
		if (provider.isEmpty()) {
			rejectChoice("provider", "billing.error.provider", form.provider());
		}
		if (form.rule() != null && !form.rule().isBlank() && rule.isEmpty()) {
			reject("rule", "billing.error.rule", form.rule());
		}
		LocalDate date = date(form.date(), today);
		Optional<LocalityId> locality = locality(form.locality(), localities);
		List<ServiceLine> lines = new ArrayList<>();
		int visitMinutes = 0;
		for (int i = 0; i < form.services().size(); i++) {
			ServiceRow row = form.services().get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			ServiceLine line = line(i, row, catalog);
			if (line != null) {
				this.rows.add(i);
				lines.add(line);
				visitMinutes += line.minutes().orElse(0);
			}
		}
		if (visitMinutes > MAX_MINUTES) {
			reject("services", "billing.error.visitTooLong", visitMinutes);
		}
		if (!this.problems.isEmpty()) {
			this.claim = null;
			return;
		}
		VisitClaim of = VisitClaim.of(date, payer.orElseThrow(), provider.orElseThrow(), lines);
		VisitClaim built = locality.map(of::withLocality).orElse(of);
		this.claim = rule.map(built::withUnitRule).orElse(built);
	}

	/**
	 * Read a form.
	 * @param form the form
	 * @param catalog the codes
	 * @param localities the Medicare localities
	 * @param today the date used when the form gives none
	 * @return the input, valid or with problems
	 */
	static CalculatorInput read(CalculatorForm form, CodeCatalog catalog, GpciTable localities, LocalDate today) {
		return new CalculatorInput(form, catalog, localities, today);
	}

	private Optional<LocalityId> locality(String text, GpciTable localities) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Optional<LocalityId> id = LocalityId.parse(text);
		if (id.isEmpty()) {
			reject("locality", "billing.error.localityMalformed", text);
		}
		else if (!localities.knows(id.get())) {
			reject("locality", "billing.error.localityUnknown", text);
			return Optional.empty();
		}
		return id;
	}

	private LocalDate date(String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			return today;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			reject("date", "billing.error.date", text);
			return today;
		}
	}

	private ServiceLine line(int i, ServiceRow row, CodeCatalog catalog) {
		String field = "services[" + i + "].";
		int problemsBefore = this.problems.size();
		Optional<BillingCode> code = catalog.find(row.code());
		if (row.code().isEmpty()) {
			reject(field + "code", "billing.error.codeMissing", "");
		}
		else if (code.isEmpty()) {
			reject(field + "code", "billing.error.codeUnknown", row.code());
		}
		OptionalInt minutes = number(field + "minutes", row.minutes(), "billing.error.minutes");
		if (minutes.isPresent() && minutes.getAsInt() > MAX_MINUTES) {
			reject(field + "minutes", "billing.error.minutesTooMany", row.minutes());
		}
		if (row.minutes().isEmpty() && code.isPresent() && code.get().isTimed()) {
			reject(field + "minutes", "billing.error.minutesMissing", code.get().code());
		}
		OptionalInt billed = number(field + "billedUnits", row.billedUnits(), "billing.error.billedUnits");
		List<String> modifiers = BillingNames.modifiers(row.modifiers());
		for (String modifier : modifiers) {
			if (!BillingNames.isModifier(modifier)) {
				reject(field + "modifiers", "billing.error.modifier", modifier);
			}
		}
		if (row.region().length() > VisitClaim.MAX_REGION_LENGTH || !TextInput.isPlain(row.region())) {
			reject(field + "region", "billing.error.region", "");
		}
		if (this.problems.size() > problemsBefore) {
			return null;
		}
		return new ServiceLine(row.code(), minutes, new HashSet<>(modifiers),
				row.region().isEmpty() ? Optional.empty() : Optional.of(row.region()), billed);
	}

	private OptionalInt number(String field, String text, String key) {
		if (text.isEmpty()) {
			return OptionalInt.empty();
		}
		try {
			int value = Integer.parseInt(text);
			if (value < 0) {
				reject(field, key + "Negative", text);
				return OptionalInt.empty();
			}
			return OptionalInt.of(value);
		}
		catch (NumberFormatException ex) {
			reject(field, key + "NotNumber", text);
			return OptionalInt.empty();
		}
	}

	/**
	 * A choice that is missing gets its own message, one that is not in the list names
	 * the value.
	 */
	private void rejectChoice(String field, String key, String value) {
		if (value == null || value.isBlank()) {
			reject(field, key + ".missing", "");
		}
		else {
			reject(field, key, value);
		}
	}

	private void reject(String field, String key, Object value) {
		this.problems.putIfAbsent(field,
				new Problem(field, key, InvalidServiceException.shorten(String.valueOf(value))));
	}

	/**
	 * Record what the engine refused, under the form's row numbering.
	 * @param ex the engine's exception
	 */
	void reject(InvalidServiceException ex) {
		OptionalInt row = ex.line().isPresent() ? OptionalInt.of(row(ex.line().getAsInt())) : OptionalInt.empty();
		String field = ServiceProblems.field(row, ex.field());
		this.problems.putIfAbsent(field, new Problem(field, "billing.error.engine", ServiceProblems.reason(ex)));
	}

	/**
	 * The form row of a claim line.
	 * @param line the 0-based claim line
	 * @return the 0-based form row
	 */
	int row(int line) {
		return (line >= 0 && line < this.rows.size()) ? this.rows.get(line) : line;
	}

	Optional<VisitClaim> claim() {
		return this.problems.isEmpty() ? Optional.ofNullable(this.claim) : Optional.empty();
	}

	Map<String, Problem> problems() {
		return this.problems;
	}

	/**
	 * A wrong field.
	 *
	 * @param field e.g. {@code services[2].minutes}
	 * @param key the message key
	 * @param value the value as typed, or the engine's reason to resolve, the message's
	 * argument
	 */
	record Problem(String field, String key, Object value) {
	}

}
