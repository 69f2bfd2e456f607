package io.tactus.web.clinic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visit page compares the two rules' totals with one message of the bundle (core
 * gives the figures, never the sentence).
 */
class UnitTotalsMessageTests {

	private static String totals(int cms, int ama) throws IOException {
		Properties messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages-clinic.properties"))) {
			messages.load(in);
		}
		MessageFormat format = new MessageFormat(messages.getProperty("clinic.visit.unitTotals"), Locale.US);
		int difference = ama - cms;
		return format.format(new Object[] { cms, ama, difference, Math.abs(difference) });
	}

	@Test
	void saysHowManyMoreOrFewerUnitsTheAmaRuleGives() throws IOException {
		assertThat(totals(3, 2)).isEqualTo("CMS 8-minute rule: 3 units; AMA midpoint rule: 2 units (1 fewer).");
		assertThat(totals(1, 4)).isEqualTo("CMS 8-minute rule: 1 unit; AMA midpoint rule: 4 units (3 more).");
		assertThat(totals(0, 0)).isEqualTo("CMS 8-minute rule: 0 units; AMA midpoint rule: 0 units (the same).");
		assertThat(totals(1200, 1000))
			.isEqualTo("CMS 8-minute rule: 1200 units; AMA midpoint rule: 1000 units (200 fewer).");
	}

}
