package io.tactus.reports.oews;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared-string table, read with a SAX handler into one character buffer and
 * an array of end offsets (no object per string), within limits: each string is kept up
 * to {@link SpreadsheetRows#MAX_CELL_CHARACTERS} (a longer one is marked, and refused
 * when a cell uses it), and the table may hold at most
 * {@link SpreadsheetRows#MAX_SHARED_STRINGS} strings and
 * {@link SpreadsheetRows#MAX_SHARED_STRING_CHARACTERS} characters. The counts the file
 * announces ({@code uniqueCount}) are never trusted for sizing. The strings a sheet uses
 * most are kept in a small cache of fixed size rather than made again for every cell.
 */
final class SharedStrings {

	/**
	 * Strings handed out lately, by index modulo this (a power of two): the same few
	 * titles and markers fill most cells, and a bounded cache keeps memory flat however
	 * large the table is.
	 */
	private static final int CACHE_SLOTS = 1 << 12;

	private final String[] cached = new String[CACHE_SLOTS];

	private final int[] cachedIndexes = new int[CACHE_SLOTS];

	private final StringBuilder characters = new StringBuilder(1 << 12);

	private final BitSet tooLong = new BitSet();

	private int[] ends = new int[256];

	private int size;

	private SharedStrings() {
	}

	/**
	 * The table of a workbook without one.
	 */
	static SharedStrings empty() {
		return new SharedStrings();
	}

	/**
	 * Reads the table of a workbook; a workbook without one has an empty table.
	 */
	static SharedStrings read(OPCPackage pkg, String fileName)
			throws IOException, SAXException, ParserConfigurationException {
		SharedStrings table = new SharedStrings();
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return table;
		}
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(table.new Handler(fileName));
		try (InputStream in = parts.get(0).getInputStream()) {
			parser.parse(new InputSource(new BufferedInputStream(in, 1 << 16)));
		}
		return table;
	}

	int size() {
		return this.size;
	}

	/**
	 * The string at an index, which the caller has checked against {@link #size()}.
	 */
	String get(int index) {
		int slot = index & (CACHE_SLOTS - 1);
		if (this.cachedIndexes[slot] == index + 1) {
			return this.cached[slot];
		}
		int start = (index == 0) ? 0 : this.ends[index - 1];
		String string = this.characters.substring(start, this.ends[index]);
		this.cachedIndexes[slot] = index + 1;
		this.cached[slot] = string;
		return string;
	}

	/**
	 * Whether the string at an index was cut at the cell limit.
	 */
	boolean isTooLong(int index) {
		return this.tooLong.get(index);
	}

	private final class Handler extends DefaultHandler {

		private final String fileName;

		private boolean inItem;

		private boolean inPhonetic;

		private boolean capturing;

		private int start;

		Handler(String fileName) {
			this.fileName = fileName;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "si" -> {
					this.inItem = true;
					this.start = SharedStrings.this.characters.length();
				}
				case "rPh" -> this.inPhonetic = true;
				case "t" -> this.capturing = this.inItem && !this.inPhonetic;
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			switch (localName) {
				case "si" -> endItem();
				case "rPh" -> this.inPhonetic = false;
				case "t" -> this.capturing = false;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int offset, int length) throws SAXException {
			if (!this.capturing) {
				return;
			}
			StringBuilder characters = SharedStrings.this.characters;
			int room = SpreadsheetRows.MAX_CELL_CHARACTERS - (characters.length() - this.start);
			if (length > room) {
				SharedStrings.this.tooLong.set(SharedStrings.this.size);
			}
			characters.append(ch, offset, Math.max(0, Math.min(length, room)));
			if (characters.length() > SpreadsheetRows.MAX_SHARED_STRING_CHARACTERS) {
				throw refused(SpreadsheetLimitException.Limit.SHARED_STRING_CHARACTERS);
			}
		}

		private void endItem() throws SAXException {
			this.inItem = false;
			this.capturing = false;
			if (SharedStrings.this.size >= SpreadsheetRows.MAX_SHARED_STRINGS) {
				throw refused(SpreadsheetLimitException.Limit.SHARED_STRINGS);
			}
			if (SharedStrings.this.size == SharedStrings.this.ends.length) {
				SharedStrings.this.ends = Arrays.copyOf(SharedStrings.this.ends, SharedStrings.this.size * 2);
			}
			SharedStrings.this.ends[SharedStrings.this.size++] = SharedStrings.this.characters.length();
		}

		private XlsxCellRows.Refused refused(SpreadsheetLimitException.Limit limit) {
			return new XlsxCellRows.Refused(new SpreadsheetLimitException(this.fileName, limit, "", 0, -1, ""));
		}

	}

}
