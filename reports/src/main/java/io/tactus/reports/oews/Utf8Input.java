package io.tactus.reports.oews;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

/**
 * The bytes of an XML part in UTF-8, read through one reused buffer: byte by byte for
 * markup, and decoded into {@link CellText} (UTF-8 sequences, the five predefined
 * entities and character references, line ends normalized) where text is kept.
 */
final class Utf8Input {

	private final byte[] buffer = new byte[1 << 16];

	private final byte[] entity = new byte[10];

	private InputStream in;

	private int position;

	private int limit;

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
	 * Starts reading a part (a UTF-8 byte order mark is skipped).
	 */
	void start(InputStream in) throws IOException {
		this.in = in;
		this.position = 0;
		this.limit = 0;
		skipByteOrderMark();
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

	int next() throws IOException {
		if (this.position < this.limit) {
			return this.buffer[this.position++] & 0xFF;
		}
		return fill() ? this.buffer[this.position++] & 0xFF : -1;
	}

	int nextInTag() throws IOException, XMLStreamException {
		int b = next();
		if (b < 0) {
			throw damaged("The sheet ends inside a tag");
		}
		return b;
	}

	void skipPast(int first, int second) throws IOException, XMLStreamException {
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
	 * A byte of captured text: ASCII as it is, a UTF-8 sequence decoded, an entity
	 * resolved, a line end normalized.
	 */
	void character(int b, CellText text) throws IOException, XMLStreamException {
		if (b < 0x80) {
			if (b == '&') {
				int c = entity();
				if (c > 0xFFFF) {
					text.append(Character.highSurrogate(c));
					text.append(Character.lowSurrogate(c));
				}
				else {
					text.append((char) c);
				}
			}
			else if (b == '\r') {
				if (this.position < this.limit && this.buffer[this.position] == '\n') {
					this.position++;
				}
				text.append('\n');
			}
			else {
				text.append((char) b);
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
			text.append(Character.highSurrogate(code));
			text.append(Character.lowSurrogate(code));
		}
		else {
			text.append((char) code);
		}
	}

	/**
	 * After a {@code &}: a predefined entity or a character reference.
	 * @return the character (code point)
	 */
	int entity() throws IOException, XMLStreamException {
		int count = 0;
		int b = nextInTag();
		while (b != ';') {
			if (count >= 10 || b == '<') {
				throw new XMLStreamException("The sheet uses an undefined entity, which Excel never writes");
			}
			this.entity[count++] = (byte) b;
			b = nextInTag();
		}
		String entity = new String(this.entity, 0, count, StandardCharsets.ISO_8859_1);
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

	static boolean isSpace(int b) {
		return b == ' ' || b == '\n' || b == '\r' || b == '\t';
	}

	static XMLStreamException damaged(String message) {
		return new XMLStreamException(message);
	}

}
