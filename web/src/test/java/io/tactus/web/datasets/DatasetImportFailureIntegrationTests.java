package io.tactus.web.datasets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.TestAccounts;
import io.tactus.web.datasets.DatasetImporter.ImportRequest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Whatever stops an import, the dataset ends FAILED or REJECTED with a reason, never
 * stuck in PROCESSING, and the import thread goes on with the next upload.
 */
@TactusIntegrationTest
class DatasetImportFailureIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Datasets datasets;

	@Autowired
	private WageRowStore rows;

	@Autowired
	private DatasetImporter importer;

	@Autowired
	private JsonMapper json;

	@TempDir
	Path dir;

	@Test
	void marksTheDatasetFailedWhenTheImportRunsOutOfMemoryRethrowsAndGoesOnImporting() throws Exception {
		long id = this.datasets.insert("oom.xlsx", 10, sha256(), "UPLOAD", "admin");
		OutOfMemoryError error = new OutOfMemoryError("Java heap space");

		Throwable thrown = catchThrowable(
				() -> this.importer.run(new ImportRequest(id, null, "oom.xlsx", 2024, "admin", (sink) -> {
					throw error;
				})));

		assertThat(thrown).as("the error goes on to end the thread").isSameAs(error);
		Dataset failed = this.datasets.find(id).orElseThrow();
		assertThat(failed.status()).isEqualTo(DatasetStatus.FAILED);
		assertThat(failed.message()).contains("ran out of memory").contains("nothing of this file is used");
		assertThat(this.rows.preview(id, 5)).isEmpty();
		Path good = Files.write(this.dir.resolve("state_M2024_dl.xlsx"), DatasetFiles.workbook(20, 2024, 7));
		long next = this.datasets.insert("state_M2024_dl.xlsx", Files.size(good), sha256(), "UPLOAD", "admin");
		this.importer.submit(ImportRequest.ofFile(next, good, "state_M2024_dl.xlsx", null, "admin"));
		assertThat(awaitFinished(next).status()).as("imports go on").isEqualTo(DatasetStatus.READY);
	}

	@Test
	void rethrowsAnErrorAfterMarkingTheDatasetFailed() {
		long id = this.datasets.insert("stack.xlsx", 10, sha256(), "UPLOAD", "admin");
		StackOverflowError error = new StackOverflowError();

		Throwable thrown = org.assertj.core.api.Assertions
			.catchThrowable(() -> this.importer.run(new ImportRequest(id, null, "stack.xlsx", 2024, "admin", (sink) -> {
				throw error;
			})));

		assertThat(thrown).isSameAs(error);
		Dataset failed = this.datasets.find(id).orElseThrow();
		assertThat(failed.status()).isEqualTo(DatasetStatus.FAILED);
		assertThat(failed.message()).contains("internal error");
	}

	@Test
	void rejectsAWorkbookPointingAtSharedStringTwoBillionNamingTheCell() throws Exception {
		byte[] file = sharedStringAttack();
		assertThat(file.length).isLessThan(8_000);

		long id = upload("state_M2024_dl.xlsx", file).get("id").asLong();
		Dataset rejected = awaitFinished(id);

		assertThat(rejected.status()).isEqualTo(DatasetStatus.REJECTED);
		assertThat(rejected.message()).contains("sheet \"State_M2024_dl\", row 2, column B").contains("\"2147483646\"");
		assertThat(this.rows.preview(id, 5)).isEmpty();
	}

	@Test
	void rejectsACsvWiderThanExcelAllowsNamingTheLine() throws Exception {
		byte[] file = (DatasetFiles.HEADER + ",".repeat(20_000) + "\n").getBytes(StandardCharsets.UTF_8);

		long id = upload("oews_2024_wide.csv", file).get("id").asLong();
		Dataset rejected = awaitFinished(id);

		assertThat(rejected.status()).isEqualTo(DatasetStatus.REJECTED);
		assertThat(rejected.message()).contains("line 2, column XFE").contains("more than 16,384 columns");
	}

	/**
	 * A small state workbook whose OCC_CODE cell in row 2 points at shared string
	 * 2,147,483,646 of a table of a few strings.
	 */
	private static byte[] sharedStringAttack() throws IOException {
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("State_M2024_dl");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("AREA");
			header.createCell(1).setCellValue("OCC_CODE");
			header.createCell(2).setCellValue("A_MEAN");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("02");
			row.createCell(1).setCellValue("31-9011");
			row.createCell(2).setCellValue(100670);
			workbook.write(plain);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					String hostile = xml.replaceFirst("(<c r=\"B2\" t=\"s\"[^>]*><v>)\\d+</v>", "$12147483646</v>");
					assertThat(hostile).isNotEqualTo(xml);
					content = hostile.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private Dataset awaitFinished(long id) {
		Dataset[] last = new Dataset[1];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
			last[0] = this.datasets.find(id).orElseThrow();
			return last[0].status() != DatasetStatus.PROCESSING;
		});
		return last[0];
	}

	private JsonNode upload(String name, byte[] content) throws Exception {
		var response = this.mvc
			.perform(multipart("/api/v1/datasets").file(new MockMultipartFile("file", name, null, content))
				.with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(202);
		return this.json.readTree(response.getContentAsString());
	}

	private static String sha256() {
		return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
	}

}
