package io.tactus.web.clinic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.tactus.core.billing.InvalidServiceException;
import io.tactus.core.codes.BillingCode;
import io.tactus.core.codes.CodeCatalog;
import io.tactus.core.money.Money;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The fees of one payer as sent by its block of the settings page: parallel {@code code}
 * and {@code fee} parameters, one pair per row. Each problem names the code and the
 * value; with any problem nothing is saved.
 *
 * @param payerId the payer
 * @param rows the rows as sent, for showing them again
 * @param fees the fee of each code sent, empty to remove it
 * @param problems the problems, as global errors of the {@code feesForm}
 */
record FeeEdits(long payerId, List<PayerFees.Row> rows, Map<String, Optional<BigDecimal>> fees,
		BindingResult problems) {

	/** The most rows one payer's form may send (the code catalog is far smaller). */
	static final int MAX_ROWS = 500;

	private static final BigDecimal MAX_FEE = new BigDecimal("100000");

	/**
	 * Checks the rows sent.
	 * @param payerId the payer
	 * @param codes the {@code code} parameters
	 * @param fees the {@code fee} parameters
	 * @param stored the payer's stored fees by code
	 * @param catalog the code catalog
	 * @return the edits, with their problems
	 */
	static FeeEdits of(long payerId, String[] codes, String[] fees, Map<String, BigDecimal> stored,
			CodeCatalog catalog) {
		List<PayerFees.Row> rows = new ArrayList<>();
		Map<String, Optional<BigDecimal>> edits = new LinkedHashMap<>();
		BindingResult problems = new BeanPropertyBindingResult(new Object(), "feesForm");
		FeeEdits result = new FeeEdits(payerId, rows, edits, problems);
		if (codes == null || fees == null || codes.length != fees.length || codes.length > MAX_ROWS) {
			problems.reject("clinic.settings.fees.incomplete");
			return result;
		}
		for (int i = 0; i < codes.length; i++) {
			String code = codes[i].strip().toUpperCase(Locale.ROOT);
			String text = fees[i].strip();
			if (code.isEmpty() && text.isEmpty()) {
				continue;
			}
			Optional<BillingCode> known = catalog.find(code);
			rows.add(new PayerFees.Row(code, known.map(BillingCode::description).orElse(""), text,
					stored.containsKey(code)));
			String shownCode = InvalidServiceException.shorten(code);
			String shownFee = InvalidServiceException.shorten(text);
			if (code.isEmpty()) {
				problems.reject("clinic.settings.fees.codeMissing", new Object[] { shownFee }, null);
				continue;
			}
			if (known.isEmpty()) {
				problems.reject("clinic.settings.fees.unknownCode", new Object[] { shownCode, shownFee }, null);
				continue;
			}
			if (edits.containsKey(code)) {
				problems.reject("clinic.settings.fees.twice", new Object[] { shownCode }, null);
				continue;
			}
			if (text.isEmpty()) {
				edits.put(code, Optional.empty());
				continue;
			}
			Optional<BigDecimal> fee = SettingsForms.decimal(text);
			if (fee.isEmpty() || fee.get().signum() < 0 || fee.get().compareTo(MAX_FEE) >= 0 || fee.get().scale() > 2) {
				problems.reject("clinic.settings.fees.badFee", new Object[] { shownCode, shownFee }, null);
				continue;
			}
			edits.put(code, Optional.of(Money.of(fee.get()).amount()));
		}
		return result;
	}

}
