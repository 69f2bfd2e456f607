package io.tactus.web.clinic;

import java.util.stream.Stream;

import io.tactus.web.TactusIntegrationTest;
import io.tactus.web.system.Role;
import io.tactus.web.account.TactusUser;
import io.tactus.web.support.Route;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

@TactusIntegrationTest
class SignedInClinicIntegrationTests {

	/** A clinic owner whose account has no clinic. */
	private static final TactusUser WITHOUT_CLINIC = new TactusUser(Long.MAX_VALUE, "owner-without-clinic", null,
			Role.CLINIC_OWNER, null, true, 0, false);

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void anOwnerWithoutAClinicFindsNothingOnAnyClinicRoute(Route route) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), route.path())
			.with(user(WITHOUT_CLINIC));
		if (route.method().equals("POST")) {
			request.with(csrf());
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(route.toString()).isEqualTo(404);
		assertThat(result.getResolvedException()).as(route.toString())
			.isInstanceOf(ClinicNotFoundException.class)
			.hasMessage("Not found: clinic");
	}

	static Stream<Route> routes() {
		return new ClinicRoutes().routes().stream();
	}

}
