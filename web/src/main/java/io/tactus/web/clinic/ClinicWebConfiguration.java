package io.tactus.web.clinic;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring MVC settings of the clinic pages: the {@link SignedInClinic} parameter.
 */
@Configuration(proxyBeanMethods = false)
class ClinicWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new SignedInClinicResolver());
	}

}
