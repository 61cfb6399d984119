package org.hyoka.roadmap.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.UsageException;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapLane;
import org.hyoka.roadmap.Roadmaps;
import org.hyoka.roadmap.exchange.Plans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hyoka roadmap import} and {@code export}: a plan into an evaluation and back, and refusals that change nothing. */
class PlanCommandTest {

	private static final Path PLAN = Path.of("../org.hyoka.roadmap.exchange.tests/plans/regenerative-medicine.xml"); //$NON-NLS-1$

	@TempDir
	Path folder;

	private final CommandRun command = new CommandRun();

	@Test
	void aPlanBecomesARoadmapOfTheProjectAndGoesBackOutAsAGanttProjectFile() throws Exception {
		Path evaluation = copyOfSample();
		assertEquals(Command.OK, run("import", evaluation.toString(), PLAN.toString(), "--into", "prj-A")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(command.out().startsWith("rm-prj-A-plan: "), command.out()); //$NON-NLS-1$
		EvaluationReport report = HyokaFiles.load(evaluation);
		Roadmap imported = Roadmaps.of(report.getProgram().getProjects().get(0)).stream()
				.filter(roadmap -> "rm-prj-A-plan".equals(roadmap.getId())).findFirst().orElseThrow(); //$NON-NLS-1$
		assertEquals("再生医療等製品の実用化ロードマップ", imported.getTitleJa()); //$NON-NLS-1$
		assertEquals(List.of("rm-prj-A-plan-lane-1", "rm-prj-A-plan-lane-2"), imported.getLanes().stream().map(RoadmapLane::getId).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(6, imported.getElements().size());

		command.reset();
		Path gan = folder.resolve("back.gan"); //$NON-NLS-1$
		assertEquals(Command.OK, run("export", evaluation.toString(), "-o", gan.toString(), "--roadmap", "rm-prj-A-plan")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(gan.toString(), command.out().strip());
		assertEquals("", command.err(), "every element has its days"); //$NON-NLS-1$ //$NON-NLS-2$
		Roadmap back = Plans.read(gan);
		assertEquals(imported.getLanes().stream().map(RoadmapLane::getNameJa).toList(), back.getLanes().stream().map(RoadmapLane::getNameJa).toList());
		assertEquals(imported.getElements().stream().map(element -> element.getLabelJa() + element.getStartFY() + element.getEndFY()).toList(),
				back.getElements().stream().map(element -> element.getLabelJa() + element.getStartFY() + element.getEndFY()).toList());
	}

	@Test
	void anExportNamesWhatThePlanCannotHold() throws Exception {
		Path xml = folder.resolve("rm-A.xml"); //$NON-NLS-1$
		assertEquals(Command.OK, run("export", sample().toString(), "-o", xml.toString(), "--roadmap", "rm-A")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		List<String> lines = command.err().lines().toList();
		assertFalse(lines.isEmpty());
		assertTrue(lines.stream().allMatch(line -> line.startsWith("hyoka: " + xml + ": ")), lines.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(lines.stream().anyMatch(line -> line.contains("○適切な薬剤投与による医療費削減")), lines.toString()); //$NON-NLS-1$
		assertTrue(Files.size(xml) > 0);
	}

	@Test
	void badPlansAndArgumentsAreRefusedAndTheEvaluationIsKept() throws Exception {
		Path evaluation = copyOfSample();
		byte[] before = Files.readAllBytes(evaluation);
		Path broken = folder.resolve("broken.xml"); //$NON-NLS-1$
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">\n<Tasks>\n"); //$NON-NLS-1$
		command.refused(broken + ":", "import", evaluation.toString(), broken.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		Path xxe = folder.resolve("xxe.gan"); //$NON-NLS-1$
		Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<project name=\"&x;\"/>\n"); //$NON-NLS-1$
		command.refused(xxe + ":2:", "import", evaluation.toString(), xxe.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		command.refused("plan.txt", "import", evaluation.toString(), folder.resolve("plan.txt").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		command.refused("missing.gan", "import", evaluation.toString(), folder.resolve("missing.gan").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		command.refused("--into prj-Z", "import", evaluation.toString(), PLAN.toString(), "--into", "prj-Z"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		command.refused("rm-prg, rm-A", "export", evaluation.toString(), "-o", folder.resolve("x.xml").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		command.refused("--roadmap rm-Z", "export", evaluation.toString(), "-o", folder.resolve("x.xml").toString(), "--roadmap", "rm-Z"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertArrayEquals(before, Files.readAllBytes(evaluation));
		assertFalse(Files.exists(folder.resolve("x.xml"))); //$NON-NLS-1$
	}

	private Path copyOfSample() throws Exception {
		Path copy = folder.resolve("soyaku.hyoka"); //$NON-NLS-1$
		Files.copy(sample(), copy);
		return copy;
	}

	private static Path sample() {
		return Path.of("../org.hyoka.samples/samples/soyaku-kiban-2021.hyoka"); //$NON-NLS-1$
	}

	private int run(String... arguments) throws UsageException {
		return command.run(arguments);
	}
}
