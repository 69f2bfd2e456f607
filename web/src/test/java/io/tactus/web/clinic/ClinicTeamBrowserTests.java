package io.tactus.web.clinic;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import io.tactus.core.billing.ServiceLine;
import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;
import io.tactus.web.support.Browser;
import io.tactus.web.support.RequiresChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In a real browser, a clinic works as a team: the owner adds a biller, who signs in with
 * the temporary password, must choose their own, imports a visit log, edits a visit,
 * filters the list and exports it; the owner's dashboard then counts the new visits.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClinicTeamBrowserTests {

	private static final String OWNER = "team-owner";

	private static final String BILLER = "team.biller@team-clinic.example.com";

	private static final String BILLER_PASSWORD = "Biller-chose-this-2026";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	private int port;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private ClinicSetup setup;

	@Autowired
	private ClinicVisits visits;

	private WebDriver browser;

	private Path downloads;

	private LocalDate today;

	@BeforeEach
	void start() throws Exception {
		TactusUser owner = ClinicFixtures.owner(this.accounts, this.service, this.setup, OWNER, "Team Clinic");
		long clinic = owner.clinic().orElseThrow();
		this.today = LocalDate.now(ZoneOffset.UTC);
		Therapist pat = this.setup.therapists(clinic)
			.stream()
			.filter((t) -> t.name().equals("Pat Lee"))
			.findFirst()
			.orElseThrow();
		Payer acme = this.setup.payers(clinic)
			.stream()
			.filter((p) -> p.name().equals("Acme Health"))
			.findFirst()
			.orElseThrow();
		this.visits.insert(clinic,
				new NewVisit(this.today, "TEAM-0", pat.id(), acme.id(), List
					.of(new ServiceLine("97140", OptionalInt.of(30), Set.of(), Optional.empty(), OptionalInt.empty()))),
				null);
		this.downloads = Files.createTempDirectory("tactus-team-downloads");
		this.browser = Browser.start(this.downloads);
	}

	@AfterEach
	void stop() {
		this.browser.quit();
	}

	@Test
	void ownerAddsABillerWhoImportsEditsFiltersAndExportsAndTheDashboardMoves() throws Exception {
		signIn(OWNER, TestAccounts.PASSWORD);
		assertThat(this.browser.getCurrentUrl()).endsWith("/clinic/dashboard");
		assertThat(tile("tile-visits")).isEqualTo("1");
		String revenueBefore = tile("tile-revenue");

		open("/clinic/staff");
		this.browser.findElement(By.id("username")).sendKeys(BILLER);
		new Select(this.browser.findElement(By.id("role"))).selectByValue("CLINIC_BILLER");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		String temporary = this.browser.findElement(By.id("temporary-password-value")).getText();
		assertThat(temporary).matches("[a-zA-Z0-9]{4}(-[a-zA-Z0-9]{4}){3}");
		assertThat(this.browser.findElement(By.id("staff")).getText()).contains(BILLER).contains("Clinic biller");
		screenshot("team-staff-added");
		signOut();

		signIn(BILLER, temporary);
		assertThat(this.browser.getCurrentUrl()).endsWith("/account");
		assertThat(this.browser.findElement(By.id("must-change-password")).isDisplayed()).isTrue();
		open("/clinic/visits/import");
		assertThat(this.browser.getCurrentUrl()).as("no page before the password is changed").endsWith("/account");
		this.browser.findElement(By.id("current")).sendKeys(temporary);
		this.browser.findElement(By.id("password")).sendKeys(BILLER_PASSWORD);
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.browser.getCurrentUrl().endsWith("/clinic/dashboard"));
		assertThat(this.browser.findElement(By.tagName("nav")).getText()).contains("Visits")
			.contains("Settings")
			.doesNotContain("Staff");

		Path log = this.downloads.resolve("team-log.csv");
		Files.writeString(log, ClinicFixtures.HEADER //
				+ this.today + ",TEAM-1,Pat Lee,Medicare,97110,23,GP,,2\n" //
				+ this.today + ",TEAM-2,Sam Roe,Acme Health,97124,38,,,4\n", StandardCharsets.UTF_8);
		open("/clinic/visits/import");
		this.browser.findElement(By.id("file")).sendKeys(log.toAbsolutePath().toString());
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(this.browser.findElement(By.cssSelector("p.flash")).getText()).isEqualTo("Visit log imported.");

		open("/clinic/visits");
		WebElement row = this.browser.findElement(By.xpath("//table[@id='visits']//tr[td[text()='TEAM-2']]"));
		assertThat(row.findElement(By.cssSelector("td.units")).getText()).as("the AMA rule's units for 38 minutes")
			.isEqualTo("3");
		assertThat(row.findElement(By.cssSelector("td.findings")).getText()).as("4 billed: overbilled").isEqualTo("1");
		row.findElement(By.cssSelector("a.edit-visit")).click();
		Browser.awaitHeading(this.browser, (heading) -> heading.equals("Edit visit"));
		WebElement minutes = this.browser.findElement(By.name("services[0].minutes"));
		assertThat(minutes.getAttribute("value")).isEqualTo("38");
		minutes.clear();
		minutes.sendKeys("45");
		WebElement billed = this.browser.findElement(By.name("services[0].billedUnits"));
		billed.clear();
		billed.sendKeys("3");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.cssSelector("p.flash"), "The visit was updated."));
		assertThat(this.browser.findElement(By.id("changes")).getText()).contains(BILLER)
			.contains("97124 38 min 4 units")
			.contains("97124 45 min 3 units");
		screenshot("team-visit-edited");
		assertThat(this.browser.findElements(By.cssSelector("ul.findings li"))).as("45 minutes bill 3 units").isEmpty();

		open("/clinic/visits");
		this.browser.findElement(By.id("q")).sendKeys("team-2");
		new Select(this.browser.findElement(By.id("payer"))).selectByVisibleText("Acme Health");
		this.browser.findElement(By.cssSelector("#visit-filters button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.id("match-count"), "1 visit matches."));
		screenshot("team-visits-filtered");
		assertThat(this.browser.findElement(By.id("visits")).getText()).contains("TEAM-2")
			.doesNotContain("TEAM-1")
			.doesNotContain("TEAM-0");
		this.browser.findElement(By.id("export-csv")).click();
		Path csv = awaitDownload("visit-lines.csv");
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains("TEAM-2").contains("97124").contains(",45,");
		signOut();

		signIn(OWNER, TestAccounts.PASSWORD);
		assertThat(this.browser.getCurrentUrl()).endsWith("/clinic/dashboard");
		assertThat(tile("tile-visits")).isEqualTo("3");
		assertThat(tile("tile-revenue")).isNotEqualTo(revenueBefore);
		screenshot("team-dashboard-after");
		this.browser.findElement(By.cssSelector("#tile-visits a")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.id("match-count"), "3 visits match."));
	}

	private void screenshot(String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		Map<String, Object> shot = ((ChromeDriver) this.browser).executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
	}

	private String tile(String id) {
		return this.browser.findElement(By.cssSelector("#" + id + " .tile-value")).getText();
	}

	private void signIn(String username, String password) {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		assertThat(this.browser.findElement(By.cssSelector(".user")).getText()).contains(username);
	}

	private void signOut() {
		this.browser.findElement(By.cssSelector(".user button")).click();
		Browser.awaitHeading(this.browser, (heading) -> !heading.isEmpty());
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private Path awaitDownload(String name) {
		Path file = this.downloads.resolve(name);
		await().atMost(Duration.ofSeconds(20)).until(() -> Files.isRegularFile(file) && Files.size(file) > 0);
		return file;
	}

}
