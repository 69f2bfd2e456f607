package io.tactus.reports.oews;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small workbooks for tests: through POI (shared strings, as Excel writes them) or
 * part by part, for sheet XML that POI would never write.
 */
final class TestWorkbooks {

	static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private TestWorkbooks() {
	}

	/**
	 * A sheet: its name and rows; a cell is a String, a Number, a Boolean or null.
	 */
	record Sheet(String name, List<List<Object>> rows) {
	}

	static Sheet sheet(String name, List<Object>... rows) {
		return new Sheet(name, Arrays.asList(rows));
	}

	static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	static Path xlsx(Path dir, String fileName, Sheet... sheets) throws IOException {
		Path file = dir.resolve(fileName);
		SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 100, false, true);
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.setZip64Mode(Zip64Mode.AsNeeded);
			for (Sheet sheet : sheets) {
				SXSSFSheet target = workbook.createSheet(sheet.name());
				for (int r = 0; r < sheet.rows().size(); r++) {
					Row row = target.createRow(r);
					List<Object> cells = sheet.rows().get(r);
					for (int c = 0; c < cells.size(); c++) {
						Object value = cells.get(c);
						if (value instanceof Number number) {
							row.createCell(c).setCellValue(number.doubleValue());
						}
						else if (value instanceof Boolean flag) {
							row.createCell(c).setCellValue(flag);
						}
						else if (value != null) {
							row.createCell(c).setCellValue(value.toString());
						}
					}
				}
			}
			workbook.write(out);
		}
		finally {
			workbook.close();
		}
		return file;
	}

	/** The 32 official columns, UPPER-case. */
	static List<Object> header() {
		return new ArrayList<>(OewsWorkbookGenerator.HEADER);
	}

	/**
	 * A valid state row for massage therapists, with the given columns changed.
	 * @param changes column, value, column, value...
	 * @return the row in the order of {@link #header()}
	 */
	static List<Object> stateRow(Object... changes) {
		Map<OewsColumn, Object> values = new LinkedHashMap<>();
		values.put(OewsColumn.AREA, "02");
		values.put(OewsColumn.AREA_TITLE, "Alaska");
		values.put(OewsColumn.AREA_TYPE, 2);
		values.put(OewsColumn.PRIM_STATE, "AK");
		values.put(OewsColumn.NAICS, "000000");
		values.put(OewsColumn.NAICS_TITLE, "Cross-industry");
		values.put(OewsColumn.I_GROUP, "cross-industry");
		values.put(OewsColumn.OWN_CODE, 1235);
		values.put(OewsColumn.OCC_CODE, "31-9011");
		values.put(OewsColumn.OCC_TITLE, "Massage Therapists");
		values.put(OewsColumn.O_GROUP, "detailed");
		values.put(OewsColumn.TOT_EMP, 570);
		values.put(OewsColumn.EMP_PRSE, 20.1);
		values.put(OewsColumn.JOBS_1000, 1.8);
		values.put(OewsColumn.LOC_QUOTIENT, 2.78);
		values.put(OewsColumn.PCT_RPT, 12);
		values.put(OewsColumn.H_MEAN, 48.40);
		values.put(OewsColumn.A_MEAN, 100670);
		values.put(OewsColumn.MEAN_PRSE, 9.5);
		values.put(OewsColumn.H_PCT10, 16.41);
		values.put(OewsColumn.H_PCT25, 50.00);
		values.put(OewsColumn.H_MEDIAN, 64.87);
		values.put(OewsColumn.H_PCT75, 66.93);
		values.put(OewsColumn.H_PCT90, 77.60);
		values.put(OewsColumn.A_PCT10, 34140);
		values.put(OewsColumn.A_PCT25, 104000);
		values.put(OewsColumn.A_MEDIAN, 134930);
		values.put(OewsColumn.A_PCT75, 139210);
		values.put(OewsColumn.A_PCT90, 161400);
		for (int i = 0; i < changes.length; i += 2) {
			values.put((OewsColumn) changes[i], changes[i + 1]);
		}
		List<Object> row = new ArrayList<>();
		for (OewsColumn column : OewsColumn.values()) {
			row.add(values.get(column));
		}
		return row;
	}

	/**
	 * A workbook written part by part: one sheet with the given XML inside
	 * {@code <worksheet>}, optional shared strings.
	 */
	static Path rawXlsx(Path dir, String fileName, String sheetName, String sheetXml, String sharedStringsXml)
			throws IOException {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
				+ ((sharedStringsXml != null)
						? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
						: "")
				+ "</Types>");
		parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
				+ "</Relationships>");
		parts.put("xl/workbook.xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + "<workbook xmlns=\"" + MAIN_NS
						+ "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
						+ "<sheets><sheet name=\"" + sheetName
						+ "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
		parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
				+ ((sharedStringsXml != null)
						? "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
						: "")
				+ "</Relationships>");
		parts.put("xl/worksheets/sheet1.xml", sheetXml);
		if (sharedStringsXml != null) {
			parts.put("xl/sharedStrings.xml", sharedStringsXml);
		}
		Path file = dir.resolve(fileName);
		Files.write(file, zip(parts));
		return file;
	}

	static String worksheet(String sheetData) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN_NS
				+ "\"><sheetData>" + sheetData + "</sheetData></worksheet>";
	}

	static byte[] zip(Map<String, String> parts) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * Reads a file and keeps the rows.
	 */
	static final class Collected implements RowSink {

		final List<WageRow> rows = new ArrayList<>();

		final List<Long> progress = new ArrayList<>();

		@Override
		public void accept(WageRow row) {
			this.rows.add(row);
		}

		@Override
		public void progress(long rowsRead, java.util.OptionalLong expectedRows) {
			this.progress.add(rowsRead);
		}

	}

}
