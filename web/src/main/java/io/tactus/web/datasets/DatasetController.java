package io.tactus.web.datasets;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import io.tactus.web.account.TactusUser;
import io.tactus.web.datasets.DatasetService.DatasetNotFoundException;
import io.tactus.web.datasets.DatasetService.DatasetNotPublishableException;
import io.tactus.web.datasets.DatasetService.Upload;
import io.tactus.web.system.NavigationItem;
import io.tactus.web.system.PageNumber;
import io.tactus.web.system.Role;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' wage datasets: upload, follow the import, read the findings, compare with
 * the published dataset, publish, roll back.
 */
@Controller
class DatasetController {

	static final int FINDINGS_PAGE = 50;

	static final int PREVIEW_ROWS = 20;

	private final DatasetService service;

	private final Datasets datasets;

	private final WageRowStore rows;

	DatasetController(DatasetService service, Datasets datasets, WageRowStore rows) {
		this.service = service;
		this.datasets = datasets;
		this.rows = rows;
	}

	@Bean
	static NavigationItem datasetsNavigation() {
		return new NavigationItem("/admin/datasets", "nav.datasets", Set.of(Role.ADMIN), 80);
	}

	@GetMapping("/admin/datasets")
	String showDatasets(Model model) {
		model.addAttribute("datasets", this.datasets.list());
		model.addAttribute("maxMegabytes", DatasetService.MAX_UPLOAD_BYTES / 1024 / 1024);
		return "datasets/list";
	}

	@PostMapping("/admin/datasets")
	String processUpload(@AuthenticationPrincipal TactusUser admin, @RequestParam("file") MultipartFile file,
			@RequestParam(name = "year", required = false) Integer year, RedirectAttributes redirect)
			throws IOException {
		Upload upload;
		try {
			upload = this.service.upload(file.getInputStream(), file.getOriginalFilename(), year, admin.username());
		}
		catch (UploadRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
			return "redirect:/admin/datasets";
		}
		redirect.addFlashAttribute("flash", upload.duplicate() ? "datasets.duplicate" : "datasets.upload.done");
		return "redirect:/admin/datasets/" + upload.dataset().id();
	}

	@GetMapping("/admin/datasets/{id}")
	String showDataset(@PathVariable long id, @RequestParam(defaultValue = "") String severity,
			@RequestParam(defaultValue = "") String column, @RequestParam(required = false) String page, Model model) {
		Dataset dataset = this.datasets.find(id).orElseThrow(() -> new DatasetNotFoundException(id));
		int current = PageNumber.of(page);
		var findings = this.datasets.findings(id, severity, column, FINDINGS_PAGE + 1, current * FINDINGS_PAGE);
		model.addAttribute("dataset", dataset);
		model.addAttribute("progress", this.service.progress(id).orElse(ImportProgress.QUEUED));
		model.addAttribute("findings", findings.subList(0, Math.min(FINDINGS_PAGE, findings.size())));
		model.addAttribute("hasNext", findings.size() > FINDINGS_PAGE);
		model.addAttribute("page", current);
		model.addAttribute("severity", severity);
		model.addAttribute("column", column);
		model.addAttribute("columns", this.datasets.findingColumns(id));
		model.addAttribute("preview", this.rows.preview(id, PREVIEW_ROWS));
		if (dataset.status().isPublishable()) {
			this.service.diff(dataset).ifPresent((diff) -> model.addAttribute("diff", diff));
		}
		return "datasets/show";
	}

	@GetMapping("/admin/datasets/{id}/progress")
	@ResponseBody
	Map<String, Object> showProgress(@PathVariable long id) {
		Dataset dataset = this.datasets.find(id).orElseThrow(() -> new DatasetNotFoundException(id));
		ImportProgress progress = this.service.progress(id).orElse(ImportProgress.QUEUED);
		return Map.of("status", dataset.status().name(), "stage", progress.stage(), "rowsRead", progress.rowsRead(),
				"expectedRows", progress.expectedRows(), "percent", progress.percent());
	}

	@PostMapping("/admin/datasets/{id}/publish")
	String processPublish(@AuthenticationPrincipal TactusUser admin, @PathVariable long id,
			RedirectAttributes redirect) {
		try {
			this.service.publish(id, admin.username());
			redirect.addFlashAttribute("flash", "datasets.published");
		}
		catch (DatasetNotPublishableException ex) {
			redirect.addFlashAttribute("flash", "datasets.notPublishable");
		}
		return "redirect:/admin/datasets/" + id;
	}

	@GetMapping("/admin/datasets/{id}/errors.xlsx")
	void downloadErrorWorkbook(@PathVariable long id, HttpServletResponse response) throws IOException {
		Dataset dataset = this.datasets.find(id).orElseThrow(() -> new DatasetNotFoundException(id));
		String name = dataset.fileName().replaceAll("(?i)\\.(xlsx|csv)$", "") + "-problems.xlsx";
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString());
		this.service.writeErrorWorkbook(dataset, response.getOutputStream());
	}

}
