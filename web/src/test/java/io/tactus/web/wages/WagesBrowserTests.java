package io.tactus.web.wages;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.tactus.web.support.Browser;
import io.tactus.web.support.RequiresChromium;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In a real browser: a job seeker signs up, sorts the state table, opens a state,
 * compares two states and downloads the table as XLSX.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WagesBrowserTests {

	@LocalServerPort
	private int port;

	private WebDriver browser;

	private Path downloads;

	@BeforeEach
	void startBrowser() throws Exception {
		this.downloads = Files.createTempDirectory("tactus-wages-downloads");
		this.browser = Browser.start(this.downloads);
	}

	@AfterEach
	void stopBrowser() {
		this.browser.quit();
	}

	@Test
	void jobSeekerSortsOpensAStateComparesAndDownloads() throws Exception {
		this.browser.get(url("/signup"));
		this.browser.findElement(By.id("username")).sendKeys("wages.browser@example.com");
		this.browser.findElement(By.id("password")).sendKeys("Wages-browser-2026");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(Browser.awaitHeading(this.browser, (heading) -> !heading.startsWith("Sign up")))
			.isEqualTo("Pay and demand for massage therapists");

		this.browser.findElement(By.linkText("Pay by state")).click();
		assertThat(Browser.awaitHeading(this.browser, (heading) -> heading.contains("by state")))
			.contains("pay and demand by state");
		assertThat(firstState()).isEqualTo("AK");

		this.browser.findElement(By.cssSelector("th[data-key=annualMedian] a.sort-link")).click();
		assertThat(this.browser.findElement(By.cssSelector("th[data-key=annualMedian]")).getAttribute("aria-sort"))
			.isEqualTo("ascending");
		List<Double> medians = medians();
		assertThat(medians).isSorted();
		assertThat(firstState()).isNotEqualTo("AK");

		this.browser.findElement(By.id("export-xlsx")).click();
		Path xlsx = awaitDownload();
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Code");
			int median = -1;
			for (int i = 0; i < header.getLastCellNum(); i++) {
				if ("Median (annual)".equals(header.getCell(i).getStringCellValue())) {
					median = i;
				}
			}
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(firstState());
			assertThat(sheet.getRow(1).getCell(median).getNumericCellValue()).isEqualTo(medians.get(0));
			List<String> first = new ArrayList<>();
			sheet.forEach((row) -> first.add(row.getCell(0).getStringCellValue()));
			assertThat(first).anyMatch((text) -> text.startsWith("Source: U.S. Bureau of Labor Statistics, OEWS May"));
		}

		this.browser.findElement(By.cssSelector("#wages-table tbody tr[data-state=AK] a")).click();
		assertThat(Browser.awaitHeading(this.browser, (heading) -> heading.startsWith("Alaska"))).startsWith("Alaska:");
		this.browser.findElement(By.id("atLeast")).sendKeys("45000");
		this.browser.findElement(By.cssSelector("#calculator button[type=submit]")).click();
		assertThat(this.browser.findElement(By.id("share")).getText()).contains("earn at least $45,000");

		this.browser.findElement(By.linkText("All states")).click();
		this.browser.findElement(By.linkText("Compare states")).click();
		this.browser.findElement(By.id("state-AK")).click();
		this.browser.findElement(By.id("state-WA")).click();
		this.browser.findElement(By.cssSelector("#compare-form button[type=submit]")).click();
		String table = this.browser.findElement(By.id("compare-table")).getText();
		assertThat(table).contains("Alaska").contains("Washington").contains("$134,930");
	}

	private String firstState() {
		return this.browser.findElement(By.cssSelector("#wages-table tbody tr")).getAttribute("data-state");
	}

	private List<Double> medians() {
		int index = 0;
		List<WebElement> headers = this.browser.findElements(By.cssSelector("#wages-table thead th"));
		for (int i = 0; i < headers.size(); i++) {
			if ("annualMedian".equals(headers.get(i).getAttribute("data-key"))) {
				index = i;
			}
		}
		List<Double> values = new ArrayList<>();
		for (WebElement row : this.browser.findElements(By.cssSelector("#wages-table tbody tr"))) {
			String value = row.findElements(By.cssSelector("th, td")).get(index).getAttribute("data-value");
			if (value != null && !value.isEmpty()) {
				values.add(Double.parseDouble(value));
			}
		}
		return values;
	}

	private Path awaitDownload() {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			try (Stream<Path> files = Files.list(this.downloads)) {
				return files.filter((f) -> f.getFileName().toString().endsWith(".xlsx")).findFirst().orElse(null);
			}
		}, (path) -> path != null && path.toFile().length() > 0);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
