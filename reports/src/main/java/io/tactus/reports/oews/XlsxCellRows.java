package io.tactus.reports.oews;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;

/**
 * Streams the rows of an {@code .xlsx} workbook: POI opens the package (with its zip-bomb
 * limits) and finds the sheets, {@link SharedStrings} reads the string table, and each
 * sheet part is read by {@link SheetXml} (Aalto StAX) into {@link SheetCells}, which
 * keeps each cell's raw value and passes the rows on.
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
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			SharedStrings strings = SharedStrings.read(pkg, fileName);
			DateStyles styles = dates ? new DateStyles(reader.getStylesTable()) : null;
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			SheetCells cells = new SheetCells(fileName, strings, styles, visitor);
			SheetXml xml = new SheetXml(cells);
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					String name = sheets.getSheetName();
					if (!visitor.startSheet(name)) {
						continue;
					}
					cells.startSheet(name);
					xml.read(sheet);
				}
				if (!visitor.endSheet()) {
					break;
				}
			}
		}
		catch (VisitorFailure failure) {
			throw failure.getCause();
		}
		catch (SAXException | XMLStreamException ex) {
			throw refusedOr(fileName, ex);
		}
		catch (IOException | OpenXML4JException | ParserConfigurationException | POIXMLException
				| OpenXML4JRuntimeException | IllegalArgumentException | IllegalStateException ex) {
			throw refusedOr(fileName, ex);
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
	static final class DateStyles {

		private final StylesTable styles;

		private final byte[] known;

		DateStyles(StylesTable styles) {
			this.styles = styles;
			this.known = new byte[(styles != null) ? Math.max(0, styles.getNumCellStyles()) : 0];
		}

		boolean isDate(int style) {
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

	/**
	 * Carries a failure of the {@link RowVisitor} out of the reading loop untranslated
	 * (it is not the file's fault); carries no stack trace of its own.
	 */
	static final class VisitorFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		VisitorFailure(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	}

}
