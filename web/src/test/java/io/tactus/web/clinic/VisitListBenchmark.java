package io.tactus.web.clinic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;

import io.tactus.TactusApplication;
import io.tactus.core.billing.ServiceLine;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Times the visit list of a clinic with N generated visits (fixed seed, one to three
 * lines, about a third overbilled) in the in-memory test database, through MockMvc: the
 * first page, a late page, and the same with the finding filter (which evaluates every
 * candidate visit). Not a test: run it on demand (docs/clinic.md).
 */
public final class VisitListBenchmark {

	private static final int ROUNDS = 10;

	private VisitListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 5_000;
		SpringApplication application = new SpringApplication(TactusApplication.class);
		application.setAdditionalProfiles("test");
		try (ConfigurableApplicationContext context = application.run("--tactus.import-bundled-data=false",
				"--server.port=0", "--logging.level.root=WARN")) {
			TactusUser owner = ClinicFixtures.owner(context.getBean(Accounts.class),
					context.getBean(AccountService.class), context.getBean(ClinicSetup.class), "list-bench-owner",
					"List Benchmark Clinic");
			long clinic = owner.clinic().orElseThrow();
			ClinicSetup setup = context.getBean(ClinicSetup.class);
			ClinicVisits visits = context.getBean(ClinicVisits.class);
			List<Therapist> therapists = setup.therapists(clinic);
			List<Payer> payers = setup.payers(clinic);
			String[] codes = { "97110", "97112", "97530", "97140" };
			SplittableRandom random = new SplittableRandom(20261130L);
			List<NewVisit> batch = new ArrayList<>();
			long importId = visits.insertImport(clinic, "bench", "bench.csv", "bench", 0, 0);
			for (int i = 0; i < count; i++) {
				List<ServiceLine> lines = new ArrayList<>();
				int n = 1 + random.nextInt(3);
				for (int l = 0; l < n; l++) {
					lines.add(new ServiceLine(codes[l], OptionalInt.of(8 + random.nextInt(38)), Set.of("GP"),
							Optional.empty(), OptionalInt.of(random.nextInt(4))));
				}
				batch.add(new NewVisit(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330)), "BN-" + i,
						therapists.get(0).id(), payers.get(random.nextInt(payers.size())).id(), lines));
			}
			visits.insertBatch(clinic, batch, importId);
			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
				.apply(springSecurity())
				.build();
			for (String path : List.of("/clinic/visits", "/clinic/visits?page=60", "/clinic/visits?code=97530",
					"/clinic/visits?finding=yes", "/clinic/visits?finding=yes&page=30", "/clinic/visits?finding=no",
					"/clinic/visits.csv", "/clinic/visits.csv?finding=yes")) {
				for (int warm = 0; warm < 3; warm++) {
					mvc.perform(get(path).with(user(owner))).andReturn();
				}
				long start = System.nanoTime();
				int status = 0;
				for (int round = 0; round < ROUNDS; round++) {
					status = mvc.perform(get(path).with(user(owner))).andReturn().getResponse().getStatus();
				}
				double millis = (System.nanoTime() - start) / 1e6 / ROUNDS;
				System.out.printf("%,d visits  %-40s %d  %8.1f ms per request%n", count, path, status, millis);
			}
		}
	}

}
