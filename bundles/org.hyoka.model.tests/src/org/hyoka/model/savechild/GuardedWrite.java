package org.hyoka.model.savechild;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;

import org.hyoka.model.persistence.AtomicWrite;
import org.hyoka.model.persistence.FileChangedException;

/**
 * Run in a child JVM by {@code LockTest}: writes a text to a file only if the file still holds the digest given (in
 * hex), as a command that read the file before does. Prints "started" first; exits 0 when written, 1 with the message
 * on standard error when the file had changed.
 */
public final class GuardedWrite {

	private GuardedWrite() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		byte[] expected = HexFormat.of().parseHex(args[1]);
		System.out.println("started");
		System.out.flush();
		try {
			AtomicWrite.write(file, ".saving", expected, out -> out.write(args[2].getBytes(StandardCharsets.UTF_8)));
		} catch (FileChangedException e) {
			System.err.println(e.getMessage());
			System.exit(1);
		}
		System.exit(0);
	}
}
