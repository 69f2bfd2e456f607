package io.tactus.web.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextInputTests {

	@Test
	void acceptsVisibleTextInAnyScript() {
		assertThat(TextInput.isPlain("Pat Lee")).isTrue();
		assertThat(TextInput.isPlain("Zoë Ångström, 東京 🙂")).isTrue();
		assertThat(TextInput.isPlain("")).isTrue();
		assertThat(TextInput.isPlain(null)).isTrue();
	}

	@Test
	void refusesControlAndInvisibleFormattingCharacters() {
		assertThat(TextInput.isPlain("a\u0000b")).isFalse();
		assertThat(TextInput.isPlain("a\u0007b")).isFalse();
		assertThat(TextInput.isPlain("line\nbreak")).isFalse();
		assertThat(TextInput.isPlain("\u202Eevil")).isFalse();
		assertThat(TextInput.isPlain("zero\u200Bwidth")).isFalse();
		assertThat(TextInput.isPlain("half \uD83D")).isFalse();
	}

}
