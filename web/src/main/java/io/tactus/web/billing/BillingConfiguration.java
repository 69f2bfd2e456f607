package io.tactus.web.billing;

import java.util.Set;

import io.tactus.core.billing.BillingEngine;
import io.tactus.web.system.NavigationItem;
import io.tactus.web.system.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The billing engine, loaded once from {@code data/billing} on the classpath, and the
 * calculator's navigation entry.
 */
@Configuration(proxyBeanMethods = false)
class BillingConfiguration {

	@Bean
	BillingEngine billingEngine() {
		return BillingEngine.standard();
	}

	@Bean
	static NavigationItem billingCalculatorNavigation() {
		return new NavigationItem(CalculatorController.PATH, "nav.billing.calculator",
				Set.of(Role.CLINIC_OWNER, Role.CLINIC_BILLER, Role.CLINIC_VIEWER, Role.ADMIN), 25);
	}

}
