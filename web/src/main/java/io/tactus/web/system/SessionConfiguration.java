package io.tactus.web.system;

import java.sql.DatabaseMetaData;
import java.util.List;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sessions live in the database (Spring Session JDBC), shared by every node.
 * <p>
 * Two requests of one session (two tabs, or a page and its neighbour on another node) may
 * each put the same new attribute, such as the session's first CSRF token, into it at
 * once; Spring Session's plain insert would then fail on the second with a duplicate key.
 * Attributes are upserted instead: {@code insert ... on conflict do update} on
 * PostgreSQL, {@code merge ... key} on H2, the one statement whose dialect differs.
 * <p>
 * Spring MVC looks for flash attributes in the session on every request it handles; that
 * look would read the session of a static file or API request with a session cookie, and
 * write its last-access time back, so it is skipped for {@link SessionFreePaths}.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	static final String H2_UPSERT_ATTRIBUTE = "MERGE INTO %TABLE_NAME%_ATTRIBUTES"
			+ " (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)"
			+ " VALUES (?, ?, ?)";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource)
			throws MetaDataAccessException {
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if ("PostgreSQL".equals(database)) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		if ("H2".equals(database)) {
			return (repository) -> repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
		}
		throw new IllegalStateException("Sessions are kept on PostgreSQL or H2, not on " + database);
	}

	/**
	 * Spring Session's filter, on the same sessions and cookie, but through
	 * {@link RarelyTouchedSessions}: a page view that changes nothing in its session
	 * writes nothing. (Boot backs off from configuring Spring Session JDBC when the
	 * application declares a session repository of its own, so the filter is the place to
	 * wrap it.)
	 * @param repository the sessions in the database
	 * @param cookies the session cookie's settings
	 * @return the processor
	 */
	@Bean
	static BeanPostProcessor rarelyTouchedSessions(ObjectProvider<JdbcIndexedSessionRepository> repository,
			ObjectProvider<CookieSerializer> cookies) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof SessionRepositoryFilter<?>)) {
					return bean;
				}
				SessionRepositoryFilter<?> filter = new SessionRepositoryFilter<>(
						new RarelyTouchedSessions(repository.getObject()));
				CookieHttpSessionIdResolver ids = new CookieHttpSessionIdResolver();
				ids.setCookieSerializer(cookies.getObject());
				filter.setHttpSessionIdResolver(ids);
				return filter;
			}

		};
	}

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
