package org.hyoka.cli.commands;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hyoka.cli.Terminal;
import org.hyoka.cli.api.Arguments;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.core.csv.CsvRecords;
import org.hyoka.core.csv.CsvRecords.LimitException;
import org.hyoka.core.csv.CsvRecords.Limits;
import org.hyoka.core.csv.CsvRecords.Record;
import org.hyoka.core.skeleton.CommitteeMembers;
import org.hyoka.core.skeleton.CommitteeMembers.Member;
import org.hyoka.core.skeleton.CommitteeMembers.Parsed;
import org.hyoka.core.skeleton.CommitteeMembers.Problem;
import org.hyoka.core.skeleton.EvaluationSkeleton;
import org.hyoka.core.skeleton.EvaluationSkeleton.ProjectSpec;
import org.hyoka.core.skeleton.EvaluationSkeleton.Spec;
import org.hyoka.core.skeleton.EvaluationSkeleton.SpecProblem;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.persistence.HyokaFiles;

/**
 * {@code hyoka new}: the skeleton File > New > Evaluation writes, saved to a file that does not exist yet, with the
 * committee members {@code --members} lists.
 */
public final class NewCommand implements Command {

	private static final Map<String, EvaluationType> TYPES = Map.of("ex-ante", EvaluationType.EX_ANTE, //$NON-NLS-1$
			"interim", EvaluationType.INTERIM, "final", EvaluationType.FINAL, "follow-up", EvaluationType.FOLLOW_UP); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	@Override
	public int run(CommandContext context) throws UsageException {
		Arguments arguments = new Arguments(context.arguments(),
				Set.of("-o", "--program", "--type", "--projects", "--years", "--evaluated-in", "--members")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
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
		List<ProjectSpec> projects = new ArrayList<>();
		for (String item : letters == null ? new String[0] : letters.split(",")) { //$NON-NLS-1$
			projects.add(project(item));
		}
		int thisYear = FiscalYears.of(LocalDate.now());
		int[] years = years(arguments.option("--years"), thisYear); //$NON-NLS-1$
		int evaluatedIn = number("--evaluated-in", arguments.option("--evaluated-in"), thisYear); //$NON-NLS-1$ //$NON-NLS-2$
		String program = arguments.required("--program"); //$NON-NLS-1$
		if (Terminal.hasControl(program)) {
			throw new UsageException("--program " + Terminal.field(program) + ": a name cannot hold control characters (line breaks, tabs, escapes)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Spec spec = new Spec(program, type, projects, years[0], years[1], evaluatedIn);
		SpecProblem problem = spec.problem();
		if (problem != null) {
			throw new UsageException(describe(problem));
		}
		List<Member> members = members(arguments.option("--members")); //$NON-NLS-1$
		try {
			EvaluationReport report = EvaluationSkeleton.create(spec);
			CommitteeMembers.addTo(report, members);
			HyokaFiles.save(report, file);
		} catch (IOException e) {
			throw Inputs.failure(file, e);
		}
		context.out().println(file);
		return OK;
	}

	/** The members --members gives: NAME,NAME… (the first chairs) or @FILE, a name,role,affiliation CSV. */
	/** 1 MB, 10,000 lines, 1,000 characters a field: far more than any committee. */
	private static final Limits MEMBER_LIMITS = new Limits(1L << 20, 10_000, 1_000, 100);

	private static List<Member> members(String value) throws UsageException {
		if (value == null) {
			return List.of();
		}
		if (!value.startsWith("@")) { //$NON-NLS-1$
			List<Member> members = CommitteeMembers.fromNames(CommitteeMembers.names(value));
			Problem problem = CommitteeMembers.problem(members);
			if (problem != null) {
				throw new UsageException("--members: " + describe(problem, "name " + problem.where())); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return members;
		}
		String name = value.substring(1);
		Path file = Path.of(name);
		List<Record> records;
		try {
			records = CsvRecords.readAll(file, MEMBER_LIMITS);
		} catch (CharacterCodingException e) {
			throw new UsageException(name + ": not UTF-8 text"); //$NON-NLS-1$
		} catch (LimitException e) {
			throw new UsageException(name + ":" + e.line() + ": more than " + e.limit() + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "; not a committee list"); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UsageException(name + ": no such readable file"); //$NON-NLS-1$
		}
		Parsed parsed = CommitteeMembers.fromRecords(records);
		Problem problem = parsed.problem();
		if (problem != null) {
			throw new UsageException((problem.where() > 0 ? name + ":" + problem.where() : name) + ": " //$NON-NLS-1$ //$NON-NLS-2$
					+ describe(problem, "line " + problem.where())); //$NON-NLS-1$
		}
		return parsed.members();
	}

	/** A project of --projects: its letter, and its name after = (A=水素製造技術開発), as the report heads it. */
	private static ProjectSpec project(String item) throws UsageException {
		int equals = item.indexOf('=');
		String name = equals < 0 ? "" : item.substring(equals + 1); //$NON-NLS-1$
		if (Terminal.hasControl(name)) {
			throw new UsageException("--projects " + Terminal.field(name) + ": a name cannot hold control characters (line breaks, tabs, escapes)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new ProjectSpec(equals < 0 ? item : item.substring(0, equals), name);
	}

	private static String describe(Problem problem, String place) {
		return switch (problem.kind()) {
		case EMPTY -> "no member; expected lines " + String.join(",", CommitteeMembers.HEADER) + " (header optional)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case TOO_MANY_FIELDS -> problem.subject() + " fields; expected " + String.join(",", CommitteeMembers.HEADER); //$NON-NLS-1$ //$NON-NLS-2$
		case NAME_MISSING -> "the name is empty"; //$NON-NLS-1$
		case CONTROL_CHARACTER -> "the name or affiliation holds the control character " + problem.subject() //$NON-NLS-1$
				+ " (an escape, tab or line break), which a file cannot keep"; //$NON-NLS-1$
		case NAME_DUPLICATE -> "'" + problem.subject() + "' is given twice; score sheets tell members apart by name"; //$NON-NLS-1$ //$NON-NLS-2$
		case ROLE_UNKNOWN -> "role '" + problem.subject() + "': use 座長 (chair) or 委員 (member); one member a line, " //$NON-NLS-1$ //$NON-NLS-2$
				+ String.join(",", CommitteeMembers.HEADER) + " separated by commas (, or 、)"; //$NON-NLS-1$ //$NON-NLS-2$
		case CHAIRS -> problem.where() > 0 ? "a second chair (座長) at " + place + "; a committee has exactly one" //$NON-NLS-1$ //$NON-NLS-2$
				: "no member chairs; give one the role 座長 (chair)"; //$NON-NLS-1$
		};
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
		case LETTER_CODE_INVALID -> "--projects: '" + problem.subject() //$NON-NLS-1$
				+ "' is not a project letter (A-Z, optionally digits); a name follows its letter after =, as A=水素製造技術開発"; //$NON-NLS-1$
		case LETTER_CODE_DUPLICATE -> "--projects: '" + problem.subject() + "' is given twice"; //$NON-NLS-1$ //$NON-NLS-2$
		};
	}
}
