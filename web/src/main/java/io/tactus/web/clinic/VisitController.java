package io.tactus.web.clinic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import io.tactus.core.billing.InvalidServiceException;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.VisitClaim;
import io.tactus.web.account.TactusUser;
import io.tactus.web.clinic.VisitForm.ServiceForm;
import io.tactus.web.system.AuditAction;
import io.tactus.web.system.AuditLog;
import io.tactus.web.system.NavigationItem;
import io.tactus.web.system.Role;
import io.tactus.web.system.TextInput;
import io.tactus.web.billing.ServiceProblems;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A clinic's visits: the list, the new-visit form and one visit with the engine's
 * explanation under both rules.
 */
@Controller
class VisitController {

	static final int NEWEST = 50;

	private final ClinicSetup setup;

	private final ClinicVisits visits;

	private final ClinicBilling billing;

	private final Clock clock;

	private final AuditLog audit;

	VisitController(ClinicSetup setup, ClinicVisits visits, ClinicBilling billing, Clock clock, AuditLog audit) {
		this.setup = setup;
		this.visits = visits;
		this.billing = billing;
		this.clock = clock;
		this.audit = audit;
	}

	@Bean
	static NavigationItem clinicVisitsNavigation() {
		return new NavigationItem("/clinic/visits", "nav.clinic.visits",
				Set.of(Role.CLINIC_OWNER, Role.CLINIC_BILLER, Role.CLINIC_VIEWER), 30);
	}

	@GetMapping("/clinic/visits")
	String showVisits(SignedInClinic signedIn, Model model) {
		long clinic = signedIn.id();
		model.addAttribute("visits", this.visits.newest(clinic, NEWEST));
		model.addAttribute("count", this.visits.count(clinic));
		return "clinic/visits";
	}

	@GetMapping("/clinic/visits/new")
	String initVisitForm(SignedInClinic signedIn, Model model) {
		long clinic = signedIn.id();
		model.addAttribute("form", VisitForm.empty(LocalDate.now(this.clock).toString()));
		return formPage(clinic, model);
	}

	@PostMapping("/clinic/visits/new")
	String processVisitForm(SignedInClinic signedIn, WebRequest request, Model model, RedirectAttributes redirect) {
		long clinic = signedIn.id();
		VisitForm form = VisitForm.of(request.getParameterMap());
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		if (VisitForm.rowBeyondLimit(request.getParameterMap())) {
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
			.flatMap((id) -> this.setup.activeTherapist(clinic, id));
		if (therapist.isEmpty()) {
			result.rejectValue("therapistId", "clinic.visit.therapist.required");
		}
		Optional<Payer> payer = SettingsForms.id(form.payerId()).flatMap((id) -> this.setup.activePayer(clinic, id));
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
			return formPage(clinic, model);
		}
		long id = this.visits.insert(clinic,
				new NewVisit(date, form.patientRef().strip(), therapist.get().id(), payer.get().id(), lines), null);
		redirect.addFlashAttribute("flash", "clinic.visit.saved");
		return "redirect:/clinic/visits/" + id;
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

	private String formPage(long clinic, Model model) {
		model.addAttribute("therapists", this.setup.activeTherapists(clinic));
		model.addAttribute("payers", this.setup.activePayers(clinic));
		return "clinic/visit-form";
	}

	@GetMapping("/clinic/visits/{id}")
	String showVisit(SignedInClinic signedIn, @PathVariable long id, Model model) {
		long clinic = signedIn.id();
		StoredVisit visit = this.visits.find(clinic, id).orElseThrow(() -> new ClinicNotFoundException("visit " + id));
		model.addAttribute("visit", visit);
		try {
			model.addAttribute("evaluated", this.billing.evaluate(clinic, visit));
		}
		catch (InvalidServiceException ex) {
			model.addAttribute("evaluated", null);
			model.addAttribute("refused", ex);
			model.addAttribute("refusedField", ServiceProblems.field(ex));
			model.addAttribute("refusedReason", ServiceProblems.reason(ex));
		}
		return "clinic/visit";
	}

	@PostMapping("/clinic/visits/{id}/delete")
	String processDeleteVisit(@AuthenticationPrincipal TactusUser user, SignedInClinic signedIn, @PathVariable long id,
			RedirectAttributes redirect) {
		long clinic = signedIn.id();
		if (!this.visits.delete(clinic, id)) {
			throw new ClinicNotFoundException("visit " + id);
		}
		this.audit.record(user.username(), AuditAction.CLINIC_VISIT_DELETED, "visit " + id, "clinic " + clinic);
		redirect.addFlashAttribute("flash", "clinic.visit.deleted");
		return "redirect:/clinic/visits";
	}

}
