package io.tactus.reports.oews;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows of an {@code .xlsx} workbook with the POI event API: the sheet XML is
 * parsed by a SAX handler that keeps each cell's raw value (never formatted, formulas
 * never evaluated: their cached value is used) and looks shared strings up by index.
 */
final class XlsxCellRows {

	private XlsxCellRows() {
	}

	static void read(Path file, String fileName, RowVisitor visitor) throws IOException, OewsFileException {
		UploadSafety.apply();
		SheetHandler handler = null;
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			XMLReader parser = XMLHelper.newXMLReader();
			handler = new SheetHandler(strings, visitor);
			parser.setContentHandler(handler);
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					if (!visitor.startSheet(sheets.getSheetName())) {
						continue;
					}
					handler.reset();
					try {
						parser.parse(new InputSource(new BufferedInputStream(sheet, 1 << 16)));
					}
					catch (StopSheet stop) {
						if (handler.failed()) {
							break;
						}
					}
				}
				if (!visitor.endSheet()) {
					break;
				}
			}
		}
		catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | POIXMLException
				| OpenXML4JRuntimeException | IllegalArgumentException | IllegalStateException ex) {
			throw UploadSafety.translate(fileName, ex);
		}
		if (handler != null) {
			handler.rethrowVisitorFailure();
		}
	}

	/** Stops parsing a sheet early; carries no stack trace. */
	private static final class StopSheet extends SAXException {

		private static final long serialVersionUID = 1L;

		StopSheet() {
			super("stop");
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	}

	private static final class SheetHandler extends DefaultHandler {

		private static final StopSheet STOP = new StopSheet();

		/** Excel's column limit (XFD). */
		private static final int MAX_COLUMNS = 16_384;

		private final ReadOnlySharedStringsTable strings;

		private final RowVisitor visitor;

		private final RawCells cells = new RawCells();

		private final StringBuilder text = new StringBuilder(64);

		private String[] sharedStrings = new String[1024];

		private RuntimeException visitorFailure;

		private int rowNumber;

		private int column;

		private String type;

		private boolean hasValue;

		private boolean capturing;

		private boolean inInlineString;

		private boolean inPhonetic;

		SheetHandler(ReadOnlySharedStringsTable strings, RowVisitor visitor) {
			this.strings = strings;
			this.visitor = visitor;
		}

		void reset() {
			this.rowNumber = 0;
			this.capturing = false;
			this.inInlineString = false;
			this.inPhonetic = false;
			this.cells.clear();
			this.visitorFailure = null;
		}

		boolean failed() {
			return this.visitorFailure != null;
		}

		void rethrowVisitorFailure() {
			if (this.visitorFailure != null) {
				throw this.visitorFailure;
			}
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			try {
				start(localName, attributes);
			}
			catch (NumberFormatException ex) {
				throw new SAXException("The sheet has a damaged cell or row reference", ex);
			}
		}

		private void start(String localName, Attributes attributes) throws SAXException {
			switch (localName) {
				case "c" -> startCell(attributes);
				case "v" -> {
					this.capturing = true;
					this.text.setLength(0);
				}
				case "is" -> {
					this.inInlineString = true;
					this.text.setLength(0);
				}
				case "t" -> this.capturing = this.inInlineString && !this.inPhonetic;
				case "rPh" -> this.inPhonetic = true;
				case "row" -> {
					String reference = attributes.getValue("r");
					this.rowNumber = (reference != null) ? Integer.parseInt(reference) : this.rowNumber + 1;
					this.column = -1;
					this.cells.clear();
				}
				case "dimension" -> dimension(attributes.getValue("ref"));
				default -> {
				}
			}
		}

		/**
		 * Reads {@code r} and {@code t} in one pass over the attributes (a lookup by name
		 * scans them once per name).
		 */
		private void startCell(Attributes attributes) throws SAXException {
			String reference = null;
			String type = null;
			for (int i = attributes.getLength() - 1; i >= 0; i--) {
				String name = attributes.getLocalName(i);
				if (name.length() == 1) {
					char c = name.charAt(0);
					if (c == 'r') {
						reference = attributes.getValue(i);
					}
					else if (c == 't') {
						type = attributes.getValue(i);
					}
				}
			}
			this.column = (reference != null) ? columnIndex(reference) : this.column + 1;
			if (this.column < -1 || this.column >= MAX_COLUMNS) {
				throw new SAXException("The sheet has a cell beyond Excel's last column: " + reference);
			}
			this.type = type;
			this.hasValue = false;
			this.text.setLength(0);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			switch (localName) {
				case "v" -> {
					this.capturing = false;
					this.hasValue = true;
				}
				case "t" -> {
					if (this.capturing) {
						this.hasValue = true;
					}
					this.capturing = false;
				}
				case "rPh" -> this.inPhonetic = false;
				case "is" -> this.inInlineString = false;
				case "c" -> {
					try {
						endCell();
					}
					catch (NumberFormatException | IndexOutOfBoundsException ex) {
						throw new SAXException("The sheet has a damaged shared-string reference", ex);
					}
				}
				case "row" -> endRow();
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (this.capturing) {
				this.text.append(ch, start, length);
			}
		}

		private void endCell() {
			if (!this.hasValue || this.column < 0) {
				return;
			}
			String type = this.type;
			if (type == null || "n".equals(type)) {
				this.cells.set(this.column, this.text.toString(), true);
			}
			else if ("s".equals(type)) {
				this.cells.set(this.column, sharedString(Integer.parseInt(this.text.toString().trim())), false);
			}
			else if ("b".equals(type)) {
				this.cells.set(this.column, "1".equals(this.text.toString().trim()) ? "TRUE" : "FALSE", false);
			}
			else {
				this.cells.set(this.column, this.text.toString(), false);
			}
		}

		/**
		 * A shared string, looked up once: {@code getItemAt} wraps the string in a new
		 * rich-text object on every call, which costs more than the rest of the cell.
		 */
		private String sharedString(int index) {
			if (index >= this.sharedStrings.length) {
				this.sharedStrings = Arrays.copyOf(this.sharedStrings,
						Math.max(index + 1, this.sharedStrings.length * 2));
			}
			String string = this.sharedStrings[index];
			if (string == null) {
				string = this.strings.getItemAt(index).getString();
				this.sharedStrings[index] = string;
			}
			return string;
		}

		private void endRow() throws SAXException {
			if (this.cells.width() == 0) {
				return;
			}
			boolean more;
			try {
				more = this.visitor.row(this.rowNumber, this.cells);
			}
			catch (RuntimeException ex) {
				this.visitorFailure = ex;
				throw STOP;
			}
			if (!more) {
				throw STOP;
			}
		}

		private void dimension(String reference) {
			if (reference == null) {
				return;
			}
			int colon = reference.lastIndexOf(':');
			String last = reference.substring(colon + 1);
			int digits = 0;
			while (digits < last.length() && !Character.isDigit(last.charAt(digits))) {
				digits++;
			}
			if (digits < last.length()) {
				try {
					this.visitor.dimension(Integer.parseInt(last.substring(digits)));
				}
				catch (NumberFormatException ex) {
					// a damaged dimension only costs the progress estimate
				}
			}
		}

		static int columnIndex(String reference) {
			int column = 0;
			for (int i = 0; i < reference.length() && column <= MAX_COLUMNS; i++) {
				char c = reference.charAt(i);
				if (c >= 'A' && c <= 'Z') {
					column = column * 26 + (c - 'A' + 1);
				}
				else if (c >= 'a' && c <= 'z') {
					column = column * 26 + (c - 'a' + 1);
				}
				else {
					break;
				}
			}
			return column - 1;
		}

	}

}
