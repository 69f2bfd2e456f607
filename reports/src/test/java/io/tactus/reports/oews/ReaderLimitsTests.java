package io.tactus.reports.oews;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.tactus.reports.oews.OewsFileException.Reason;
import io.tactus.reports.oews.SpreadsheetLimitException.Limit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.tactus.reports.oews.TestWorkbooks.worksheet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile files that used to run the reader out of memory: each is refused promptly,
 * naming where (sheet, row, column) and what, and nothing of it is read past the limit.
 */
class ReaderLimitsTests {

	private static final Duration PROMPTLY = Duration.ofSeconds(30);

	private static final String HEADER = "<row r=\"1\">" + OewsReaderTests.cellsOf("AREA", "OCC_CODE", "A_MEAN")
			+ "</row>";

	@TempDir
	Path dir;

	private SpreadsheetLimitException refused(Path file) {
		String fileName = file.getFileName().toString();
		CompletableFuture<ReadReport> read = CompletableFuture.supplyAsync(() -> {
			try {
				return OewsReader.read(file, fileName, (row) -> {
				});
			}
			catch (IOException | OewsFileException ex) {
				throw new CompletionException(ex);
			}
		});
		assertThat(read).failsWithin(PROMPTLY)
			.withThrowableOfType(ExecutionException.class)
			.withCauseInstanceOf(SpreadsheetLimitException.class);
		SpreadsheetLimitException ex = (SpreadsheetLimitException) read.handle((report, failure) -> failure.getCause())
			.join();
		assertThat(ex.fileName()).isEqualTo(fileName);
		assertThat(ex.getMessage()).startsWith("\"" + fileName + "\" was refused: ").doesNotContain("Exception");
		return ex;
	}

	@Test
	void refusesACellPointingAtSharedStringTwoBillionOfATableOfOne() throws Exception {
		String strings = "<?xml version=\"1.0\"?><sst xmlns=\"" + TestWorkbooks.MAIN_NS
				+ "\" count=\"2147483646\" uniqueCount=\"2147483646\"><si><t>31-9011</t></si></sst>";
		String sheetData = HEADER + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>02</t></is></c>"
				+ "<c r=\"B2\" t=\"s\"><v>2147483646</v></c><c r=\"C2\"><v>100670</v></c></row>";
		Path file = TestWorkbooks.rawXlsx(this.dir, "state_M2024_dl.xlsx", "State_M2024_dl", worksheet(sheetData),
				strings);
		assertThat(Files.size(file)).isLessThan(2_500);

		SpreadsheetLimitException ex = refused(file);

		assertThat(ex.reason()).isEqualTo(Reason.DAMAGED);
		assertThat(ex.limit()).isEqualTo(Limit.MISSING_SHARED_STRING);
		assertThat(ex.sheet()).isEqualTo("State_M2024_dl");
		assertThat(ex.row()).isEqualTo(2);
		assertThat(ex.column()).isEqualTo("B");
		assertThat(ex.value()).isEqualTo("2147483646");
		assertThat(ex.getMessage()).contains("sheet \"State_M2024_dl\", row 2, column B")
			.contains("shared string \"2147483646\"");
	}

	@Test
	void refusesANegativeSharedStringIndex() throws Exception {
		String strings = "<?xml version=\"1.0\"?><sst xmlns=\"" + TestWorkbooks.MAIN_NS + "\"><si><t>x</t></si></sst>";
		String sheetData = HEADER + "<row r=\"3\"><c r=\"C3\" t=\"s\"><v>-1</v></c></row>";
		Path file = TestWorkbooks.rawXlsx(this.dir, "negative.xlsx", "Data", worksheet(sheetData), strings);

		SpreadsheetLimitException ex = refused(file);

		assertThat(ex.limit()).isEqualTo(Limit.MISSING_SHARED_STRING);
		assertThat(ex.column()).isEqualTo("C");
		assertThat(ex.row()).isEqualTo(3);
	}

