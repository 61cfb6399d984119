package org.hyoka.roadmap.cli.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;

/** {@code hyoka roadmap} run in the test's process, with what it prints on standard output and error kept apart. */
final class CommandRun {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... arguments) throws UsageException {
		PrintStream output = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
		return new RoadmapCommand().run(CommandContext.of(List.of(arguments), output, errors));
	}

	/** Runs the command and checks that it refuses with one line naming what is wrong. */
	void refused(String named, String... arguments) {
		UsageException e = assertThrows(UsageException.class, () -> run(arguments));
		assertTrue(e.getMessage().contains(named), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), e.getMessage()); //$NON-NLS-1$
	}

	/** Standard output so far. */
	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Standard error so far. */
	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** Forgets what was printed. */
	void reset() {
		out.reset();
		err.reset();
	}
}
