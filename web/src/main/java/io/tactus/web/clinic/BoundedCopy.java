package io.tactus.web.clinic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies at most a number of bytes, so an upload larger than the limit is not stored
 * whole to be refused.
 */
final class BoundedCopy {

	private final InputStream in;

	private final long max;

	BoundedCopy(InputStream in, long max) {
		this.in = in;
		this.max = max;
	}

	long transferTo(OutputStream out) throws IOException {
		byte[] buffer = new byte[1 << 16];
		long copied = 0;
		while (copied < this.max) {
			int read = this.in.read(buffer, 0, (int) Math.min(buffer.length, this.max - copied));
			if (read < 0) {
				break;
			}
			out.write(buffer, 0, read);
			copied += read;
		}
		return copied;
	}

}
