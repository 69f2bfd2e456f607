package io.tactus.web.clinic;

import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.tactus.web.account.TactusUser;
import io.tactus.web.clinic.VisitImportService.Imported;
import io.tactus.web.system.AuditAction;
import io.tactus.web.system.AuditLog;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a visit log (CSV or XLSX) and downloading its templates.
 */
@Controller
class VisitImportController {

	private final VisitImportService service;

	private final ClinicSetup setup;

	private final ClinicVisits visits;

	private final AuditLog audit;

	VisitImportController(VisitImportService service, ClinicSetup setup, ClinicVisits visits, AuditLog audit) {
		this.service = service;
		this.setup = setup;
		this.visits = visits;
		this.audit = audit;
	}

	@GetMapping("/clinic/visits/import")
	String initImportForm(SignedInClinic signedIn, Model model) {
		return page(signedIn.id(), model);
	}

	@PostMapping("/clinic/visits/import")
	String processImportForm(@AuthenticationPrincipal TactusUser user, SignedInClinic signedIn,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		long clinic = signedIn.id();
		if (file == null || file.isEmpty()) {
			model.addAttribute("problems", List.of(new ImportProblem(1, "", "", "clinic.import.empty")));
			model.addAttribute("problemCount", 1);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(clinic, model);
		}
		if (file.getSize() > VisitLogReader.MAX_BYTES) {
			model.addAttribute("problems",
					List.of(new ImportProblem(1, "", Long.toString(file.getSize()), "clinic.import.tooLarge")));
			model.addAttribute("problemCount", 1);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(clinic, model);
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "visits";
		try {
			Imported imported;
			try (InputStream content = file.getInputStream()) {
				imported = this.service.importLog(clinic, name, content, user.username());
			}
			redirect.addFlashAttribute("flash",
					imported.duplicate() ? "clinic.import.duplicate" : "clinic.import.done");
			redirect.addFlashAttribute("importedVisits", imported.visits());
			redirect.addFlashAttribute("importedLines", imported.lines());
			return "redirect:/clinic/visits";
		}
		catch (VisitImportException ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("problemCount", ex.total());
			model.addAttribute("fileName", name);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(clinic, model);
		}
	}

	@PostMapping("/clinic/visits/imports/{id}/delete")
	String processDeleteImport(@AuthenticationPrincipal TactusUser user, SignedInClinic signedIn, @PathVariable long id,
			RedirectAttributes redirect) {
		long clinic = signedIn.id();
		if (!this.visits.deleteImport(clinic, id)) {
			throw new ClinicNotFoundException("import " + id);
		}
		this.audit.record(user.username(), AuditAction.CLINIC_IMPORT_DELETED, "import " + id, "clinic " + clinic);
		redirect.addFlashAttribute("flash", "clinic.import.deleted");
		return "redirect:/clinic/visits/import";
	}

	private String page(long clinic, Model model) {
		model.addAttribute("imports", this.visits.imports(clinic));
		model.addAttribute("columns", VisitLogColumn.values());
		model.addAttribute("maxMegabytes", VisitLogReader.MAX_BYTES / 1024 / 1024);
		model.addAttribute("maxLines", VisitLogReader.MAX_LINES);
		return "clinic/import";
	}

	@GetMapping("/clinic/visits/template.csv")
	void downloadCsvTemplate(SignedInClinic signedIn, HttpServletResponse response) throws IOException {
		long clinic = signedIn.id();
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename("visit-log-template.csv").build().toString());
		response.getOutputStream()
			.write(VisitLogTemplate.csv(this.setup.activeTherapists(clinic), this.setup.activePayers(clinic))
				.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/clinic/visits/template.xlsx")
	void downloadXlsxTemplate(SignedInClinic signedIn, HttpServletResponse response) throws IOException {
		long clinic = signedIn.id();
		response.setContentType(ClinicExports.XLSX);
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename("visit-log-template.xlsx").build().toString());
		VisitLogTemplate.xlsx(this.setup.activeTherapists(clinic), this.setup.activePayers(clinic),
				response.getOutputStream());
	}

}
