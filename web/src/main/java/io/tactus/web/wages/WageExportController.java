package io.tactus.web.wages;

import java.io.IOException;

import io.tactus.reports.statistics.StateComparison;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

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
	void downloadXlsx(TableQuery query, HttpServletResponse response) throws IOException {
		Selection selection = this.comparisons.select(query.year(), query.occupation());
		StateComparison comparison = this.comparisons.comparison(selection);
		WageTable table = WageTable.of(comparison, query.options(comparison));
		response.setContentType(XLSX);
		attachment(response, this.exports.filename(selection, "xlsx"));
		this.exports.writeXlsx(table, selection, comparison, response.getOutputStream());
	}

	@GetMapping("/wages/export.csv")
	void downloadCsv(TableQuery query, HttpServletResponse response) throws IOException {
		Selection selection = this.comparisons.select(query.year(), query.occupation());
		StateComparison comparison = this.comparisons.comparison(selection);
		WageTable table = WageTable.of(comparison, query.options(comparison));
		response.setContentType("text/csv;charset=UTF-8");
		attachment(response, this.exports.filename(selection, "csv"));
		this.exports.writeCsv(table, selection, comparison, response.getOutputStream());
	}

	private static void attachment(HttpServletResponse response, String name) {
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString());
	}

}
