package io.tactus.reports.oews;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamException;

/**
 * Reads the XML of one worksheet part encoded in UTF-8 (as Excel and every other writer
 * we know save it) straight from its bytes, and hands rows, cells and cell text to
 * {@link SheetCells}: cell references, types and styles are decoded from the attribute
 * bytes without a string, and only the text of {@code <v>} and inline {@code <t>} is
 * decoded, into one reused buffer cut at Excel's cell limit. It knows as much XML as a
 * sheet part uses (elements with or without a namespace prefix, attributes in either
 * quote, comments, processing instructions, CDATA, the five predefined entities and
 * character references); a DOCTYPE, an undefined entity, a broken tag or a part that ends
 * inside an element is refused as damaged XML. A sheet in another encoding is read by
 * {@link SheetXml} (see {@link Utf8Input#isUtf8}).
 */
final class Utf8SheetXml {

	private static final int OTHER = 0;

	private static final int C = 1;

	private static final int V = 2;

	private static final int IS = 3;

	private static final int T = 4;

	private static final int RPH = 5;

	private static final int ROW = 6;

	private static final int DIMENSION = 7;

	/** Longest element name and kept attribute value looked at; longer ones are other. */
	private static final int NAME_LIMIT = 64;

	private final SheetCells cells;

	private final Utf8Input input = new Utf8Input();

	private final CellText text = new CellText();

	private final byte[] name = new byte[NAME_LIMIT];

	private final byte[] value = new byte[NAME_LIMIT];

	private boolean capturing;

	private boolean inInlineString;

	private boolean inPhonetic;

	private int depth;

	private int lastByte;

	private boolean rootSeen;

	private int reference;

	private int type;

	private int style;

	private int valueLength;

	Utf8SheetXml(SheetCells cells) {
		this.cells = cells;
	}

	/**
	 * Reads a sheet until its end or until the cells ask to stop.
	 * @param in the sheet part
	 * @throws XMLStreamException when the XML is damaged or declares a DOCTYPE
	 * @throws OewsFileException when a cell, row or reference is past a limit or damaged
	 */
	void read(InputStream in) throws IOException, XMLStreamException, OewsFileException {
		this.input.start(in);
		this.capturing = false;
		this.inInlineString = false;
		this.inPhonetic = false;
		this.depth = 0;
		this.rootSeen = false;
		while (true) {
			int b = this.input.next();
			if (b < 0) {
				break;
			}
			if (b == '<') {
				if (!markup()) {
					return;
				}
			}
			else if (this.capturing) {
				this.input.character(b, this.text);
			}
			else if (b == '&') {
				this.input.entity();
			}
		}
		if (this.depth != 0 || !this.rootSeen) {
			throw Utf8Input.damaged("The sheet ends inside an element");
		}
	}

	/**
	 * After a {@code <}.
	 * @return {@code false} to stop reading the sheet
	 */
	private boolean markup() throws IOException, XMLStreamException, OewsFileException {
		int b = this.input.nextInTag();
		if (b == '/') {
			int element = name(this.input.nextInTag());
			int c = this.lastByte;
			while (c != '>') {
				if (!Utf8Input.isSpace(c)) {
					throw Utf8Input.damaged("The sheet has a broken end tag");
				}
				c = this.input.nextInTag();
			}
			this.depth--;
			if (this.depth < 0) {
				throw Utf8Input.damaged("The sheet closes an element it never opened");
			}
			return end(element);
		}
		if (b == '?') {
			this.input.skipPast('?', '>');
			return true;
		}
		if (b == '!') {
			declaration();
			return true;
		}
		if (this.depth == 0 && this.rootSeen) {
			throw Utf8Input.damaged("The sheet has content after its root element");
		}
		int element = name(b);
		boolean empty = attributes(element);
		this.rootSeen = true;
		start(element);
		if (empty) {
			return end(element);
		}
		this.depth++;
		return true;
	}

