package org.hyoka.cli;

import java.util.List;
import java.util.Objects;

import org.hyoka.cli.api.Command;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Placement;

/**
 * An installed command as its contribution declares it. The command itself is created only when it runs, so that
 * {@code hyoka help} starts no contributing bundle.
 *
 * @param name
 *            the word after {@code hyoka}
 * @param usage
 *            the arguments after the name; several forms on separate lines; may be empty
 * @param description
 *            one sentence in the user's language
 * @param after
 *            the command it is listed after, or {@code null}
 * @param before
 *            the command it is listed before, or {@code null}
 * @param bundle
 *            the symbolic name of the contributing bundle (or fragment)
 * @param factory
 *            creates the command
 */
public record CommandDescriptor(String name, String usage, String description, String after, String before, String bundle,
		Factory factory) {

	/** Creates a command; a contributed class may fail to load or be of the wrong type. */
	@FunctionalInterface
	public interface Factory {
		Command create() throws ContributionException;
	}

	public CommandDescriptor {
		Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		usage = usage == null ? "" : usage; //$NON-NLS-1$
		Objects.requireNonNull(description, "description"); //$NON-NLS-1$
		Objects.requireNonNull(bundle, "bundle"); //$NON-NLS-1$
		Objects.requireNonNull(factory, "factory"); //$NON-NLS-1$
	}

	/** A new command. */
	public Command create() throws ContributionException {
		return factory.create();
	}

	/** Each form of the usage, e.g. {@code --format FORMAT FILE -o OUT} and {@code --list}. */
	public List<String> usageForms() {
		return usage.lines().map(String::strip).toList();
	}

	Placement placement() {
		return new Placement(name, after, before);
	}
}
