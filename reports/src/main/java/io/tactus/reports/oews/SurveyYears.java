package io.tactus.reports.oews;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the OEWS survey year in a sheet name ({@code All May 2024 data},
 * {@code state_M2024_dl}) or a file name ({@code state_M2024_dl.xlsx},
 * {@code all_data_M_2024.xlsx}, {@code oesm24st.zip}).
 */
final class SurveyYears {

	private static final Pattern YEAR = Pattern.compile("(?<![0-9])(199[0-9]|20[0-9]{2})(?![0-9])");

	private static final Pattern SHORT_ZIP = Pattern.compile("(?i)oesm([0-9]{2})[a-z]+");

	private SurveyYears() {
	}

	static OptionalInt detect(String sheetName, String fileName) {
		OptionalInt fromSheet = find(sheetName);
		if (fromSheet.isPresent()) {
			return fromSheet;
		}
		String name = UploadSafety.baseName(fileName);
		OptionalInt fromFile = find(name);
		if (fromFile.isPresent()) {
			return fromFile;
		}
		Matcher zip = SHORT_ZIP.matcher(name);
		return zip.find() ? OptionalInt.of(2000 + Integer.parseInt(zip.group(1))) : OptionalInt.empty();
	}

	private static OptionalInt find(String text) {
		Matcher matcher = YEAR.matcher(text);
		return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
	}

}
