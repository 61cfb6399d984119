package org.hyoka.roadmap.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hyoka.cli.api.Arguments;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.FileChangedException;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.Roadmaps;
import org.hyoka.roadmap.exchange.LeftOut;
import org.hyoka.roadmap.exchange.PlanFormat;
import org.hyoka.roadmap.exchange.Plans;

/**
 * {@code hyoka roadmap import FILE PLAN.xml|PLAN.gan [--into SUBJECT] [-o OUT]} adds the plan of a planning tool as a
 * new roadmap of the program or of the project named, and saves FILE (or OUT); a plan that cannot be read changes
 * nothing. {@code hyoka roadmap export FILE -o PLAN.xml|PLAN.gan [--roadmap ID]} writes a roadmap as a plan and names
 * on the error stream each element the plan cannot hold (docs/roadmap.md, "Exchange with planning tools").
 */
final class PlanCommand {

	static final String IMPORT = "import"; //$NON-NLS-1$
	static final String EXPORT = "export"; //$NON-NLS-1$

	private static final String OUT = "-o"; //$NON-NLS-1$
	private static final String INTO = "--into"; //$NON-NLS-1$
	private static final String ROADMAP = "--roadmap"; //$NON-NLS-1$

	private PlanCommand() {
	}

	static int importPlan(CommandContext context, List<String> rest) throws UsageException {
		Arguments arguments = new Arguments(rest, Set.of(OUT, INTO));
		if (arguments.operands().size() != 2) {
			throw new UsageException(RoadmapMessages.format("importOperands")); //$NON-NLS-1$
		}
		String input = arguments.operands().get(0);
		Path plan = planFile(arguments.operands().get(1));
		Path target = Path.of(arguments.option(OUT) != null ? arguments.option(OUT) : input);
		EvaluationReport report = RoadmapCommand.load(input, plan);
		EvaluationSubject subject = subject(report, arguments.option(INTO));
		if (!Files.isRegularFile(plan) || !Files.isReadable(plan)) {
			throw new UsageException(RoadmapMessages.format("noFile", plan)); //$NON-NLS-1$
		}
		Roadmap roadmap;
		try {
			roadmap = Plans.read(plan);
		} catch (IOException | RuntimeException e) {
			throw RoadmapCommand.failure(plan, e);
		}
		Plans.identify(roadmap, report, "rm-" + subject.getId() + "-plan"); //$NON-NLS-1$ //$NON-NLS-2$
		subject.getExtensions().add(roadmap);
		try {
			HyokaFiles.save(report, target);
		} catch (FileChangedException e) {
			// refused, not failed: the other program's changes are kept, and the user imports again
			context.err().println("hyoka: " + RoadmapCommand.oneLine(e.getMessage())); //$NON-NLS-1$
			return Command.FOUND;
		} catch (IOException e) {
			throw RoadmapCommand.failure(target, e);
		}
		context.out().println(RoadmapMessages.format("imported", roadmap.getId(), subject.getId(), //$NON-NLS-1$
				Integer.toString(roadmap.getLanes().size()), Integer.toString(roadmap.getElements().size()), target));
		return Command.OK;
	}

	static int exportPlan(CommandContext context, List<String> rest) throws UsageException {
		Arguments arguments = new Arguments(rest, Set.of(OUT, ROADMAP));
		String input = arguments.operand("FILE"); //$NON-NLS-1$
		Path plan = planFile(arguments.required(OUT));
		EvaluationReport report = RoadmapCommand.load(input, plan);
		Roadmap roadmap = roadmap(input, report, arguments.option(ROADMAP));
		List<LeftOut> leftOut;
		try {
			leftOut = Plans.write(roadmap, plan);
		} catch (IOException | RuntimeException e) {
			throw RoadmapCommand.failure(plan, e);
		}
		for (LeftOut each : leftOut) {
			context.err().println("hyoka: " + RoadmapCommand.oneLine(RoadmapMessages.format("leftOut", plan, each.element().getLabelJa(), each.reason()))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		context.out().println(plan);
		return Command.OK;
	}

	private static Path planFile(String name) throws UsageException {
		Path plan = Path.of(name);
		if (PlanFormat.of(plan) == null) {
			throw new UsageException(RoadmapMessages.format("badPlan", name)); //$NON-NLS-1$
		}
		return plan;
	}

	/** The subject an import goes to: the program, or the program or project with the id asked for. */
	private static EvaluationSubject subject(EvaluationReport report, String id) throws UsageException {
		List<EvaluationSubject> subjects = Roadmaps.subjects(report);
		if (id == null && report.getProgram() != null) {
			return report.getProgram();
		}
		return subjects.stream().filter(subject -> subject.getId() != null && subject.getId().equals(id)).findFirst()
				.orElseThrow(() -> new UsageException(RoadmapMessages.format("noSubject", id, ids(subjects.stream().map(EvaluationSubject::getId).toList())))); //$NON-NLS-1$
	}

	/** The roadmap an export writes: the one with the id asked for, or the file's only one. */
	private static Roadmap roadmap(String input, EvaluationReport report, String id) throws UsageException {
		List<Roadmap> roadmaps = Roadmaps.of(report);
		if (id == null && roadmaps.size() == 1) {
			return roadmaps.get(0);
		}
		for (Roadmap roadmap : roadmaps) {
			if (id != null && id.equals(roadmap.getId())) {
				return roadmap;
			}
		}
		List<String> known = roadmaps.stream().map(Roadmap::getId).toList();
		throw new UsageException(RoadmapCommand.oneLine(id == null ? RoadmapMessages.format("chooseRoadmap", input, Integer.toString(known.size()), ids(known)) //$NON-NLS-1$
				: RoadmapMessages.format("noRoadmap", id, ids(known)))); //$NON-NLS-1$
	}

	private static String ids(List<String> ids) {
		return ids.isEmpty() ? "-" : ids.stream().map(String::valueOf).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
