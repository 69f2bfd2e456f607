package io.tactus.web.account;

import io.tactus.TactusApplication;
import io.tactus.web.system.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first admin: with {@code TACTUS_ADMIN_PASSWORD} it gets that password; without, a
 * random one logged once; a second start creates nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapIntegrationTests {

	@Test
	void createsAdminWithConfiguredPassword(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start("bootstrap-configured", "Configured-first-pw-1")) {
			TactusUser admin = context.getBean(Accounts.class).findByUsername("admin").orElseThrow();
			assertThat(admin.role()).isEqualTo(Role.ADMIN);
			assertThat(context.getBean(PasswordEncoder.class).matches("Configured-first-pw-1", admin.passwordHash()))
				.isTrue();
			assertThat(output).contains("Created user 'admin' with the password from TACTUS_ADMIN_PASSWORD")
				.doesNotContain("Configured-first-pw-1");
		}
	}

	@Test
	void generatesAndLogsPasswordOnceWithoutConfiguredOne(CapturedOutput output) {
		String database = "bootstrap-generated";
		String password;
		try (ConfigurableApplicationContext context = start(database, "")) {
			assertThat(output).contains("Created user 'admin' with the generated password: ");
			password = output.getOut()
				.lines()
				.filter((line) -> line.contains("generated password: "))
				.map((line) -> line.replaceAll(".*generated password: (\\S+).*", "$1"))
				.findFirst()
				.orElseThrow();
			TactusUser admin = context.getBean(Accounts.class).findByUsername("admin").orElseThrow();
			assertThat(context.getBean(PasswordEncoder.class).matches(password, admin.passwordHash())).isTrue();
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
			int logged = output.getOut().split("generated password", -1).length - 1;
			try (ConfigurableApplicationContext again = start(database, "")) {
				int loggedAfterRestart = output.getOut().split("generated password", -1).length - 1;
				assertThat(loggedAfterRestart).isEqualTo(logged);
			}
		}
	}

	@Test
	void refusesWeakConfiguredPasswordNamingTheRuleItBreaks() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> start("bootstrap-short", "admin"))
			.hasStackTraceContaining(
					"TACTUS_ADMIN_PASSWORD is refused for the user 'admin': The password is too short: use at least 12 characters.");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> start("bootstrap-named", "my-Admin-password-2026"))
			.hasStackTraceContaining(
					"TACTUS_ADMIN_PASSWORD is refused for the user 'admin': The password must not contain your user name.")
			.message()
			.doesNotContain("too short")
			.doesNotContain("12 characters");
	}

	@Test
	void refusesConfiguredPasswordLongerThanBcryptTakes() {
		assertThatThrownBy(() -> start("bootstrap-long", "Long-admin-password-" + "x".repeat(60)))
			.hasStackTraceContaining(
					"TACTUS_ADMIN_PASSWORD is refused for the user 'admin': The password is too long: use at most 72 bytes");
	}

	private static ConfigurableApplicationContext start(String database, String password) {
		return application().run(arguments(database, password));
	}

	private static SpringApplication application() {
		SpringApplication application = new SpringApplication(TactusApplication.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		return application;
	}

	private static String[] arguments(String database, String password) {
		return new String[] {
				"--spring.datasource.url=jdbc:h2:mem:" + database
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
				"--tactus.admin-password=" + password, "--server.port=0", "--tactus.data-dir=target/test-data",
				"--logging.level.root=WARN", "--logging.level.io.tactus=INFO" };
	}

}
