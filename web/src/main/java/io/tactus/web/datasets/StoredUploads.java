package io.tactus.web.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import io.tactus.web.system.TactusProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The uploaded files, in the database ({@code dataset_file_chunk}) so that every node can
 * read them: in chunks of {@value #CHUNK_BYTES} bytes, written and read one at a time, so
 * an 80 MB file never sits in memory whole. A node that needs the file (to import it, or
 * to write the errors workbook) copies it to a temporary file of its own first, since POI
 * reads a file far more cheaply than a stream, and deletes the copy after.
 */
@Repository
class StoredUploads {

	static final int CHUNK_BYTES = 1024 * 1024;

	static final int STALE_HOURS = 1;

	private static final Logger logger = LoggerFactory.getLogger(StoredUploads.class);

	private final JdbcClient jdbc;

	private final Path temporary;

	StoredUploads(JdbcClient jdbc, TactusProperties properties) {
		this.jdbc = jdbc;
		this.temporary = properties.dataDir().resolve("tmp");
	}

	/**
	 * Stores a dataset's file, replacing what was stored for it (in the caller's
	 * transaction, if any).
	 * @param datasetId the dataset
	 * @param file the file
	 * @throws IOException when the file cannot be read
	 */
	void store(long datasetId, Path file) throws IOException {
		this.jdbc.sql("delete from dataset_file_chunk where dataset_id = ?").param(datasetId).update();
		byte[] buffer = new byte[CHUNK_BYTES];
		try (InputStream in = Files.newInputStream(file)) {
			int seq = 0;
			for (int read = in.readNBytes(buffer, 0, CHUNK_BYTES); read > 0; read = in.readNBytes(buffer, 0,
					CHUNK_BYTES)) {
				byte[] chunk = (read == CHUNK_BYTES) ? buffer : Arrays.copyOf(buffer, read);
				this.jdbc.sql("insert into dataset_file_chunk (dataset_id, seq, bytes) values (?, ?, ?)")
					.params(datasetId, seq++, chunk)
					.update();
			}
		}
	}

	/**
	 * Whether a file is stored for a dataset (bundled datasets have none).
	 * @param datasetId the dataset
	 * @return whether it is
	 */
	boolean has(long datasetId) {
		return this.jdbc.sql("select seq from dataset_file_chunk where dataset_id = ? and seq = 0")
			.param(datasetId)
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	/**
	 * Writes a dataset's stored file to a stream, a chunk at a time.
	 * @param datasetId the dataset
	 * @param out where to
	 * @return the bytes written
	 * @throws IOException when writing fails
	 */
	long copy(long datasetId, OutputStream out) throws IOException {
		long written = 0;
		for (int seq = 0;; seq++) {
			List<byte[]> chunk = this.jdbc.sql("select bytes from dataset_file_chunk where dataset_id = ? and seq = ?")
				.params(datasetId, seq)
				.query((rs, row) -> rs.getBytes(1))
				.list();
			if (chunk.isEmpty()) {
				return written;
			}
			out.write(chunk.get(0));
			written += chunk.get(0).length;
		}
	}

	/**
	 * Copies a dataset's stored file to a new temporary file of this node.
	 * @param datasetId the dataset
	 * @param suffix the file's suffix ({@code .xlsx}, {@code .csv})
	 * @return the copy, for the caller to delete
	 * @throws IOException when it cannot be written
	 * @throws NoSuchElementException when no file is stored for the dataset
	 */
	Path copyToTemporaryFile(long datasetId, String suffix) throws IOException {
		Path copy = newTemporaryFile("dataset-" + datasetId + "-", suffix);
		try {
			long size;
			try (OutputStream out = Files.newOutputStream(copy)) {
				size = copy(datasetId, out);
			}
			if (size == 0) {
				throw new NoSuchElementException("No file is stored for dataset " + datasetId);
			}
			return copy;
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(copy);
			throw ex;
		}
	}

	/**
	 * A new empty file in this node's temporary folder ({@code $TACTUS_DATA_DIR/tmp}).
	 * @param prefix the name's start
	 * @param suffix the name's end
	 * @return the file
	 * @throws IOException when it cannot be made
	 */
	Path newTemporaryFile(String prefix, String suffix) throws IOException {
		Files.createDirectories(this.temporary);
		return Files.createTempFile(this.temporary, prefix, suffix);
	}

	/**
	 * Deletes files of this node's temporary folder left by a node that stopped while it
	 * used them (older than {@value #STALE_HOURS} hour: no upload or import takes as
	 * long).
	 * @return how many were deleted
	 */
	int deleteStaleTemporaryFiles() {
		if (!Files.isDirectory(this.temporary)) {
			return 0;
		}
		Instant before = Instant.now().minus(Duration.ofHours(STALE_HOURS));
		int deleted = 0;
		try (Stream<Path> files = Files.list(this.temporary)) {
			for (Path file : files.toList()) {
				if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
					delete(file);
					deleted++;
				}
			}
		}
		catch (IOException ex) {
			logger.warn("Cannot clean {}: {}", this.temporary, ex.toString());
		}
		return deleted;
	}

	/**
	 * Deletes a temporary file; one that cannot be deleted is logged and left.
	 * @param file the file
	 */
	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("Cannot delete the temporary file {}: {}", file, ex.toString());
		}
	}

}
