package io.tactus.web.clinic;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import io.tactus.core.billing.InvalidServiceException;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.VisitClaim;
import io.tactus.web.billing.ServiceProblems;
import io.tactus.web.clinic.VisitForm.ServiceForm;
import io.tactus.web.system.TextInput;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Checks a sent visit form, the same for a new visit and an edited one: each problem goes
 * into the binding result under its field (or as a global error naming the line), and the
 * billing engine gets the last word.
 */
@Component
class VisitFormCheck {

	private final ClinicSetup setup;

	private final ClinicBilling billing;

	VisitFormCheck(ClinicSetup setup, ClinicBilling billing) {
		this.setup = setup;
		this.billing = billing;
	}

	/**
	 * The visit to store, or empty when the form has errors (then in {@code result}).
	 * @param clinic the signed-in clinic
	 * @param parameters the request's parameters (for rows beyond the limit)
	 * @param form the form read from them
	 * @param result where the errors go
	 * @param editing the visit being edited, empty for a new visit: its own therapist and
	 * payer stay acceptable even when retired, while a new visit takes only active ones
	 * @return the visit
	 */
	Optional<NewVisit> check(long clinic, Map<String, String[]> parameters, VisitForm form, BindingResult result,
			Optional<StoredVisit> editing) {
		if (VisitForm.rowBeyondLimit(parameters)) {
			result.reject("clinic.visit.services.tooMany", new Object[] { VisitClaim.MAX_SERVICES }, null);
		}
		LocalDate date = null;
		try {
			date = LocalDate.parse(form.date() == null ? "" : form.date().strip());
		}
		catch (DateTimeParseException ex) {
			result.rejectValue("date", "clinic.visit.date.invalid");
		}
		PatientRefs.problem(form.patientRef()).ifPresent((key) -> result.rejectValue("patientRef", key));
		Optional<Therapist> therapist = SettingsForms.id(form.therapistId())
			.flatMap((id) -> editing.map(StoredVisit::therapist)
				.filter((own) -> own.id() == id)
				.or(() -> this.setup.activeTherapist(clinic, id)));
		if (therapist.isEmpty()) {
			result.rejectValue("therapistId", "clinic.visit.therapist.required");
		}
		Optional<Payer> payer = SettingsForms.id(form.payerId())
			.flatMap((id) -> editing.map(StoredVisit::payer)
				.filter((own) -> own.id() == id)
				.or(() -> this.setup.activePayer(clinic, id)));
		if (payer.isEmpty()) {
			result.rejectValue("payerId", "clinic.visit.payer.required");
		}
		List<ServiceLine> lines = lines(form, result);
		if (!result.hasErrors() && lines.isEmpty()) {
			result.reject("clinic.visit.services.required");
		}
		if (!result.hasErrors()) {
			try {
				this.billing.engine().evaluate(VisitClaim.of(date, payer.get().kind(), therapist.get().type(), lines));
			}
			catch (InvalidServiceException ex) {
				result.reject("clinic.visit.services.engine",
						new Object[] { ServiceProblems.field(ex), ex.value(), ServiceProblems.reason(ex) }, null);
			}
		}
		if (result.hasErrors()) {
			return Optional.empty();
		}
		return Optional
			.of(new NewVisit(date, form.patientRef().strip(), therapist.get().id(), payer.get().id(), lines));
	}

	private List<ServiceLine> lines(VisitForm form, BindingResult result) {
		List<ServiceLine> lines = new ArrayList<>();
		for (int i = 0; i < form.services().size(); i++) {
			ServiceForm row = form.services().get(i);
			if (row.blank()) {
				continue;
			}
			Object[] where = { i + 1 };
			if (!row.code().matches("[A-Za-z0-9]{5}")
					|| this.billing.engine().catalog().find(row.code().toUpperCase(Locale.ROOT)).isEmpty()) {
				result.reject("clinic.visit.line.code", where, null);
				continue;
			}
			Optional<OptionalInt> minutes = number(row.minutes(), 1440);
			Optional<OptionalInt> billed = number(row.billedUnits(), 99);
			if (minutes.isEmpty()) {
				result.reject("clinic.visit.line.minutes", where, null);
				continue;
			}
			if (billed.isEmpty()) {
				result.reject("clinic.visit.line.billedUnits", where, null);
				continue;
			}
			if (!row.modifiers().matches("[A-Za-z0-9 ,;]{0,40}")) {
				result.reject("clinic.visit.line.modifiers", where, null);
				continue;
			}
			if (row.bodyRegion().length() > 40) {
				result.reject("clinic.visit.line.bodyRegion", where, null);
				continue;
			}
			if (!TextInput.isPlain(row.bodyRegion())) {
				result.reject("clinic.visit.line.bodyRegionNotPlain", where, null);
				continue;
			}
			lines.add(new ServiceLine(row.code(), minutes.get(),
					row.modifiers().isEmpty() ? Set.of() : Set.copyOf(List.of(row.modifiers().split("[ ,;]+"))),
					row.bodyRegion().isEmpty() ? Optional.empty() : Optional.of(row.bodyRegion()), billed.get()));
		}
		return lines;
	}

	/**
	 * A number from 0 to max: an empty OptionalInt for no value, empty for a bad value.
	 */
	private static Optional<OptionalInt> number(String text, int max) {
		if (text.isEmpty()) {
			return Optional.of(OptionalInt.empty());
		}
		try {
			int value = Integer.parseInt(text);
			return (value < 0 || value > max) ? Optional.empty() : Optional.of(OptionalInt.of(value));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
