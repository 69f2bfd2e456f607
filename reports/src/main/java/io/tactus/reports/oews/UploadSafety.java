package io.tactus.reports.oews;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import io.tactus.reports.oews.OewsFileException.Reason;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xml.sax.SAXParseException;

/**
 * Decides what an upload is before anything parses it, keeps POI's zip-bomb limits set,
 * and turns the exceptions of a damaged or hostile file into an {@link OewsFileException}
 * with a plain message.
 */
final class UploadSafety {

	/**
	 * The smallest compressed-to-inflated size ratio accepted for a workbook part (POI's
	 * default, set explicitly). Real OEWS sheets compress to about 1:10.
	 */
	static final double MIN_INFLATE_RATIO = 0.01;

	/**
	 * The largest inflated workbook part accepted: 1 GiB, about twice the sheet of an
	 * all-data OEWS workbook.
	 */
	static final long MAX_ENTRY_SIZE = 1L << 30;

	private static final int SNIFF_BYTES = 8192;

	private UploadSafety() {
	}

	/**
	 * Sets POI's zip limits to at least the strictness above (a stricter setting made
	 * elsewhere in the application is kept).
	 */
	static void apply() {
		if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
			ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		}
		if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_SIZE) {
			ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
		}
	}

	/**
	 * What the file is, judged by its content and name.
	 * @param file the uploaded bytes
	 * @param fileName the name it was uploaded with
	 * @return the format to read it as
	 * @throws IOException when the file cannot be read
	 * @throws OewsFileException when it is not a readable wage table
	 */
	static ReadReport.SourceFormat detect(Path file, String fileName) throws IOException, OewsFileException {
		String name = baseName(fileName);
		if (name.startsWith("~$")) {
			throw new OewsFileException(fileName, Reason.LOCK_FILE, "\"" + name
					+ "\" is an Excel lock file (Excel leaves one next to an open workbook), not a workbook. Upload the workbook without ~$ in its name.");
		}
		if (Files.size(file) == 0) {
			throw new OewsFileException(fileName, Reason.EMPTY, "\"" + name + "\" is empty (0 bytes).");
		}
		FileMagic magic;
		try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
			magic = FileMagic.valueOf(in);
		}
		switch (magic) {
			case OOXML:
				return ReadReport.SourceFormat.XLSX;
			case OLE2:
				throw ole2(file, fileName, name);
			case BIFF2:
			case BIFF3:
			case BIFF4:
				throw oldExcel(fileName, name);
			default:
				break;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		boolean text = looksLikeText(file);
		if (text && (lower.endsWith(".csv") || lower.endsWith(".txt"))) {
			return ReadReport.SourceFormat.CSV;
		}
		if (text) {
			throw new OewsFileException(fileName, Reason.NOT_A_SPREADSHEET, "\"" + name
					+ "\" is a text file, not an Excel workbook. If it holds comma-separated values, name it .csv and upload it again.");
		}
		String what = (magic != FileMagic.UNKNOWN) ? " (it looks like " + magic.name() + ")" : "";
		throw new OewsFileException(fileName, Reason.NOT_A_SPREADSHEET,
				"\"" + name + "\" is not an Excel workbook (.xlsx) or a CSV file" + what
						+ ". Upload the OEWS .xlsx file from BLS.");
	}

	private static OewsFileException ole2(Path file, String fileName, String name) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
				return new OewsFileException(fileName, Reason.PASSWORD_PROTECTED, "\"" + name
						+ "\" is password-protected. Open it in Excel, remove the password (File > Info > Protect Workbook), save and upload it again.");
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
				return oldExcel(fileName, name);
			}
		}
		catch (IOException | RuntimeException ex) {
			return new OewsFileException(fileName, Reason.DAMAGED,
					"\"" + name + "\" is an old-style Office file that cannot be read.", ex);
		}
		return new OewsFileException(fileName, Reason.NOT_A_SPREADSHEET,
				"\"" + name + "\" is an Office document but not an Excel workbook.");
	}

	private static OewsFileException oldExcel(String fileName, String name) {
		return new OewsFileException(fileName, Reason.OLD_EXCEL_FORMAT, "\"" + name
				+ "\" is in the old Excel 97-2003 format (.xls). Open it in Excel, save it as an Excel Workbook (.xlsx) and upload that.");
	}

	private static boolean looksLikeText(Path file) throws IOException {
		byte[] head = new byte[SNIFF_BYTES];
		int length;
		try (InputStream in = Files.newInputStream(file)) {
			length = in.readNBytes(head, 0, head.length);
		}
		for (int i = 0; i < length; i++) {
			if (head[i] == 0) {
				return false;
			}
		}
		String start = new String(head, 0, length, StandardCharsets.UTF_8).stripLeading();
		return !start.startsWith("<");
	}

	static String baseName(String fileName) {
		int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
		return fileName.substring(slash + 1);
	}

	/**
	 * Turns what POI or the XML parser threw into a plain message.
	 * @param fileName the uploaded file name
	 * @param failure the exception
	 * @return the exception to throw
	 */
	static OewsFileException translate(String fileName, Exception failure) {
		String name = baseName(fileName);
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("zip bomb") || message.contains("max size of the expanded data")
					|| message.contains("max entry size") || message.contains("max file count")
					|| message.contains("exceed the max")) {
				return new OewsFileException(fileName, Reason.ZIP_BOMB, "\"" + name
						+ "\" was refused: its compressed parts would expand to far more data than a real OEWS workbook (a possible zip bomb).",
						failure);
			}
			if ((cause instanceof SAXParseException || cause instanceof XMLStreamException)
					&& (message.contains("doctype") || message.contains("entit"))) {
				return new OewsFileException(fileName, Reason.UNSAFE_XML, "\"" + name
						+ "\" was refused: it contains XML declarations (DOCTYPE or entities) that Excel never writes and that can be used to attack a server.",
						failure);
			}
			if (cause instanceof NotOfficeXmlFileException) {
				return new OewsFileException(fileName, Reason.NOT_A_SPREADSHEET,
						"\"" + name + "\" is a zip file but not an Excel workbook.", failure);
			}
		}
		return new OewsFileException(fileName, Reason.DAMAGED, "\"" + name
				+ "\" could not be read as an Excel workbook: it is damaged or incomplete. Open it in Excel, save it again and upload the saved copy.",
				failure);
	}

}
