package io.tactus.web.datasets;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the wage imports, bound from {@code tactus.imports.*}.
 *
 * @param lease how long a node's claim on an import lasts unless renewed
 * ({@code TACTUS_IMPORT_LEASE}); the node renews it every third of that, and once it has
 * run out another node marks the import failed
 */
@ConfigurationProperties("tactus.imports")
record ImportProperties(@DefaultValue("30s") Duration lease) {

	ImportProperties {
		if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("tactus.imports.lease must be at least 1s, not " + lease);
		}
	}

}
