package io.tactus.reports.oews;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.tactus.reports.oews.OewsFileException.Reason;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.tactus.reports.oews.TestWorkbooks.header;
import static io.tactus.reports.oews.TestWorkbooks.sheet;
import static io.tactus.reports.oews.TestWorkbooks.stateRow;
import static io.tactus.reports.oews.TestWorkbooks.worksheet;
import static io.tactus.reports.oews.TestWorkbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HostileFilesTests {

	@TempDir
	Path dir;

	private static final Duration PROMPTLY = Duration.ofSeconds(20);

	private OewsFileException rejected(Path file) {
		return rejected(file, file.getFileName().toString());
	}

	private OewsFileException rejected(Path file, String fileName) {
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
			.withCauseInstanceOf(OewsFileException.class);
		OewsFileException ex = (OewsFileException) read.handle((report, failure) -> failure.getCause()).join();
		assertThat(ex.getMessage()).as("a plain message").doesNotContain("Exception").doesNotContain("at org.");
		assertThat(ex.fileName()).isEqualTo(fileName);
		return ex;
	}

	@Test
	void rejectsAnImageRenamedToXlsx() throws Exception {
		Path file = this.dir.resolve("state_M2024_dl.xlsx");
		byte[] png = new byte[64];
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 0, png, 0, 8);
		Files.write(file, png);

		OewsFileException ex = rejected(file);

		assertThat(ex.reason()).isEqualTo(Reason.NOT_A_SPREADSHEET);
		assertThat(ex.getMessage()).contains("state_M2024_dl.xlsx").contains("not an Excel workbook");
	}

	@Test
	void rejectsTextRenamedToXlsx() throws Exception {
		Path file = this.dir.resolve("wages.xlsx");
		Files.writeString(file, "AREA,OCC_CODE,A_MEAN\n02,31-9011,100670\n");

		OewsFileException ex = rejected(file);

		assertThat(ex.reason()).isEqualTo(Reason.NOT_A_SPREADSHEET);
		assertThat(ex.getMessage()).contains("name it .csv");
	}

	@Test
	void rejectsAnEmptyFile() throws Exception {
		Path file = Files.createFile(this.dir.resolve("state_M2024_dl.xlsx"));

		assertThat(rejected(file).reason()).isEqualTo(Reason.EMPTY);
	}

	@Test
	void rejectsAnExcelLockFile() throws Exception {
		Path file = this.dir.resolve("~$state_M2022_dl.xlsx");
		byte[] lock = new byte[165];
		lock[0] = 9;
		System.arraycopy("Admin".getBytes(StandardCharsets.US_ASCII), 0, lock, 1, 5);
		Files.write(file, lock);

		OewsFileException ex = rejected(file);

		assertThat(ex.reason()).isEqualTo(Reason.LOCK_FILE);
		assertThat(ex.getMessage()).contains("lock file");
	}

	@Test
	void rejectsAPasswordProtectedWorkbook() throws Exception {
		Path plain = xlsx(this.dir, "plain.xlsx", sheet("Data", header(), stateRow()));
		Path file = this.dir.resolve("state_M2024_dl.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(Files.readAllBytes(plain));
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}

		OewsFileException ex = rejected(file);

		assertThat(ex.reason()).isEqualTo(Reason.PASSWORD_PROTECTED);
		assertThat(ex.getMessage()).contains("password");
	}

	@Test
	void rejectsAnOldXlsWorkbook() throws Exception {
		Path file = this.dir.resolve("state_M2010_dl.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("Data").createRow(0).createCell(0).setCellValue("AREA");
			workbook.write(out);
		}

		OewsFileException ex = rejected(file);

		assertThat(ex.reason()).isEqualTo(Reason.OLD_EXCEL_FORMAT);
		assertThat(ex.getMessage()).contains(".xls");
	}

	@Test
	void rejectsAZipBomb() throws Exception {
		char[] padding = new char[1 << 20];
		Arrays.fill(padding, ' ');
		StringBuilder sheetData = new StringBuilder(
				"<row r=\"1\">" + OewsReaderTests.cellsOf("AREA", "OCC_CODE", "A_MEAN") + "</row>");
		for (int i = 0; i < 64; i++) {
			sheetData.append(padding);
		}
		Path file = TestWorkbooks.rawXlsx(this.dir, "bomb.xlsx", "Data", worksheet(sheetData.toString()), null);
		assertThat(Files.size(file)).isLessThan(1 << 20);

		OewsFileException ex = rejected(file);

		assertThat(ex.reason()).isEqualTo(Reason.ZIP_BOMB);
		assertThat(ex.getMessage()).contains("zip bomb");
	}

	@Test
	void rejectsExternalEntitiesInSheetXml() throws Exception {
		String sheetXml = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
				+ "<worksheet xmlns=\"" + TestWorkbooks.MAIN_NS + "\"><sheetData><row r=\"1\">"
				+ OewsReaderTests.cellsOf("AREA", "OCC_CODE", "A_MEAN")
				+ "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
		Path file = TestWorkbooks.rawXlsx(this.dir, "xxe.xlsx", "Data", sheetXml, null);

		OewsFileException ex = rejected(file);

		assertThat(ex.reason()).isEqualTo(Reason.UNSAFE_XML);
		assertThat(ex.getMessage()).contains("DOCTYPE");
	}

	@Test
	void rejectsBillionLaughsInSheetXmlWithTheUnsafeXmlMessage() throws Exception {
		String entities = billionLaughs();
		String sheetXml = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [" + entities + "]><worksheet xmlns=\""
				+ TestWorkbooks.MAIN_NS + "\"><sheetData><row r=\"1\">"
				+ OewsReaderTests.cellsOf("AREA", "OCC_CODE", "A_MEAN")
				+ "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>";
		Path file = TestWorkbooks.rawXlsx(this.dir, "sheet-laughs.xlsx", "Data", sheetXml, null);

		OewsFileException ex = rejected(file);

		assertThat(ex.reason()).isEqualTo(Reason.UNSAFE_XML);
		assertThat(ex.getMessage()).isEqualTo("\"sheet-laughs.xlsx\" was refused: it contains XML declarations"
				+ " (DOCTYPE or entities) that Excel never writes and that can be used to attack a server.");
	}

	@Test
	void rejectsAnUndeclaredEntityInSheetXmlAsUnsafe() throws Exception {
		String sheetXml = worksheet("<row r=\"1\">" + OewsReaderTests.cellsOf("AREA", "OCC_CODE", "A_MEAN")
				+ "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
		Path file = TestWorkbooks.rawXlsx(this.dir, "entity.xlsx", "Data", sheetXml, null);

		OewsFileException ex = rejected(file);

		assertThat(ex.reason()).isEqualTo(Reason.UNSAFE_XML);
	}

	@Test
	void rejectsBillionLaughsInSharedStringsPromptly() throws Exception {
		String entities = billionLaughs();
		String strings = "<?xml version=\"1.0\"?><!DOCTYPE sst [" + entities + "]><sst xmlns=\"" + TestWorkbooks.MAIN_NS
				+ "\"><si><t>&lol9;</t></si></sst>";
		String sheet = worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
		Path file = TestWorkbooks.rawXlsx(this.dir, "laughs.xlsx", "Data", sheet, strings);

		OewsFileException ex = rejected(file);

		assertThat(ex.reason()).isEqualTo(Reason.UNSAFE_XML);
	}

	@Test
	void rejectsACellBeyondTheLastExcelColumnWithoutAllocatingForIt() throws Exception {
		String sheetData = "<row r=\"1\">" + OewsReaderTests.cellsOf("AREA", "OCC_CODE", "A_MEAN")
				+ "</row><row r=\"2\"><c r=\"ZZZZZZ2\"><v>1</v></c></row>";
		Path file = TestWorkbooks.rawXlsx(this.dir, "wide.xlsx", "Data", worksheet(sheetData), null);

		SpreadsheetLimitException ex = limit(rejected(file));

		assertThat(ex.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
		assertThat(ex.limit()).isEqualTo(SpreadsheetLimitException.Limit.COLUMNS);
		assertThat(ex.getMessage()).contains("sheet \"Data\", row 2").contains("more than 16,384 columns");
	}

	@Test
	void rejectsAReferenceToAMissingSharedString() throws Exception {
		String strings = "<?xml version=\"1.0\"?><sst xmlns=\"" + TestWorkbooks.MAIN_NS
				+ "\"><si><t>AREA</t></si></sst>";
		String sheetData = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>";
		Path file = TestWorkbooks.rawXlsx(this.dir, "sst.xlsx", "Data", worksheet(sheetData), strings);

		assertThat(rejected(file).reason()).isEqualTo(Reason.DAMAGED);
	}

	@Test
	void rejectsATruncatedWorkbook() throws Exception {
		Path whole = xlsx(this.dir, "whole.xlsx", sheet("Data", header(), stateRow()));
		byte[] bytes = Files.readAllBytes(whole);
		Path file = this.dir.resolve("state_M2024_dl.xlsx");
		Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

		OewsFileException ex = rejected(file);

		assertThat(ex.reason()).isIn(Reason.DAMAGED, Reason.NOT_A_SPREADSHEET);
	}

	@Test
	void rejectsAZipThatIsNotAWorkbook() throws Exception {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("readme.txt", "not a workbook");
		Path file = this.dir.resolve("state_M2024_dl.xlsx");
		Files.write(file, TestWorkbooks.zip(parts));

		OewsFileException ex = rejected(file);

		assertThat(ex.reason()).isIn(Reason.DAMAGED, Reason.NOT_A_SPREADSHEET);
	}

	@Test
	void rejectsAnUploadedStreamThatIsNotASpreadsheet() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
		bytes.write(new byte[100]);

		assertThatExceptionOfType(OewsFileException.class).isThrownBy(
				() -> OewsReader.read(new java.io.ByteArrayInputStream(bytes.toByteArray()), "report.xlsx", (row) -> {
				}))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.NOT_A_SPREADSHEET));
	}

	private static SpreadsheetLimitException limit(OewsFileException ex) {
		assertThat(ex).isInstanceOf(SpreadsheetLimitException.class);
		return (SpreadsheetLimitException) ex;
	}

	/**
	 * The entity declarations of a billion-laughs attack: {@code &lol9;} expands to a
	 * billion "lol"s.
	 */
	private static String billionLaughs() {
		StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
		for (int i = 1; i <= 9; i++) {
			entities.append("<!ENTITY lol")
				.append(i)
				.append(" \"")
				.append(("&lol" + ((i == 1) ? "" : i - 1) + ";").repeat(10))
				.append("\">");
		}
		return entities.toString();
	}

}
