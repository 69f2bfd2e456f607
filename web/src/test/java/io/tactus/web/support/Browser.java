package io.tactus.web.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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

}
