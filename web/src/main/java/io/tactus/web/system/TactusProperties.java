package io.tactus.web.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal, bound from {@code tactus.*} (environment variables
 * {@code TACTUS_*}).
 *
 * @param dataDir where the embedded database and uploads live ({@code TACTUS_DATA_DIR})
 * @param adminPassword the password of the first admin, created on first start when no
 * admin exists ({@code TACTUS_ADMIN_PASSWORD}); a random one is generated and logged once
 * when empty
 */
@ConfigurationProperties("tactus")
public record TactusProperties(@DefaultValue("./var") Path dataDir, @DefaultValue("") String adminPassword) {

}
