package io.tactus.web.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The database's sessions, whose last-access time (and so their expiry) is written at
 * most once per {@link #TOUCH_EVERY}: Spring Session would otherwise write it back on
 * every request that uses the session, a row update and a commit for each page view that
 * changes nothing. A session therefore ends between its timeout minus a minute and its
 * timeout after its last request. A session whose attributes change is written as before,
 * as is every new session.
 */
final class RarelyTouchedSessions implements SessionRepository<RarelyTouchedSessions.RarelyTouched> {

	/** How stale the stored last-access time may become. */
	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private final SessionRepository<Session> sessions;

	@SuppressWarnings("unchecked")
	RarelyTouchedSessions(SessionRepository<? extends Session> sessions) {
		this.sessions = (SessionRepository<Session>) sessions;
	}

	@Override
	public RarelyTouched createSession() {
		return new RarelyTouched(this.sessions.createSession(), true);
	}

	/**
	 * Stores what changed. A session signed out on another node while this request was
	 * adding an attribute to it is gone: the attribute has nowhere to go (the database
	 * refuses it for want of its session), and the request is not failed for it.
	 */
	@Override
	public void save(RarelyTouched session) {
		try {
			this.sessions.save(session.stored);
		}
		catch (DataIntegrityViolationException ex) {
			if (!session.created && this.sessions.findById(session.getId()) == null) {
				return;
			}
			throw ex;
		}
	}

	@Override
	public RarelyTouched findById(String id) {
		Session stored = this.sessions.findById(id);
		return (stored != null) ? new RarelyTouched(stored, false) : null;
	}

	@Override
	public void deleteById(String id) {
		this.sessions.deleteById(id);
	}

	/**
	 * A stored session whose last-access time moves only when it is a minute old.
	 */
	static final class RarelyTouched implements Session {

		private final Session stored;

		private final boolean created;

		RarelyTouched(Session stored, boolean created) {
			this.stored = stored;
			this.created = created;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (this.created || !lastAccessedTime.isBefore(this.stored.getLastAccessedTime().plus(TOUCH_EVERY))) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
