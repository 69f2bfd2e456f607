package io.tactus.reports.oews;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * Reads the XML of one worksheet part with the Aalto StAX parser (created by its class,
 * the fastest maintained StAX parser and the one fastexcel-reader uses) and hands rows,
 * cells and cell text to {@link SheetCells}. Cell text is taken from the parser's own
 * character buffer and collected in one reused buffer up to Excel's cell limit; the rest
 * is dropped as it arrives, so a hostile cell never becomes a long string. A DOCTYPE is
 * refused (Excel never writes one), and no entity but the five predefined ones and
 * character references is ever replaced: the parser is told to support no DTD and no
 * external entity, and an entity reference it does not know is an error.
 */
final class SheetXml {

	private static final XMLInputFactory FACTORY = factory();

	private final SheetCells cells;

	private char[] text = new char[256];

	private int length;

	private boolean tooLong;

	private boolean capturing;

	private boolean inInlineString;

	private boolean inPhonetic;

	SheetXml(SheetCells cells) {
		this.cells = cells;
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = new InputFactoryImpl();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
		factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
		return factory;
	}

	/**
	 * Reads a sheet until its end or until the cells ask to stop.
	 * @param in the sheet part
	 * @throws XMLStreamException when the XML is damaged or declares a DOCTYPE
	 * @throws OewsFileException when a cell, row or reference is past a limit or damaged
	 */
	void read(InputStream in) throws XMLStreamException, OewsFileException {
		this.capturing = false;
		this.inInlineString = false;
		this.inPhonetic = false;
		XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
		try {
			while (xml.hasNext()) {
				switch (xml.next()) {
					case XMLStreamConstants.START_ELEMENT -> start(xml);
					case XMLStreamConstants.END_ELEMENT -> {
						if (!end(xml.getLocalName())) {
							return;
						}
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
						if (this.capturing) {
							append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
						}
					}
					case XMLStreamConstants.DTD -> throw new XMLStreamException(
							"The sheet declares a DOCTYPE (entities), which Excel never writes", xml.getLocation());
					case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
							"The sheet refers to an undeclared entity: " + xml.getLocalName(), xml.getLocation());
					default -> {
					}
				}
			}
		}
		finally {
			xml.close();
		}
	}

	private void start(XMLStreamReader xml) throws OewsFileException {
		switch (xml.getLocalName()) {
			case "c" -> startCell(xml);
			case "v" -> {
				this.capturing = true;
				clearText();
			}
			case "is" -> {
				this.inInlineString = true;
				clearText();
			}
			case "t" -> this.capturing = this.inInlineString && !this.inPhonetic;
			case "rPh" -> this.inPhonetic = true;
			case "row" -> this.cells.startRow(attribute(xml, "r"));
			case "dimension" -> this.cells.dimension(attribute(xml, "ref"));
			default -> {
			}
		}
	}

	/**
	 * Reads {@code r}, {@code t} and {@code s} in one pass over the attributes (a lookup
	 * by name scans them once per name).
	 */
	private void startCell(XMLStreamReader xml) throws OewsFileException {
		String reference = null;
		String type = null;
		String style = null;
		for (int i = xml.getAttributeCount() - 1; i >= 0; i--) {
			String name = xml.getAttributeLocalName(i);
			if (name.length() == 1) {
				switch (name.charAt(0)) {
					case 'r' -> reference = xml.getAttributeValue(i);
					case 't' -> type = xml.getAttributeValue(i);
					case 's' -> style = xml.getAttributeValue(i);
					default -> {
					}
				}
			}
		}
		clearText();
		this.cells.startCell(reference, type, style);
	}

	private static String attribute(XMLStreamReader xml, String localName) {
		for (int i = xml.getAttributeCount() - 1; i >= 0; i--) {
			if (localName.equals(xml.getAttributeLocalName(i))) {
				return xml.getAttributeValue(i);
			}
		}
		return null;
	}

	/**
	 * @return {@code false} to stop reading the sheet
	 */
	private boolean end(String localName) throws OewsFileException {
		switch (localName) {
			case "v" -> {
				this.capturing = false;
				this.cells.value();
			}
			case "t" -> {
				if (this.capturing) {
					this.cells.value();
				}
				this.capturing = false;
			}
			case "rPh" -> this.inPhonetic = false;
			case "is" -> this.inInlineString = false;
			case "c" -> this.cells.endCell(this.text, this.length, this.tooLong);
			case "row" -> {
				return this.cells.endRow();
			}
			default -> {
			}
		}
		return true;
	}

	private void clearText() {
		this.length = 0;
		this.tooLong = false;
	}

	private void append(char[] characters, int start, int count) {
		int room = SpreadsheetRows.MAX_CELL_CHARACTERS - this.length;
		if (count > room) {
			this.tooLong = true;
		}
		int kept = Math.max(0, Math.min(count, room));
		if (this.length + kept > this.text.length) {
			char[] grown = new char[Math.min(SpreadsheetRows.MAX_CELL_CHARACTERS,
					Math.max(this.text.length * 2, this.length + kept))];
			System.arraycopy(this.text, 0, grown, 0, this.length);
			this.text = grown;
		}
		System.arraycopy(characters, start, this.text, this.length, kept);
		this.length += kept;
	}

}
