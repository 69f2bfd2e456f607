package io.tactus.reports.oews.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import io.tactus.reports.oews.OewsReader;
import io.tactus.reports.oews.OewsWorkbookGenerator;
import io.tactus.reports.oews.ReadReport;
import io.tactus.reports.oews.RowSink;
import io.tactus.reports.oews.WageRow;

/**
 * Times {@link OewsReader} (full validation, as an admin upload reads) against dhatim
 * fastexcel-reader (the fastest Java xlsx reader we know, test scope only) and a bare
 * pass of the JDK's StAX over the sheet XML (the floor for reading it at all), on the
 * same all-data-layout workbook with a shared-strings table. Each run of each reader is a
 * fresh JVM with {@code -Xmx256m}, timed as a whole process (start-up included); the
 * readers take turns (a different one first in each round), and the median of the rounds
 * is reported with its ratio to fastexcel-reader. Not a test: run it with
 *
 * <pre>
 * ./mvnw -B -q -pl reports test-compile exec:exec \
 *   -Dbenchmark.args="-Xmx256m -classpath %classpath io.tactus.reports.oews.benchmark.ReaderBenchmark 400000 3"
 * </pre>
 *
 * <p>
 * Arguments: the data rows (default 400,000), the rounds (default 3). The workbook is
 * generated into {@code reports/target/benchmark/} when missing. One run of one reader
 * alone: {@code ReaderBenchmark run <tactus|fastexcel|stax> <workbook> <rows>} (for
 * profiling, e.g. with {@code -XX:StartFlightRecording}).
 */
public final class ReaderBenchmark {

	private static final List<String> READERS = List.of("tactus", "fastexcel", "stax");

	private static final String CHILD_HEAP = "-Xmx256m";

