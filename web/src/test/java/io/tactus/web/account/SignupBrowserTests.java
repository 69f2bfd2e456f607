package io.tactus.web.account;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.tactus.web.support.Browser;
import io.tactus.web.support.RequiresChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a job seeker signs up, signs out and signs back in.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignupBrowserTests {

	@LocalServerPort
	private int port;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() throws Exception {
		this.browser = Browser.start(Files.createTempDirectory("tactus-downloads"));
	}

	@AfterEach
	void stopBrowser() {
		this.browser.quit();
	}

	@Test
	void jobSeekerSignsUpSignsOutAndSignsBackIn() {
		this.browser.get(url("/"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
		this.browser.findElement(By.linkText("Sign up to compare massage therapist pay by state")).click();

		this.browser.findElement(By.id("username")).sendKeys("browser.seeker@example.com");
		this.browser.findElement(By.id("password")).sendKeys("short");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(this.browser.findElement(By.id("password-error")).getText()).contains("too short");

		this.browser.findElement(By.id("password")).sendKeys("Browser-seeker-2026");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		awaitHeading("Pay and demand for massage therapists");
		assertThat(this.browser.findElement(By.cssSelector(".user")).getText()).contains("browser.seeker@example.com");

		this.browser.findElement(By.cssSelector(".user button")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.cssSelector("p.notice"), "You are signed out."));

		this.browser.findElement(By.id("username")).sendKeys("browser.seeker@example.com");
		this.browser.findElement(By.id("password")).sendKeys("Browser-seeker-2026");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		awaitHeading("Pay and demand for massage therapists");
		assertThat(Path.of(this.browser.getCurrentUrl().replaceFirst("^https?://[^/]+", ""))).hasToString("/");
	}

	private void awaitHeading(String heading) {
		Browser.awaitHeading(this.browser, heading::equals);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
