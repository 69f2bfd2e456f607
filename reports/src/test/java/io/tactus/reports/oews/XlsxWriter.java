package io.tactus.reports.oews;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a plain workbook part by part, as Excel saves one: text in a shared strings
 * table ({@code t="s"}), numbers as raw values, a plain zip (Zip64 records only when a
 * part passes 4 GB). Used by the generator, where POI's SXSSF spends most of its time
 * wrapping each shared string in an XMLBeans object.
 */
final class XlsxWriter implements Closeable {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

	private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	private final ZipOutputStream zip;

	private final Writer out;

	private final Map<String, Integer> strings = new HashMap<>();

	private final List<String> stringList = new ArrayList<>();

	private final List<String> sheets = new ArrayList<>();

	private final String[] letters = new String[256];

	private long stringCount;

	private int rowNumber;

	XlsxWriter(OutputStream target) {
		this.zip = new ZipOutputStream(target);
		this.out = new BufferedWriter(new OutputStreamWriter(this.zip, StandardCharsets.UTF_8), 1 << 16);
		for (int i = 0; i < this.letters.length; i++) {
			this.letters[i] = columnName(i);
		}
	}

	static String columnName(int index) {
		StringBuilder name = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			name.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return name.toString();
	}

	void startSheet(String name, int lastRow, int columns) throws IOException {
		this.sheets.add(name);
		this.zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + this.sheets.size() + ".xml"));
		this.out.write(XML);
		this.out.write("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><dimension ref=\"A1:"
				+ columnName(Math.max(columns, 1) - 1) + Math.max(lastRow, 1) + "\"/><sheetData>");
		this.rowNumber = 0;
	}

	/**
	 * Writes the next row; a cell is a String, a Double, a Boolean or null (no cell).
	 */
	void row(Object[] values) throws IOException {
		int row = ++this.rowNumber;
		Writer out = this.out;
		out.write("<row r=\"");
		out.write(Integer.toString(row));
		out.write("\">");
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value == null) {
				continue;
			}
			out.write("<c r=\"");
			out.write(this.letters[i]);
			out.write(Integer.toString(row));
			if (value instanceof Double number) {
				out.write("\"><v>");
				double d = number;
				out.write((d == Math.rint(d) && Math.abs(d) < 1e15) ? Long.toString((long) d) : Double.toString(d));
			}
			else if (value instanceof Boolean flag) {
				out.write("\" t=\"b\"><v>");
				out.write(flag ? "1" : "0");
			}
			else {
				out.write("\" t=\"s\"><v>");
				out.write(Integer.toString(sharedString(value.toString())));
			}
			out.write("</v></c>");
		}
		out.write("</row>");
	}

	void endSheet() throws IOException {
		this.out.write("</sheetData></worksheet>");
		this.out.flush();
		this.zip.closeEntry();
	}

	private int sharedString(String text) {
		this.stringCount++;
		Integer index = this.strings.get(text);
		if (index == null) {
			index = this.stringList.size();
			this.strings.put(text, index);
			this.stringList.add(text);
		}
		return index;
	}

	@Override
	public void close() throws IOException {
		part("xl/sharedStrings.xml", () -> {
			this.out.write("<sst xmlns=\"" + MAIN + "\" count=\"" + this.stringCount + "\" uniqueCount=\""
					+ this.stringList.size() + "\">");
			for (String text : this.stringList) {
				boolean preserve = !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
						|| Character.isWhitespace(text.charAt(text.length() - 1)));
				this.out.write(preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>");
				escape(text);
				this.out.write("</t></si>");
			}
			this.out.write("</sst>");
		});
		part("xl/styles.xml", () -> this.out.write("<styleSheet xmlns=\"" + MAIN + "\">"
				+ "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
				+ "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
				+ "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
				+ "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
				+ "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
				+ "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
				+ "</styleSheet>"));
		part("xl/workbook.xml", () -> {
			this.out.write("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>");
			for (int i = 0; i < this.sheets.size(); i++) {
				this.out.write("<sheet name=\"");
				escape(this.sheets.get(i));
				this.out.write("\" sheetId=\"" + (i + 1) + "\" r:id=\"rId" + (i + 1) + "\"/>");
			}
			this.out.write("</sheets></workbook>");
		});
		part("xl/_rels/workbook.xml.rels", () -> {
			this.out.write("<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">");
			int id = 1;
			for (; id <= this.sheets.size(); id++) {
				this.out.write("<Relationship Id=\"rId" + id + "\" Type=\"" + RELATIONSHIPS
						+ "/worksheet\" Target=\"worksheets/sheet" + id + ".xml\"/>");
			}
			this.out.write("<Relationship Id=\"rId" + id++ + "\" Type=\"" + RELATIONSHIPS
					+ "/styles\" Target=\"styles.xml\"/>");
			this.out.write("<Relationship Id=\"rId" + id + "\" Type=\"" + RELATIONSHIPS
					+ "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
			this.out.write("</Relationships>");
		});
		part("_rels/.rels",
				() -> this.out.write("<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
						+ "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
						+ "/officeDocument\" Target=\"xl/workbook.xml\"/>" + "</Relationships>"));
		part("[Content_Types].xml", () -> {
			String type = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
			this.out.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + type + "sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + type + "styles+xml\"/>"
					+ "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + type + "sharedStrings+xml\"/>");
			for (int i = 1; i <= this.sheets.size(); i++) {
				this.out.write("<Override PartName=\"/xl/worksheets/sheet" + i + ".xml\" ContentType=\"" + type
						+ "worksheet+xml\"/>");
			}
			this.out.write("</Types>");
		});
		this.zip.finish();
		this.out.flush();
	}

	private void part(String name, Content content) throws IOException {
		this.zip.putNextEntry(new ZipEntry(name));
		this.out.write(XML);
		content.write();
		this.out.flush();
		this.zip.closeEntry();
	}

	private void escape(String text) throws IOException {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> this.out.write("&amp;");
				case '<' -> this.out.write("&lt;");
				case '>' -> this.out.write("&gt;");
				case '"' -> this.out.write("&quot;");
				default -> {
					if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
						this.out.write(' ');
					}
					else {
						this.out.write(c);
					}
				}
			}
		}
	}

	@FunctionalInterface
	private interface Content {

		void write() throws IOException;

	}

}
