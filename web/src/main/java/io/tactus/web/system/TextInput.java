package io.tactus.web.system;

/**
 * Checks on free text typed into a form: names, regions and the like.
 */
public final class TextInput {

	private TextInput() {
	}

	/**
	 * Whether the text is free of control characters (such as NUL or BEL) and invisible
	 * formatting characters (such as the right-to-left override U+202E or a zero-width
	 * space), which could hide or reorder what other pages and exports show.
	 * @param text the text, may be {@code null}
	 * @return true when it holds only visible characters and spaces
	 */
	public static boolean isPlain(String text) {
		if (text == null) {
			return true;
		}
		return text.codePoints()
			.allMatch((c) -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
					&& Character.getType(c) != Character.SURROGATE);
	}

}
