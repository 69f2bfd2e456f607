package io.tactus.web.billing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The billing message bundle for tests that render core's typed results without Spring:
 * the bundle itself, its keys, and a source that remembers which keys were asked for so a
 * test can fail on sentences nothing uses.
 */
final class BillingBundle extends ResourceBundleMessageSource {

	private final Set<String> used = new TreeSet<>();

	BillingBundle() {
		setBasenames("messages-billing");
		setDefaultEncoding("UTF-8");
		setFallbackToSystemLocale(false);
	}

	/**
	 * The keys asked for so far.
	 * @return the keys, sorted
	 */
	Set<String> used() {
		return this.used;
	}

	@Override
	protected String resolveCodeWithoutArguments(String code, Locale locale) {
		this.used.add(code);
		return super.resolveCodeWithoutArguments(code, locale);
	}

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		this.used.add(code);
		return super.resolveCode(code, locale);
	}

	/**
	 * The keys of {@code messages-billing.properties} that match.
	 * @param wanted which keys to keep
	 * @return the keys, sorted
	 * @throws IOException when the bundle cannot be read
	 */
	static Set<String> keys(Predicate<String> wanted) throws IOException {
		Properties bundle = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages-billing.properties"))) {
			bundle.load(in);
		}
		Set<String> keys = new TreeSet<>();
		for (String key : bundle.stringPropertyNames()) {
			if (wanted.test(key)) {
				keys.add(key);
			}
		}
		return keys;
	}

}
