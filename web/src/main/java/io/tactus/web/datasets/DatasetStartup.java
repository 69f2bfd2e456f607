package io.tactus.web.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import io.tactus.reports.oews.BundledOewsData;
import io.tactus.web.datasets.DatasetImporter.ImportRequest;
import io.tactus.web.system.Sha256;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start: an import the portal was stopped in the middle of is marked failed and its
 * rows removed; and on an empty database the bundled real OEWS figures are imported and
 * published year by year, so the newest is published, the older ones retired (kept for
 * year-over-year views), and the portal is useful out of the box.
 */
@Component
@Order(5)
class DatasetStartup implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DatasetStartup.class);

	private final Datasets datasets;

	private final WageRowStore rows;

	private final DatasetImporter importer;

	private final DatasetService service;

	private final boolean importBundled;

	DatasetStartup(Datasets datasets, WageRowStore rows, DatasetImporter importer, DatasetService service,
			@Value("${tactus.import-bundled-data:true}") boolean importBundled) {
		this.datasets = datasets;
		this.rows = rows;
		this.importer = importer;
		this.service = service;
		this.importBundled = importBundled;
	}

	@Override
	public void run(ApplicationArguments args) {
		recoverInterruptedImports();
		if (this.importBundled && this.datasets.count() == 0) {
			importBundledData();
		}
	}

	void recoverInterruptedImports() {
		for (long id : this.datasets.processing()) {
			this.rows.deleteRows(id);
			this.datasets.fail(id, DatasetStatus.FAILED,
					"The portal stopped during this import; nothing of it is used. Upload the file again.");
			logger.warn("Dataset {} was being imported when the portal stopped: marked failed", id);
		}
	}

	private void importBundledData() {
		Optional<Long> newest = Optional.empty();
		for (BundledOewsData.Dataset bundled : BundledOewsData.datasets()) {
			long id = this.datasets.insert(bundled.fileName(), size(bundled), sha256(bundled), "BUNDLED", "system");
			DatasetStatus status = this.importer
				.run(new ImportRequest(id, null, bundled.fileName(), bundled.year(), "system", bundled::read));
			if (status == DatasetStatus.READY) {
				this.service.publish(id, "system");
				newest = Optional.of(id);
			}
			else {
				logger.error("The bundled file {} did not import cleanly: {}", bundled.fileName(), status);
			}
		}
		logger.info("Imported the bundled OEWS data; published dataset {}", newest.orElse(null));
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
