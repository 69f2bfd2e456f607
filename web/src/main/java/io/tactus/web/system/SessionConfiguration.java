package io.tactus.web.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sessions live in the database (Spring Session JDBC), shared by every node. Spring MVC
 * looks for flash attributes in the session on every request it handles; that look would
 * read the session of a static file or API request with a session cookie, and write its
 * last-access time back, so it is skipped for {@link SessionFreePaths}.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	FlashMapManager flashMapManager() {
		return new SessionFlashMapManager() {

			@Override
			protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
				return SessionFreePaths.matches(request) ? null : super.retrieveFlashMaps(request);
			}

		};
	}

}
