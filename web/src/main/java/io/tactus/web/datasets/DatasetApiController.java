package io.tactus.web.datasets;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.tactus.web.account.TactusUser;
import io.tactus.web.datasets.Datasets.StoredFinding;
import io.tactus.web.datasets.DatasetService.DatasetNotFoundException;
import io.tactus.web.datasets.DatasetService.DatasetNotPublishableException;
import io.tactus.web.datasets.DatasetService.Upload;
import io.tactus.web.system.FigureText;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Wage datasets over the API, for admins.
 */
@RestController
class DatasetApiController {

	static final int FINDINGS_LIMIT = 1000;

	private final DatasetService service;

	private final Datasets datasets;

	private final DatasetCheckText checkText;

	private final FigureText figures;

	DatasetApiController(DatasetService service, Datasets datasets, DatasetCheckText checkText, FigureText figures) {
		this.service = service;
		this.datasets = datasets;
		this.checkText = checkText;
		this.figures = figures;
	}

	@PostMapping("/api/v1/datasets")
	ResponseEntity<DatasetJson> upload(@AuthenticationPrincipal TactusUser admin,
			@RequestParam("file") MultipartFile file, @RequestParam(name = "year", required = false) Integer year)
			throws IOException {
		Upload upload = this.service.upload(file.getInputStream(), file.getOriginalFilename(), year, admin.username());
		Dataset dataset = this.datasets.find(upload.dataset().id()).orElseThrow();
		HttpStatus status = upload.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED;
		return ResponseEntity.status(status).body(json(dataset, upload.duplicate(), List.of(), null));
	}

	@GetMapping("/api/v1/datasets")
	List<DatasetJson> list() {
		return this.datasets.list().stream().map((dataset) -> json(dataset, false, null, null)).toList();
	}

	@GetMapping("/api/v1/datasets/{id}")
	DatasetJson show(@PathVariable long id) {
		Dataset dataset = this.datasets.find(id).orElseThrow(() -> new DatasetNotFoundException(id));
		ComparisonJson comparison = dataset.status().isPublishable()
				? this.service.diff(dataset).map(this::comparison).orElse(null) : null;
		return json(dataset, false, this.datasets.findings(id, null, null, FINDINGS_LIMIT, 0), comparison);
	}

	@PostMapping("/api/v1/datasets/{id}/publish")
	DatasetJson publish(@AuthenticationPrincipal TactusUser admin, @PathVariable long id) {
		return json(this.service.publish(id, admin.username()), false, null, null);
	}

	@ExceptionHandler(UploadRefusedException.class)
	ResponseEntity<ProblemDetail> refused(UploadRefusedException ex) {
		HttpStatus status = ex.getMessage().contains("larger than the limit") ? HttpStatus.PAYLOAD_TOO_LARGE
				: HttpStatus.BAD_REQUEST;
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, ex.getMessage()));
	}

	@ExceptionHandler(DatasetNotPublishableException.class)
	ResponseEntity<ProblemDetail> notPublishable(DatasetNotPublishableException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Dataset " + ex.dataset().id() + " is "
					+ ex.dataset().status() + ": only READY or RETIRED datasets can be published."));
	}

	@ExceptionHandler(DatasetNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(DatasetNotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()));
	}

	private ComparisonJson comparison(DatasetDiff diff) {
		List<CheckJson> checks = diff.checks()
			.stream()
			.map((check) -> new CheckJson(check.kind().name(), check.area(), check.row(), check.occupation(),
					check.column().name(), this.figures.text(check.before()), this.figures.text(check.after()),
					this.checkText.text(check, Locale.US)))
			.toList();
		Map<String, Long> counts = new LinkedHashMap<>();
		diff.checkCounts().forEach((kind, count) -> counts.put(kind.name(), count));
		return new ComparisonJson(diff.against().id(), diff.figuresCompared(), diff.figuresChanged(), counts, checks);
	}

	private static DatasetJson json(Dataset d, boolean duplicate, List<StoredFinding> findings,
			ComparisonJson comparison) {
		return new DatasetJson(d.id(), d.status().name(), d.fileName(), d.fileSize(), d.sha256(), d.source(),
				d.uploadedBy(), d.uploadedAt(), d.surveyYear(), d.rowsAccepted(), d.rowsRead(), d.rowsAccepted(),
				d.rowsWarned(), d.rowsRejected(), d.errorCount(), d.warningCount(), d.message(), d.publishedAt(),
				duplicate, findings, comparison);
	}

	/**
	 * A dataset as the API shows it.
	 *
	 * @param id the id
	 * @param status where it is in its life
	 * @param fileName the uploaded name
	 * @param fileSize bytes
	 * @param sha256 the file's SHA-256
	 * @param source {@code UPLOAD} or {@code BUNDLED}
	 * @param uploadedBy who
	 * @param uploadedAt when
	 * @param surveyYear the survey year, {@code null} when unknown
	 * @param rowCount rows stored
	 * @param rowsRead data rows read
	 * @param rowsAccepted rows kept
	 * @param rowsWarned kept rows with warnings
	 * @param rowsRejected rows with errors
	 * @param errorCount errors found
	 * @param warningCount warnings found
	 * @param message why the file could not be used, when it could not
	 * @param publishedAt when last published
	 * @param duplicate whether this upload repeated an earlier one
	 * @param findings the findings (the first 1,000), {@code null} in lists
	 * @param comparison what publishing it would change, for a dataset that can be
	 * published while another is; {@code null} otherwise
	 */
	record DatasetJson(long id, String status, String fileName, long fileSize, String sha256, String source,
			String uploadedBy, OffsetDateTime uploadedAt, Integer surveyYear, long rowCount, long rowsRead,
			long rowsAccepted, long rowsWarned, long rowsRejected, long errorCount, long warningCount, String message,
			OffsetDateTime publishedAt, boolean duplicate, List<StoredFinding> findings, ComparisonJson comparison) {
	}

	/**
	 * The comparison with the published dataset.
	 *
	 * @param against the published dataset's id
	 * @param figuresCompared figures compared (national, state and territory rows)
	 * @param figuresChanged figures that differ
	 * @param checkCounts warnings of each kind, in all
	 * @param checks the warnings (the first 500), in file order
	 */
	record ComparisonJson(long against, long figuresCompared, long figuresChanged, Map<String, Long> checkCounts,
			List<CheckJson> checks) {
	}

	/**
	 * One warning against the published dataset.
	 *
	 * @param kind {@code MISSING_COLUMN}, {@code EMPLOYMENT_JUMP}, {@code MEDIAN_JUMP},
	 * {@code NEWLY_TOP_CODED} or {@code NEWLY_SUPPRESSED}
	 * @param area the state, empty for a whole column
	 * @param row the row in the file, 0 for a whole column
	 * @param occupation the occupation, empty for a whole column
	 * @param column the column
	 * @param before the published figure (a number or a BLS marker)
	 * @param after the new figure
	 * @param message the warning in words
	 */
	record CheckJson(String kind, String area, int row, String occupation, String column, String before, String after,
			String message) {
	}

}
