package io.tactus.web.wages;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tactus.reports.oews.UsState;
import io.tactus.reports.statistics.DuplicateStateRowException;
import io.tactus.reports.statistics.StateComparison;
import io.tactus.reports.statistics.StateStatistics;
import io.tactus.web.wages.WageJson.OneStateJson;
import io.tactus.web.wages.WageJson.StatesJson;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pay by state over the API, for any signed-in user (HTTP Basic).
 */
@RestController
@Tag(name = "Wages", description = "Massage-therapist (or other occupation) pay and demand by U.S. state, "
		+ "from BLS OEWS wage tables")
class WagesApiController {

	/**
	 * Clients may keep the comparison and ask again with {@code If-None-Match}; shared
	 * caches may not.
	 */
	private static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

	private final WageComparisons comparisons;

	private final StatesJsonBody statesJson;

	private final MessageSource messages;

	WagesApiController(WageComparisons comparisons, StatesJsonBody statesJson, MessageSource messages) {
		this.comparisons = comparisons;
		this.statesJson = statesJson;
		this.messages = messages;
	}

	@GetMapping("/api/v1/wages/states")
	@Operation(summary = "Compare an occupation across the states",
			description = "Every state of the chosen dataset with its published figures, ranks, demand score and "
					+ "cost-of-living adjustment, plus statistics across the states with the states they used and "
					+ "left out. Unknown figures are null; numbers are at full precision.",
			responses = {
					@ApiResponse(responseCode = "200", description = "The comparison",
							content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(implementation = StatesJson.class))),
					@ApiResponse(responseCode = "304",
							description = "Unchanged since the entity tag sent in If-None-Match"),
					@ApiResponse(responseCode = "400",
							description = "A parameter cannot be used (named in the detail)"),
					@ApiResponse(responseCode = "404", description = "No dataset has been published yet") })
	ResponseEntity<byte[]> states(
			@Parameter(description = "SOC code, default 31-9011 (massage therapists)",
					example = "31-9011") @RequestParam(required = false) String occupation,
			@Parameter(description = "Survey year of a published or retired dataset; default the published one",
					example = "2025") @RequestParam(required = false) String year) {
		Selection selection = this.comparisons.select(year, occupation);
		StatesJsonBody.Serialised body = this.statesJson.of(selection, this.comparisons.comparison(selection));
		// Spring answers 304 Not Modified when If-None-Match carries this entity tag.
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.eTag(body.entityTag())
			.cacheControl(REVALIDATE)
			.body(body.bytes());
	}

	@GetMapping("/api/v1/wages/states/{code}")
	@Operation(summary = "One state's figures", responses = {
			@ApiResponse(responseCode = "200", description = "The state"),
			@ApiResponse(responseCode = "400", description = "A parameter cannot be used"),
			@ApiResponse(responseCode = "404", description = "No such state, or the dataset has no row for it") })
	OneStateJson state(@Parameter(description = "Two-letter postal code", example = "AK") @PathVariable String code,
			@Parameter(description = "SOC code, default 31-9011",
					example = "31-9011") @RequestParam(required = false) String occupation,
			@Parameter(description = "Survey year; default the published dataset",
					example = "2025") @RequestParam(required = false) String year) {
		Selection selection = this.comparisons.select(year, occupation);
		StateComparison comparison = this.comparisons.comparison(selection);
		UsState state = UsState.ofPostalCode(code).orElseThrow(() -> StateNotFoundException.noSuchState(code));
		StateStatistics statistics = comparison.state(state)
			.orElseThrow(() -> StateNotFoundException.noRow(state, selection));
		return new OneStateJson(WageJson.occupation(selection, comparison), WageJson.dataset(selection),
				WageJson.source(selection.year()), WageJson.state(statistics, comparison),
				WageJson.notes(selection, comparison));
	}

	@ExceptionHandler(InvalidWageParameterException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidWageParameterException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				ex.describe(this.messages, locale));
		problem.setProperty("parameter", ex.parameter());
		problem.setProperty("value", ex.value());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(StateNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(StateNotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()));
	}

	@ExceptionHandler(DuplicateStateRowException.class)
	ResponseEntity<ProblemDetail> duplicateRows(DuplicateStateRowException ex) {
		return ResponseEntity.internalServerError()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					"The chosen dataset has two state rows for " + ex.state().title() + " and occupation "
							+ ex.occupationCode() + ", so it cannot be compared. An administrator should publish a "
							+ "corrected file."));
	}

	@ExceptionHandler(NoWageDataException.class)
	ResponseEntity<ProblemDetail> noData(NoWageDataException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()));
	}

}
