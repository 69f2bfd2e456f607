package io.tactus.web.system;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The client's address and scheme come from the forwarded headers only through a trusted
 * proxy, and never from what the client wrote itself.
 */
class ClientAddressFilterTests {

	private static final String PROXY = "10.0.0.5";

	private final ClientAddressFilter filter = new ClientAddressFilter(List.of(" 10.0.0.0/24", "::1 ", ""));

	@Test
	void trustsNoOneByDefault() throws Exception {
		ClientAddressFilter none = new ClientAddressFilter(List.of());
		HttpServletRequest seen = pass(none, request(PROXY, "198.51.100.7", "https"));
		assertThat(seen.getRemoteAddr()).isEqualTo(PROXY);
		assertThat(seen.isSecure()).isFalse();
	}

	@Test
	void ignoresTheHeadersFromAnUntrustedPeer() throws Exception {
		HttpServletRequest seen = pass(this.filter, request("203.0.113.9", "198.51.100.7", "https"));
		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
		assertThat(seen.isSecure()).isFalse();
		assertThat(seen.getScheme()).isEqualTo("http");
	}

	@Test
	void takesTheRightMostAddressThatIsNotATrustedProxy() throws Exception {
		assertThat(pass(this.filter, request(PROXY, "1.2.3.4, 198.51.100.7, 10.0.0.9", null)).getRemoteAddr())
			.isEqualTo("198.51.100.7");
		MockHttpServletRequest twoHeaders = request(PROXY, "1.2.3.4", null);
		twoHeaders.addHeader("X-Forwarded-For", "198.51.100.8");
		assertThat(pass(this.filter, twoHeaders).getRemoteAddr()).isEqualTo("198.51.100.8");
		assertThat(pass(this.filter, request("::1", "2001:db8::7", null)).getRemoteAddr())
			.isEqualTo("2001:db8:0:0:0:0:0:7");
	}

	@Test
	void keepsThePeerWhenTheForwardedAddressIsMissingOrNotAnAddress() throws Exception {
		assertThat(pass(this.filter, request(PROXY, null, null)).getRemoteAddr()).isEqualTo(PROXY);
		assertThat(pass(this.filter, request(PROXY, "localhost", null)).getRemoteAddr()).isEqualTo(PROXY);
		assertThat(pass(this.filter, request(PROXY, "198.51.100.7, x".repeat(1000), null)).getRemoteAddr())
			.isEqualTo(PROXY);
		assertThat(pass(this.filter, request(PROXY, "10.0.0.7, 10.0.0.8", null)).getRemoteAddr()).isEqualTo("10.0.0.7");
	}

	@Test
	void httpsAtATrustedProxyMakesTheRequestSecure() throws Exception {
		MockHttpServletRequest request = request(PROXY, "198.51.100.7", "https");
		request.setServerName("portal.example");
		request.setServerPort(8080);
		request.setRequestURI("/login");
		HttpServletRequest seen = pass(this.filter, request);
		assertThat(seen.isSecure()).isTrue();
		assertThat(seen.getScheme()).isEqualTo("https");
		assertThat(seen.getServerPort()).isEqualTo(443);
		assertThat(seen.getRequestURL()).hasToString("https://portal.example/login");
	}

	@Test
	void refusesSettingsThatAreNotAddresses() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddressFilter(List.of("proxy.example")))
			.withMessageContaining("proxy.example");
	}

	private static MockHttpServletRequest request(String peer, String forwardedFor, String proto) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setRemoteAddr(peer);
		if (forwardedFor != null) {
			request.addHeader("X-Forwarded-For", forwardedFor);
		}
		if (proto != null) {
			request.addHeader("X-Forwarded-Proto", proto);
		}
		return request;
	}

	private static HttpServletRequest pass(ClientAddressFilter filter, MockHttpServletRequest request)
			throws Exception {
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
		return seen.get();
	}

}
