package org.hyoka.roadmap.cli.internal;

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
		return new RoadmapCommand().run(new CommandContext() {
			@Override
			public List<String> arguments() {
				return List.of(arguments);
			}

			@Override
			public PrintStream out() {
				return output;
			}

			@Override
			public PrintStream err() {
				return errors;
			}
		});
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
