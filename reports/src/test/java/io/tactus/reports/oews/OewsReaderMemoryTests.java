package io.tactus.reports.oews;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a generated all-data workbook in a separate JVM with a heap far smaller than the
 * workbook's inflated sheet: memory must stay flat.
 */
class OewsReaderMemoryTests {

	private static final int ROWS = 60_000;

	@TempDir
	Path dir;

	@Test
	void readsSixtyThousandRowWorkbookInFortyEightMegabytesOfHeap() throws Exception {
		Path workbook = this.dir.resolve("all_data_M_2024.xlsx");
		OewsWorkbookGenerator.rows(ROWS).layout(OewsWorkbookGenerator.Layout.ALL_DATA).writeXlsx(workbook);
		Path output = this.dir.resolve("output.txt");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
				ReadInSmallHeap.class.getName(), workbook.toString())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();

		boolean finished = process.waitFor(3, TimeUnit.MINUTES);
		if (!finished) {
			process.destroyForcibly();
		}

		assertThat(finished).isTrue();
		List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
		assertThat(lines).as(String.join(File.separator, lines)).contains("accepted " + ROWS);
		assertThat(process.exitValue()).isZero();
	}

	/**
	 * Runs in the small-heap JVM: reads the workbook and prints the accepted rows.
	 */
	static final class ReadInSmallHeap {

		private ReadInSmallHeap() {
		}

		public static void main(String[] args) throws IOException, OewsFileException {
			Path workbook = Path.of(args[0]);
			ReadReport report = OewsReader.read(workbook, workbook.getFileName().toString(), (row) -> {
			});
			System.out.println("accepted " + report.rowsAccepted());
		}

	}

}
