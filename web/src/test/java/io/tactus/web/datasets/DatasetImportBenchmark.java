package io.tactus.web.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.tactus.TactusApplication;
import io.tactus.reports.oews.OewsWorkbookGenerator;
import io.tactus.web.datasets.DatasetImporter.ImportRequest;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times a whole import (read, validate, store) of an all-data-layout workbook, on the
 * default H2 file database or on PostgreSQL. Not a test: run it with
 *
 * <pre>
 * ./mvnw -B -q -pl web -am test-compile -DskipTests
 * ./mvnw -B -q -pl web exec:exec -Dbenchmark.args="-Xmx1g -classpath %classpath io.tactus.web.datasets.DatasetImportBenchmark 400000 h2"
 * ./mvnw -B -q -pl web exec:exec -Dbenchmark.args="-Xmx1g -classpath %classpath io.tactus.web.datasets.DatasetImportBenchmark 400000 postgres"
 * </pre>
 *
 * PostgreSQL: {@code TACTUS_DB_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/tactus}), {@code TACTUS_DB_USER} (default
 * {@code postgres}); the benchmark runs in a schema of its own that it drops afterwards.
 */
public final class DatasetImportBenchmark {

	private DatasetImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 400_000;
		String database = (args.length > 1) ? args[1] : "h2";
		Path folder = Path.of("target", "benchmark");
		Files.createDirectories(folder);
		Path workbook = folder.resolve("all_data_M_2024-" + rows + ".xlsx");
		if (!Files.exists(workbook)) {
			long start = System.nanoTime();
			OewsWorkbookGenerator.rows(rows)
				.layout(OewsWorkbookGenerator.Layout.ALL_DATA)
				.year(2024)
				.seed(7)
				.writeXlsx(workbook);
			report("generated %s (%,d bytes) in %.1f s", workbook, Files.size(workbook), seconds(start));
		}
		Path dataDir = Files.createTempDirectory("tactus-benchmark");
		String schema = "tactus_bench_" + System.currentTimeMillis();
		List<String> arguments = new ArrayList<>(
				List.of("--server.port=0", "--tactus.data-dir=" + dataDir, "--tactus.admin-password=Benchmark-pw-2026",
						"--tactus.import-bundled-data=false", "--logging.level.root=WARN"));
		if (database.equals("postgres")) {
			String url = env("TACTUS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tactus");
			arguments.add("--spring.profiles.active=postgres");
			arguments.add("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema
					+ "&reWriteBatchedInserts=true");
			arguments.add("--spring.datasource.username=" + env("TACTUS_DB_USER", "postgres"));
			arguments.add("--spring.flyway.schemas=" + schema);
		}
		try (ConfigurableApplicationContext context = new SpringApplication(TactusApplication.class)
			.run(arguments.toArray(String[]::new))) {
			Datasets datasets = context.getBean(Datasets.class);
			DatasetImporter importer = context.getBean(DatasetImporter.class);
			for (int run = 1; run <= 2; run++) {
				long id = datasets.insert(workbook.getFileName().toString(), Files.size(workbook),
						"benchmark-" + run + "-" + System.nanoTime(), "UPLOAD", "benchmark");
				Runtime.getRuntime().gc();
				long start = System.nanoTime();
				DatasetStatus status = importer
					.run(ImportRequest.ofFile(id, workbook, workbook.getFileName().toString(), null, "benchmark"));
				double elapsed = seconds(start);
				Dataset dataset = datasets.find(id).orElseThrow();
				report("%s run %d: %s, %,d rows stored in %.1f s (%,.0f rows/s), %d errors, %d warnings; heap max %d MB",
						database, run, status, dataset.rowsAccepted(), elapsed, dataset.rowsAccepted() / elapsed,
						dataset.errorCount(), dataset.warningCount(), Runtime.getRuntime().maxMemory() / 1024 / 1024);
				storeAndCopyBack(context, id, workbook, database, run);
			}
			if (database.equals("postgres")) {
				context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
					.execute("drop schema " + schema + " cascade");
			}
		}
	}

	/**
	 * Times what several nodes add to an upload: storing the file in the database in
	 * chunks, and copying it back to a temporary file of the importing node.
	 */
	private static void storeAndCopyBack(ConfigurableApplicationContext context, long id, Path workbook,
			String database, int run) throws Exception {
		StoredUploads uploads = context.getBean(StoredUploads.class);
		TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
		long start = System.nanoTime();
		transactions.executeWithoutResult((status) -> {
			try {
				uploads.store(id, workbook);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		double stored = seconds(start);
		start = System.nanoTime();
		Path copy = uploads.copyToTemporaryFile(id, ".xlsx");
		double copied = seconds(start);
		report("%s run %d: file of %,d bytes stored in the database in %.1f s, copied back in %.1f s", database, run,
				Files.size(copy), stored, copied);
		Files.delete(copy);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	@SuppressWarnings("java:S106")
	private static void report(String format, Object... args) {
		System.out.println(String.format(format, args));
	}

}
