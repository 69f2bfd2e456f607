package io.tactus.web.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a file's bytes, by which an upload (a wage dataset, a clinic's visit
 * log) is recognised when it comes again.
 */
public final class Sha256 {

	private Sha256() {
	}

	/**
	 * Reads the stream to its end and digests it.
	 * @param in the bytes; closed here
	 * @return the digest, lower-case hex
	 * @throws IOException when reading fails
	 */
	public static String of(InputStream in) throws IOException {
		try (DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
			digesting.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
