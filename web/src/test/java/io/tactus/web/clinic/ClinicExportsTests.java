package io.tactus.web.clinic;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClinicExportsTests {

	@Test
	void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
		assertThat(ClinicExports.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(ClinicExports.safe("+1+2")).isEqualTo("'+1+2");
		assertThat(ClinicExports.safe("-cmd")).isEqualTo("'-cmd");
		assertThat(ClinicExports.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(ClinicExports.safe("-12.50")).isEqualTo("-12.50");
		assertThat(ClinicExports.safe("Acme")).isEqualTo("Acme");
	}

	@Test
	void writesCsvWithNeutralisedTextAndPlainNumbers() throws Exception {
		StringWriter out = new StringWriter();

		ClinicExports.csv(out, List.of("a", "b"), (sink) -> sink.accept(List.of("=1+1", new BigDecimal("-3.50"))));

		assertThat(out.toString()).isEqualTo("a,b\r\n'=1+1,-3.50\r\n");
	}

}
