package io.tactus.web.clinic;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The visit-log import streams: visits are stored in batches as the file is read, yet a
 * file is still imported all or nothing, and hostile files are refused naming the cell.
 */
@TactusIntegrationTest
class VisitImportStreamingIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private ClinicSetup setup;

	@Autowired
	private ClinicVisits visits;

	@Autowired
	private VisitImportService imports;

	private TactusUser owner;

	private long clinic;

	@BeforeEach
	void owner() {
		this.owner = ClinicFixtures.owner(this.accounts, this.service, this.setup, "stream-owner", "Stream Clinic");
		this.clinic = this.owner.clinic().orElseThrow();
	}

	@Test
	void storesNothingWhenTheLastLineHasAProblemAfterBatchesWereStored() throws Exception {
		StringBuilder log = new StringBuilder(ClinicFixtures.HEADER);
		int visitCount = VisitGrouper.BATCH * 3;
		for (int i = 1; i <= visitCount; i++) {
			log.append("2026-05-04,LATE-").append(i).append(",Sam Roe,Acme Health,97124,30,,,2\n");
		}
		log.append("2026-05-05,LATE-X,Nobody,Acme Health,97124,30,,,2\n");
		long visitsBefore = this.visits.count(this.clinic);
		int importsBefore = this.visits.imports(this.clinic).size();

		MvcResult result = importLog("late.csv", log.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(html(result)).contains("Nothing was imported: 1 problems").contains("Nobody");
		assertThat(this.visits.count(this.clinic)).isEqualTo(visitsBefore);
		assertThat(this.visits.imports(this.clinic)).hasSize(importsBefore);
	}

	@Test
	void groupsLinesThatComeBackToAVisitStoredEarlier() {
		StringBuilder log = new StringBuilder(ClinicFixtures.HEADER);
		log.append("2026-06-01,BACK-0,Pat Lee,Medicare,97110,23,GP,,2\n");
		for (int i = 1; i <= VisitGrouper.BATCH + 10; i++) {
			log.append("2026-06-02,BACK-").append(i).append(",Sam Roe,Acme Health,97124,30,,,2\n");
		}
		log.append("2026-06-01,BACK-0,Pat Lee,Medicare,97530,15,GP,,1\n");

		VisitImportService.Imported imported = this.imports.importLog(this.clinic, "back.csv",
				new ByteArrayInputStream(log.toString().getBytes(StandardCharsets.UTF_8)), "stream-owner");

		assertThat(imported.visits()).isEqualTo(VisitGrouper.BATCH + 11);
		assertThat(imported.lines()).isEqualTo(VisitGrouper.BATCH + 12);
		List<StoredVisit> back = new ArrayList<>();
		this.visits.forEach(this.clinic, java.time.LocalDate.of(2026, 6, 1), java.time.LocalDate.of(2026, 6, 1),
				(visit) -> {
					if (visit.patientRef().equals("BACK-0")) {
						back.add(visit);
					}
				});
		assertThat(back).singleElement()
			.satisfies((visit) -> assertThat(visit.lines()).extracting((line) -> line.code())
				.containsExactly("97110", "97530"));
		assertThat(this.visits.imports(this.clinic).get(0).lines()).isEqualTo(VisitGrouper.BATCH + 12);
	}

	@Test
	void refusesALineThatComesBackToAVisitTheEngineThenRefusesNamingItsRow() throws Exception {
		StringBuilder log = new StringBuilder(ClinicFixtures.HEADER);
		log.append("2026-06-03,AGAIN-0,Pat Lee,Medicare,97110,23,GP,,2\n");
		for (int i = 1; i <= VisitGrouper.BATCH + 1; i++) {
			log.append("2026-06-04,AGAIN-").append(i).append(",Sam Roe,Acme Health,97124,30,,,2\n");
		}
		log.append("2026-06-03,AGAIN-0,Pat Lee,Medicare,97530,,GP,,1\n");
		int lastRow = VisitGrouper.BATCH + 4;
		long before = this.visits.count(this.clinic);

		MvcResult result = importLog("again.csv", log.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(html(result)).contains("The billing engine refused the line").contains(">" + lastRow + "<");
		assertThat(this.visits.count(this.clinic)).isEqualTo(before);
	}

	@Test
	void refusesAFileOverTheLineLimitNamingTheLimit() throws Exception {
		StringBuilder log = new StringBuilder(ClinicFixtures.HEADER);
		for (int i = 0; i <= VisitLogReader.MAX_LINES; i++) {
			log.append("2026-07-01,MANY-").append(i / 3).append(",Nobody,Acme Health,97124,30,,,2\n");
		}
		long before = this.visits.count(this.clinic);

		MvcResult result = importLog("many.csv", log.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(html(result)).contains("more than 200,000 lines").contains(">200002<");
		assertThat(this.visits.count(this.clinic)).isEqualTo(before);
	}

	@Test
	void refusesACellLongerThanASpreadsheetHoldsNamingRowAndColumn() throws Exception {
		String log = ClinicFixtures.HEADER + "2026-03-02,LONG-1,Pat Lee,Medicare,97110,23,GP," + "x".repeat(40_000)
				+ ",2\n";

		MvcResult result = importLog("long.csv", log.getBytes(StandardCharsets.UTF_8));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(html(result)).contains("longer than 32,767 characters").contains(">2<").contains(">H<");
	}

	@Test
	void refusesARowWithMoreColumnsThanASpreadsheetHas() throws Exception {
		String log = ClinicFixtures.HEADER + "2026-03-02,WIDE-1" + ",".repeat(40_000) + "\n";

		MvcResult result = importLog("wide.csv", log.getBytes(StandardCharsets.UTF_8));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(html(result)).contains("more than 16,384 columns").contains(">XFE<");
	}

	@Test
	void refusesAWorkbookCellPointingAtAMissingSharedString() throws Exception {
		byte[] template = this.mvc.perform(get("/clinic/visits/template.xlsx").with(user(this.owner)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] hostile = withSheet(template,
				(xml) -> xml.replaceFirst("(<c r=\"B2\"[^>]*t=\"s\"[^>]*><v>)\\d+</v>", "$12147483646</v>"));

		MvcResult result = importLog("hostile.xlsx", hostile);

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(html(result)).contains("points at a text the workbook does not have")
			.contains(">B<")
			.contains("2147483646");
	}

	private MvcResult importLog(String name, byte[] content) throws Exception {
		return this.mvc
			.perform(multipart("/clinic/visits/import").file(new MockMultipartFile("file", name, null, content))
				.with(csrf())
				.with(user(this.owner)))
			.andReturn();
	}

	private static String html(MvcResult result) throws IOException {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static byte[] withSheet(byte[] workbook, java.util.function.UnaryOperator<String> change)
			throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					String changed = change.apply(xml);
					assertThat(changed).isNotEqualTo(xml);
					content = changed.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
