package org.hyoka.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Rule;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.core.skeleton.EvaluationSkeleton;
import org.hyoka.core.skeleton.EvaluationSkeleton.ProjectSpec;
import org.hyoka.core.skeleton.EvaluationSkeleton.Spec;
import org.hyoka.core.skeleton.EvaluationSkeleton.SpecProblem;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.core.validation.Validation;
import org.hyoka.export.ExportOption;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.ExporterDescriptor;
import org.hyoka.export.ExporterRegistry;
import org.hyoka.export.Exports;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Project;
import org.hyoka.scoresheets.ImportPlan;
import org.hyoka.scoresheets.ScoreSheetImport;

/**
 * {@code hyoka COMMAND ...}: the workbench's headless commands. Exit status 0 on success, 1 when {@code validate}
 * finds an error, 2 with a one-line message on bad arguments or unreadable input.
 */
public final class CommandLine {

	public static final int OK = 0;
	public static final int ERRORS_FOUND = 1;
	public static final int USAGE = 2;

	static final String USAGE_TEXT = """
			usage: hyoka new -o FILE --program NAME --type ex-ante|interim|final|follow-up [--projects A,B,C]
			                 [--years FIRST-LAST] [--evaluated-in YEAR]
			       hyoka scores FILE
			       hyoka validate FILE
			       hyoka export --format FORMAT FILE -o OUT [--option NAME=VALUE]...
			       hyoka export --list
			       hyoka import-scores FILE SHEET...
			"""; //$NON-NLS-1$

	private static final Map<String, EvaluationType> TYPES = Map.of("ex-ante", EvaluationType.EX_ANTE, //$NON-NLS-1$
			"interim", EvaluationType.INTERIM, "final", EvaluationType.FINAL, "follow-up", EvaluationType.FOLLOW_UP); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final PrintStream out;
	private final PrintStream err;
	private final Supplier<ExporterRegistry> exporters;

	/** @param exporters the installed exporters, read when a command needs them */
	public CommandLine(PrintStream out, PrintStream err, Supplier<ExporterRegistry> exporters) {
		this.out = out;
		this.err = err;
		this.exporters = exporters;
	}

	/** Runs a command and returns the exit status. */
	public int run(String... args) {
		if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.print(USAGE_TEXT);
			return args.length == 0 ? USAGE : OK;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		try {
			return switch (args[0]) {
			case "new" -> create(rest); //$NON-NLS-1$
			case "scores" -> scores(rest); //$NON-NLS-1$
			case "validate" -> validate(rest); //$NON-NLS-1$
			case "export" -> export(rest); //$NON-NLS-1$
			case "import-scores" -> importScores(rest); //$NON-NLS-1$
			default -> throw new UsageException("unknown command '" + args[0] + "' (hyoka help lists them)"); //$NON-NLS-1$ //$NON-NLS-2$
			};
		} catch (UsageException e) {
			err.println("hyoka: " + e.getMessage()); //$NON-NLS-1$
			return USAGE;
		}
	}

