package io.tactus.web.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts headless Debian Chromium through its own ChromeDriver, naming both binaries so
 * Selenium Manager never downloads anything.
 */
public final class Browser {

	private Browser() {
	}

	/**
	 * A new headless Chromium.
	 * @param downloads where downloads land
	 * @return the driver; quit it when done
	 */
	public static ChromeDriver start(Path downloads) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(ChromiumCondition.CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
				"--disable-dev-shm-usage", "--window-size=1280,1000");
		try {
			options.addArguments("--user-data-dir=" + Files.createTempDirectory("tactus-chromium"));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Cannot make a Chromium profile folder", ex);
		}
		Map<String, Object> preferences = new HashMap<>();
		preferences.put("download.default_directory", downloads.toAbsolutePath().toString());
		preferences.put("download.prompt_for_download", false);
		options.setExperimentalOption("prefs", preferences);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(ChromiumCondition.CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	/**
	 * Waits for the heading of the page a click leads to: right after the click the old
	 * page, which has a heading too, may still be there, or go stale while it is read.
	 * @param driver the browser
	 * @param expected what the new page's heading looks like
	 * @return the heading's text once it matches
	 */
	public static String awaitHeading(WebDriver driver, Predicate<String> expected) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until((page) -> {
				String heading = page.findElement(By.tagName("h1")).getText();
				return expected.test(heading) ? heading : null;
			});
	}

}
