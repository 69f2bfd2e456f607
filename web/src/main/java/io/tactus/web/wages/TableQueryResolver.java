package io.tactus.web.wages;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads a {@link TableQuery} straight from the query string. Its fields are plain strings
 * checked where they are used, so the general data binder (which also looks for each
 * field among the headers and path variables) is not needed, and under load it cost a
 * tenth of a cached comparison page (docs/wages.md, load test).
 */
class TableQueryResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == TableQuery.class;
	}

	@Override
	public TableQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		return new TableQuery(request.getParameter("year"), request.getParameter("occupation"),
				request.getParameter("metric"), request.getParameter("unit"), request.getParameter("basis"),
				request.getParameter("sort"), request.getParameter("dir"));
	}

}
