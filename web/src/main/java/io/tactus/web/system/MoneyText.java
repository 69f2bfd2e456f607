package io.tactus.web.system;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import io.tactus.core.money.Money;

import org.springframework.stereotype.Component;

/**
 * Shows amounts of money in templates ({@code ${@money.text(amount)}}): dollars with
 * thousands separators and cents, a minus sign before the dollar sign.
 */
@Component("money")
public class MoneyText {

	/**
	 * The amount as text, e.g. {@code $20,866.27} or {@code −$98.00}.
	 * @param amount the amount; cents are rounded half up
	 * @return the text
	 */
	public String text(BigDecimal amount) {
		return text(Money.of(amount));
	}

	/**
	 * The amount as text, e.g. {@code $20,866.27} or {@code −$98.00}.
	 * @param amount the amount
	 * @return the text
	 */
	public String text(Money amount) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
		String digits = format.format(amount.abs().amount());
		return amount.isNegative() ? "\u2212$" + digits : "$" + digits;
	}

}