	@Test
	void refusesAnInlineCellLongerThanExcelAllowsWithoutKeepingIt() throws Exception {
		String cell = letters(1_000_000);
		String sheetData = HEADER + "<row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t>02</t></is></c>"
				+ "<c r=\"B7\" t=\"inlineStr\"><is><t>" + cell + "</t></is></c></row>";
		Path file = TestWorkbooks.rawXlsx(this.dir, "long.xlsx", "Data", worksheet(sheetData), null);

		SpreadsheetLimitException ex = refused(file);

		assertThat(ex.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
		assertThat(ex.limit()).isEqualTo(Limit.CELL_CHARACTERS);
		assertThat(ex.row()).isEqualTo(7);
		assertThat(ex.column()).isEqualTo("B");
		assertThat(ex.value()).isEqualTo(cell.substring(0, 40) + "…");
		assertThat(ex.getMessage()).contains("longer than 32,767 characters");
	}

	@Test
	void refusesASharedStringLongerThanExcelAllowsWhereACellUsesIt() throws Exception {
		String strings = "<?xml version=\"1.0\"?><sst xmlns=\"" + TestWorkbooks.MAIN_NS + "\"><si><t>02</t></si><si><t>"
				+ letters(40_000) + "</t></si></sst>";
		String sheetData = HEADER
				+ "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c></row>";
		Path file = TestWorkbooks.rawXlsx(this.dir, "sst.xlsx", "Data", worksheet(sheetData), strings);

		SpreadsheetLimitException ex = refused(file);

		assertThat(ex.limit()).isEqualTo(Limit.CELL_CHARACTERS);
		assertThat(ex.column()).isEqualTo("B");
	}

	@Test
	void readsACellOfExactlyExcelsLimit() throws Exception {
		String title = letters(SpreadsheetRows.MAX_CELL_CHARACTERS);
		Path file = this.dir.resolve("full.csv");
		Files.writeString(file, "AREA,OCC_CODE,AREA_TITLE,A_MEAN\n02,31-9011," + title + ",100670\n");
		TestWorkbooks.Collected rows = new TestWorkbooks.Collected();

		ReadReport report = OewsReader.read(file, "full.csv", rows);

		assertThat(report.rowsAccepted()).isOne();
		assertThat(rows.rows.get(0).areaTitle()).isEqualTo(title);
	}

	@Test
	void refusesACsvOfFortyMillionColumnsAtTheFirstColumnPastTheLimit() throws Exception {
		Path file = this.dir.resolve("wide.csv");
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
			out.write("AREA,OCC_CODE,A_MEAN\n");
			char[] commas = new char[1 << 16];
			java.util.Arrays.fill(commas, ',');
			for (long written = 0; written < 40_000_000L; written += commas.length) {
				out.write(commas);
			}
			out.write('\n');
		}

		SpreadsheetLimitException ex = refused(file);

		assertThat(ex.limit()).isEqualTo(Limit.COLUMNS);
		assertThat(ex.sheet()).isEmpty();
		assertThat(ex.row()).isEqualTo(2);
		assertThat(ex.column()).isEqualTo("XFE");
		assertThat(ex.getMessage()).contains("(line 2, column XFE)").contains("more than 16,384 columns");
	}

	@Test
	void refusesACsvCellLongerThanExcelAllowsEvenInsideQuotes() throws Exception {
		Path file = this.dir.resolve("quoted.csv");
		Files.writeString(file, "AREA,OCC_CODE,A_MEAN\n02,\"31-9011\n" + letters(40_000) + "\",1\n");

		SpreadsheetLimitException ex = refused(file);

		assertThat(ex.limit()).isEqualTo(Limit.CELL_CHARACTERS);
		assertThat(ex.column()).isEqualTo("B");
		assertThat(ex.value()).startsWith("31-9011");
	}

	@Test
	void refusesACsvRowLongerThanAMegaCharacterInAll() throws Exception {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			cells.add(letters(30_000));
		}
		Path file = this.dir.resolve("row.csv");
		Files.writeString(file, "AREA,OCC_CODE,A_MEAN\n" + String.join(",", cells) + "\n");

		SpreadsheetLimitException ex = refused(file);

		assertThat(ex.limit()).isEqualTo(Limit.ROW_CHARACTERS);
		assertThat(ex.row()).isEqualTo(2);
	}

	@Test
	void namesEveryLimitInThePublicRowsApiToo() throws Exception {
		Path file = this.dir.resolve("visits.csv");
		Files.writeString(file, "date,code\n2026-03-02," + letters(33_000) + "\n");
		List<Integer> seen = new ArrayList<>();

		SpreadsheetLimitException ex = org.assertj.core.api.Assertions.catchThrowableOfType(
				SpreadsheetLimitException.class,
				() -> SpreadsheetRows.readCsv(file, "visits.csv", (row) -> seen.add(row.number())));

		assertThat(ex.limit()).isEqualTo(Limit.CELL_CHARACTERS);
		assertThat(ex.row()).isEqualTo(2);
		assertThat(ex.column()).isEqualTo("B");
	}

	static String letters(int count) {
		SplittableRandom random = new SplittableRandom(count);
		StringBuilder text = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			text.append((char) ('a' + random.nextInt(26)));
		}
		return text.toString();
	}

}
