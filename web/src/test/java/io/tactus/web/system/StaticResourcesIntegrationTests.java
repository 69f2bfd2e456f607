package io.tactus.web.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tactus.web.TactusIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pages link stylesheets, scripts and images under names with a hash of their content,
 * which browsers may keep a year; pages themselves are never kept.
 */
@TactusIntegrationTest
class StaticResourcesIntegrationTests {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|images)/[^\"]+)\"");

	@Autowired
	private MockMvc mvc;

	@Test
	void pagesLinkHashedFilesThatBrowsersMayKeep() throws Exception {
		MockHttpServletResponse login = this.mvc.perform(get("/login")).andReturn().getResponse();
		assertThat(login.getHeader("Cache-Control")).contains("no-store");
		List<String> assets = assets(login.getContentAsString(StandardCharsets.UTF_8));
		assertThat(assets).hasSize(9)
			.anyMatch((asset) -> asset.startsWith("/css/tactus-"))
			.anyMatch((asset) -> asset.startsWith("/js/wages-"))
			.allMatch((asset) -> asset.matches("/(css|js|images)/[a-z]+-[0-9a-f]{32}\\.(css|js|svg)"));
		for (String asset : assets) {
			MockHttpServletResponse file = this.mvc.perform(get(asset)).andReturn().getResponse();
			assertThat(file.getStatus()).as(asset).isEqualTo(200);
			assertThat(file.getHeader("Cache-Control")).as(asset)
				.contains("max-age=" + StaticResources.KEEP.toSeconds())
				.contains("public")
				.contains("immutable")
				.doesNotContain("no-store");
			assertThat(file.getContentAsByteArray()).as(asset).isNotEmpty();
		}
	}

	@Test
	void anOldHashIsNotServedAsTheNewFile() throws Exception {
		assertThat(this.mvc.perform(get("/css/tactus-00000000000000000000000000000000.css"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void servesNothingOutsideTheThreeFolders() throws Exception {
		assertThat(
				this.mvc.perform(get("/css/../templates/fragments/layout.html")).andReturn().getResponse().getStatus())
			.isIn(400, 404);
		assertThat(this.mvc.perform(get("/application.properties")).andReturn().getResponse().getStatus())
			.isNotEqualTo(200);
	}

	private static List<String> assets(String html) {
		List<String> assets = new ArrayList<>();
		Matcher matcher = ASSET.matcher(html);
		while (matcher.find()) {
			assets.add(matcher.group(1));
		}
		return assets;
	}

}