	private void declaration() throws IOException, XMLStreamException {
		int b = this.input.nextInTag();
		if (b == '-') {
			if (this.input.nextInTag() != '-') {
				throw Utf8Input.damaged("The sheet has a broken comment");
			}
			int dashes = 0;
			while (true) {
				b = this.input.nextInTag();
				if (b == '>' && dashes >= 2) {
					return;
				}
				dashes = (b == '-') ? dashes + 1 : 0;
			}
		}
		if (b == '[') {
			for (char expected : "CDATA[".toCharArray()) {
				if (this.input.nextInTag() != expected) {
					throw Utf8Input.damaged("The sheet has a broken CDATA section");
				}
			}
			int brackets = 0;
			while (true) {
				b = this.input.nextInTag();
				if (b == '>' && brackets >= 2) {
					if (this.capturing) {
						this.text.dropLast(2);
					}
					return;
				}
				brackets = (b == ']') ? brackets + 1 : 0;
				if (this.capturing && b == '&') {
					this.text.append('&');
				}
				else if (this.capturing) {
					this.input.character(b, this.text);
				}
			}
		}
		throw new XMLStreamException("The sheet declares a DOCTYPE (entities), which Excel never writes");
	}

	/**
	 * Reads an element name starting with the byte given; leaves the byte after it in
	 * {@link #lastByte}.
	 * @return which element it is (its local name: a prefix is dropped)
	 */
	private int name(int first) throws IOException, XMLStreamException {
		int count = 0;
		int b = first;
		if (b == '>' || b == '/' || Utf8Input.isSpace(b)) {
			throw Utf8Input.damaged("The sheet has a tag without a name");
		}
		while (b != '>' && b != '/' && !Utf8Input.isSpace(b)) {
			if (b == ':') {
				count = 0;
			}
			else if (count < NAME_LIMIT) {
				this.name[count++] = (byte) b;
			}
			else {
				count = NAME_LIMIT + 1;
			}
			b = this.input.nextInTag();
		}
		this.lastByte = b;
		return element(count);
	}

	private int element(int count) {
		byte[] n = this.name;
		return switch (count) {
			case 1 -> (n[0] == 'c') ? C : (n[0] == 'v') ? V : (n[0] == 't') ? T : OTHER;
			case 2 -> (n[0] == 'i' && n[1] == 's') ? IS : OTHER;
			case 3 -> (n[0] == 'r' && n[1] == 'o' && n[2] == 'w') ? ROW
					: (n[0] == 'r' && n[1] == 'P' && n[2] == 'h') ? RPH : OTHER;
			case 9 -> matches(count, "dimension") ? DIMENSION : OTHER;
			default -> OTHER;
		};
	}

