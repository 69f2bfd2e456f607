package io.tactus.web.account;

import java.util.ArrayList;
import java.util.List;

import io.tactus.web.account.AccountRejectedException.Problem;
import io.tactus.web.account.AccountService.AccountNotFoundException;
import io.tactus.web.system.AuditAction;
import io.tactus.web.system.AuditLog;
import io.tactus.web.system.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic owner's staff: billers and viewers of the owner's own clinic, each made with a
 * temporary password that they change at their first sign-in. An owner touches only the
 * billers and viewers of their own clinic: any other account id, another clinic's staff,
 * another owner or themselves, is not found. Every change goes into the audit log.
 */
@Service
class StaffService {

	private final Accounts accounts;

	private final AccountService service;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	StaffService(Accounts accounts, AccountService service, PasswordEncoder passwordEncoder, AuditLog audit) {
		this.accounts = accounts;
		this.service = service;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	/**
	 * Everyone of the owner's clinic.
	 * @param owner the signed-in owner
	 * @return the clinic's accounts, owners first
	 */
	List<Accounts.StaffMember> list(TactusUser owner) {
		return this.accounts.staff(clinic(owner));
	}

	/**
	 * Adds a biller or viewer to the owner's clinic.
	 * @param owner the signed-in owner
	 * @param username the new member's user name
	 * @param role biller or viewer
	 * @return the new member's temporary password, to show the owner once
	 * @throws AccountRejectedException with each problem
	 */
	@Transactional
	TemporaryPassword add(TactusUser owner, String username, Role role) {
		long clinic = clinic(owner);
		String name = (username != null) ? username.trim() : "";
		List<Problem> problems = new ArrayList<>();
		AccountRules.checkUsername(name).ifPresent(problems::add);
		if (problems.isEmpty() && this.accounts.usernameTaken(name)) {
			problems.add(new Problem("username", "account.username.taken"));
		}
		if (role == null || !role.isClinicStaff()) {
			problems.add(new Problem("role", "clinic.staff.roleRequired"));
		}
		if (!problems.isEmpty()) {
			throw new AccountRejectedException(problems);
		}
		String password = TemporaryPasswords.next(name);
		this.accounts.insertUser(name, this.passwordEncoder.encode(password), role, clinic, true);
		this.audit.record(owner.username(), AuditAction.ACCOUNT_CREATED, name, role.name() + ", clinic staff");
		return new TemporaryPassword(name, password);
	}

	/**
	 * Disables or enables a member; disabling ends their sessions at once.
	 * @param owner the signed-in owner
	 * @param id the member's account id
	 * @param enabled whether they may sign in
	 */
	@Transactional
	void setEnabled(TactusUser owner, long id, boolean enabled) {
		TactusUser member = member(owner, id);
		this.accounts.setEnabled(id, enabled);
		this.service.changed(member);
		this.audit.record(owner.username(), enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED,
				member.username(), "clinic staff");
	}

	/**
	 * Gives a member a new temporary password, which ends their sessions; they change it
	 * at their next sign-in.
	 * @param owner the signed-in owner
	 * @param id the member's account id
	 * @return the temporary password, to show the owner once
	 */
	@Transactional
	TemporaryPassword resetPassword(TactusUser owner, long id) {
		TactusUser member = member(owner, id);
		String password = TemporaryPasswords.next(member.username());
		this.service.changePassword(member, password, true);
		this.audit.record(owner.username(), AuditAction.ACCOUNT_PASSWORD_RESET, member.username(),
				"temporary password, clinic staff");
		return new TemporaryPassword(member.username(), password);
	}

	/**
	 * Makes a biller a viewer or a viewer a biller; their sessions, which carry the old
	 * role, end.
	 * @param owner the signed-in owner
	 * @param id the member's account id
	 * @param role biller or viewer
	 * @throws AccountRejectedException when the role is not one for staff
	 */
	@Transactional
	void setRole(TactusUser owner, long id, Role role) {
		TactusUser member = member(owner, id);
		if (role == null || !role.isClinicStaff()) {
			throw new AccountRejectedException(List.of(new Problem("role", "clinic.staff.roleRequired")));
		}
		if (role == member.role()) {
			return;
		}
		this.accounts.setRole(id, role);
		this.service.changed(member);
		this.audit.record(owner.username(), AuditAction.ACCOUNT_ROLE_CHANGED, member.username(),
				member.role().name() + " -> " + role.name());
	}

	private TactusUser member(TactusUser owner, long id) {
		return this.accounts.findStaff(clinic(owner), id).orElseThrow(() -> new AccountNotFoundException(id));
	}

	private static long clinic(TactusUser owner) {
		return owner.clinic().orElseThrow(() -> new AccountNotFoundException(owner.id()));
	}

	/**
	 * A temporary password just made, shown to the owner once and stored only as a hash.
	 *
	 * @param username whose it is
	 * @param password the password in clear
	 */
	record TemporaryPassword(String username, String password) {

		@Override
		public String toString() {
			return "TemporaryPassword[" + this.username + "]";
		}

	}

}
