package io.tactus.web.account;

import java.util.List;
import java.util.Map;

import io.tactus.web.account.AccountService.NewAccount;
import io.tactus.web.system.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts over the API: who am I, and the admins' list and create.
 */
@RestController
class UserApiController {

	private final AccountService service;

	private final Accounts accounts;

	private final MessageSource messages;

	UserApiController(AccountService service, Accounts accounts, MessageSource messages) {
		this.service = service;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal TactusUser user) {
		return new Me(user.username(), List.of(user.role().name()),
				user.clinic().flatMap(this.accounts::clinicName).orElse(null));
	}

	@GetMapping("/api/v1/users")
	List<UserJson> users() {
		return this.accounts.list().stream().map(UserJson::of).toList();
	}

	@PostMapping("/api/v1/users")
	ResponseEntity<UserJson> create(@AuthenticationPrincipal TactusUser admin, @RequestBody NewUserRequest body) {
		TactusUser user = this.service.createByAdmin(
				new NewAccount(body.username(), body.password(), body.role(), body.clinic()), admin.username());
		UserJson created = this.accounts.list()
			.stream()
			.filter((summary) -> summary.id() == user.id())
			.findFirst()
			.map(UserJson::of)
			.orElseThrow();
		return ResponseEntity.status(HttpStatus.CREATED).body(created);
	}

	@ExceptionHandler(AccountRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(AccountRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		List<Map<String, String>> errors = ex.problems()
			.stream()
			.map((p) -> Map.of("field", p.field(), "message",
					this.messages.getMessage(p.code(), null, p.code(), LocaleContextHolder.getLocale())))
			.toList();
		problem.setDetail(errors.get(0).get("field") + ": " + errors.get(0).get("message"));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * The signed-in user.
	 *
	 * @param username the login name
	 * @param roles the role names
	 * @param clinic the clinic name, {@code null} without one
	 */
	record Me(String username, List<String> roles, String clinic) {
	}

	/**
	 * A new account over the API.
	 *
	 * @param username email or user name
	 * @param password the first password
	 * @param role the role
	 * @param clinic the clinic name, for the clinic roles (a biller or viewer joins an
	 * existing clinic)
	 */
	record NewUserRequest(String username, String password, Role role, String clinic) {
	}

	/**
	 * An account as the API shows it; never the password hash.
	 *
	 * @param id the account id
	 * @param username the login name
	 * @param role the role
	 * @param clinic the clinic name or {@code null}
	 * @param enabled whether it may sign in
	 */
	record UserJson(long id, String username, Role role, String clinic, boolean enabled) {

		static UserJson of(Accounts.UserSummary summary) {
			return new UserJson(summary.id(), summary.username(), summary.role(), summary.clinic(), summary.enabled());
		}

	}

}