	private boolean matches(int count, String expected) {
		for (int i = 0; i < count; i++) {
			if (this.name[i] != expected.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Reads the attributes of a start tag up to its end, keeping those of {@code c},
	 * {@code row} and {@code dimension} that are read.
	 * @return whether the tag was empty ({@code />})
	 */
	private boolean attributes(int element) throws IOException, XMLStreamException, OewsFileException {
		this.reference = -1;
		this.type = SheetCells.NUMBER;
		this.style = -1;
		this.valueLength = -1;
		int b = this.lastByte;
		while (true) {
			while (Utf8Input.isSpace(b)) {
				b = this.input.nextInTag();
			}
			if (b == '>') {
				return false;
			}
			if (b == '/') {
				if (this.input.nextInTag() != '>') {
					throw Utf8Input.damaged("The sheet has a broken tag");
				}
				return true;
			}
			int attributeName = 0;
			int count = 0;
			while (b != '=' && !Utf8Input.isSpace(b)) {
				if (b == '>' || b == '/') {
					throw Utf8Input.damaged("The sheet has an attribute without a value");
				}
				attributeName = (count == 0) ? b : -1;
				count++;
				b = this.input.nextInTag();
			}
			while (Utf8Input.isSpace(b)) {
				b = this.input.nextInTag();
			}
			if (b != '=') {
				throw Utf8Input.damaged("The sheet has an attribute without a value");
			}
			b = this.input.nextInTag();
			while (Utf8Input.isSpace(b)) {
				b = this.input.nextInTag();
			}
			if (b != '"' && b != '\'') {
				throw Utf8Input.damaged("The sheet has an attribute value without quotes");
			}
			attributeValue(element, (count == 1) ? attributeName : -1, b);
			b = this.input.nextInTag();
		}
	}

	private void attributeValue(int element, int attribute, int quote)
			throws IOException, XMLStreamException, OewsFileException {
		boolean kept = (element == C && (attribute == 'r' || attribute == 't' || attribute == 's'))
				|| (element == ROW && attribute == 'r');
		int count = 0;
		boolean tooLong = false;
		while (true) {
			int b = this.input.nextInTag();
			if (b == quote) {
				break;
			}
			if (b == '<') {
				throw Utf8Input.damaged("The sheet has a < in an attribute value");
			}
			if (kept || element == DIMENSION) {
				if (count < NAME_LIMIT) {
					this.value[count++] = (byte) b;
				}
				else {
					tooLong = true;
				}
			}
		}
		if (element == DIMENSION) {
			this.valueLength = tooLong ? -1 : count;
			return;
		}
		if (!kept) {
			return;
		}
		if (element == ROW) {
			this.reference = tooLong ? -2 : rowNumber(count);
		}
		else if (attribute == 'r') {
			this.reference = tooLong ? Integer.MAX_VALUE : SheetCells.columnIndex(this.value, count);
			this.valueLength = tooLong ? NAME_LIMIT : count;
		}
		else if (attribute == 't') {
			this.type = SheetCells.typeOf(this.value, count);
		}
		else {
			this.style = tooLong ? -1 : digits(count);
		}
	}

	private int rowNumber(int count) {
		int number = digits(count);
		return (number < 0) ? -2 : number;
	}

	/** The value as a non-negative int, or -1. */
	private int digits(int count) {
		if (count == 0 || count > 9) {
			return -1;
		}
		int number = 0;
		for (int i = 0; i < count; i++) {
			byte b = this.value[i];
			if (b < '0' || b > '9') {
				return -1;
			}
			number = number * 10 + (b - '0');
		}
		return number;
	}

	private void start(int element) throws OewsFileException {
		switch (element) {
			case C -> {
				this.text.clear();
				String reference = null;
				if (this.valueLength >= 0) {
					reference = (this.reference >= SpreadsheetRows.MAX_COLUMNS)
							? new String(this.value, 0, this.valueLength, StandardCharsets.UTF_8) : "";
				}
				this.cells.startCell((this.valueLength >= 0) ? this.reference : -1, reference, this.type, this.style);
			}
			case V -> {
				this.capturing = true;
				this.text.clear();
			}
			case IS -> {
				this.inInlineString = true;
				this.text.clear();
			}
			case T -> this.capturing = this.inInlineString && !this.inPhonetic;
			case RPH -> this.inPhonetic = true;
			case ROW -> {
				if (this.reference == -2) {
					throw this.cells.damagedReference();
				}
				this.cells.startRow(this.reference);
			}
			case DIMENSION -> {
				if (this.valueLength >= 0) {
					this.cells.dimension(new String(this.value, 0, this.valueLength, StandardCharsets.UTF_8));
				}
			}
			default -> {
			}
		}
	}

	/**
	 * @return {@code false} to stop reading the sheet
	 */
	private boolean end(int element) throws OewsFileException {
		switch (element) {
			case V -> {
				this.capturing = false;
				this.cells.value();
			}
			case T -> {
				if (this.capturing) {
					this.cells.value();
				}
				this.capturing = false;
			}
			case RPH -> this.inPhonetic = false;
			case IS -> this.inInlineString = false;
			case C -> this.cells.endCell(this.text.chars(), this.text.length(), this.text.isTooLong());
			case ROW -> {
				return this.cells.endRow();
			}
			default -> {
			}
		}
		return true;
	}

}