	private int create(List<String> args) throws UsageException {
		Arguments arguments = new Arguments(args, Set.of("-o", "--program", "--type", "--projects", "--years", "--evaluated-in")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		if (!arguments.operands().isEmpty()) {
			throw new UsageException("unexpected " + arguments.operands()); //$NON-NLS-1$
		}
		Path file = Path.of(arguments.required("-o")); //$NON-NLS-1$
		if (Files.exists(file)) {
			throw new UsageException(file + " exists; hyoka new does not overwrite files"); //$NON-NLS-1$
		}
		String typeName = arguments.required("--type"); //$NON-NLS-1$
		EvaluationType type = TYPES.get(typeName);
		if (type == null) {
			throw new UsageException("--type " + typeName + ": use ex-ante, interim, final or follow-up"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String letters = arguments.option("--projects"); //$NON-NLS-1$
		List<ProjectSpec> projects = letters == null ? List.of()
				: Arrays.stream(letters.split(",")).map(letter -> new ProjectSpec(letter, "")).toList(); //$NON-NLS-1$ //$NON-NLS-2$
		int thisYear = FiscalYears.of(LocalDate.now());
		int[] years = years(arguments.option("--years"), thisYear); //$NON-NLS-1$
		int evaluatedIn = number("--evaluated-in", arguments.option("--evaluated-in"), thisYear); //$NON-NLS-1$ //$NON-NLS-2$
		Spec spec = new Spec(arguments.required("--program"), type, projects, years[0], years[1], evaluatedIn); //$NON-NLS-1$
		SpecProblem problem = spec.problem();
		if (problem != null) {
			throw new UsageException(describe(problem));
		}
		try {
			HyokaFiles.save(EvaluationSkeleton.create(spec), file);
		} catch (IOException e) {
			throw new UsageException(file + ": " + e.getMessage()); //$NON-NLS-1$
		}
		out.println(file);
		return OK;
	}

	private static int[] years(String value, int thisYear) throws UsageException {
		if (value == null) {
			return new int[] { thisYear, thisYear + 4 };
		}
		String[] parts = value.split("-", -1); //$NON-NLS-1$
		if (parts.length != 2) {
			throw new UsageException("--years " + value + ": expected FIRST-LAST, e.g. 2022-2026"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new int[] { number("--years", parts[0], 0), number("--years", parts[1], 0) }; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static int number(String option, String value, int absent) throws UsageException {
		if (value == null) {
			return absent;
		}
		try {
			return Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			throw new UsageException(option + " " + value + ": not a fiscal year"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static String describe(SpecProblem problem) {
		return switch (problem.kind()) {
		case PROGRAM_NAME_MISSING -> "--program must not be empty"; //$NON-NLS-1$
		case YEAR_OUT_OF_RANGE -> "fiscal years must lie between " + EvaluationSkeleton.MIN_FISCAL_YEAR + " and " //$NON-NLS-1$ //$NON-NLS-2$
				+ EvaluationSkeleton.MAX_FISCAL_YEAR;
		case PERIOD_REVERSED -> "--years: the last year comes before the first"; //$NON-NLS-1$
		case LETTER_CODE_INVALID -> "--projects: '" + problem.subject() + "' is not a project letter (A-Z, optionally digits)"; //$NON-NLS-1$ //$NON-NLS-2$
		case LETTER_CODE_DUPLICATE -> "--projects: '" + problem.subject() + "' is given twice"; //$NON-NLS-1$ //$NON-NLS-2$
		};
	}

	/** project, item, evaluators, average and flag of every score table row. */
	private int scores(List<String> args) throws UsageException {
		EvaluationReport report = load(new Arguments(args, Set.of()).operand("FILE")); //$NON-NLS-1$
		for (Evaluation evaluation : report.getEvaluations()) {
			if (evaluation.getScoreTable() == null) {
				continue;
			}
			String subject = subject(evaluation.getTarget());
			for (Scoring.ItemResult result : Scoring.results(evaluation.getScoreTable())) {
				BigDecimal average = result.average();
				out.println(String.join("\t", subject, item(result), Integer.toString(result.evaluators()), //$NON-NLS-1$
						average == null ? "-" : average.toPlainString(), //$NON-NLS-1$
						average == null ? "-" : result.needsExplanation() ? "below-2.0" : "ok")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return OK;
	}

	/** A project by its letter, the program (or another subject) by its id. */
	private static String subject(EvaluationSubject subject) {
		if (subject instanceof Project project && project.getLetterCode() != null) {
			return project.getLetterCode();
		}
		return subject == null || subject.getId() == null ? "-" : subject.getId(); //$NON-NLS-1$
	}

	private static String item(Scoring.ItemResult result) {
		return result.item() == null ? "-" : Scoring.itemNumber(result.item()); //$NON-NLS-1$
	}

	/** One finding per line; status 1 when any is an error. */
	private int validate(List<String> args) throws UsageException {
		EvaluationReport report = load(new Arguments(args, Set.of()).operand("FILE")); //$NON-NLS-1$
		boolean errors = false;
		for (Diagnostic finding : Validation.validate(report).getChildren()) {
			errors |= finding.getSeverity() >= Diagnostic.ERROR;
			String code = Rule.of(finding).map(Rule::code).orElse(finding.getSource() + ':' + finding.getCode());
			out.println(String.join("\t", severity(finding), code, path(finding), oneLine(finding.getMessage()))); //$NON-NLS-1$
		}
		return errors ? ERRORS_FOUND : OK;
	}

	/** Writes FILE in a format an installed exporter offers, or lists them. */
	private int export(List<String> args) throws UsageException {
		Arguments arguments = new Arguments(args, Set.of("--format", "-o"), Set.of("--list"), Set.of("--option")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		ExporterRegistry registry = exporters.get();
		if (arguments.flag("--list")) { //$NON-NLS-1$
			for (ExporterDescriptor descriptor : registry.exporters()) {
				out.println(String.join("\t", descriptor.fileExtension(), descriptor.id(), descriptor.label())); //$NON-NLS-1$
			}
			return OK;
		}
		String format = arguments.required("--format"); //$NON-NLS-1$
		ExporterDescriptor descriptor = registry.exporters().stream()
				.filter(d -> d.id().equals(format) || d.fileExtension().equalsIgnoreCase(format)).findFirst()
				.orElseThrow(() -> new UsageException("--format " + format + ": no such exporter; installed: " //$NON-NLS-1$ //$NON-NLS-2$
						+ registry.exporters().stream().map(ExporterDescriptor::fileExtension).toList()));
		Path target = Path.of(arguments.required("-o")); //$NON-NLS-1$
		EvaluationReport report = load(arguments.operand("FILE")); //$NON-NLS-1$
		try {
			Exporter exporter = descriptor.create();
			Exports.toFile(exporter, report, options(exporter, arguments.all("--option")), target, new NullProgressMonitor()); //$NON-NLS-1$
		} catch (CoreException | IOException e) {
			throw new UsageException(target + ": " + oneLine(String.valueOf(e.getMessage()))); //$NON-NLS-1$
		}
		out.println(target);
		return OK;
	}

	/**
	 * Imports filled score sheets into FILE and saves it: one line per change and per conflict, status 1 when a
	 * conflict left something out (the rest is imported).
	 */
	private int importScores(List<String> args) throws UsageException {
		List<String> operands = new Arguments(args, Set.of()).operands();
		if (operands.size() < 2) {
			throw new UsageException("import-scores needs FILE and at least one SHEET"); //$NON-NLS-1$
		}
		Path file = Path.of(operands.get(0));
		EvaluationReport report = load(operands.get(0));
		List<Path> sheets = operands.subList(1, operands.size()).stream().map(Path::of).toList();
		for (Path sheet : sheets) {
			if (!Files.isRegularFile(sheet) || !Files.isReadable(sheet)) {
				throw new UsageException(sheet + ": no such readable file"); //$NON-NLS-1$
			}
		}
		ImportPlan plan = ScoreSheetImport.read(report, sheets);
		for (ImportPlan.ScoreChange change : plan.changes()) {
			out.println(String.join("\t", "SCORE", change.project(), change.itemCode(), change.evaluator().name(), //$NON-NLS-1$ //$NON-NLS-2$
					change.oldValue() == null ? "-" : change.oldValue().toString(), Integer.toString(change.newValue()), //$NON-NLS-1$
					change.source()));
		}
		for (ImportPlan.CommentChange comment : plan.comments()) {
			out.println(String.join("\t", "COMMENT", comment.project(), comment.itemCode(), comment.evaluator().name(), //$NON-NLS-1$ //$NON-NLS-2$
					oneLine(comment.text()), comment.source()));
		}
		for (ImportPlan.Conflict conflict : plan.conflicts()) {
			out.println(String.join("\t", "CONFLICT", conflict.source(), oneLine(conflict.message()))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!plan.isEmpty()) {
			plan.apply();
			try {
				HyokaFiles.save(report, file);
			} catch (IOException e) {
				throw new UsageException(file + ": " + oneLine(String.valueOf(e.getMessage()))); //$NON-NLS-1$
			}
		}
		return plan.conflicts().isEmpty() ? OK : ERRORS_FOUND;
	}

	/** NAME=VALUE pairs as the exporter's typed options. */
	private static ExportOptions options(Exporter exporter, List<String> pairs) throws UsageException {
		ExportOptions options = ExportOptions.DEFAULTS;
		for (String pair : pairs) {
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			ExportOption<?> option = exporter.options().stream().filter(o -> o.id().equals(name)).findFirst()
					.orElseThrow(() -> new UsageException("--option " + pair + ": this format's options are " //$NON-NLS-1$ //$NON-NLS-2$
							+ exporter.options().stream().map(ExportOption::id).toList()));
			options = with(options, option, equals < 0 ? "true" : pair.substring(equals + 1)); //$NON-NLS-1$
		}
		return options;
	}

	private static <T> ExportOptions with(ExportOptions options, ExportOption<T> option, String text) throws UsageException {
		try {
			return options.with(option, option.parse(text));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--option " + option.id() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static String severity(Diagnostic finding) {
		return switch (finding.getSeverity()) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> "ERROR"; //$NON-NLS-1$
		case Diagnostic.WARNING -> "WARNING"; //$NON-NLS-1$
		default -> "INFO"; //$NON-NLS-1$
		};
	}

	/** Where in the file: the object's id, or its path from the root when it has none. */
	private static String path(Diagnostic finding) {
		if (!finding.getData().isEmpty() && finding.getData().get(0) instanceof EObject object && object.eResource() != null) {
			return object.eResource().getURIFragment(object);
		}
		return "-"; //$NON-NLS-1$
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static EvaluationReport load(String name) throws UsageException {
		Path file = Path.of(name);
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new UsageException(name + ": no such readable file"); //$NON-NLS-1$
		}
		try {
			return HyokaFiles.load(file);
		} catch (IOException | RuntimeException e) {
			String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			throw new UsageException(oneLine(message.startsWith(name) || message.contains(file.getFileName().toString())
					? message
					: name + ": " + message)); //$NON-NLS-1$
		}
	}
}
