package io.tactus.reports.oews;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SheetXmlTests {

	private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	@Test
	void readsPrefixedElementsCommentsCdataEntitiesAndMultiByteText() throws Exception {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- saved by a tool --><x:worksheet xmlns:x=\"" + NS
				+ "\"><x:dimension ref=\"A1:C2\"/><x:sheetData><x:row r=\"1\" spans=\"1:3\">"
				+ "<x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>a&amp;b &#233;&#x4E2D; é中😀 &lt;&gt;&quot;&apos;</x:t></x:is></x:c>"
				+ "<x:c r=\"B1\" s=\"3\"><x:v>1.5</x:v></x:c>"
				+ "<x:c r='C1' t=\"str\"><x:v><![CDATA[<x>&]]]]></x:v></x:c></x:row>"
				+ "<?pi ignored?><x:row r=\"2\"><x:c r=\"B2\" t=\"b\"><x:v>1</x:v></x:c><x:c r=\"C2\"/></x:row>"
				+ "</x:sheetData></x:worksheet>";

		assertThat(read(xml)).containsExactly("1: A=a&b é中 é中😀 <>\"' | B=#1.5 | C=<x>&]]", "2: B=TRUE");
	}

	@Test
	void readsRichTextRunsWithoutPhoneticGuidesAndNormalizesLineEnds() throws Exception {
		String xml = worksheet(
				"<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><r><t>Ab</t></r><r><t xml:space=\"preserve\"> c\r\nd\re</t></r>"
						+ "<rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></is></c></row>");

		assertThat(read(xml)).containsExactly("4: B=Ab c\nd\ne");
	}

	@Test
	void numbersRowsAndCellsWithoutReferences() throws Exception {
		String xml = worksheet(
				"<row><c><v>7</v></c><c t=\"inlineStr\"><is><t>x</t></is></c></row><row><c><v>8</v></c></row>");

		assertThat(read(xml)).containsExactly("1: A=#7 | B=x", "2: A=#8");
	}

	@Test
	void refusesADoctype() {
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY e \"x\">]><worksheet xmlns=\"" + NS
				+ "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";

		assertThatExceptionOfType(XMLStreamException.class).isThrownBy(() -> read(xml))
			.withMessageContaining("DOCTYPE");
	}

	@Test
	void refusesAnUndefinedEntity() {
		String xml = worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");

		assertThatExceptionOfType(XMLStreamException.class).isThrownBy(() -> read(xml)).withMessageContaining("entity");
	}

	@Test
	void refusesASheetThatEndsInsideAnElement() {
		String xml = worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
		String cut = xml.substring(0, xml.indexOf("</row>"));

		assertThatExceptionOfType(XMLStreamException.class).isThrownBy(() -> read(cut));
		assertThatExceptionOfType(XMLStreamException.class).isThrownBy(() -> read(xml.replace("<v>1", "<v 1")));
	}

	@Test
	void readsSheetsInOtherEncodings() throws Exception {
		String body = worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>é</t></is></c></row>")
			.substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());
		String utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + body;
		String latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + body;

		assertThat(read(utf16, StandardCharsets.UTF_16)).containsExactly("1: A=é");
		assertThat(read(latin1, StandardCharsets.ISO_8859_1)).containsExactly("1: A=é");
	}

	private static String worksheet(String sheetData) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + NS + "\"><sheetData>" + sheetData
				+ "</sheetData></worksheet>";
	}

	private static List<String> read(String xml) throws Exception {
		return read(xml, StandardCharsets.UTF_8);
	}

	private static List<String> read(String xml, Charset charset) throws Exception {
		Rows rows = new Rows();
		new SheetXml(rows.cells()).read(new ByteArrayInputStream(xml.getBytes(charset)));
		return rows.rows;
	}

	/** Writes each row as "number: A=text | B=#number". */
	private static final class Rows implements RowVisitor {

		private final List<String> rows = new ArrayList<>();

		SheetCells cells() {
			SheetCells cells = new SheetCells("test.xlsx", SharedStrings.empty(), null, this);
			cells.startSheet("Data");
			return cells;
		}

		@Override
		public boolean startSheet(String name) {
			return true;
		}

		@Override
		public boolean row(int rowNumber, RawCells cells) {
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < cells.width(); i++) {
				if (!cells.text(i).isEmpty()) {
					texts.add((char) ('A' + i) + "=" + (cells.isNumber(i) ? "#" : "") + cells.text(i));
				}
			}
			this.rows.add(rowNumber + ": " + String.join(" | ", texts));
			return true;
		}

		@Override
		public boolean endSheet() {
			return true;
		}

	}

}
