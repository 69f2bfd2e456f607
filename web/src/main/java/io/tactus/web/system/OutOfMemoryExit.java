package io.tactus.web.system;

import java.lang.management.ManagementFactory;
import java.util.Optional;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the JVM runs without {@code -XX:+ExitOnOutOfMemoryError}. After
 * an {@link OutOfMemoryError} a JVM that keeps running may have lost any thread, a
 * request or the H2 writer alike, and serve errors until restarted; with the flag it
 * exits and the service manager starts it again. The flag is a JVM start option (HotSpot
 * does not let a running JVM set it, and a jar's manifest cannot carry it), hence the
 * check: README, "The two commands".
 */
@Component
class OutOfMemoryExit {

	static final String FLAG = "ExitOnOutOfMemoryError";

	private static final Logger logger = LoggerFactory.getLogger(OutOfMemoryExit.class);

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		warning(flag()).ifPresent(logger::warn);
	}

	/**
	 * The JVM's {@code ExitOnOutOfMemoryError} flag.
	 * @return its value, or empty on a JVM that does not have it
	 */
	static Optional<Boolean> flag() {
		try {
			HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
			return (hotSpot != null) ? Optional.of(Boolean.parseBoolean(hotSpot.getVMOption(FLAG).getValue()))
					: Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	static Optional<String> warning(Optional<Boolean> flag) {
		if (flag.orElse(false)) {
			return Optional.empty();
		}
		return Optional.of("The JVM was started without -XX:+" + FLAG
				+ ": after running out of memory it would keep running in an unknown state instead of exiting to be"
				+ " restarted. Start it with 'java -XX:+" + FLAG + " -jar tactus.jar' (or set JDK_JAVA_OPTIONS=-XX:+"
				+ FLAG + ").");
	}

}
