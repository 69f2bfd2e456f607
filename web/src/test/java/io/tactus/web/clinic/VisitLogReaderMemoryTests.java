package io.tactus.web.clinic;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a 200,000-line visit-log workbook (the documented line limit) in a separate JVM
 * whose heap is far smaller than the workbook would take as a whole: the reader must
 * stream. The whole import, database included, is measured in a 256 MB heap by
 * {@link VisitImportMemoryBenchmark} (docs/clinic.md).
 */
class VisitLogReaderMemoryTests {

	@TempDir
	Path dir;

	@Test
	void readsATwoHundredThousandLineWorkbookInThirtyTwoMegabytesOfHeap() throws Exception {
		Path workbook = this.dir.resolve("visits.xlsx");
		VisitLogFiles.xlsx(workbook, VisitLogReader.MAX_LINES);
		Path output = this.dir.resolve("output.txt");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx32m", "-XX:+ExitOnOutOfMemoryError", "-cp",
				System.getProperty("java.class.path"), ReadInSmallHeap.class.getName(), workbook.toString())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();

		boolean finished = process.waitFor(5, TimeUnit.MINUTES);
		if (!finished) {
			process.destroyForcibly();
		}

		assertThat(finished).isTrue();
		List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
		assertThat(String.join(File.separator, lines))
			.contains("rows " + (VisitLogReader.MAX_LINES + 1) + ", first date 2026-");
		assertThat(process.exitValue()).isZero();
	}

	/**
	 * Runs in the small-heap JVM: reads the workbook and prints the rows read.
	 */
	static final class ReadInSmallHeap {

		private ReadInSmallHeap() {
		}

		public static void main(String[] args) throws Exception {
			Path workbook = Path.of(args[0]);
			int[] rows = { 0 };
			String[] date = { "" };
			VisitLogReader.read(workbook, workbook.getFileName().toString(), (row) -> {
				if (++rows[0] == 2) {
					date[0] = row.cell(0);
				}
				return true;
			});
			System.out.println("rows " + rows[0] + ", first date " + date[0]);
		}

	}

}
