package org.hyoka.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hyoka.cli.api.Command;
import org.hyoka.export.Exporter;
import org.hyoka.export.ExporterDescriptor;
import org.hyoka.export.ExporterRegistry;
import org.hyoka.export.csv.CsvExporter;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands under failures, hostile files and concurrent runs: one line on standard error, and no update lost. */
class CommandSafetyTest {

	private static final Path SAISEI = Path.of("../org.hyoka.samples/samples/saisei-iryo-2022.hyoka");
	private static final String CHAIR = "三木 秀夫";
	private static final List<String> ITEMS = List.of("1", "2-1", "2-2", "3-1", "3-2", "4", "5", "6");

	@TempDir
	Path folder;

	/** What one run printed, and its exit status. */
	private record Run(int status, List<String> out, List<String> err) {
	}

	private static Run run(CommandRegistry commands, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				commands).run(args);
		return new Run(status, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8).lines().toList());
	}

	private static Run run(String... args) {
		return run(CommandRegistry.builtIn(() -> ExporterRegistry.of(
				List.of(new ExporterDescriptor("org.hyoka.export.csv", "CSV", "csv", "", CsvExporter::new)))), args);
	}

	private static CommandRegistry only(String name, Command command) {
		return CommandRegistry.of(List.of(new CommandDescriptor(name, "FILE", "A test command.", null, null, "org.example", () -> command)));
	}

	@Test
	void runningOutOfMemoryExitsTwoWithOneLineNamingTheFile() throws IOException {
		Path file = Files.copy(SAISEI, folder.resolve("huge.hyoka"));
		Run run = run(only("hog", context -> {
			List<long[]> held = new ArrayList<>();
			while (true) {
				held.add(new long[1 << 20]);
			}
		}), "hog", file.toString());
		assertOneLineNaming(run, file, "memory");
	}

	/** An exporter that writes part of its output, then runs out of memory or fails. */
	@Test
	void anExportThatFailsPartWayExitsTwoAndLeavesNoFile() throws IOException {
		Path file = Files.copy(SAISEI, folder.resolve("portfolio.hyoka"));
		Exporter hog = (report, options, monitor, out) -> {
			out.write(new byte[1 << 16]);
			List<long[]> held = new ArrayList<>();
			while (true) {
				held.add(new long[1 << 20]);
			}
		};
		Exporter broken = (report, options, monitor, out) -> {
			out.write(new byte[1 << 16]);
			throw new IllegalStateException("broken");
		};
		CommandRegistry commands = CommandRegistry.builtIn(() -> ExporterRegistry.of(List.of(
				new ExporterDescriptor("org.example.hog", "Hog", "hog", "", () -> hog),
				new ExporterDescriptor("org.example.broken", "Broken", "broken", "", () -> broken))));
		for (String format : List.of("hog", "broken")) {
			Path target = folder.resolve("portfolio." + format);
			Run run = run(commands, "export", "--format", format, file.toString(), "-o", target.toString());
			assertOneLineNaming(run, file, format.equals("hog") ? "memory" : "broken");
			assertEquals(List.of(), run.out(), "no file to report");
			try (var files = Files.list(folder)) {
				assertEquals(List.of(file), files.toList(), "neither the export nor its temporary file");
			}
		}
	}

	@Test
	void anUnexpectedFailureExitsTwoWithOneLineNamingTheFile() throws IOException {
		Path file = Files.copy(SAISEI, folder.resolve("any.hyoka"));
		Run run = run(only("fail", context -> {
			throw new IllegalStateException("broken\nin two lines");
		}), "fail", file.toString());
		assertOneLineNaming(run, file, "broken in two lines");
	}

	/** A class of an installed bundle that cannot initialise, as when it was built against another model. */
	@Test
	void aBrokenInstallationExitsTwoWithOneLineNamingTheFileAndTheCause() throws IOException {
		Path file = Files.copy(SAISEI, folder.resolve("any.hyoka"));
		Run run = run(only("load", context -> {
			throw new ExceptionInInitializerError(new NullPointerException("theBasePackage is null"));
		}), "load", file.toString());
		assertOneLineNaming(run, file, "NullPointerException: theBasePackage is null");
	}

	/** Exit status 2, and one line on standard error naming the file and saying the cause. */
	private static void assertOneLineNaming(Run run, Path file, String cause) {
		assertEquals(2, run.status());
		assertEquals(1, run.err().size(), run.err().toString());
		assertTrue(run.err().get(0).startsWith("hyoka: " + file), run.err().get(0));
		assertTrue(run.err().get(0).contains(cause), run.err().get(0));
	}

	/** U+009B starts a control sequence on many terminals, U+202E reverses what follows on screen. */
	@Test
	void controlCharactersFromAFileAreEscaped() throws IOException {
		Path file = folder.resolve("hostile.hyoka");
		Files.writeString(file, Files.readString(SAISEI).replaceFirst("letterCode=\"A\"", "letterCode=\"A&#x9B;2J&#x202E;\""));

		for (String command : List.of("scores", "validate")) {
			Run run = run(command, file.toString());
			String out = String.join("\n", run.out());
			assertFalse(out.contains("\u009B") || out.contains("\u202E"), command + " printed control characters: " + out);
			if (command.equals("scores")) {
				assertTrue(out.contains("A\\u009B2J\\u202E\t1\t"), out);
			}
		}
	}

	@Test
	void newRefusesAProgramNameWithAControlCharacter() {
		Path file = folder.resolve("bell.hyoka");
		Run run = run("new", "-o", file.toString(), "--program", "次世代\u0007事業", "--type", "final");
		assertEquals(2, run.status());
		assertEquals(1, run.err().size(), run.err().toString());
		assertTrue(run.err().get(0).contains("--program") && run.err().get(0).contains("\\u0007"), run.err().get(0));
		assertFalse(Files.exists(file));
	}

	/** #48: the folder as the user named it, not the lock file beside the output that nobody asked for. */
	@Test
	void aMissingOutputFolderIsNamedNotTheLockFile() throws IOException {
		Path file = Files.copy(SAISEI, folder.resolve("002.hyoka"));
		Path missing = folder.resolve("no-such-folder");
		for (String[] args : new String[][] { { "new", "-o", missing.resolve("new.hyoka").toString(), "--program", "事業", "--type", "final" },
				{ "export", "--format", "csv", file.toString(), "-o", missing.resolve("out.csv").toString() } }) {
			Run run = run(args);
			assertEquals(2, run.status(), run.toString());
			assertEquals(1, run.err().size(), run.toString());
			assertTrue(run.err().get(0).startsWith("hyoka: " + missing.resolve(args[0].equals("new") ? "new.hyoka" : "out.csv")
					+ ": the folder " + missing + " does not exist"), run.err().get(0));
			assertFalse(run.err().get(0).contains(".lock"), run.err().get(0));
		}
		assertFalse(Files.exists(missing));
	}

	@Test
	void newRefusesAMemberNameWithAnEscapeBeforeWritingAnything() {
		Path file = folder.resolve("members.hyoka");
		Run run = run("new", "-o", file.toString(), "--program", "事業", "--type", "final", "--members", "山田\u001b[31m太郎,佐藤");
		assertEquals(2, run.status(), run.toString());
		assertEquals(List.of(), run.out());
		assertTrue(run.err().get(0).contains("U+001B") && !run.err().get(0).contains("\u001b"), run.toString());
		assertFalse(Files.exists(file));
	}

	/** #48: lines printed before a refused save read as imported; now the refusal is all that is printed. */
	@Test
	void aRefusedSavePrintsNoScoreLines() throws IOException {
		Path file = Files.copy(SAISEI, folder.resolve("002.hyoka"));
		Path sheet = Files.writeString(folder.resolve("sheet.csv"), "project,item,evaluator,score,comment\nA,1," + CHAIR + ",2,\n");
		Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
		byte[] before = Files.readAllBytes(file);
		Run run = run("import-scores", file.toString(), sheet.toString());
		assertEquals(2, run.status(), run.toString());
		assertEquals(List.of(), run.out(), "nothing reads as imported");
		assertTrue(run.err().get(0).contains("read-only"), run.toString());
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void exportRefusesToOverwriteItsInput() throws IOException {
		Path file = Files.copy(SAISEI, folder.resolve("002.hyoka"));
		Path link = Files.createSymbolicLink(folder.resolve("link.csv"), file.getFileName());
		byte[] before = Files.readAllBytes(file);
		for (Path output : List.of(file, folder.resolve(".").resolve("002.hyoka"), link)) {
			Run run = run("export", "--format", "csv", file.toString(), "-o", output.toString());
			assertEquals(2, run.status(), output.toString());
			assertEquals(1, run.err().size(), run.err().toString());
			assertArrayEquals(before, Files.readAllBytes(file), "the evaluation is intact");
		}
	}

	/** N imports into one file at once: each score is in the file, or its import exited 1 saying why. */
	@Test
	void concurrentImportsNeverLoseAnUpdate() throws Exception {
		Path file = Files.copy(SAISEI, folder.resolve("002.hyoka"));
		CyclicBarrier start = new CyclicBarrier(ITEMS.size());
		ExecutorService pool = Executors.newFixedThreadPool(ITEMS.size());
		List<Future<Run>> runs = new ArrayList<>();
		for (String item : ITEMS) {
			Path sheet = Files.writeString(folder.resolve("item-" + item + ".csv"),
					"project,item,evaluator,score,comment\nA," + item + "," + CHAIR + ",2,\n");
			runs.add(pool.submit(() -> {
				start.await();
				return run("import-scores", file.toString(), sheet.toString());
			}));
		}
		pool.shutdown();
		List<String> imported = new ArrayList<>();
		for (int i = 0; i < ITEMS.size(); i++) {
			Run run = runs.get(i).get();
			if (run.status() == 0) {
				imported.add(ITEMS.get(i));
			} else {
				assertEquals(1, run.status(), run.toString());
				assertEquals(1, run.err().size(), run.toString());
				assertTrue(run.err().get(0).startsWith("hyoka: " + file) && run.err().get(0).contains("another program"), run.toString());
			}
		}
		assertFalse(imported.isEmpty(), "one import at least was saved");
		assertEquals(imported, chairsItems(HyokaFiles.load(file)), "every import that exited 0 is in the file, and only those");
	}

	private static List<String> chairsItems(EvaluationReport report) {
		Evaluation a = report.getEvaluations().stream().filter(e -> e.getTarget() instanceof Project p && "A".equals(p.getLetterCode()))
				.findFirst().orElseThrow();
		List<String> items = new ArrayList<>();
		for (String item : ITEMS) {
			for (ItemScore row : a.getScoreTable().getRows()) {
				if (org.hyoka.core.report.ReportText.itemCode(row.getItem()).equals(item) && row.getScores().stream()
						.anyMatch((EvaluatorScore s) -> s.getMember() != null && s.getMember().getPerson() != null
								&& CHAIR.equals(s.getMember().getPerson().getNameJa()))) {
					items.add(item);
				}
			}
		}
		return items;
	}
}
