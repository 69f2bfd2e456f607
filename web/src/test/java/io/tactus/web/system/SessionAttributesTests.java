package io.tactus.web.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import io.tactus.web.account.TactusUser;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the portal keeps in a session survives Java serialization, as Spring Session JDBC
 * stores it: the signed-in user, the CSRF token, the page asked for before sign-in and
 * flash attributes (message codes and counts).
 */
class SessionAttributesTests {

	@Test
	void theSignedInUserSurvives() throws Exception {
		TactusUser user = new TactusUser(7, "ana", "{bcrypt}hash", Role.CLINIC_OWNER, 3L, true, 2, false);
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user,
				null, user.getAuthorities());
		authentication.setDetails(new WebAuthenticationDetails("198.51.100.7", "session-1"));
		SecurityContextImpl copy = roundTrip(new SecurityContextImpl(authentication));
		assertThat(copy.getAuthentication().getPrincipal()).isEqualTo(user);
		assertThat(copy.getAuthentication().getAuthorities()).isEqualTo(authentication.getAuthorities());
	}

	@Test
	void theCsrfTokenTheSavedRequestAndFlashAttributesSurvive() throws Exception {
		DefaultCsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-1");
		assertThat(roundTrip(token).getToken()).isEqualTo("token-1");
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/clinic/visits");
		request.setQueryString("page=2");
		assertThat(roundTrip(new DefaultSavedRequest(request)).getRedirectUrl()).endsWith("/clinic/visits?page=2");
		FlashMap flash = new FlashMap();
		flash.put("flash", "clinic.import.done");
		flash.put("importedVisits", 12);
		flash.put("importedLines", 30);
		assertThat(roundTrip(new java.util.ArrayList<>(List.of(flash)))).containsExactly(flash);
	}

	@SuppressWarnings("unchecked")
	private static <T> T roundTrip(T value) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return (T) in.readObject();
		}
	}

}
