package io.tactus.web.clinic;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.support.Browser;
import io.tactus.web.support.RequiresChromium;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In a real browser: a clinic owner downloads the template, imports a filled one, reads
 * the summary, opens a finding and a visit, exports XLSX; another clinic's owner sees
 * none of it.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClinicBrowserTests {

	private static final String RANGE = "?from=2026-01-01&to=2026-12-31&period=month";

	@LocalServerPort
	private int port;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private ClinicSetup setup;

	private WebDriver browser;

	private Path downloads;

	@BeforeEach
	void start() throws Exception {
		ClinicFixtures.owner(this.accounts, this.service, this.setup, "browser-owner", "Browser Clinic");
		ClinicFixtures.owner(this.accounts, this.service, this.setup, "browser-rival", "Rival Clinic");
		this.downloads = Files.createTempDirectory("tactus-clinic-downloads");
		this.browser = Browser.start(this.downloads);
	}

	@AfterEach
	void stop() {
		this.browser.quit();
	}

	@Test
	void ownerImportsReadsTheSummaryAndExportsWhileAnotherClinicSeesNothing() throws Exception {
		signIn("browser-owner");
		this.browser.get(url("/clinic/visits/import"));
		this.browser.findElement(By.id("template-csv")).click();
		Path template = awaitDownload("visit-log-template.csv");
		List<String> lines = new ArrayList<>(Files.readAllLines(template, StandardCharsets.UTF_8));
		assertThat(lines.get(0)).startsWith("date,patient_ref,therapist");
		lines.subList(1, lines.size()).clear();
		lines.add("2026-06-01,BRW-1,Pat Lee,Medicare,97110,23,GP,,3");
		lines.add("2026-06-01,BRW-1,Pat Lee,Medicare,97530,15,GP,,1");
		lines.add("2026-06-08,BRW-2,Sam Roe,Acme Health,97124,38,,,3");
		Path filled = this.downloads.resolve("filled.csv");
		Files.write(filled, lines, StandardCharsets.UTF_8);

		this.browser.findElement(By.id("file")).sendKeys(filled.toAbsolutePath().toString());
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(this.browser.findElement(By.cssSelector("p.flash")).getText()).isEqualTo("Visit log imported.");
		assertThat(this.browser.findElement(By.id("visits")).getText()).contains("BRW-1").contains("BRW-2");

		this.browser.get(url("/clinic/summary" + RANGE));
		assertThat(this.browser.findElement(By.id("by-payer")).getText()).contains("Medicare").contains("Acme Health");
		this.browser.findElement(By.linkText("More units billed than the rule gives")).click();
		this.browser.findElement(By.linkText("2026-06-01")).click();
		assertThat(this.browser.findElement(By.id("findings")).isDisplayed()).isTrue();
		assertThat(this.browser.getPageSource()).contains("More units billed than the rule gives")
			.contains("CMS 8-minute rule");
		String visitUrl = this.browser.getCurrentUrl();

		this.browser.get(url("/clinic/summary" + RANGE));
		this.browser.findElement(By.id("export-xlsx")).click();
		Path xlsx = awaitDownload("summary-2026-01-01-2026-12-31.xlsx");
		List<String> keys = new ArrayList<>();
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Row row : workbook.getSheetAt(0)) {
				keys.add(row.getCell(1).getStringCellValue());
			}
		}
		assertThat(keys).contains("total", "Pat Lee", "Acme Health", "97110");

		this.browser.findElement(By.cssSelector(".user button")).click();
		signIn("browser-rival");
		this.browser.get(visitUrl);
		assertThat(this.browser.getPageSource()).doesNotContain("BRW-1").doesNotContain("CMS 8-minute rule");
		this.browser.get(url("/clinic/visits"));
		assertThat(this.browser.getPageSource()).doesNotContain("BRW-");
		this.browser.get(url("/clinic/summary" + RANGE));
		assertThat(this.browser.getPageSource()).doesNotContain("97110").doesNotContain("BRW-");

		this.browser.findElement(By.cssSelector(".user button")).click();
		signIn("browser-owner");
		this.browser.get(visitUrl);
		this.browser.findElement(By.id("delete-visit")).click();
		Alert asked = new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.alertIsPresent());
		assertThat(asked.getText()).startsWith("Delete this visit");
		asked.dismiss();
		assertThat(this.browser.getCurrentUrl()).as("kept after cancelling").isEqualTo(visitUrl);
		this.browser.findElement(By.id("delete-visit")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.cssSelector("p.flash"), "The visit was deleted."));
		this.browser.get(visitUrl);
		assertThat(this.browser.getPageSource()).doesNotContain("CMS 8-minute rule");
	}

	private void signIn(String username) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(io.tactus.web.TestAccounts.PASSWORD);
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		assertThat(this.browser.findElement(By.cssSelector(".user")).getText()).contains(username);
	}

	private Path awaitDownload(String name) {
		Path file = this.downloads.resolve(name);
		await().atMost(Duration.ofSeconds(20)).until(() -> Files.isRegularFile(file) && Files.size(file) > 0);
		return file;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
