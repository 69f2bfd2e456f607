package io.tactus.web.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible text of every template comes from {@code messages.properties}: literal
 * text is only allowed inside elements whose text Thymeleaf replaces, and every key used
 * exists.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:errors", "th:replace",
			"th:insert");

	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label", "label");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

	private static final Pattern NOT_WORDS = Pattern.compile("[\\s\\p{Punct}\\p{Sc}·–—0-9]*");

	@Test
	void templatesShowNoTextThatBypassesTheBundle() throws Exception {
		List<String> violations = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			Element root = DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(new InputSource(new StringReader(html)))
				.getDocumentElement();
			collect(template, root, violations);
		}
		assertThat(violations).as("text that bypasses messages.properties").isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws Exception {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used but not defined").isEmpty();
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		List<String> duplicates = new ArrayList<>();
		Set<String> seen = new java.util.HashSet<>();
		for (Path file : bundles()) {
			for (String line : Files.readAllLines(file)) {
				String trimmed = line.strip();
				int equals = trimmed.indexOf('=');
				if (trimmed.isEmpty() || trimmed.startsWith("#") || equals < 0) {
					continue;
				}
				String key = trimmed.substring(0, equals).strip();
				if (!seen.add(key)) {
					duplicates.add(file.getFileName() + ": " + key);
				}
			}
		}
		assertThat(duplicates).as("keys defined more than once across the bundles").isEmpty();
	}

	private static void collect(Path template, Element element, List<String> violations) {
		String name = element.getTagName();
		if (name.equals("script") || name.equals("style")) {
			return;
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Node attribute = attributes.item(i);
			if (VISIBLE_ATTRIBUTES.contains(attribute.getNodeName()) && !isNotWords(attribute.getNodeValue())) {
				violations.add(where(template, element) + " @" + attribute.getNodeName() + "=\""
						+ attribute.getNodeValue() + "\"");
			}
		}
		boolean replaced = TEXT_ATTRIBUTES.stream().anyMatch(element::hasAttribute);
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE && !replaced && !isNotWords(child.getNodeValue())) {
				violations.add(where(template, element) + " text \"" + child.getNodeValue().trim() + "\"");
			}
			else if (child.getNodeType() == Node.ELEMENT_NODE && !replaced) {
				collect(template, (Element) child, violations);
			}
		}
	}

	private static boolean isNotWords(String text) {
		return NOT_WORDS.matcher(text).matches();
	}

	private static String where(Path template, Element element) {
		return TEMPLATES.relativize(template) + " <" + element.getTagName() + ">";
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	static Properties messages() throws IOException {
		Properties messages = new Properties();
		for (Path file : bundles()) {
			try (InputStream in = Files.newInputStream(file)) {
				messages.load(in);
			}
		}
		return messages;
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			return files.filter((f) -> f.getFileName().toString().matches("messages(-[a-z]+)?\\.properties"))
				.sorted()
				.toList();
		}
	}

}
