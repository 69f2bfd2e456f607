package io.tactus.web.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which load balancers or reverse proxies the portal believes, bound from
 * {@code tactus.web.*}.
 *
 * @param trustedProxies addresses or CIDR ranges ({@code 10.0.0.5}, {@code 10.0.0.0/24},
 * {@code ::1}) of the proxies in front of the portal ({@code TACTUS_TRUSTED_PROXIES},
 * comma-separated). Only a request whose connection comes from one of them has its
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} headers used; empty, the default,
 * trusts no one.
 */
@ConfigurationProperties("tactus.web")
record ProxySettings(@DefaultValue List<String> trustedProxies) {

}
