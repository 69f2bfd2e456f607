package io.tactus.web.clinic;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import io.tactus.TactusApplication;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times the import of a generated visit log of N lines (fixed seed) into the in-memory
 * test database, through the same service the import page uses. Not a test: run it on
 * demand (docs/clinic.md).
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	public static void main(String[] args) {
		int lines = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		SpringApplication application = new SpringApplication(TactusApplication.class);
		application.setAdditionalProfiles("test");
		try (ConfigurableApplicationContext context = application.run("--tactus.import-bundled-data=false",
				"--server.port=0")) {
			TactusUser owner = ClinicFixtures.owner(context.getBean(Accounts.class),
					context.getBean(AccountService.class), context.getBean(ClinicSetup.class), "bench-owner",
					"Benchmark Clinic");
			byte[] log = log(lines).getBytes(StandardCharsets.UTF_8);
			VisitImportService service = context.getBean(VisitImportService.class);
			long start = System.nanoTime();
			VisitImportService.Imported imported = service.importLog(owner.clinic().orElseThrow(), "bench.csv",
					new java.io.ByteArrayInputStream(log), owner.username());
			long nanos = System.nanoTime() - start;
			System.out.printf("%,d lines (%,d bytes), %,d visits imported in %.2f s (%,.0f lines/s)%n",
					imported.lines(), log.length, imported.visits(), nanos / 1e9, imported.lines() / (nanos / 1e9));
		}
	}

	static String log(int lines) {
		String[] medicare = { "97110", "97112", "97530" };
		String[] massage = { "97124", "97140" };
		SplittableRandom random = new SplittableRandom(20261127L);
		StringBuilder out = new StringBuilder(ClinicFixtures.HEADER);
		int made = 0;
		int visit = 0;
		while (made < lines) {
			visit++;
			boolean pt = random.nextBoolean();
			String date = "2026-" + String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
			String patient = "B-" + visit;
			int count = Math.min(lines - made, 1 + random.nextInt(3));
			for (int i = 0; i < count; i++) {
				String code = pt ? medicare[i % medicare.length] : massage[i % massage.length];
				out.append(date)
					.append(',')
					.append(patient)
					.append(',')
					.append(pt ? "Pat Lee,Medicare," : "Sam Roe,Acme Health,")
					.append(code)
					.append(',')
					.append(8 + random.nextInt(38))
					.append(pt ? ",GP,," : ",,,")
					.append(random.nextInt(4))
					.append('\n');
			}
			made += count;
		}
		return out.toString();
	}

}
