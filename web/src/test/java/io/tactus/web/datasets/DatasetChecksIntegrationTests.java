package io.tactus.web.datasets;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * What an upload is checked for against the published dataset (the bundled May 2025
 * figures for massage therapists), on the dataset page and over the API: columns that
 * would go missing, employment and medians that jump, figures newly top-coded or
 * suppressed; and findings that name the state as well as the row.
 */
@TactusIntegrationTest
class DatasetChecksIntegrationTests {

	private static final String HEADER = DatasetFiles.HEADER.strip();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Datasets datasets;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JsonMapper json;

	@Test
	void warnsWhenAWholeColumnThePublishedDatasetHasIsMissing() throws Exception {
		String csv = without("A_MEDIAN",
				HEADER + "\n" + row("01", "AL", "Alabama", "610", "22250", "28010", "49000", "79170", "91260") + "\n"
						+ row("02", "AK", "Alaska", "570", "34140", "104000", "134930", "139210", "161400") + "\n");
		long id = upload("oews_2025_no_median.csv", csv);
		JsonNode ready = awaitFinished(id);
		assertThat(ready.get("status").asString()).isEqualTo("READY");

		JsonNode comparison = ready.get("comparison");
		assertThat(comparison.get("against").asLong()).isEqualTo(this.datasets.published().orElseThrow().id());
		assertThat(comparison.get("checkCounts").get("MISSING_COLUMN").asLong()).isOne();
		JsonNode missing = comparison.get("checks").get(0);
		assertThat(missing.get("kind").asString()).isEqualTo("MISSING_COLUMN");
		assertThat(missing.get("column").asString()).isEqualTo("A_MEDIAN");
		assertThat(missing.get("message").asString()).startsWith("A_MEDIAN is missing or empty")
			.contains("the annual median would no longer be shown for any state")
			.contains("the published dataset shows it in 51 rows");

		String page = page(id);
		assertThat(page).contains("the annual median would no longer be shown for any state")
			.contains("Missing columns: 1");
	}

	@Test
	void warnsOfJumpsAndNewlyHiddenFiguresNamingStateRowAndColumn() throws Exception {
		String csv = HEADER + "\n" + row("01", "AL", "Alabama", "2000", "22250", "28010", "80000", "89170", "91260")
				+ "\n" + row("02", "AK", "Alaska", "**", "34140", "104000", "134930", "*", "#") + "\n"
				+ row("04", "AZ", "Arizona", "4030", "26000", "32000", "42000", "52000", "70000") + "\n";
		long id = upload("oews_2025_jumps.csv", csv);
		JsonNode ready = awaitFinished(id);
		assertThat(ready.get("status").asString()).isEqualTo("READY");

		JsonNode comparison = ready.get("comparison");
		assertThat(comparison.get("checkCounts").get("EMPLOYMENT_JUMP").asLong()).isOne();
		assertThat(comparison.get("checkCounts").get("MEDIAN_JUMP").asLong()).isOne();
		assertThat(comparison.get("checkCounts").get("NEWLY_TOP_CODED").asLong()).isOne();
		assertThat(comparison.get("checkCounts").get("NEWLY_SUPPRESSED").asLong()).isEqualTo(2);
		assertThat(comparison.get("checkCounts").has("MISSING_COLUMN")).isFalse();
		List<String> checks = new ArrayList<>();
		comparison.get("checks")
			.forEach((check) -> checks.add(check.get("kind").asString() + "|" + check.get("area").asString() + "|"
					+ check.get("row").asInt() + "|" + check.get("column").asString() + "|"
					+ check.get("before").asString() + "|" + check.get("after").asString()));
		assertThat(checks).containsExactly("EMPLOYMENT_JUMP|Alabama|2|TOT_EMP|600|2,000",
				"MEDIAN_JUMP|Alabama|2|A_MEDIAN|48,930|80,000", "NEWLY_SUPPRESSED|Alaska|3|TOT_EMP|570|**",
				"NEWLY_SUPPRESSED|Alaska|3|A_PCT75|139,210|*", "NEWLY_TOP_CODED|Alaska|3|A_PCT90|161,400|#");
		assertThat(comparison.get("checks").get(0).get("message").asString())
			.isEqualTo("Employment changes by a factor of 3.3: 600 published, 2,000 in this file.");
		assertThat(comparison.get("checks").get(1).get("message").asString())
			.isEqualTo("The annual median moves by +63%: 48,930 published, 80,000 in this file.");
		assertThat(comparison.get("figuresChanged").asLong()).as("every column is compared, not only medians")
			.isGreaterThanOrEqualTo(12);

		String page = page(id);
		assertThat(page).contains("Employment changes by a factor of 3.3")
			.contains("Newly top-coded: the annual 90th percentile wage is 161,400")
			.contains("Newly suppressed: employment is 570");
		assertThat(page.indexOf("id=\"checks-heading\"")).as("the warnings come first")
			.isPositive()
			.isLessThan(page.indexOf("id=\"findings-heading\""));
		assertThat(page.indexOf("id=\"findings-heading\"")).as("the publish button comes after the findings")
			.isLessThan(page.indexOf("id=\"publish\""));
		assertThat(page.substring(page.indexOf("id=\"largest-changes\""))).as("changes of every column are listed")
			.contains("A_PCT25")
			.contains("A_MEDIAN");
	}

	@Test
	void findingsNameTheStateAsWellAsTheRow() throws Exception {
		String csv = HEADER + "\n" + row("01", "AL", "Alabama", "600", "22250", "28010", "48930", "79170", "91260")
				+ "\n" + row("04", "AZ", "Arizona", "4030", "26000", "32000", "abc", "52000", "70000") + "\n";
		long id = upload("oews_2025_area_findings.csv", csv);
		JsonNode rejected = awaitFinished(id);
		assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
		JsonNode finding = rejected.get("findings").get(0);
		assertThat(finding.get("row").asInt()).isEqualTo(3);
		assertThat(finding.get("area").asString()).isEqualTo("Arizona");
		assertThat(finding.get("column").asString()).isEqualTo("A_MEDIAN");
		assertThat(page(id)).contains("<td>Arizona</td>");
	}

	private static String row(String fips, String postal, String title, String employment, String p10, String p25,
			String median, String p75, String p90) {
		return fips + "," + title + ",2," + postal + ",000000,Cross-industry,cross-industry,1235,31-9011,"
				+ "Massage Therapists,detailed," + employment + ",,,1.00,,,,,,,,,,," + p10 + "," + p25 + "," + median
				+ "," + p75 + "," + p90 + ",,";
	}

	private static String without(String column, String csv) {
		List<String> lines = Arrays.asList(csv.split("\n"));
		int index = Arrays.asList(lines.get(0).split(",", -1)).indexOf(column);
		StringBuilder out = new StringBuilder();
		for (String line : lines) {
			List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
			cells.remove(index);
			out.append(String.join(",", cells)).append('\n');
		}
		return out.toString();
	}

	private String page(long id) throws Exception {
		var admin = this.accounts.findByUsername("admin").orElseThrow();
		var response = this.mvc.perform(get("/admin/datasets/" + id).with(user(admin))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private long upload(String name, String csv) throws Exception {
		var response = this.mvc
			.perform(multipart("/api/v1/datasets")
				.file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(202);
		return this.json.readTree(response.getContentAsString()).get("id").asLong();
	}

	private JsonNode awaitFinished(long id) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
			last[0] = api(get("/api/v1/datasets/" + id));
			return !last[0].get("status").asString().equals("PROCESSING");
		});
		return last[0];
	}

	private JsonNode api(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request.with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return this.json.readTree(response.getContentAsString());
	}

}
