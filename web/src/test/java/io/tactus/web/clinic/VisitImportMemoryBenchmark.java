package io.tactus.web.clinic;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import io.tactus.TactusApplication;
import io.tactus.web.account.AccountService;
import io.tactus.web.account.Accounts;
import io.tactus.web.account.TactusUser;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports a generated visit-log workbook of N lines (default 200,000, the documented
 * limit; fixed seed) through the same service the import page uses, into the portal's
 * default H2 file database in a temporary data directory, and prints the time and the
 * peak heap in use (sampled every 10 ms). Not a test: run it on demand with a small heap
 * (docs/clinic.md).
 */
public final class VisitImportMemoryBenchmark {

	private VisitImportMemoryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int lines = (args.length > 0) ? Integer.parseInt(args[0]) : VisitLogReader.MAX_LINES;
		Path dir = Files.createTempDirectory("tactus-import-bench-");
		Path workbook = dir.resolve("visits.xlsx");
		int visits = VisitLogFiles.xlsx(workbook, lines);
		SpringApplication application = new SpringApplication(TactusApplication.class);
		try (ConfigurableApplicationContext context = application.run("--tactus.data-dir=" + dir.resolve("data"),
				"--tactus.import-bundled-data=false", "--tactus.admin-password=Tactus-test-pw-2026", "--server.port=0",
				"--logging.level.root=WARN")) {
			TactusUser owner = ClinicFixtures.owner(context.getBean(Accounts.class),
					context.getBean(AccountService.class), context.getBean(ClinicSetup.class), "bench-owner",
					"Benchmark Clinic");
			VisitImportService service = context.getBean(VisitImportService.class);
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			System.gc();
			long before = memory.getHeapMemoryUsage().getUsed();
			AtomicLong peak = new AtomicLong(before);
			Thread sampler = Thread.ofPlatform().daemon().start(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(10);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			long start = System.nanoTime();
			VisitImportService.Imported imported;
			try (InputStream in = Files.newInputStream(workbook)) {
				imported = service.importLog(owner.clinic().orElseThrow(), "visits.xlsx", in, owner.username());
			}
			long nanos = System.nanoTime() - start;
			sampler.interrupt();
			System.out.printf(
					"%,d lines, %,d visits (%,d generated) from a %.1f MB workbook imported in %.1f s (%,.0f lines/s); "
							+ "heap in use: %.0f MB before, peak %.0f MB, max heap %.0f MB%n",
					imported.lines(), imported.visits(), visits, Files.size(workbook) / 1e6, nanos / 1e9,
					imported.lines() / (nanos / 1e9), before / 1048576.0, peak.get() / 1048576.0,
					memory.getHeapMemoryUsage().getMax() / 1048576.0);
		}
		finally {
			try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

}
