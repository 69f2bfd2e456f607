package io.tactus.web.wages;

import java.io.IOException;

import io.tactus.reports.statistics.StateComparison;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The state table as a file, with the same choices and sort as the page.
 */
@Controller
class WageExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final WageComparisons comparisons;

	private final WageExports exports;

	WageExportController(WageComparisons comparisons, WageExports exports) {
		this.comparisons = comparisons;
		this.exports = exports;
	}

	@GetMapping("/wages/export.xlsx")
	void downloadXlsx(@RequestParam(required = false) String year, @RequestParam(required = false) String occupation,
			@RequestParam(required = false) String metric, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String basis, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, HttpServletResponse response) throws IOException {
		Selection selection = this.comparisons.select(year, occupation);
		StateComparison comparison = this.comparisons.comparison(selection);
		WageTable table = WageTable.of(comparison, TableOptions.parse(comparison, metric, unit, basis, sort, dir));
		response.setContentType(XLSX);
		attachment(response, this.exports.filename(selection, "xlsx"));
		this.exports.writeXlsx(table, selection, comparison, response.getOutputStream());
	}

	@GetMapping("/wages/export.csv")
	void downloadCsv(@RequestParam(required = false) String year, @RequestParam(required = false) String occupation,
			@RequestParam(required = false) String metric, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String basis, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, HttpServletResponse response) throws IOException {
		Selection selection = this.comparisons.select(year, occupation);
		StateComparison comparison = this.comparisons.comparison(selection);
		WageTable table = WageTable.of(comparison, TableOptions.parse(comparison, metric, unit, basis, sort, dir));
		response.setContentType("text/csv;charset=UTF-8");
		attachment(response, this.exports.filename(selection, "csv"));
		this.exports.writeCsv(table, selection, comparison, response.getOutputStream());
	}

	private static void attachment(HttpServletResponse response, String name) {
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString());
	}

}
