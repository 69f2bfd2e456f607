package io.tactus.web.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.tactus.web.account.AccountRejectedException.Problem;
import io.tactus.web.system.AccountChanged;
import io.tactus.web.system.AuditAction;
import io.tactus.web.system.AuditLog;
import io.tactus.web.system.LoginThrottle;
import io.tactus.web.system.LoginThrottle.Attempt;
import io.tactus.web.system.Role;
import io.tactus.web.system.StateGenerations;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates and changes accounts, enforcing the account rules and recording each change in
 * the audit log.
 */
@Service
public class AccountService {

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final LoginThrottle throttle;

	private final SignupLimiter signups;

	private final StateGenerations generations;

	/**
	 * For the changes that follow a count of their own (sign-up, own password): the count
	 * commits in its own transaction first, so no request holds two connections at once.
	 */
	private final TransactionTemplate transactions;

	AccountService(Accounts accounts, PasswordEncoder passwordEncoder, AuditLog audit, ApplicationEventPublisher events,
			LoginThrottle throttle, SignupLimiter signups, StateGenerations generations,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.events = events;
		this.throttle = throttle;
		this.signups = signups;
		this.generations = generations;
	}

	/**
	 * Someone signs themselves up: a job seeker, or a clinic owner with a new clinic. A
	 * request that passes the rules counts against the address's sign-ups for the hour
	 * before any name is looked up.
	 * @param request the account wanted
	 * @param address the client's address
	 * @return the new account
	 * @throws AccountRejectedException with each problem
	 * @throws SignupLimiter.SignupLimitedException when the address had its sign-ups
	 */
	public TactusUser signUp(NewAccount request, String address) {
		if (request.role() != Role.CLINIC_OWNER && request.role() != Role.JOB_SEEKER) {
			// Admins are made by admins, a clinic's staff by its owner.
			throw new AccountRejectedException(List.of(new Problem("role", "account.role.required")));
		}
		List<Problem> problems = AccountRules.check(request.username(), request.password(), request.role(),
				request.clinic());
		if (!problems.isEmpty()) {
			throw new AccountRejectedException(problems);
		}
		this.signups.reserve(address);
		return this.transactions.execute((status) -> create(request, request.username(), false));
	}

	/**
	 * An admin creates an account of any role; a clinic owner joins the named clinic,
	 * which is made when it does not exist yet; a biller or viewer joins the named
	 * clinic, which must exist.
	 * @param request the account wanted
	 * @param actor the admin
	 * @return the new account
	 * @throws AccountRejectedException with each problem
	 */
	@Transactional
	public TactusUser createByAdmin(NewAccount request, String actor) {
		return create(request, actor, true);
	}

	private TactusUser create(NewAccount request, String actor, boolean mayJoinClinic) {
		List<Problem> problems = new ArrayList<>(
				AccountRules.check(request.username(), request.password(), request.role(), request.clinic()));
		if (problems.stream().noneMatch((p) -> p.field().equals("username"))
				&& this.accounts.usernameTaken(request.username())) {
			problems.add(new Problem("username", "account.username.taken"));
		}
		Long clinicId = null;
		if (request.role() != null && request.role().isClinicRole()
				&& problems.stream().noneMatch((p) -> p.field().equals("clinic"))) {
			Optional<Long> existing = this.accounts.clinicIdByName(request.clinic());
			if (existing.isPresent() && !mayJoinClinic) {
				problems.add(new Problem("clinic", "account.clinic.taken"));
			}
			else if (existing.isEmpty() && request.role().isClinicStaff()) {
				problems.add(new Problem("clinic", "account.clinic.unknown"));
			}
			else if (problems.isEmpty()) {
				clinicId = existing.orElseGet(() -> this.accounts.insertClinic(request.clinic()));
			}
		}
		if (!problems.isEmpty()) {
			throw new AccountRejectedException(problems);
		}
		long id = this.accounts.insertUser(request.username(), this.passwordEncoder.encode(request.password()),
				request.role(), clinicId);
		this.audit.record(actor, AuditAction.ACCOUNT_CREATED, request.username().trim(), request.role().name());
		return this.accounts.findById(id).orElseThrow();
	}

	/**
	 * Creates the first admin.
	 * @param password the password, already checked by the caller
	 */
	@Transactional
	void createAdmin(String password) {
		long id = this.accounts.insertUser("admin", this.passwordEncoder.encode(password), Role.ADMIN, null);
		this.audit.record("system", AuditAction.ACCOUNT_CREATED, "admin", "first admin, id " + id);
	}

	@Transactional
	void setEnabled(long id, boolean enabled, String actor) {
		TactusUser user = this.accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
		if (!enabled && user.username().equalsIgnoreCase(actor)) {
			throw new AccountRejectedException(List.of(new Problem("enabled", "account.disable.self")));
		}
		this.accounts.setEnabled(id, enabled);
		changed(user);
		this.audit.record(actor, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, user.username(),
				"");
	}

	@Transactional
	void resetPassword(long id, String password, String actor) {
		TactusUser user = this.accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
		changePassword(user, password, false);
		this.audit.record(actor, AuditAction.ACCOUNT_PASSWORD_RESET, user.username(), "");
	}

	/**
	 * A user changes their own password after confirming the current one, which is
	 * throttled like a sign-in (and counts with them).
	 * @param username the user
	 * @param current the current password
	 * @param password the new password
	 * @param address the client's address
	 * @throws io.tactus.web.system.LoginThrottledException when too many wrong passwords
	 * were tried
	 */
	void changeOwnPassword(String username, String current, String password, String address) {
		TactusUser user = this.accounts.findByUsername(username).orElseThrow();
		Attempt attempt = this.throttle.reserve(username, address);
		if (current == null || !this.passwordEncoder.matches(current, user.passwordHash())) {
			attempt.failed();
			throw new AccountRejectedException(List.of(new Problem("current", "account.password.currentWrong")));
		}
		attempt.succeeded();
		if (current.equals(password)) {
			throw new AccountRejectedException(List.of(new Problem("password", "account.password.unchanged")));
		}
		this.transactions.executeWithoutResult((status) -> {
			changePassword(user, password, false);
			this.audit.record(username, AuditAction.ACCOUNT_PASSWORD_CHANGED, username, "");
		});
	}

	/**
	 * Stores a new password after the rules accept it, ending the account's sessions.
	 * @param mustChange whether the user must change it at their next sign-in (a
	 * temporary password)
	 */
	void changePassword(TactusUser user, String password, boolean mustChange) {
		AccountRules.checkPassword(user.username(), password).ifPresent((problem) -> {
			throw new AccountRejectedException(List.of(problem));
		});
		this.accounts.setPasswordHash(user.id(), this.passwordEncoder.encode(password), mustChange);
		changed(user);
	}

	/**
	 * An account's password or status changed: this node forgets what it remembered of it
	 * at once, and the shared 'accounts' generation advances in this transaction, so
	 * every other node forgets too once the change is committed.
	 */
	void changed(TactusUser user) {
		this.generations.advance("accounts");
		this.events.publishEvent(new AccountChanged(user.username()));
	}

	/**
	 * An account wanted.
	 *
	 * @param username email or user name
	 * @param password the password in clear
	 * @param role the role
	 * @param clinic the clinic name, for the clinic roles
	 */
	public record NewAccount(String username, String password, Role role, String clinic) {
	}

	/**
	 * No account has that id.
	 */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	static class AccountNotFoundException extends RuntimeException {

		AccountNotFoundException(long id) {
			super("No account with id " + id);
		}

	}

}
