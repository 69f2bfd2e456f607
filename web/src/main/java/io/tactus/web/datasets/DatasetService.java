package io.tactus.web.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

import io.tactus.reports.oews.OewsErrorWorkbook;
import io.tactus.reports.oews.OewsFileException;
import io.tactus.web.system.AuditAction;
import io.tactus.web.system.AuditLog;
import io.tactus.web.system.Sha256;
import io.tactus.web.system.StateGenerations;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads, publishing and rollback of wage datasets.
 */
@Service
class DatasetService {

	/** The largest upload accepted, in bytes. */
	public static final long MAX_UPLOAD_BYTES = 80L * 1024 * 1024;

	/** The shared generation of the published data ({@code state_generation}). */
	static final String PUBLISHED_DATA = "published-data";

	private final Datasets datasets;

	private final DatasetImporter importer;

	private final DatasetDiffs diffs;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final StoredUploads uploads;

	private final StateGenerations generations;

	private final TransactionTemplate transactions;

	DatasetService(Datasets datasets, DatasetImporter importer, DatasetDiffs diffs, AuditLog audit,
			ApplicationEventPublisher events, StoredUploads uploads, StateGenerations generations,
			TransactionTemplate transactions) {
		this.datasets = datasets;
		this.importer = importer;
		this.diffs = diffs;
		this.audit = audit;
		this.events = events;
		this.uploads = uploads;
		this.generations = generations;
		this.transactions = transactions;
	}

