package io.tactus.web.system;

/**
 * Everything the audit log records. Each action is stored as its key and shown with the
 * label {@code audit.<key>} from the message bundles ({@code AuditActionTests} fails when
 * one has none), so a new kind of event is added here, with its label, never as a bare
 * string.
 */
public enum AuditAction {

	/** An account was created (by an admin, by sign-up, or the first admin). */
	ACCOUNT_CREATED("account.created"),

	/** An admin or a clinic owner enabled an account. */
	ACCOUNT_ENABLED("account.enabled"),

	/** An admin or a clinic owner disabled an account. */
	ACCOUNT_DISABLED("account.disabled"),

	/** An admin or a clinic owner reset an account's password. */
	ACCOUNT_PASSWORD_RESET("account.passwordReset"),

	/** A clinic owner made a member of their staff a biller or a viewer. */
	ACCOUNT_ROLE_CHANGED("account.roleChanged"),

	/** A user changed their own password. */
	ACCOUNT_PASSWORD_CHANGED("account.passwordChanged"),

	/** A wage file was uploaded. */
	DATASET_UPLOADED("dataset.uploaded"),

	/** A wage file was checked and can be published. */
	DATASET_READY("dataset.ready"),

	/** A wage file was refused. */
	DATASET_REJECTED("dataset.rejected"),

	/** The import of a wage file stopped unexpectedly. */
	DATASET_FAILED("dataset.failed"),

	/** A wage dataset was published. */
	DATASET_PUBLISHED("dataset.published"),

	/** An earlier wage dataset was published again (rollback). */
	DATASET_REPUBLISHED("dataset.republished"),

	/** A clinic imported a visit log. */
	CLINIC_VISITS_IMPORTED("clinic.visits.imported"),

	/** A clinic deleted an import and its visits. */
	CLINIC_IMPORT_DELETED("clinic.import.deleted"),

	/** A clinic deleted one visit. */
	CLINIC_VISIT_DELETED("clinic.visit.deleted"),

	/** A clinic edited one visit. */
	CLINIC_VISIT_EDITED("clinic.visit.edited");

	private final String key;

	AuditAction(String key) {
		this.key = key;
	}

	/**
	 * The key stored in the log; its label is {@code audit.<key>}.
	 * @return the key, e.g. {@code account.created}
	 */
	public String key() {
		return this.key;
	}

}
