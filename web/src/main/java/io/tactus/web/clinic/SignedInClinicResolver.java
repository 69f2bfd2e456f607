package io.tactus.web.clinic;

import io.tactus.web.account.TactusUser;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a {@link SignedInClinic} parameter from the signed-in {@link TactusUser}, or
 * answers 404 when the user has no clinic.
 */
class SignedInClinicResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == SignedInClinic.class;
	}

	@Override
	public SignedInClinic resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TactusUser user) {
			return user.clinic().map(SignedInClinic::new).orElseThrow(() -> new ClinicNotFoundException("clinic"));
		}
		throw new ClinicNotFoundException("clinic");
	}

}
