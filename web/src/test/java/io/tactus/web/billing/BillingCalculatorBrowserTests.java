package io.tactus.web.billing;

import java.nio.file.Files;

import io.tactus.web.TestAccounts;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.support.Browser;
import io.tactus.web.support.RequiresChromium;
import io.tactus.web.system.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a clinic owner fills two services, adds a row and sees both rules.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BillingCalculatorBrowserTests {

	private static final String OWNER = "billing.browser.owner";

	@LocalServerPort
	private int port;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountService service;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() throws Exception {
		TestAccounts.ensure(this.accounts, this.service, OWNER, Role.CLINIC_OWNER, "Browser Billing Clinic");
		this.browser = Browser.start(Files.createTempDirectory("tactus-downloads"));
	}

	@AfterEach
	void stopBrowser() {
		this.browser.quit();
	}

	@Test
	void clinicOwnerComparesBothRulesForTwoServices() {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(OWNER);
		this.browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		this.browser.findElement(By.linkText("Visit calculator")).click();

		new Select(this.browser.findElement(By.id("payer"))).selectByValue("MEDICARE_PART_B");
		new Select(this.browser.findElement(By.id("code-0"))).selectByValue("97110");
		this.browser.findElement(By.id("minutes-0")).sendKeys("33");
		new Select(this.browser.findElement(By.id("code-1"))).selectByValue("97140");
		this.browser.findElement(By.id("minutes-1")).sendKeys("7");
		this.browser.findElement(By.id("billing-add-row")).click();
		assertThat(this.browser.findElements(By.cssSelector("tr.billing-row"))).hasSize(7);
		assertThat(this.browser.findElement(By.id("minutes-0")).getAttribute("value")).isEqualTo("33");
		this.browser.findElement(By.cssSelector("button[name=calculate]")).click();

		assertThat(this.browser.findElement(By.cssSelector("#rule-CMS .billing-total")).getText()).isEqualTo("3");
		assertThat(this.browser.findElement(By.cssSelector("#rule-AMA .billing-total")).getText()).isEqualTo("2");
		assertThat(this.browser.findElement(By.id("billing-difference")).getText()).contains("gives 1 fewer");
		assertThat(this.browser.getCurrentUrl()).contains("services%5B0%5D.code=97110");
	}

	@Test
	void calculatorFitsAPhoneWithoutScrollingSideways() {
		this.browser.manage().window().setSize(new Dimension(390, 900));
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(OWNER);
		this.browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		this.browser.findElement(By.linkText("Visit calculator")).click();
		this.browser.get(url("/billing/calculator?payer=MEDICARE_PART_B&provider=PT&services%5B0%5D.code=97110"
				+ "&services%5B0%5D.minutes=23&services%5B1%5D.code=97140&services%5B1%5D.minutes=15"));
		assertThat(this.browser.findElement(By.id("billing-result")).isDisplayed()).isTrue();

		// The services table scrolls inside its own box; the page itself is no wider than
		// the window.
		Object widths = ((JavascriptExecutor) this.browser)
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
		assertThat(widths).asList()
			.satisfies((both) -> assertThat(((Number) both.get(0)).longValue())
				.isLessThanOrEqualTo(((Number) both.get(1)).longValue()));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
