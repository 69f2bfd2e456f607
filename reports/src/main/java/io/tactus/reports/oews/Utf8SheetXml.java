package io.tactus.reports.oews;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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
 * {@link SheetXml} (see {@link #isUtf8}).
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

	private final byte[] buffer = new byte[1 << 16];

	private final byte[] name = new byte[NAME_LIMIT];

	private final byte[] value = new byte[NAME_LIMIT];

	private InputStream in;

	private int position;

	private int limit;

	private char[] text = new char[256];

	private int length;

	private boolean tooLong;

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

	private boolean valueTooLong;

	Utf8SheetXml(SheetCells cells) {
		this.cells = cells;
	}

	/**
	 * Whether a part that starts with these bytes is UTF-8: no UTF-16 byte order mark or
	 * layout, and no other encoding in the XML declaration.
	 * @param head the first bytes of the part (256 are plenty)
	 * @param count how many were read
	 */
	static boolean isUtf8(byte[] head, int count) {
		if (count >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
				|| (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || head[0] == 0 || head[1] == 0)) {
			return false;
		}
		String start = new String(head, 0, count, StandardCharsets.ISO_8859_1);
		if (!start.startsWith("<?xml") && !start.startsWith("\uFEFF<?xml")
				&& !start.startsWith("\u00EF\u00BB\u00BF<?xml")) {
			return true;
		}
		int end = start.indexOf("?>");
		String declaration = (end > 0) ? start.substring(0, end) : start;
		int at = declaration.indexOf("encoding");
		if (at < 0) {
			return true;
		}
		String rest = declaration.substring(at + "encoding".length()).replace(" ", "").replace("=", "");
		String encoding = rest.isEmpty() ? "" : rest.substring(1);
		int close = Math.max(encoding.indexOf('"'), encoding.indexOf('\''));
		encoding = (close >= 0) ? encoding.substring(0, close) : encoding;
		encoding = encoding.toUpperCase(Locale.ROOT);
		return encoding.equals("UTF-8") || encoding.equals("UTF8") || encoding.equals("US-ASCII")
				|| encoding.equals("ASCII");
	}

	/**
	 * Reads a sheet until its end or until the cells ask to stop.
	 * @param in the sheet part
	 * @throws XMLStreamException when the XML is damaged or declares a DOCTYPE
	 * @throws OewsFileException when a cell, row or reference is past a limit or damaged
	 */
	void read(InputStream in) throws IOException, XMLStreamException, OewsFileException {
		this.in = in;
		this.position = 0;
		this.limit = 0;
		this.capturing = false;
		this.inInlineString = false;
		this.inPhonetic = false;
		this.depth = 0;
		this.rootSeen = false;
		skipByteOrderMark();
		while (true) {
			int b = next();
			if (b < 0) {
				break;
			}
			if (b == '<') {
				if (!markup()) {
					return;
				}
			}
			else if (this.capturing) {
				character(b);
			}
			else if (b == '&') {
				entity();
			}
		}
		if (this.depth != 0 || !this.rootSeen) {
			throw damaged("The sheet ends inside an element");
		}
	}

	private void skipByteOrderMark() throws IOException {
		if (fill() && this.limit - this.position >= 3 && this.buffer[0] == (byte) 0xEF && this.buffer[1] == (byte) 0xBB
				&& this.buffer[2] == (byte) 0xBF) {
			this.position = 3;
		}
	}

	private boolean fill() throws IOException {
		if (this.position < this.limit) {
			return true;
		}
		int count = this.in.read(this.buffer, 0, this.buffer.length);
		if (count <= 0) {
			return false;
		}
		this.position = 0;
		this.limit = count;
		return true;
	}

	private int next() throws IOException {
		if (this.position < this.limit) {
			return this.buffer[this.position++] & 0xFF;
		}
		return fill() ? this.buffer[this.position++] & 0xFF : -1;
	}

	private int nextInTag() throws IOException, XMLStreamException {
		int b = next();
		if (b < 0) {
			throw damaged("The sheet ends inside a tag");
		}
		return b;
	}

	/**
	 * After a {@code <}.
	 * @return {@code false} to stop reading the sheet
	 */
	private boolean markup() throws IOException, XMLStreamException, OewsFileException {
		int b = nextInTag();
		if (b == '/') {
			int element = name(nextInTag());
			int c = this.lastByte;
			while (c != '>') {
				if (!isSpace(c)) {
					throw damaged("The sheet has a broken end tag");
				}
				c = nextInTag();
			}
			this.depth--;
			if (this.depth < 0) {
				throw damaged("The sheet closes an element it never opened");
			}
			return end(element);
		}
		if (b == '?') {
			skipPast('?', '>');
			return true;
		}
		if (b == '!') {
			declaration();
			return true;
		}
		if (this.depth == 0 && this.rootSeen) {
			throw damaged("The sheet has content after its root element");
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
		int b = nextInTag();
		if (b == '-') {
			if (nextInTag() != '-') {
				throw damaged("The sheet has a broken comment");
			}
			int dashes = 0;
			while (true) {
				b = nextInTag();
				if (b == '>' && dashes >= 2) {
					return;
				}
				dashes = (b == '-') ? dashes + 1 : 0;
			}
		}
		if (b == '[') {
			for (char expected : "CDATA[".toCharArray()) {
				if (nextInTag() != expected) {
					throw damaged("The sheet has a broken CDATA section");
				}
			}
			int brackets = 0;
			while (true) {
				b = nextInTag();
				if (b == '>' && brackets >= 2) {
					if (this.capturing) {
						this.length -= Math.min(this.length, 2);
					}
					return;
				}
				brackets = (b == ']') ? brackets + 1 : 0;
				if (this.capturing && b == '&') {
					append('&');
				}
				else if (this.capturing) {
					character(b);
				}
			}
		}
		throw new XMLStreamException("The sheet declares a DOCTYPE (entities), which Excel never writes");
	}

	private void skipPast(int first, int second) throws IOException, XMLStreamException {
		int previous = 0;
		while (true) {
			int b = nextInTag();
			if (b == second && previous == first) {
				return;
			}
			previous = b;
		}
	}

	/**
	 * Reads an element name starting with the byte given; leaves the byte after it in
	 * {@link #lastByte}.
	 * @return which element it is (its local name: a prefix is dropped)
	 */
	private int name(int first) throws IOException, XMLStreamException {
		int count = 0;
		int b = first;
		if (b == '>' || b == '/' || isSpace(b)) {
			throw damaged("The sheet has a tag without a name");
		}
		while (b != '>' && b != '/' && !isSpace(b)) {
			if (b == ':') {
				count = 0;
			}
			else if (count < NAME_LIMIT) {
				this.name[count++] = (byte) b;
			}
			else {
				count = NAME_LIMIT + 1;
			}
			b = nextInTag();
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
			while (isSpace(b)) {
				b = nextInTag();
			}
			if (b == '>') {
				return false;
			}
			if (b == '/') {
				if (nextInTag() != '>') {
					throw damaged("The sheet has a broken tag");
				}
				return true;
			}
			int attributeName = 0;
			int count = 0;
			while (b != '=' && !isSpace(b)) {
				if (b == '>' || b == '/') {
					throw damaged("The sheet has an attribute without a value");
				}
				attributeName = (count == 0) ? b : -1;
				count++;
				b = nextInTag();
			}
			while (isSpace(b)) {
				b = nextInTag();
			}
			if (b != '=') {
				throw damaged("The sheet has an attribute without a value");
			}
			b = nextInTag();
			while (isSpace(b)) {
				b = nextInTag();
			}
			if (b != '"' && b != '\'') {
				throw damaged("The sheet has an attribute value without quotes");
			}
			attributeValue(element, (count == 1) ? attributeName : -1, b);
			b = nextInTag();
		}
	}

	private void attributeValue(int element, int attribute, int quote)
			throws IOException, XMLStreamException, OewsFileException {
		boolean kept = (element == C && (attribute == 'r' || attribute == 't' || attribute == 's'))
				|| (element == ROW && attribute == 'r');
		int count = 0;
		boolean tooLong = false;
		while (true) {
			int b = nextInTag();
			if (b == quote) {
				break;
			}
			if (b == '<') {
				throw damaged("The sheet has a < in an attribute value");
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
				clearText();
				String reference = null;
				if (this.valueLength >= 0) {
					reference = (this.reference >= SpreadsheetRows.MAX_COLUMNS)
							? new String(this.value, 0, this.valueLength, StandardCharsets.UTF_8) : "";
				}
				this.cells.startCell((this.valueLength >= 0) ? this.reference : -1, reference, this.type, this.style);
			}
			case V -> {
				this.capturing = true;
				clearText();
			}
			case IS -> {
				this.inInlineString = true;
				clearText();
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
			case C -> this.cells.endCell(this.text, this.length, this.tooLong);
			case ROW -> {
				return this.cells.endRow();
			}
			default -> {
			}
		}
		return true;
	}

	/**
	 * A byte of captured text: ASCII as it is, a UTF-8 sequence decoded, an entity
	 * resolved, a line end normalized.
	 */
	private void character(int b) throws IOException, XMLStreamException {
		if (b < 0x80) {
			if (b == '&') {
				int c = entity();
				if (c > 0xFFFF) {
					append(Character.highSurrogate(c));
					append(Character.lowSurrogate(c));
				}
				else {
					append((char) c);
				}
			}
			else if (b == '\r') {
				if (this.position < this.limit && this.buffer[this.position] == '\n') {
					this.position++;
				}
				append('\n');
			}
			else {
				append((char) b);
			}
			return;
		}
		int code;
		int more;
		if ((b & 0xE0) == 0xC0) {
			code = b & 0x1F;
			more = 1;
		}
		else if ((b & 0xF0) == 0xE0) {
			code = b & 0x0F;
			more = 2;
		}
		else if ((b & 0xF8) == 0xF0) {
			code = b & 0x07;
			more = 3;
		}
		else {
			throw damaged("The sheet is not valid UTF-8");
		}
		for (int i = 0; i < more; i++) {
			int next = nextInTag();
			if ((next & 0xC0) != 0x80) {
				throw damaged("The sheet is not valid UTF-8");
			}
			code = (code << 6) | (next & 0x3F);
		}
		if (code > 0xFFFF) {
			append(Character.highSurrogate(code));
			append(Character.lowSurrogate(code));
		}
		else {
			append((char) code);
		}
	}

	/**
	 * After a {@code &}: a predefined entity or a character reference.
	 * @return the character (code point)
	 */
	private int entity() throws IOException, XMLStreamException {
		int count = 0;
		int b = nextInTag();
		while (b != ';') {
			if (count >= 10 || b == '<') {
				throw new XMLStreamException("The sheet uses an undefined entity, which Excel never writes");
			}
			this.name[count++] = (byte) b;
			b = nextInTag();
		}
		String entity = new String(this.name, 0, count, StandardCharsets.ISO_8859_1);
		switch (entity) {
			case "lt":
				return '<';
			case "gt":
				return '>';
			case "amp":
				return '&';
			case "quot":
				return '"';
			case "apos":
				return '\'';
			default:
				break;
		}
		if (entity.startsWith("#")) {
			try {
				int code = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16)
						: Integer.parseInt(entity.substring(1));
				if (Character.isValidCodePoint(code) && code > 0) {
					return code;
				}
			}
			catch (NumberFormatException ex) {
				// falls through to the refusal
			}
			throw damaged("The sheet has a broken character reference");
		}
		throw new XMLStreamException("The sheet uses an undefined entity, which Excel never writes");
	}

	private void clearText() {
		this.length = 0;
		this.tooLong = false;
	}

	private void append(char c) {
		if (this.length == this.text.length) {
			if (this.length >= SpreadsheetRows.MAX_CELL_CHARACTERS) {
				this.tooLong = true;
				return;
			}
			char[] grown = new char[Math.min(SpreadsheetRows.MAX_CELL_CHARACTERS, this.text.length * 2)];
			System.arraycopy(this.text, 0, grown, 0, this.length);
			this.text = grown;
		}
		this.text[this.length++] = c;
	}

	private static boolean isSpace(int b) {
		return b == ' ' || b == '\n' || b == '\r' || b == '\t';
	}

	private static XMLStreamException damaged(String message) {
		return new XMLStreamException(message);
	}

}
