package io.tactus.reports.oews.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import io.tactus.reports.oews.OewsReader;
import io.tactus.reports.oews.OewsWorkbookGenerator;
import io.tactus.reports.oews.ReadReport;
import io.tactus.reports.oews.RowSink;
import io.tactus.reports.oews.WageRow;

/**
 * Times {@link OewsReader} on an all-data-layout workbook against a bare StAX pass over
 * the same sheet XML (the floor for reading it at all), in the same JVM, alternating
 * runs. Not a test: run it with the command in {@code docs/oews.md}.
 *
 * <p>
 * Arguments: the data rows (default 400,000), the runs of each (default 3) after one
 * warm-up run of each.
 */
public final class ReaderBenchmark {

	private ReaderBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 400_000;
		int runs = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
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
		System.out.printf(Locale.ROOT, "workbook %s: %.1f MB, %d data rows; max heap %d MB; %d runs each%n", workbook,
				Files.size(workbook) / 1e6, rows, Runtime.getRuntime().maxMemory() >> 20, runs);
		List<Long> readerTimes = new ArrayList<>();
		List<Long> staxTimes = new ArrayList<>();
		long readerPeak = 0;
		long staxPeak = 0;
		long[] count = new long[1];
		CountingSink warmUp = new CountingSink();
		OewsReader.read(workbook, workbook.getFileName().toString(), warmUp);
		stax(workbook);
		for (int run = 0; run < runs; run++) {
			resetPeaks();
			readerTimes.add(time(() -> {
				CountingSink sink = new CountingSink();
				ReadReport report = OewsReader.read(workbook, workbook.getFileName().toString(), sink);
				if (report.rowsAccepted() != rows || !report.isAccepted()) {
					throw new IllegalStateException("Unexpected report: " + report.rowsAccepted() + " rows, "
							+ report.errorCount() + " errors");
				}
				return sink.rows;
			}));
			readerPeak = Math.max(readerPeak, peakHeap());
			resetPeaks();
			staxTimes.add(time(() -> {
				count[0] = stax(workbook);
				return count[0];
			}));
			staxPeak = Math.max(staxPeak, peakHeap());
		}
		long reader = median(readerTimes);
		long stax = median(staxTimes);
		System.out.printf(Locale.ROOT, "OewsReader : median %,d ms (runs %s), %,.0f rows/s, peak heap %d MB%n", reader,
				readerTimes, rows * 1000.0 / reader, readerPeak >> 20);
		System.out.printf(Locale.ROOT, "bare StAX  : median %,d ms (runs %s), %,.0f rows/s, peak heap %d MB%n", stax,
				staxTimes, rows * 1000.0 / stax, staxPeak >> 20);
		System.out.printf(Locale.ROOT, "ratio reader / StAX: %.2f (target <= 1.5)%n", (double) reader / stax);
	}

	/**
	 * Counts the rows and reads every cell value of the first sheet with StAX: what any
	 * reader must at least do.
	 */
	private static long stax(Path workbook) throws Exception {
		XMLInputFactory factory = XMLInputFactory.newFactory();
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
		return rows + (characters & 0);
	}

	private static long time(Callable<Long> work) throws Exception {
		long start = System.nanoTime();
		work.call();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static long median(List<Long> times) {
		List<Long> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
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