	/**
	 * Stores an upload in the database and queues its import on this node (which holds
	 * its lease from then on); a file uploaded before is recognised by its SHA-256 and
	 * not imported again (unless its import failed).
	 * @param content the file's bytes
	 * @param originalName the name it was uploaded with
	 * @param askedYear the survey year the admin entered, {@code null} for none
	 * @param uploadedBy the admin
	 * @return the dataset and whether it was already there
	 * @throws UploadRefusedException when the file is empty, too large or not a
	 * spreadsheet
	 */
	public Upload upload(InputStream content, String originalName, Integer askedYear, String uploadedBy) {
		String fileName = cleanName(originalName);
		Path stored = store(content, fileName);
		try {
			String sha256 = Sha256.of(Files.newInputStream(stored));
			long size = Files.size(stored);
			Optional<Dataset> existing = this.datasets.findBySha256(sha256);
			if (existing.isPresent() && existing.get().status() != DatasetStatus.FAILED) {
				return new Upload(existing.get(), true);
			}
			Optional<Long> created;
			try {
				created = Optional.ofNullable(this.transactions.execute((status) -> {
					long id;
					if (existing.isPresent()) {
						id = existing.get().id();
						if (!this.datasets.restart(id, uploadedBy)) {
							return null;
						}
					}
					else {
						id = this.datasets.insert(fileName, size, sha256, "UPLOAD", uploadedBy);
					}
					try {
						this.uploads.store(id, stored);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					return id;
				}));
			}
			catch (DuplicateKeyException ex) {
				// Another node stored the same file a moment ago.
				created = Optional.empty();
			}
			if (created.isEmpty()) {
				return new Upload(this.datasets.findBySha256(sha256).orElseThrow(), true);
			}
			long id = created.get();
			this.audit.record(uploadedBy, AuditAction.DATASET_UPLOADED, fileName,
					"dataset " + id + ", " + size + " bytes");
			this.importer.submitStored(id, fileName, askedYear, uploadedBy);
			return new Upload(this.datasets.find(id).orElseThrow(), false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			StoredUploads.delete(stored);
		}
	}

	/**
	 * Publishes a ready dataset, or an earlier one again (rollback); the one it replaces
	 * is retired. The shared generation of the published data advances in the same
	 * transaction, so every node drops its cached figures within a poll
	 * ({@link PublishedDataAnnouncer}); this node drops them as soon as the transaction
	 * commits.
	 * @param id the dataset
	 * @param by the admin
	 * @return the published dataset
	 */
	@Transactional
	public Dataset publish(long id, String by) {
		Dataset dataset = this.datasets.find(id).orElseThrow(() -> new DatasetNotFoundException(id));
		if (dataset.status() == DatasetStatus.PUBLISHED) {
			return dataset;
		}
		if (!dataset.status().isPublishable()) {
			throw new DatasetNotPublishableException(dataset);
		}
		boolean rollback = dataset.status() == DatasetStatus.RETIRED;
		this.datasets.retirePublished();
		this.datasets.markPublished(id, by);
		this.generations.advance(PUBLISHED_DATA);
		this.audit.record(by, rollback ? AuditAction.DATASET_REPUBLISHED : AuditAction.DATASET_PUBLISHED,
				dataset.fileName(), "dataset " + id);
		afterCommit(() -> this.events.publishEvent(new DatasetPublished(id)));
		return this.datasets.find(id).orElseThrow();
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				action.run();
			}

		});
	}

	/**
	 * What publishing a dataset would change.
	 * @param dataset the candidate
	 * @return the differences, empty when nothing (else) is published
	 */
	public Optional<DatasetDiff> diff(Dataset dataset) {
		return this.datasets.published()
			.filter((published) -> published.id() != dataset.id())
			.map((published) -> this.diffs.diff(dataset, published));
	}

	Optional<ImportProgress> progress(long id) {
		return this.importer.progress(id);
	}

	/**
	 * Writes the uploaded rows with a column listing each row's problems.
	 * @param dataset the dataset
	 * @param out where to write the workbook
	 * @throws IOException when the upload cannot be read
	 */
	void writeErrorWorkbook(Dataset dataset, OutputStream out) throws IOException {
		Path upload;
		try {
			upload = this.uploads.copyToTemporaryFile(dataset.id(), extension(dataset.fileName()));
		}
		catch (NoSuchElementException ex) {
			throw new DatasetNotFoundException(dataset.id());
		}
		try {
			OewsErrorWorkbook.write(upload, dataset.fileName(), out);
		}
		catch (OewsFileException ex) {
			throw new UploadRefusedException(dataset.fileName(), ex.getMessage());
		}
		finally {
			StoredUploads.delete(upload);
		}
	}

	private Path store(InputStream content, String fileName) {
		try {
			Path temporary = this.uploads.newTemporaryFile("upload-", ".part");
			long size;
			try (OutputStream out = Files.newOutputStream(temporary)) {
				size = content.transferTo(out);
			}
			if (size == 0) {
				Files.deleteIfExists(temporary);
				throw new UploadRefusedException(fileName, "The file " + fileName + " is empty.");
			}
			if (size > MAX_UPLOAD_BYTES) {
				Files.deleteIfExists(temporary);
				throw new UploadRefusedException(fileName, "The file " + fileName + " is larger than the limit of "
						+ (MAX_UPLOAD_BYTES / 1024 / 1024) + " MB.");
			}
			if (!looksLikeSpreadsheet(temporary, fileName)) {
				Files.deleteIfExists(temporary);
				throw new UploadRefusedException(fileName, "The file " + fileName
						+ " is not an Excel workbook (.xlsx) or a CSV file. Upload the OEWS file as BLS publishes it.");
			}
			return temporary;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean looksLikeSpreadsheet(Path file, String fileName) throws IOException {
		byte[] head = new byte[8];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		boolean zip = read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		boolean ole2 = read >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
				&& (head[3] & 0xFF) == 0xE0;
		boolean csv = fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
		return zip || ole2 || csv;
	}

	static String cleanName(String name) {
		String base = (name == null || name.isBlank()) ? "upload.xlsx" : name;
		base = base.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		base = base.replaceAll("[\\p{Cntrl}]", "");
		return (base.length() > 200) ? base.substring(base.length() - 200) : base;
	}

	static String extension(String fileName) {
		return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? ".csv" : ".xlsx";
	}

	/**
	 * The outcome of an upload.
	 *
	 * @param dataset the dataset
	 * @param duplicate whether the same file had been uploaded before
	 */
	public record Upload(Dataset dataset, boolean duplicate) {
	}

	/**
	 * No dataset has that id.
	 */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	static class DatasetNotFoundException extends RuntimeException {

		DatasetNotFoundException(long id) {
			super("No dataset with id " + id);
		}

	}

	/**
	 * The dataset cannot be published in its state.
	 */
	static class DatasetNotPublishableException extends RuntimeException {

		private final Dataset dataset;

		DatasetNotPublishableException(Dataset dataset) {
			super("Dataset " + dataset.id() + " is " + dataset.status() + " and cannot be published");
			this.dataset = dataset;
		}

		Dataset dataset() {
			return this.dataset;
		}

	}

}
