package io.tactus.reports.oews;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The real OEWS figures for massage therapists (SOC 31-9011) that ship with the
 * application, as OEWS-layout CSV files on the classpath under {@value #FOLDER}; the
 * index {@value #INDEX} lists them. A new installation loads them at first start.
 *
 * <pre class="code">
 * for (BundledOewsData.Dataset dataset : BundledOewsData.datasets()) {
 *     ReadReport report = dataset.read(rows::add);
 * }
 * </pre>
 */
public final class BundledOewsData {

	/** The classpath folder of the bundled files. */
	public static final String FOLDER = "data/oews/";

	/** The index of the bundled files: {@code year,file,description}. */
	public static final String INDEX = FOLDER + "datasets.csv";

	private BundledOewsData() {
	}

	/**
	 * The bundled datasets, oldest first (newest last).
	 * @return the datasets
	 * @throws UncheckedIOException when the index is missing from the classpath
	 */
	public static List<Dataset> datasets() {
		List<Dataset> datasets = new ArrayList<>();
		try (InputStream in = open(INDEX);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder()
					.setReader(reader)
					.setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())
					.get()) {
			for (CSVRecord record : parser) {
				String file = record.get("file").strip();
				datasets.add(new Dataset(Integer.parseInt(record.get("year").strip()), FOLDER + file, file,
						record.get("description").strip()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The bundled OEWS index " + INDEX + " cannot be read", ex);
		}
		datasets.sort(Comparator.comparingInt(Dataset::year));
		return List.copyOf(datasets);
	}

	private static InputStream open(String resource) throws IOException {
		InputStream in = BundledOewsData.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new FileNotFoundException("No classpath resource " + resource);
		}
		return in;
	}

	/**
	 * One bundled OEWS file.
	 *
	 * @param year the May survey year
	 * @param resource the classpath resource name
	 * @param fileName the file name (as an upload would carry it)
	 * @param description what the file holds
	 */
	public record Dataset(int year, String resource, String fileName, String description) {

		public Dataset {
			Objects.requireNonNull(resource, "resource");
			Objects.requireNonNull(fileName, "fileName");
			Objects.requireNonNull(description, "description");
		}

		/**
		 * Opens the file; the caller closes the stream.
		 * @return the CSV bytes
		 * @throws IOException when the resource is missing
		 */
		public InputStream open() throws IOException {
			return BundledOewsData.open(this.resource);
		}

		/**
		 * Reads and validates the file with {@link OewsReader}.
		 * @param sink receives the rows
		 * @return the report
		 * @throws IOException when the resource is missing
		 * @throws OewsFileException never for the files shipped, which are tested
		 */
		public ReadReport read(RowSink sink) throws IOException, OewsFileException {
			try (InputStream in = open()) {
				return OewsReader.read(in, this.fileName, sink);
			}
		}

	}

}
