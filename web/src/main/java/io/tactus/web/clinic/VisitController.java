package io.tactus.web.clinic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.tactus.core.billing.InvalidServiceException;
import io.tactus.core.billing.VisitClaim;
import io.tactus.web.account.TactusUser;
import io.tactus.web.billing.ServiceProblems;
import io.tactus.web.system.NavigationItem;
import io.tactus.web.system.Role;

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
 * One visit of a clinic: the new-visit form, the page with the engine's explanation under
 * both rules and the visit's history, the edit form and delete.
 */
@Controller
class VisitController {

	private final ClinicSetup setup;

	private final ClinicVisits visits;

	private final ClinicBilling billing;

	private final VisitFormCheck check;

	private final VisitChanges changes;

	private final Clock clock;

	VisitController(ClinicSetup setup, ClinicVisits visits, ClinicBilling billing, VisitFormCheck check,
			VisitChanges changes, Clock clock) {
		this.setup = setup;
		this.visits = visits;
		this.billing = billing;
		this.check = check;
		this.changes = changes;
		this.clock = clock;
	}

	@Bean
	static NavigationItem clinicVisitsNavigation() {
		return new NavigationItem("/clinic/visits", "nav.clinic.visits",
				Set.of(Role.CLINIC_OWNER, Role.CLINIC_BILLER, Role.CLINIC_VIEWER), 30);
	}

	@GetMapping("/clinic/visits/new")
	String initVisitForm(SignedInClinic signedIn, Model model) {
		long clinic = signedIn.id();
		model.addAttribute("form", VisitForm.empty(LocalDate.now(this.clock).toString()));
		return formPage(clinic, Optional.empty(), model);
	}

	@PostMapping("/clinic/visits/new")
	String processVisitForm(SignedInClinic signedIn, WebRequest request, Model model, RedirectAttributes redirect) {
		long clinic = signedIn.id();
		Optional<NewVisit> visit = checked(clinic, request, model, Optional.empty());
		if (visit.isEmpty()) {
			return formPage(clinic, Optional.empty(), model);
		}
		long id = this.visits.insert(clinic, visit.get(), null);
		redirect.addFlashAttribute("flash", "clinic.visit.saved");
		return "redirect:/clinic/visits/" + id;
	}

	@GetMapping("/clinic/visits/{id}/edit")
	String initEditVisitForm(SignedInClinic signedIn, @PathVariable long id, Model model) {
		long clinic = signedIn.id();
		StoredVisit visit = found(clinic, id);
		VisitForm form = VisitForm.of(visit);
		model.addAttribute("form", form);
		if (visit.lines().size() > VisitClaim.MAX_SERVICES) {
			BindingResult result = new BeanPropertyBindingResult(form, "form");
			result.reject("clinic.visit.services.tooMany", new Object[] { VisitClaim.MAX_SERVICES }, null);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		}
		return formPage(clinic, Optional.of(visit), model);
	}

	@PostMapping("/clinic/visits/{id}/edit")
	String processEditVisitForm(@AuthenticationPrincipal TactusUser user, SignedInClinic signedIn,
			@PathVariable long id, WebRequest request, Model model, RedirectAttributes redirect) {
		long clinic = signedIn.id();
		StoredVisit stored = found(clinic, id);
		Optional<NewVisit> visit = checked(clinic, request, model, Optional.of(stored));
		if (visit.isEmpty()) {
			return formPage(clinic, Optional.of(stored), model);
		}
		if (!this.changes.edit(clinic, id, visit.get(), user.username())) {
			throw new ClinicNotFoundException("visit " + id);
		}
		redirect.addFlashAttribute("flash", "clinic.visit.updated");
		return "redirect:/clinic/visits/" + id;
	}

	private Optional<NewVisit> checked(long clinic, WebRequest request, Model model, Optional<StoredVisit> editing) {
		VisitForm form = VisitForm.of(request.getParameterMap());
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		return this.check.check(clinic, request.getParameterMap(), form, result, editing);
	}

	/**
	 * The form page: a new visit when {@code editing} is empty, else the edit of that
	 * visit. The pickers offer active therapists and payers, and an edited visit's own
	 * even when retired.
	 */
	private String formPage(long clinic, Optional<StoredVisit> editing, Model model) {
		List<Therapist> therapists = new ArrayList<>(this.setup.activeTherapists(clinic));
		List<Payer> payers = new ArrayList<>(this.setup.activePayers(clinic));
		editing.map(StoredVisit::therapist)
			.filter((own) -> therapists.stream().noneMatch((t) -> t.id() == own.id()))
			.ifPresent(therapists::add);
		editing.map(StoredVisit::payer)
			.filter((own) -> payers.stream().noneMatch((p) -> p.id() == own.id()))
			.ifPresent(payers::add);
		model.addAttribute("therapists", therapists);
		model.addAttribute("payers", payers);
		model.addAttribute("editing", editing.map(StoredVisit::id).orElse(null));
		return "clinic/visit-form";
	}

	private StoredVisit found(long clinic, long id) {
		return this.visits.find(clinic, id).orElseThrow(() -> new ClinicNotFoundException("visit " + id));
	}

	@GetMapping("/clinic/visits/{id}")
	String showVisit(SignedInClinic signedIn, @PathVariable long id, Model model) {
		long clinic = signedIn.id();
		StoredVisit visit = found(clinic, id);
		model.addAttribute("visit", visit);
		model.addAttribute("changes", this.changes.history(clinic, id));
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
		if (!this.changes.delete(clinic, id, user.username())) {
			throw new ClinicNotFoundException("visit " + id);
		}
		redirect.addFlashAttribute("flash", "clinic.visit.deleted");
		return "redirect:/clinic/visits";
	}

}
