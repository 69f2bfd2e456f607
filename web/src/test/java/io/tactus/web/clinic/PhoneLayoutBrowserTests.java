package io.tactus.web.clinic;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.support.Browser;
import io.tactus.web.support.RequiresChromium;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser 390 px wide (a phone) and 1280 px wide: the wages, clinic and
 * calculator pages never scroll sideways as a whole, nothing visible sticks out of the
 * window except inside its own scroll box, a table that still scrolls keeps its first
 * column in place, and the calculator's fields and buttons fit. Each page is saved as
 * {@code target/screenshots/phone-<page>.png} and {@code desktop-<page>.png} to look at.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PhoneLayoutBrowserTests {

	private static final String OWNER = "phone.owner@physio-clinic.example.com";

	private static final int PHONE = 390;

	private static final int DESKTOP = 1280;

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String CALCULATOR = "/billing/calculator?payer=MEDICARE_PART_B&provider=PT"
			+ "&services%5B0%5D.code=97110&services%5B0%5D.minutes=23&services%5B0%5D.modifiers=GP"
			+ "&services%5B1%5D.code=97140&services%5B1%5D.minutes=15&services%5B1%5D.region=lumbar"
			+ "&services%5B1%5D.billedUnits=2&calculate=1";

	/**
	 * Elements whose right edge passes the window (as wide as the argument) and that no
	 * scrolling or clipping box around them holds in; each described by tag, id and
	 * classes.
	 */
	private static final String STICKING_OUT = """
			const width = arguments[0];
			const held = (element) => {
				for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
					if (getComputedStyle(box).overflowX !== 'visible') {
						return true;
					}
				}
				return false;
			};
			const out = [];
			for (const element of document.body.querySelectorAll('*')) {
				const r = element.getBoundingClientRect();
				if (r.width === 0 || r.height === 0 || getComputedStyle(element).visibility === 'hidden') {
					continue;
				}
				if (r.right > width + 0.5 && !held(element)) {
					out.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
						+ (element.getAttribute('class') ? '.' + element.getAttribute('class').trim().split(/\\s+/).join('.') : '')
						+ ' right=' + Math.round(r.right));
				}
			}
			return out;
			""";

	/**
	 * Tables that scroll inside their box yet whose rows' first cells do not stay put
	 * (sticky with a background of their own), so a reader loses which row a figure
	 * belongs to.
	 */
	private static final String LOOSE_FIRST_COLUMNS = """
			const loose = [];
			for (const table of document.querySelectorAll('main table')) {
				const box = table.parentElement;
				if (!box || box.scrollWidth <= box.clientWidth + 1 || table.getBoundingClientRect().height === 0) {
					continue;
				}
				for (const row of table.rows) {
					const first = row.cells[0];
					const style = getComputedStyle(first);
					if (row.cells.length > 1 && (style.position !== 'sticky'
							|| style.backgroundColor === 'rgba(0, 0, 0, 0)')) {
						loose.push((table.id || table.className || 'table') + ': ' + first.textContent.trim());
						break;
					}
				}
			}
			return loose;
			""";

	/**
	 * Chart text that renders smaller than 12 CSS px as the reader sees it: the text's
	 * font size (attribute or style, in SVG units) times the scale the SVG is drawn at.
	 * Each SVG with such text is named by its id (or its figure's id, or its class) with
	 * its smallest text, its size and how many texts are too small; the page name is the
	 * argument.
	 */
	private static final String SMALL_CHART_TEXT = """
			const page = arguments[0];
			const small = new Map();
			for (const text of document.querySelectorAll('svg text')) {
				const r = text.getBoundingClientRect();
				if (!text.textContent.trim() || text.getClientRects().length === 0 || r.width === 0 || r.height === 0) {
					continue;
				}
				const size = parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a;
				if (size < 11.95) {
					const svg = text.ownerSVGElement;
					const holder = svg.id ? svg : (svg.closest('figure[id]') || svg);
					const name = 'svg' + (holder.id ? '#' + holder.id : '')
						+ (svg.getAttribute('class') ? '.' + svg.getAttribute('class').trim().split(/\\s+/).join('.') : '');
					const seen = small.get(name);
					if (!seen || size < seen.size) {
						small.set(name, { text: text.textContent.trim(), size: size, count: (seen ? seen.count : 0) + 1 });
					}
					else {
						seen.count++;
					}
				}
			}
			return [...small.entries()].map(([name, s]) => page + ': ' + name + " text '" + s.text + "' "
				+ s.size.toFixed(1) + 'px (' + s.count + ' too small)');
			""";

	/** The calculator's fields and buttons that do not lie wholly inside the window. */
	private static final String OFF_SCREEN_CONTROLS = """
			const width = arguments[0];
			const off = [];
			for (const control of document.querySelectorAll('#billing-form input, #billing-form select, #billing-form button')) {
				const r = control.getBoundingClientRect();
				if (r.left < 0 || r.right > width + 0.5) {
					off.push((control.id || control.name) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
				}
			}
			return off;
			""";

	@LocalServerPort
	private int port;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	@Autowired
	private ClinicSetup setup;

	@Autowired
	private VisitImportService imports;

	@Autowired
	private ClinicVisits visits;

	private ChromeDriver browser;

	private Map<String, String> pages;

	@BeforeEach
	void start() throws Exception {
		long clinic = ClinicFixtures.owner(this.accounts, this.service, this.setup, OWNER, "Riverside Physical Therapy")
			.clinic()
			.orElseThrow();
		this.imports.importLog(clinic, "phone.csv",
				new ByteArrayInputStream(ClinicFixtures.log("PHONE-REF").getBytes(StandardCharsets.UTF_8)), OWNER);
		long visit = this.visits.newest(clinic, 1).getFirst().id();
		this.pages = new LinkedHashMap<>();
		this.pages.put("wages-states", "/wages/states");
		this.pages.put("wages-state", "/wages/states/AK");
		this.pages.put("wages-compare", "/wages/compare?states=AK&states=WA&states=CA");
		this.pages.put("clinic-summary", "/clinic/summary?from=2026-01-01&to=2026-12-31&period=month");
		this.pages.put("clinic-visits", "/clinic/visits");
		this.pages.put("clinic-visit", "/clinic/visits/" + visit);
		this.pages.put("clinic-import", "/clinic/visits/import");
		this.pages.put("clinic-settings", "/clinic/settings");
		this.pages.put("clinic-new-visit", "/clinic/visits/new");
		this.pages.put("clinic-edit-visit", "/clinic/visits/" + visit + "/edit");
		this.pages.put("clinic-staff", "/clinic/staff");
		this.pages.put("clinic-dashboard", "/clinic/dashboard");
		this.pages.put("clinic-threshold", "/clinic/threshold");
		this.pages.put("clinic-wages", "/clinic/wages");
		this.pages.put("calculator", CALCULATOR);
		this.pages.put("home", "/");
		Files.createDirectories(SCREENSHOTS);
		this.browser = Browser.start(Files.createTempDirectory("tactus-phone-downloads"));
	}

	@AfterEach
	void stop() {
		this.browser.quit();
	}

	@Test
	void everyPageFitsAPhone390PixelsWide() throws Exception {
		viewport(PHONE, 844, true);
		probesSeeAPageTooWide();
		signIn();
		SoftAssertions softly = fits("phone", PHONE);
		open(CALCULATOR);
		assertThat(this.browser.findElement(By.id("billing-result")).isDisplayed()).isTrue();
		softly.assertThat(strings(OFF_SCREEN_CONTROLS, PHONE))
			.as("calculator fields and buttons outside the window")
			.isEmpty();
		softly.assertThat(this.browser.findElements(By.cssSelector("#billing-form input, #billing-form select")))
			.as("calculator fields")
			.hasSizeGreaterThan(20);
		softly.assertThat(this.browser.findElements(By.cssSelector(".billing-services label")))
			.as("each stacked service field shows its label")
			.hasSizeGreaterThanOrEqualTo(30)
			.allMatch((label) -> label.isDisplayed() && label.getSize().getWidth() > 40);
		softly.assertAll();
	}

	@Test
	void everyPageStillFitsADesktop() throws Exception {
		viewport(DESKTOP, 1000, false);
		signIn();
		fits("desktop", DESKTOP).assertAll();
	}

	/**
	 * Opens every page at this width, saves its screenshot and checks it fits.
	 * @return the findings, to add to and assert
	 */
	private SoftAssertions fits(String device, int width) throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (Map.Entry<String, String> page : this.pages.entrySet()) {
			open(page.getValue());
			screenshot(device + "-" + page.getKey());
			long scrollWidth = number("return document.documentElement.scrollWidth");
			softly.assertThat(number("return window.innerWidth"))
				.as("%s: window width (a wider page zooms a phone out)", page.getKey())
				.isEqualTo(width);
			softly.assertThat(scrollWidth)
				.as("%s: page width %d at %d", page.getKey(), scrollWidth, width)
				.isLessThanOrEqualTo(width);
			softly.assertThat(strings(STICKING_OUT, width))
				.as("%s: elements past the right edge", page.getKey())
				.isEmpty();
			softly.assertThat(strings(LOOSE_FIRST_COLUMNS))
				.as("%s: scrolling tables whose first column scrolls away", page.getKey())
				.isEmpty();
			softly.assertThat(strings(SMALL_CHART_TEXT, page.getKey()))
				.as("%s: chart text under 12 px at %d", page.getKey(), width)
				.isEmpty();
		}
		return softly;
	}

	/**
	 * The probes are not blind: a page with a 600 px box and a scrolling table whose
	 * first column moves trips every one of them.
	 */
	private void probesSeeAPageTooWide() {
		this.browser.get("data:text/html,<meta name=viewport content='width=device-width,initial-scale=1'>"
				+ "<body><div id=wide style='width:600px'>x</div><main><div style='overflow-x:auto'>"
				+ "<table><tr><th>Name</th><td style='min-width:900px'>1</td></tr></table></div></main></body>");
		assertThat(number("return document.documentElement.scrollWidth")).isGreaterThan(PHONE);
		assertThat(strings(STICKING_OUT, PHONE)).anyMatch((element) -> element.startsWith("div#wide"))
			.noneMatch((element) -> element.startsWith("td"));
		assertThat(strings(LOOSE_FIRST_COLUMNS)).containsExactly("table: Name");
		this.browser.get("data:text/html,<meta name=viewport content='width=device-width,initial-scale=1'>"
				+ "<body style='margin:0'><svg id=small viewBox='0 0 780 100' style='display:block;width:390px'><text x=0 y=50 font-size=16>Mar</text></svg>"
				+ "<svg id=big viewBox='0 0 195 100' style='display:block;width:390px'><text x=0 y=50 font-size=16>Apr</text></svg>"
				+ "<svg id=hidden style='display:none' viewBox='0 0 780 100'><text x=0 y=50 font-size=16>May</text></svg>"
				+ "</body>");
		assertThat(strings(SMALL_CHART_TEXT, "probe"))
			.containsExactly("probe: svg#small text 'Mar' 8.0px (1 too small)");
	}

	private void viewport(int width, int height, boolean mobile) {
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
	}

	private void signIn() {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(OWNER);
		this.browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(this.browser.findElement(By.cssSelector(".user")).getText()).contains(OWNER);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
		assertThat(this.browser.findElement(By.tagName("h1")).isDisplayed()).as(path).isTrue();
	}

	private void screenshot(String name) throws Exception {
		Map<String, Object> shot = this.browser.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
	}

	private long number(String script) {
		return ((Number) this.browser.executeScript(script)).longValue();
	}

	@SuppressWarnings("unchecked")
	private List<String> strings(String script, Object... arguments) {
		return (List<String>) this.browser.executeScript(script, arguments);
	}

}
