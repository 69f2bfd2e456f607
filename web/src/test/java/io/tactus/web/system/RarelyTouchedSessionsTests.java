package io.tactus.web.system;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sessions whose last-access time is written rarely, and a session signed out elsewhere
 * while a request was adding to it.
 */
class RarelyTouchedSessionsTests {

	private final Map<String, org.springframework.session.Session> stored = new HashMap<>();

	private boolean refuseWrites;

	private final RarelyTouchedSessions sessions = new RarelyTouchedSessions(new MapSessionRepository(this.stored) {

		@Override
		public void save(MapSession session) {
			if (RarelyTouchedSessionsTests.this.refuseWrites) {
				throw new DataIntegrityViolationException("no such session");
			}
			super.save(session);
		}

	});

	@Test
	void attributeOfASessionSignedOutElsewhereIsDropped() {
		RarelyTouchedSessions.RarelyTouched session = this.sessions.createSession();
		this.sessions.save(session);
		RarelyTouchedSessions.RarelyTouched found = this.sessions.findById(session.getId());
		this.sessions.deleteById(session.getId());
		found.setAttribute("SPRING_SECURITY_SAVED_REQUEST", "x");
		this.refuseWrites = true;
		this.sessions.save(found);
		assertThat(this.sessions.findById(session.getId())).isNull();
	}

	@Test
	void refusalOfALiveSessionIsNotHidden() {
		RarelyTouchedSessions.RarelyTouched session = this.sessions.createSession();
		this.sessions.save(session);
		RarelyTouchedSessions.RarelyTouched found = this.sessions.findById(session.getId());
		found.setAttribute("a", "b");
		this.refuseWrites = true;
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.sessions.save(found));
	}

}
