package io.tactus.web.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.tactus.reports.oews.BundledOewsData;
import io.tactus.web.datasets.DatasetImporter.ImportRequest;
import io.tactus.web.system.Sha256;
import io.tactus.web.system.TactusProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start: on an empty database the bundled real OEWS figures are imported and published
 * year by year, so the newest is published, the older ones retired (kept for
 * year-over-year views), and the portal is useful out of the box. Nodes starting together
 * do this once: start-up runners run under the start-up lock
 * ({@code system.StartupLock}), so the first node imports and marks the
 * {@code bundled-data} row of {@code startup_task} done, and the others find it done. A
 * node that dies half-way releases the lock with its connection; the next node to hold it
 * carries on file by file (a file is known by its SHA-256), taking over a half-imported
 * one once its lease has run out. An import a node was running when it stopped is left to
 * the lease sweeper ({@link ImportSweeper}): a starting node never fails an import that
 * another live node is running.
 */
@Component
@Order(5)
class DatasetStartup implements ApplicationRunner {

	static final String BUNDLED_DATA = "bundled-data";

	private static final Logger logger = LoggerFactory.getLogger(DatasetStartup.class);

	private final Datasets datasets;

	private final DatasetImporter importer;

	private final DatasetService service;

	private final ImportLeases leases;

	private final StoredUploads uploads;

	private final ImportSweeper sweeper;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Path oldUploads;

	private final boolean importBundled;

	DatasetStartup(Datasets datasets, DatasetImporter importer, DatasetService service, ImportLeases leases,
			StoredUploads uploads, ImportSweeper sweeper, JdbcClient jdbc, TransactionTemplate transactions,
			TactusProperties properties, @Value("${tactus.import-bundled-data:true}") boolean importBundled) {
		this.datasets = datasets;
		this.importer = importer;
		this.service = service;
		this.leases = leases;
		this.uploads = uploads;
		this.sweeper = sweeper;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.oldUploads = properties.dataDir().resolve("uploads");
		this.importBundled = importBundled;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.uploads.deleteStaleTemporaryFiles();
		moveOldUploads();
		try {
			this.sweeper.sweepNow();
		}
		catch (DataAccessException ex) {
			logger.warn("Cannot look for abandoned wage imports: {}", ex.getMessage());
		}
		if (this.importBundled) {
			importBundledDataOnce();
		}
	}

	/**
	 * Imports the bundled data unless it was done (or the database already had datasets).
	 * Runs while this node holds the start-up lock ({@code system.StartupLock}), so of
	 * nodes starting together one does it and the others, waiting for the lock, find it
	 * done.
	 */
	void importBundledDataOnce() {
		boolean undone = this.jdbc.sql("select count(*) from startup_task where name = :name and done_at is null")
			.param("name", BUNDLED_DATA)
			.query(Long.class)
			.single() > 0;
		if (!undone) {
			return;
		}
		if (this.datasets.count("UPLOAD") > 0) {
			logger.info("Datasets were uploaded before the bundled data was imported: not importing it");
			markDone();
		}
		else if (importBundledData()) {
			markDone();
		}
	}

	private void markDone() {
		this.jdbc.sql("update startup_task set done_at = current_timestamp where name = :name")
			.param("name", BUNDLED_DATA)
			.update();
	}

	/**
	 * Imports and publishes each bundled file that is not yet, oldest year first.
	 * @return whether every file is now imported
	 */
	private boolean importBundledData() {
		boolean complete = true;
		Optional<Long> newest = Optional.empty();
		for (BundledOewsData.Dataset bundled : BundledOewsData.datasets()) {
			Optional<Long> published = importAndPublish(bundled);
			complete &= published.isPresent();
			if (published.isPresent()) {
				newest = published;
			}
		}
		if (complete) {
			logger.info("Imported the bundled OEWS data; published dataset {}", newest.orElse(null));
		}
		else {
			logger.error("The bundled OEWS data is not completely imported; the next start tries again");
		}
		return complete;
	}

	/**
	 * Brings one bundled file to published (or retired, when a later one was published).
	 * @return the dataset, empty when it could not be
	 */
	private Optional<Long> importAndPublish(BundledOewsData.Dataset bundled) {
		String sha256 = sha256(bundled);
		long deadline = System.nanoTime() + this.leases.lease().multipliedBy(2).plus(sweepInterval()).toNanos();
		while (true) {
			Optional<Dataset> existing = this.datasets.findBySha256(sha256);
			if (existing.isEmpty()) {
				long id;
				try {
					id = this.datasets.insert(bundled.fileName(), size(bundled), sha256, "BUNDLED", "system");
				}
				catch (DuplicateKeyException ex) {
					continue;
				}
				return importNow(bundled, id);
			}
			Dataset dataset = existing.get();
			switch (dataset.status()) {
				case PUBLISHED, RETIRED -> {
					return Optional.of(dataset.id());
				}
				case REJECTED -> {
					logger.error("The bundled file {} was rejected: {}", bundled.fileName(), dataset.message());
					return Optional.empty();
				}
				case READY -> {
					this.service.publish(dataset.id(), "system");
					return Optional.of(dataset.id());
				}
				case FAILED -> {
					if (this.datasets.restart(dataset.id(), "system")) {
						return importNow(bundled, dataset.id());
					}
				}
				case PROCESSING -> {
					// Left half-imported by a node that stopped: taken over once its
					// lease runs out.
					if (this.leases.claim(dataset.id())) {
						return importNow(bundled, dataset.id());
					}
					if (System.nanoTime() - deadline > 0) {
						logger.error("The bundled file {} is still being imported by another node", bundled.fileName());
						return Optional.empty();
					}
					pause();
				}
			}
		}
	}

	private Optional<Long> importNow(BundledOewsData.Dataset bundled, long id) {
		DatasetStatus status = this.importer
			.run(new ImportRequest(id, null, bundled.fileName(), bundled.year(), "system", bundled::read));
		if (status != DatasetStatus.READY) {
			logger.error("The bundled file {} did not import cleanly: {}", bundled.fileName(), status);
			return Optional.empty();
		}
		this.service.publish(id, "system");
		return Optional.of(id);
	}

	private static Duration sweepInterval() {
		return Duration.ofMillis(ImportSweeper.EVERY_MILLIS);
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a bundled import", ex);
		}
	}

	/**
	 * Stores in the database the files that a version before several-node support kept in
	 * {@code $TACTUS_DATA_DIR/uploads/<id>.xlsx}, then deletes them.
	 */
	void moveOldUploads() {
		if (!Files.isDirectory(this.oldUploads)) {
			return;
		}
		List<Path> files;
		try (Stream<Path> listed = Files.list(this.oldUploads)) {
			files = listed.filter((file) -> file.getFileName().toString().matches("\\d+\\.(xlsx|csv)")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Path file : files) {
			String name = file.getFileName().toString();
			long id = Long.parseLong(name.substring(0, name.indexOf('.')));
			if (this.datasets.find(id).isPresent() && !this.uploads.has(id)) {
				this.transactions.executeWithoutResult((status) -> {
					try {
						this.uploads.store(id, file);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
				logger.info("Moved the upload of dataset {} from {} into the database", id, file);
			}
			StoredUploads.delete(file);
		}
	}

	private static long size(BundledOewsData.Dataset bundled) {
		try (InputStream in = bundled.open()) {
			return in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(BundledOewsData.Dataset bundled) {
		try {
			return Sha256.of(bundled.open());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
