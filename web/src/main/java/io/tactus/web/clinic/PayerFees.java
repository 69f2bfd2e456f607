package io.tactus.web.clinic;

import java.util.List;

/**
 * One payer's fees on the settings page, shown as inputs and saved together.
 *
 * @param payer the payer
 * @param retired whether the payer is retired
 * @param rows the stored fees by code, then a row to add a code
 * @param refused whether the rows are the ones just sent and refused; the problems show
 * above them
 */
record PayerFees(Payer payer, boolean retired, List<Row> rows, boolean refused) {

	PayerFees {
		rows = List.copyOf(rows);
	}

	/**
	 * One code's fee.
	 *
	 * @param code the code (empty in a row to add one)
	 * @param description the catalog's plain description of the code, empty when unknown
	 * @param fee the fee per unit as text, empty for none
	 * @param stored whether the code has a stored fee (its code is shown, not typed)
	 */
	record Row(String code, String description, String fee, boolean stored) {

		static Row empty() {
			return new Row("", "", "", false);
		}

	}

}
