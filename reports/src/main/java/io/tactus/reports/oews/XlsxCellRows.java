package io.tactus.reports.oews;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
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
		read(file, fileName, visitor, false);
	}

	/**
	 * Reads the workbook sheet by sheet.
	 * @param dates whether to mark number cells formatted as dates (reads the styles)
	 */
	static void read(Path file, String fileName, RowVisitor visitor, boolean dates)
			throws IOException, OewsFileException {
		UploadSafety.apply();
		SheetHandler handler = null;
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			SharedStrings strings = SharedStrings.read(pkg, fileName);
			DateStyles styles = dates ? new DateStyles(reader.getStylesTable()) : null;
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			XMLReader parser = XMLHelper.newXMLReader();
			handler = new SheetHandler(fileName, strings, styles, visitor);
			parser.setContentHandler(handler);
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					String name = sheets.getSheetName();
					if (!visitor.startSheet(name)) {
						continue;
					}
					handler.reset(name);
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
		catch (SAXException ex) {
			throw refusedOr(fileName, ex);
		}
		catch (IOException | OpenXML4JException | ParserConfigurationException | POIXMLException
				| OpenXML4JRuntimeException | IllegalArgumentException | IllegalStateException ex) {
			throw refusedOr(fileName, ex);
		}
		if (handler != null) {
			handler.rethrowVisitorFailure();
		}
	}

	/**
	 * The limit the handler ran into, when that is what stopped the parser, else the
	 * failure in plain words.
	 */
	private static OewsFileException refusedOr(String fileName, Exception failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof Refused refused) {
				return refused.refusal;
			}
		}
		return UploadSafety.translate(fileName, failure);
	}

	/** Carries a refusal out of the XML parser; carries no stack trace. */
	static final class Refused extends SAXException {

		private static final long serialVersionUID = 1L;

		private final transient SpreadsheetLimitException refusal;

		Refused(SpreadsheetLimitException refusal) {
			super(refusal.getMessage());
			this.refusal = refusal;
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	}

	/**
	 * Which cell styles are date formats, looked up once per style.
	 */
	private static final class DateStyles {

		private final StylesTable styles;

		private final byte[] known;

		DateStyles(StylesTable styles) {
			this.styles = styles;
			this.known = new byte[(styles != null) ? Math.max(0, styles.getNumCellStyles()) : 0];
		}

		boolean isDate(String index) {
			int style;
			try {
				style = Integer.parseInt(index);
			}
			catch (NumberFormatException ex) {
				return false;
			}
			if (style < 0 || style >= this.known.length) {
				return false;
			}
			if (this.known[style] == 0) {
				XSSFCellStyle cellStyle = this.styles.getStyleAt(style);
				boolean date = cellStyle != null && cellStyle.getDataFormatString() != null
						&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
				this.known[style] = (byte) (date ? 1 : 2);
			}
			return this.known[style] == 1;
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

		private static final int MAX_COLUMNS = SpreadsheetRows.MAX_COLUMNS;

		private final String fileName;

		private final SharedStrings strings;

		private final DateStyles styles;

		private final RowVisitor visitor;

		private final RawCells cells = new RawCells();

		private final StringBuilder text = new StringBuilder(64);

		private RuntimeException visitorFailure;

		private String sheet = "";

		private String style;

		private boolean tooLong;

		private long rowCharacters;

		private int rowNumber;

		private int column;

		private String type;

		private boolean hasValue;

		private boolean capturing;

		private boolean inInlineString;

		private boolean inPhonetic;

		SheetHandler(String fileName, SharedStrings strings, DateStyles styles, RowVisitor visitor) {
			this.fileName = fileName;
			this.strings = strings;
			this.styles = styles;
			this.visitor = visitor;
		}

		void reset(String sheet) {
			this.sheet = sheet;
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
					this.tooLong = false;
					this.text.setLength(0);
				}
				case "is" -> {
					this.inInlineString = true;
					this.tooLong = false;
					this.text.setLength(0);
				}
				case "t" -> this.capturing = this.inInlineString && !this.inPhonetic;
				case "rPh" -> this.inPhonetic = true;
				case "row" -> {
					String reference = attributes.getValue("r");
					this.rowNumber = (reference != null) ? Integer.parseInt(reference) : this.rowNumber + 1;
					this.column = -1;
					this.rowCharacters = 0;
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
			String style = null;
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
					else if (c == 's') {
						style = attributes.getValue(i);
					}
				}
			}
			this.column = (reference != null) ? columnIndex(reference) : this.column + 1;
			if (this.column >= MAX_COLUMNS) {
				throw refused(SpreadsheetLimitException.Limit.COLUMNS, MAX_COLUMNS,
						(reference != null) ? reference : "");
			}
			if (this.column < -1) {
				throw new SAXException("The sheet has a damaged cell reference: " + reference);
			}
			this.type = type;
			this.style = style;
			this.hasValue = false;
			this.tooLong = false;
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
				case "c" -> endCell();
				case "row" -> endRow();
				default -> {
				}
			}
		}

		/**
		 * Keeps a cell's characters up to Excel's cell limit and drops the rest as they
		 * arrive (the parser hands long text over in chunks), so a hostile cell never
		 * becomes a long string.
		 */
		@Override
		public void characters(char[] ch, int start, int length) {
			if (this.capturing) {
				int room = SpreadsheetRows.MAX_CELL_CHARACTERS - this.text.length();
				if (length > room) {
					this.tooLong = true;
				}
				this.text.append(ch, start, Math.max(0, Math.min(length, room)));
			}
		}

		private void endCell() throws SAXException {
			if (!this.hasValue || this.column < 0) {
				return;
			}
			if (this.tooLong) {
				throw refused(SpreadsheetLimitException.Limit.CELL_CHARACTERS, this.column, this.text.toString());
			}
			String type = this.type;
			String value;
			boolean number = false;
			if (type == null || "n".equals(type)) {
				value = this.text.toString();
				number = true;
			}
			else if ("s".equals(type)) {
				value = sharedString(this.text.toString().trim());
			}
			else if ("b".equals(type)) {
				value = "1".equals(this.text.toString().trim()) ? "TRUE" : "FALSE";
			}
			else {
				value = this.text.toString();
			}
			this.rowCharacters += value.length();
			if (this.rowCharacters > SpreadsheetRows.MAX_ROW_CHARACTERS) {
				throw refused(SpreadsheetLimitException.Limit.ROW_CHARACTERS, this.column, value);
			}
			this.cells.set(this.column, value, number);
			if (number && this.style != null && this.styles != null && this.styles.isDate(this.style)) {
				this.cells.markDate(this.column);
			}
		}

		/**
		 * A shared string, checked against the table: a cell may point anywhere, and a
		 * string cut at the cell limit is refused where it is used.
		 */
		private String sharedString(String reference) throws SAXException {
			long index;
			try {
				index = Long.parseLong(reference);
			}
			catch (NumberFormatException ex) {
				index = -1;
			}
			if (index < 0 || index >= this.strings.size()) {
				throw refused(SpreadsheetLimitException.Limit.MISSING_SHARED_STRING, this.column, reference);
			}
			String string = this.strings.get((int) index);
			if (this.strings.isTooLong((int) index)) {
				throw refused(SpreadsheetLimitException.Limit.CELL_CHARACTERS, this.column, string);
			}
			return string;
		}

		private Refused refused(SpreadsheetLimitException.Limit limit, int column, String value) {
			return new Refused(
					new SpreadsheetLimitException(this.fileName, limit, this.sheet, this.rowNumber, column, value));
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