	private ReaderBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && "run".equals(args[0])) {
			runOne(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
			return;
		}
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 400_000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		Path workbook = workbook(rows);
		System.out.printf(Locale.ROOT, "workbook %s: %.1f MB, %d data rows; each run a fresh JVM with %s; %d rounds%n",
				workbook, Files.size(workbook) / 1e6, rows, CHILD_HEAP, rounds);
		Map<String, List<Long>> times = new LinkedHashMap<>();
		Map<String, List<Long>> cpuTimes = new LinkedHashMap<>();
		Map<String, Long> peaks = new LinkedHashMap<>();
		READERS.forEach((reader) -> times.put(reader, new ArrayList<>()));
		READERS.forEach((reader) -> cpuTimes.put(reader, new ArrayList<>()));
		for (int round = 0; round < rounds; round++) {
			for (int i = 0; i < READERS.size(); i++) {
				String reader = READERS.get((round + i) % READERS.size());
				long start = System.nanoTime();
				long[] result = child(reader, workbook, rows);
				long millis = (System.nanoTime() - start) / 1_000_000;
				times.get(reader).add(millis);
				cpuTimes.get(reader).add(result[1]);
				peaks.merge(reader, result[0], Math::max);
				System.out.printf(Locale.ROOT, "round %d %-9s %,7d ms (CPU %,d ms)%n", round + 1, reader, millis,
						result[1]);
			}
		}
		long fastexcel = median(times.get("fastexcel"));
		long fastexcelCpu = median(cpuTimes.get("fastexcel"));
		System.out.println();
		System.out.println(
				"| reader | median wall s | runs (ms) | ratio to fastexcel | median CPU s | CPU ratio | peak heap MB |");
		System.out.println("|---|---|---|---|---|---|---|");
		for (String reader : READERS) {
			long median = median(times.get(reader));
			long cpu = median(cpuTimes.get(reader));
			System.out.printf(Locale.ROOT, "| %s | %.2f | %s | %.2f | %.2f | %.2f | %d |%n", reader, median / 1000.0,
					times.get(reader), (double) median / fastexcel, cpu / 1000.0, (double) cpu / fastexcelCpu,
					peaks.get(reader));
		}
	}

	private static Path workbook(int rows) throws IOException {
		Path dir = Path.of("target", "benchmark");
		Files.createDirectories(dir);
		Path workbook = dir.resolve("all_data_M_2024-" + rows + ".xlsx");
		if (!Files.exists(workbook)) {
			long start = System.nanoTime();
			Path partial = dir.resolve(workbook.getFileName() + ".part");
			OewsWorkbookGenerator.rows(rows).layout(OewsWorkbookGenerator.Layout.ALL_DATA).writeXlsx(partial);
			Files.move(partial, workbook);
			System.out.printf(Locale.ROOT, "generated %s in %d ms%n", workbook,
					(System.nanoTime() - start) / 1_000_000);
		}
		return workbook;
	}

	/**
	 * Runs one reader in a fresh JVM and waits for it.
	 * @return the peak heap (MB) and the CPU time (ms, all threads) the child reported
	 */
	private static long[] child(String reader, Path workbook, int rows) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, CHILD_HEAP, "-classpath", System.getProperty("java.class.path"),
				ReaderBenchmark.class.getName(), "run", reader, workbook.toString(), Integer.toString(rows))
			.redirectErrorStream(true)
			.start();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		int last = output.lastIndexOf('\n') + 1;
		if (process.waitFor() != 0 || !output.startsWith("peak ", last)) {
			throw new IllegalStateException(reader + " failed: " + output);
		}
		String[] words = output.substring(last).split(" ");
		return new long[] { Long.parseLong(words[1]), Long.parseLong(words[3]) };
	}

	private static void runOne(String reader, Path workbook, int rows) throws Exception {
		long read = switch (reader) {
			case "tactus" -> tactus(workbook, rows);
			case "fastexcel" -> fastexcel(workbook.toFile());
			case "stax" -> stax(workbook);
			default -> throw new IllegalArgumentException("Unknown reader " + reader);
		};
		if (read < rows) {
			throw new IllegalStateException(reader + " read " + read + " rows, expected at least " + rows);
		}
		long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		System.out.println("peak " + (peakHeap() >> 20) + " cpu " + cpu / 1_000_000);
	}

	private static long tactus(Path workbook, int rows) throws Exception {
		CountingSink sink = new CountingSink();
		ReadReport report = OewsReader.read(workbook, workbook.getFileName().toString(), sink);
		if (report.rowsAccepted() != rows || !report.isAccepted()) {
			throw new IllegalStateException(
					"Unexpected report: " + report.rowsAccepted() + " rows, " + report.errorCount() + " errors");
		}
		return sink.rows;
	}

	/**
	 * Reads every cell's text of the first sheet with fastexcel-reader.
	 */
	private static long fastexcel(File workbook) throws IOException {
		long[] counts = new long[2];
		try (ReadableWorkbook book = new ReadableWorkbook(workbook);
				Stream<Row> rows = book.getFirstSheet().openStream()) {
			rows.forEach((row) -> {
				counts[0]++;
				for (Cell cell : row) {
					if (cell != null) {
						counts[1] += cell.getText().length();
					}
				}
			});
		}
		return counts[0] - 1;
	}

	/**
	 * Counts the rows and reads every cell value of the first sheet with the JDK's StAX
	 * (asked for by name; Aalto, which both readers use, is on the class path): what any
	 * reader must at least do.
	 */
	private static long stax(Path workbook) throws Exception {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		long rows = 0;
		long characters = 0;
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
			try (InputStream in = zip.getInputStream(sheet)) {
				XMLStreamReader xml = factory.createXMLStreamReader(in);
				while (xml.hasNext()) {
					int event = xml.next();
					if (event == XMLStreamConstants.START_ELEMENT) {
						String name = xml.getLocalName();
						if ("row".equals(name)) {
							rows++;
						}
						else if ("v".equals(name)) {
							characters += xml.getElementText().length();
						}
					}
				}
				xml.close();
			}
		}
		return rows - 1 + (characters & 0);
	}

	private static long median(List<Long> times) {
		List<Long> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	private static final class CountingSink implements RowSink {

		private long rows;

		@Override
		public void accept(WageRow row) {
			this.rows++;
		}

	}

}
