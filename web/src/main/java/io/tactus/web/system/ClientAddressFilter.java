package io.tactus.web.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client's address and scheme behind a load balancer, without letting clients choose
 * them. Runs before everything else (the session, security, the sign-in limits). Only
 * when the connection comes from a trusted proxy ({@code tactus.web.trusted-proxies}) is
 * {@code X-Forwarded-For} read, right to left: the client is the right-most address that
 * is not itself a trusted proxy (addresses further left were written by whoever sent the
 * request and prove nothing). {@code X-Forwarded-Proto: https} from a trusted proxy makes
 * the request secure (secure session cookie, https redirects). From anyone else both
 * headers are ignored and the connection's address is the client's.
 */
class ClientAddressFilter extends OncePerRequestFilter {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private final List<IpAddressMatcher> trusted;

	/**
	 * A filter trusting some proxies.
	 * @param trustedProxies addresses or CIDR ranges
	 * @throws IllegalArgumentException when one is neither
	 */
	ClientAddressFilter(List<String> trustedProxies) {
		List<IpAddressMatcher> matchers = new ArrayList<>();
		for (String proxy : trustedProxies) {
			String range = proxy.trim();
			if (range.isEmpty()) {
				continue;
			}
			String address = (range.indexOf('/') >= 0) ? range.substring(0, range.indexOf('/')) : range;
			if (literal(address) == null) {
				throw new IllegalArgumentException(
						"tactus.web.trusted-proxies: '" + range + "' is not an IP address or CIDR range");
			}
			matchers.add(new IpAddressMatcher(range));
		}
		this.trusted = List.copyOf(matchers);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.trusted.isEmpty() || !trusted(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		String client = client(request);
		String proto = request.getHeader("X-Forwarded-Proto");
		boolean https = proto != null && proto.trim().toLowerCase(Locale.ROOT).startsWith("https");
		chain.doFilter(new ForwardedRequest(request, client, https), response);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/**
	 * The right-most forwarded address that is not a trusted proxy; the left-most when
	 * all are; the proxy itself when the header is missing or the address found is not an
	 * IP address.
	 */
	private String client(HttpServletRequest request) {
		List<String> hops = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
			for (String hop : header.split(",")) {
				if (!hop.isBlank()) {
					hops.add(hop.trim());
				}
			}
		}
		String client = request.getRemoteAddr();
		for (int i = hops.size() - 1; i >= 0; i--) {
			InetAddress address = literal(hops.get(i));
			if (address == null) {
				break;
			}
			client = address.getHostAddress();
			if (!trusted(client)) {
				break;
			}
		}
		return client;
	}

	private boolean trusted(String address) {
		if (literal(address) == null) {
			return false;
		}
		for (IpAddressMatcher matcher : this.trusted) {
			if (matcher.matches(address)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * An IP address written out, never looked up by name: dotted IPv4 or IPv6 (which has
	 * a colon, so Java does not resolve it either).
	 * @return the address, or {@code null} when the text is not one
	 */
	static InetAddress literal(String text) {
		if (text.length() > 45 || !(IPV4.matcher(text).matches() || text.indexOf(':') >= 0)) {
			return null;
		}
		String bare = (text.startsWith("[") && text.endsWith("]")) ? text.substring(1, text.length() - 1) : text;
		try {
			return InetAddress.getByName(bare);
		}
		catch (UnknownHostException | SecurityException ex) {
			return null;
		}
	}

	/**
	 * A request as the client sent it to the proxy.
	 */
	private static final class ForwardedRequest extends HttpServletRequestWrapper {

		private final String client;

		private final boolean https;

		ForwardedRequest(HttpServletRequest request, String client, boolean https) {
			super(request);
			this.client = client;
			this.https = https;
		}

		@Override
		public String getRemoteAddr() {
			return this.client;
		}

		@Override
		public String getRemoteHost() {
			return this.client;
		}

		@Override
		public boolean isSecure() {
			return this.https || super.isSecure();
		}

		@Override
		public String getScheme() {
			return this.https ? "https" : super.getScheme();
		}

		@Override
		public int getServerPort() {
			if (!this.https || super.isSecure()) {
				return super.getServerPort();
			}
			String port = getHeader("X-Forwarded-Port");
			if (port != null && port.trim().matches("\\d{1,5}")) {
				int number = Integer.parseInt(port.trim());
				if (number > 0 && number < 65536) {
					return number;
				}
			}
			return 443;
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = new StringBuffer();
			url.append(getScheme()).append("://").append(getServerName());
			int port = getServerPort();
			if (!(getScheme().equals("https") && port == 443) && !(getScheme().equals("http") && port == 80)) {
				url.append(':').append(port);
			}
			url.append(getRequestURI());
			return url;
		}

	}

}
