package io.tactus.reports.oews;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OewsValuesTests {

	@Test
	void matchesHeadersIgnoringCaseBlanksAndOldNames() {
		assertThat(OewsColumn.ofHeader(" occ code ")).hasValue(OewsColumn.OCC_CODE);
		assertThat(OewsColumn.ofHeader("OCC_CODE")).hasValue(OewsColumn.OCC_CODE);
		assertThat(OewsColumn.ofHeader("Loc_Q")).hasValue(OewsColumn.LOC_QUOTIENT);
		assertThat(OewsColumn.ofHeader("OCC_GROUP")).hasValue(OewsColumn.O_GROUP);
		assertThat(OewsColumn.ofHeader("group")).hasValue(OewsColumn.O_GROUP);
		assertThat(OewsColumn.ofHeader("jobs_1000_orig")).hasValue(OewsColumn.JOBS_1000);
		assertThat(OewsColumn.ofHeader("ST")).hasValue(OewsColumn.PRIM_STATE);
		assertThat(OewsColumn.ofHeader("STATE")).hasValue(OewsColumn.AREA_TITLE);
		assertThat(OewsColumn.ofHeader("Problems")).isEmpty();
	}

	@Test
	void readsNumbersWrittenAsText() {
		assertThat(OewsText.plainNumber("1,230")).hasValue("1230");
		assertThat(OewsText.plainNumber("$100,670")).hasValue("100670");
		assertThat(OewsText.plainNumber("1,234,567.89")).hasValue("1234567.89");
		assertThat(OewsText.plainNumber("22.53")).hasValue("22.53");
		assertThat(OewsText.plainNumber(".5")).hasValue(".5");
		assertThat(OewsText.plainNumber("22,53")).isEmpty();
		assertThat(OewsText.plainNumber("1,00,670")).isEmpty();
		assertThat(OewsText.plainNumber("12d")).isEmpty();
		assertThat(OewsText.plainNumber("NaN")).isEmpty();
		assertThat(OewsText.plainNumber("1e5")).isEmpty();
		assertThat(OewsText.plainNumber(",")).isEmpty();
	}

	@Test
	void findsSurveyYearInSheetThenFileName() {
		assertThat(SurveyYears.detect("All May 2024 data", "upload.xlsx")).hasValue(2024);
		assertThat(SurveyYears.detect("State_M2020_dl", "x.xlsx")).hasValue(2020);
		assertThat(SurveyYears.detect("OES Data May 2012", "all_oes_data_2012.xlsx")).hasValue(2012);
		assertThat(SurveyYears.detect("state_dl", "state_M2019_dl.xlsx")).hasValue(2019);
		assertThat(SurveyYears.detect("Sheet1", "C:\\Downloads\\all_data_M_2023.xlsx")).hasValue(2023);
		assertThat(SurveyYears.detect("", "oews-2025-31-9011-states.csv")).hasValue(2025);
		assertThat(SurveyYears.detect("Sheet1", "oesm22st.xlsx")).hasValue(2022);
		assertThat(SurveyYears.detect("Sheet1", "wages.xlsx")).isEmpty();
	}

	@Test
	void keepsIntegerTextOfNumericCodes() {
		assertThat(OewsText.integerText("1235")).isEqualTo("1235");
		assertThat(OewsText.integerText("1235.0")).isEqualTo("1235");
		assertThat(OewsText.integerText("1.235E3")).isEqualTo("1235");
		assertThat(OewsText.integerText("2.5")).isEqualTo("2.5");
	}

}
