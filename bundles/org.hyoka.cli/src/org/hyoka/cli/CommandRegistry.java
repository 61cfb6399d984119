package org.hyoka.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.commands.ExportCommand;
import org.hyoka.cli.commands.ImportScoresCommand;
import org.hyoka.cli.commands.NewCommand;
import org.hyoka.cli.commands.ScoreSheetsCommand;
import org.hyoka.cli.commands.ScoresCommand;
import org.hyoka.cli.commands.ValidateCommand;
import org.hyoka.core.contributions.Contribution;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Contributions;
import org.hyoka.export.ExporterRegistry;

/**
 * The installed commands, in the order {@code hyoka help} lists them: org.hyoka.cli's own in the order of its
 * plugin.xml, then every other contribution placed by its {@code after} or {@code before} attribute, or at the end in
 * alphabetical order, so the list never depends on which bundle was installed first. In the product they come from
 * the {@value #EXTENSION_POINT} extension point; plain Java code builds a registry from descriptors with
 * {@link #of(Collection)}.
 */
public final class CommandRegistry {

	public static final String PLUGIN_ID = "org.hyoka.cli"; //$NON-NLS-1$
	public static final String EXTENSION_POINT = PLUGIN_ID + ".commands"; //$NON-NLS-1$

	/** The names the command line answers itself. */
	static final List<String> HELP = List.of("help", "--help", "-h"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final String CLASS = "class"; //$NON-NLS-1$

	private final List<CommandDescriptor> commands;
	private final List<IStatus> problems;

	private CommandRegistry(Contributions<CommandDescriptor> read) {
		Contributions<CommandDescriptor> arranged = read.arranged(PLUGIN_ID, CommandDescriptor::bundle, CommandDescriptor::placement,
				Comparator.comparing(CommandDescriptor::name));
		this.commands = arranged.accepted();
		this.problems = arranged.problems();
	}

	/** A registry of these commands; a repeated name is a problem and only its first use counts. */
	public static CommandRegistry of(Collection<CommandDescriptor> descriptors) {
		return new CommandRegistry(Contributions.of(descriptors, CommandDescriptor::name, CliMessages.get("registry.kind"))); //$NON-NLS-1$
	}

	/**
	 * The five built-in commands without OSGi, as org.hyoka.cli's plugin.xml contributes them, with their usage and
	 * description from its plugin.properties, exporting with these exporters.
	 */
	public static CommandRegistry builtIn(Supplier<ExporterRegistry> exporters) {
		ResourceBundle texts = ResourceBundle.getBundle("plugin", Locale.getDefault(), CommandRegistry.class.getClassLoader()); //$NON-NLS-1$
		return of(List.of(builtIn(texts, "new", NewCommand::new), builtIn(texts, "scores", ScoresCommand::new), //$NON-NLS-1$ //$NON-NLS-2$
				builtIn(texts, "validate", ValidateCommand::new), builtIn(texts, "export", () -> new ExportCommand(exporters)), //$NON-NLS-1$ //$NON-NLS-2$
				builtIn(texts, "score-sheets", ScoreSheetsCommand::new), builtIn(texts, "import-scores", ImportScoresCommand::new))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static CommandDescriptor builtIn(ResourceBundle texts, String name, CommandDescriptor.Factory factory) {
		return new CommandDescriptor(name, texts.getString("command." + name + ".usage"), //$NON-NLS-1$ //$NON-NLS-2$
				texts.getString("command." + name + ".description"), null, null, PLUGIN_ID, factory); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The commands contributed to the extension point; refused contributions are left out and reported in {@link #problems()}. */
	public static CommandRegistry read(IExtensionRegistry registry) {
		return new CommandRegistry(Contributions.read(registry, EXTENSION_POINT, "command", CliMessages.get("registry.kind"), //$NON-NLS-1$ //$NON-NLS-2$
				CommandDescriptor::name, CommandRegistry::descriptor));
	}

	/** The commands of the running platform, its problems logged. */
	public static CommandRegistry installed() {
		CommandRegistry installed = read(RegistryFactory.getRegistry());
		Contributions.log(CommandRegistry.class, installed.problems());
		return installed;
	}

	private static CommandDescriptor descriptor(Contribution element) throws ContributionException {
		String name = element.required("name"); //$NON-NLS-1$
		String bundle = element.bundle();
		if (HELP.contains(name)) {
			throw new ContributionException(CliMessages.format("reservedName", bundle, name)); //$NON-NLS-1$
		}
		String description = element.required("description"); //$NON-NLS-1$
		element.required(CLASS);
		return new CommandDescriptor(name, element.optional("usage", ""), description, element.optional("after", null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				element.optional("before", null), bundle, () -> element.create(CLASS, Command.class)); //$NON-NLS-1$
	}

	/** The commands, in the order {@code hyoka help} lists them. */
	public List<CommandDescriptor> commands() {
		return commands;
	}

	public Optional<CommandDescriptor> find(String name) {
		return commands.stream().filter(command -> command.name().equals(name)).findFirst();
	}

	/** What was wrong with the contributions; empty when every one was accepted and placed. */
	public List<IStatus> problems() {
		return problems;
	}
}
