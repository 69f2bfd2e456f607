package io.tactus.web.billing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.codes.ProviderType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalculatorFormTests {

	@Test
	void readsRowsFromParametersAndIgnoresRowsBeyondTheLimit() {
		Map<String, String[]> parameters = new LinkedHashMap<>();
		parameters.put("payer", new String[] { "COMMERCIAL" });
		parameters.put("services[2].code", new String[] { " 97110 " });
		parameters.put("services[2].minutes", new String[] { "20" });
		parameters.put("services[29].code", new String[] { "97140" });
		parameters.put("services[30].code", new String[] { "97530" });
		parameters.put("services[123456].code", new String[] { "97530" });
		CalculatorForm form = CalculatorForm.of(parameters);
		assertThat(form.services()).hasSize(30);
		assertThat(form.services().get(2).code()).isEqualTo("97110");
		assertThat(form.services().get(2).minutes()).isEqualTo("20");
		assertThat(form.services().get(0).isBlank()).isTrue();
		assertThat(form.rows()).hasSize(CalculatorForm.MAX_ROWS);
		assertThat(form.hasServices()).isTrue();
		assertThat(form.isAddRow()).isFalse();
	}

	@Test
	void rendersSixRowsAndOneMoreAfterAddRow() {
		assertThat(CalculatorForm.empty().rows()).hasSize(CalculatorForm.DEFAULT_ROWS);
		Map<String, String[]> parameters = new LinkedHashMap<>();
		parameters.put("services[6].code", new String[] { "97110" });
		parameters.put("addRow", new String[] { "1" });
		assertThat(CalculatorForm.of(parameters).rows()).hasSize(8);
	}

	@Test
	void readsNamesWhateverTheirCase() {
		assertThat(BillingNames.payer(" medicare-part-b ")).contains(PayerKind.MEDICARE_PART_B);
		assertThat(BillingNames.provider("lmt")).contains(ProviderType.LMT);
		assertThat(BillingNames.rule("ama")).contains(UnitRule.AMA);
		assertThat(BillingNames.rule("NICE")).isEmpty();
		assertThat(BillingNames.modifiers("gp, 59 ;xs")).containsExactly("GP", "59", "XS");
		assertThat(BillingNames.isModifier("5999")).isFalse();
	}

}
