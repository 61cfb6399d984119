package org.hyoka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.hyoka.cli.api.Command;
import org.hyoka.export.ExporterRegistry;
import org.junit.jupiter.api.Test;

/** The commands come from the org.hyoka.cli.commands point: org.hyoka.cli's six and this fragment's. */
class CommandRegistryTest {

	private static final List<String> BUILT_IN = List.of("new", "scores", "validate", "export", "score-sheets", "import-scores");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				CommandRegistry.installed()).run(args);
	}

	private List<String> lines(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8).lines().toList();
	}

	private static List<String> names(CommandRegistry registry) {
		return registry.commands().stream().map(CommandDescriptor::name).toList();
	}

	@Test
	void helpListsTheBuiltInCommandsInOrderAndTheContributedOneWhereItAsked() {
		// broken and missing are listed: only running them shows that their class cannot be created
		assertEquals(List.of("new", "scores", "validate", "greet", "export", "score-sheets", "import-scores", "broken", "missing"),
				names(CommandRegistry.installed()));
		assertEquals(Command.OK, run("help"));
		List<String> help = lines(out);
		assertEquals(List.of(
				"usage: hyoka new -o FILE --program NAME --type ex-ante|interim|final|follow-up [--projects A,B,C|A=NAME,B=NAME] [--years FIRST-LAST] [--evaluated-in YEAR] [--members NAME,NAME...|@FILE]",
				"       hyoka scores FILE",
				"       hyoka validate FILE",
				"       hyoka greet NAME...",
				"       hyoka export --format FORMAT FILE -o OUT [--option NAME=VALUE]...",
				"       hyoka export --list",
				"       hyoka score-sheets FILE [-o DIR]",
				"       hyoka import-scores FILE SHEET...",
				"       hyoka broken",
				"       hyoka missing",
				"       hyoka help"), help.stream().filter(line -> !line.startsWith("           ")).toList());
		int greet = help.indexOf("       hyoka greet NAME...");
		assertEquals("           Greets each NAME on its own line.", help.get(greet + 1), "the description under the usage");
		assertTrue(help.stream().noneMatch(line -> line.contains("%command.")), "descriptions translated from plugin.properties: " + help);

		out.reset();
		assertEquals(Command.USAGE, run(), "hyoka without a command");
		assertEquals(help, lines(out));
	}

	@Test
	void aContributedCommandRunsWithItsArgumentsAndExitStatus() {
		assertEquals(Command.OK, run("greet", "三木", "評価者1"));
		assertEquals(List.of("hello\t三木", "hello\t評価者1"), lines(out));
		assertEquals(Command.FOUND, run("greet", "nobody"));
		assertEquals(Command.USAGE, run("greet"));
		assertEquals(List.of("hyoka: greet needs a NAME"), lines(err));
		err.reset();
		assertEquals(Command.USAGE, run("greet", "--loud"));
		assertEquals(List.of("hyoka: unknown option --loud"), lines(err), "the shared parser's wording");
	}

	@Test
	void badContributionsAreLeftOutAndNamedWithTheirBundle() {
		CommandRegistry installed = CommandRegistry.installed();
		assertTrue(names(installed).stream().noneMatch(name -> name.equals("undescribed") || name.equals("help")), names(installed).toString());
		List<String> problems = installed.problems().stream().map(IStatus::getMessage).toList();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.stream().allMatch(message -> message.contains("org.hyoka.cli")), problems.toString());
		assertTrue(problems.stream().anyMatch(message -> message.contains("\"description\"")), problems.toString());
		assertTrue(problems.stream().anyMatch(message -> message.contains("org.hyoka.cli.tests") && message.contains("hyoka help")),
				problems.toString());
	}

	@Test
	void aCommandWhoseClassCannotBeCreatedExitsTwoWithOneLineAndIsLogged() {
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			for (String[] command : new String[][] { { "broken", Command.class.getName() }, { "missing", "org.hyoka.cli.NoSuchCommand" } }) {
				err.reset();
				assertEquals(Command.USAGE, run(command[0]));
				List<String> message = lines(err);
				assertEquals(1, message.size(), message.toString());
				assertTrue(message.get(0).startsWith("hyoka: the command " + command[0] + " of bundle org.hyoka.cli.tests ")
						&& message.get(0).contains(command[1]), message.get(0));
				assertTrue(logged.stream().anyMatch(status -> status.getSeverity() == IStatus.ERROR
						&& status.getMessage().equals(message.get(0).substring("hyoka: ".length()))), logged.toString());
			}
		} finally {
			Platform.removeLogListener(listener);
		}
		assertTrue(lines(out).isEmpty());
	}

	@Test
	void withoutOsgiTheBuiltInCommandsAreThoseOfThePluginXml() {
		CommandRegistry plain = CommandRegistry.builtIn(() -> ExporterRegistry.of(List.of()));
		assertEquals(BUILT_IN, names(plain));
		List<CommandDescriptor> installed = CommandRegistry.installed().commands().stream()
				.filter(command -> BUILT_IN.contains(command.name())).toList();
		for (int i = 0; i < BUILT_IN.size(); i++) {
			CommandDescriptor expected = installed.get(i);
			CommandDescriptor actual = plain.commands().get(i);
			assertEquals(expected.usageForms(), actual.usageForms(), expected.name());
			assertEquals(expected.description(), actual.description(), expected.name());
			assertEquals(CommandRegistry.PLUGIN_ID, expected.bundle(), expected.name());
		}
	}

	@Test
	void plainJavaPlacesContributionsAndNamesEveryProblem() {
		List<CommandDescriptor> descriptors = new ArrayList<>(CommandRegistry.builtIn(() -> ExporterRegistry.of(List.of())).commands());
		descriptors.add(new CommandDescriptor("zeta", "", "Last.", null, null, "org.example", GreetCommand::new));
		descriptors.add(new CommandDescriptor("alpha", "", "Unplaced, so after the built-in ones.", null, null, "org.example", GreetCommand::new));
		descriptors.add(new CommandDescriptor("first", "", "Before new.", null, "new", "org.example", GreetCommand::new));
		descriptors.add(new CommandDescriptor("lost", "", "Next to nothing.", "roadmap", null, "org.example", GreetCommand::new));
		descriptors.add(new CommandDescriptor("scores", "", "A second scores.", null, null, "org.example", GreetCommand::new));
		CommandRegistry registry = CommandRegistry.of(descriptors);
		assertEquals(List.of("first", "new", "scores", "validate", "export", "score-sheets", "import-scores", "alpha", "lost", "zeta"), names(registry));
		List<String> problems = registry.problems().stream().map(IStatus::getMessage).toList();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.stream().anyMatch(message -> message.contains("scores")), problems.toString());
		assertTrue(problems.stream().anyMatch(message -> message.contains("lost") && message.contains("roadmap")), problems.toString());
		assertEquals("Unplaced, so after the built-in ones.", registry.find("alpha").orElseThrow().description());
	}
}
