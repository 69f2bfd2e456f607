package io.tactus;

import io.tactus.web.system.VirtualThreadCarriers;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Tactus portal.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TactusApplication {

	public static void main(String[] args) {
		VirtualThreadCarriers.configure();
		SpringApplication.run(TactusApplication.class, args);
	}

}
