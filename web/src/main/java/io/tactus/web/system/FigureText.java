package io.tactus.web.system;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import io.tactus.reports.oews.Figure;

import org.springframework.stereotype.Component;

/**
 * Shows wage-table figures in templates ({@code ${@figures.text(f)}}): a number with
 * thousands separators, or the BLS marker that says why there is none.
 */
@Component("figures")
public class FigureText {

	/**
	 * The figure as text.
	 * @param figure the figure
	 * @return the number, or its BLS marker ({@code *}, {@code **}, {@code #},
	 * {@code ~}), or empty
	 */
	public String text(Figure figure) {
		if (figure.isKnown()) {
			DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
			return format.format(figure.value().getAsDouble());
		}
		return figure.state().marker();
	}

}
