package org.hyoka.ip.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hyoka.cli.api.Arguments;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.PatentApplication;
import org.hyoka.ip.deadlines.Deadline;
import org.hyoka.ip.deadlines.DeadlineCalendar;
import org.hyoka.ip.deadlines.DeadlineRules;
import org.hyoka.ip.deadlines.DeadlineStatus;
import org.hyoka.ip.deadlines.Deadlines;
import org.hyoka.ip.register.Families;
import org.hyoka.ip.register.Families.Family;
import org.hyoka.ip.register.Families.Member;
import org.hyoka.ip.register.RegisterFormatException;
import org.hyoka.ip.register.RegisterImport;
import org.hyoka.ip.register.RegisterTables;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.AtomicWrite;
import org.hyoka.model.persistence.FileChangedException;
import org.hyoka.model.persistence.HyokaFiles;

/**
 * {@code hyoka ip}: {@code deadlines FILE [--as-of DATE] [--ics CALENDAR.ics]} prints the register's deadlines by due
 * date, and writes those not done as reminders in an iCalendar file;
 * {@code import FILE REGISTER.csv|.xlsx} adds a register table's rows to FILE and saves it, one line per addition and
 * per conflict (status 1 when a conflict left a row out), or a line per problem of every row that cannot be read
 * (status 2, nothing changed); {@code export FILE -o REGISTER.csv|.xlsx} writes the table;
 * {@code families FILE} prints each invention with its applications, each followed by those based on it.
 * The format follows the table's extension.
 */
public final class IpCommand implements Command {

	@Override
	public int run(CommandContext context) throws UsageException {
		List<String> arguments = context.arguments();
		if (arguments.isEmpty()) {
			throw new UsageException("ip needs deadlines, families, import or export"); //$NON-NLS-1$
		}
		List<String> rest = arguments.subList(1, arguments.size());
		return switch (arguments.get(0)) {
		case "deadlines" -> deadlines(context, new Arguments(rest, Set.of("--as-of", "--ics"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "families" -> families(context, new Arguments(rest, Set.of())); //$NON-NLS-1$
		case "import" -> importTable(context, new Arguments(rest, Set.of())); //$NON-NLS-1$
		case "export" -> export(new Arguments(rest, Set.of("-o"))); //$NON-NLS-1$ //$NON-NLS-2$
		default -> throw new UsageException("ip " + field(arguments.get(0)) + ": unknown; use deadlines, families, import or export"); //$NON-NLS-1$ //$NON-NLS-2$
		};
	}

	private static int deadlines(CommandContext context, Arguments arguments) throws UsageException {
		String name = arguments.operand("FILE"); //$NON-NLS-1$
		EvaluationReport report = load(name);
		String asOfText = arguments.option("--as-of"); //$NON-NLS-1$
		LocalDate asOf;
		try {
			asOf = asOfText == null ? LocalDate.now() : LocalDate.parse(asOfText);
		} catch (DateTimeParseException e) {
			throw new UsageException("--as-of " + field(asOfText) + ": not a date (YYYY-MM-DD)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<Deadline> deadlines = Deadlines.of(report, DeadlineRules.installed());
		String ics = arguments.option("--ics"); //$NON-NLS-1$
		if (ics != null) {
			// reminders of what is still to do; one done needs none
			List<Deadline> open = deadlines.stream().filter(deadline -> deadline.status(asOf) != DeadlineStatus.DONE).toList();
			String scope = report.getProgram() == null || report.getProgram().getId() == null ? "evaluation" : report.getProgram().getId(); //$NON-NLS-1$
			byte[] calendar = DeadlineCalendar.of(open, scope, Instant.now()).getBytes(StandardCharsets.UTF_8);
			write(Path.of(ics), Path.of(name), calendar);
		}
		for (Deadline deadline : deadlines) {
			print(context, deadline.due().toString(), deadline.rule().id(), deadline.id(),
					deadline.project() == null ? "-" : deadline.project().getId(), deadline.status(asOf).key()); //$NON-NLS-1$
		}
		return OK;
	}

	/**
	 * An invention per line (id, title; "-" for applications recorded without one), then its applications indented two
	 * spaces a level: id, kind, countries, number, filing date, status, status date.
	 */
	private static int families(CommandContext context, Arguments arguments) throws UsageException {
		for (Family family : Families.of(load(arguments.operand("FILE")))) { //$NON-NLS-1$
			InventionDisclosure invention = family.invention();
			print(context, invention == null ? "-" : invention.getId(), invention == null ? "" : invention.getTitleJa()); //$NON-NLS-1$ //$NON-NLS-2$
			for (Member member : family.members()) {
				PatentApplication application = member.application();
				print(context, "  ".repeat(member.depth() + 1) + orDash(application.getId()), application.getKind().getName(), //$NON-NLS-1$
						String.join(",", member.countries()), orDash(application.getApplicationNumber()), orDash(application.getFilingDate()), //$NON-NLS-1$
						application.getStatus().getName(), orDash(application.getStatusDate()));
			}
		}
		return OK;
	}

	private static String orDash(Object value) {
		return value == null || value.toString().isBlank() ? "-" : value.toString(); //$NON-NLS-1$
	}

	/** Writes a file the command makes atomically, never over the evaluation itself. */
	private static void write(Path out, Path evaluation, byte[] content) throws UsageException {
		try {
			if (Files.exists(out) && Files.isSameFile(out, evaluation)) {
				throw new UsageException(out + ": is the evaluation itself; write to another file"); //$NON-NLS-1$
			}
			AtomicWrite.write(out, ".part", stream -> stream.write(content)); //$NON-NLS-1$
		} catch (IOException e) {
			throw failure(out, e);
		}
	}

	private static int importTable(CommandContext context, Arguments arguments) throws UsageException {
		List<String> operands = arguments.operands();
		if (operands.size() != 2) {
			throw new UsageException("ip import needs FILE and REGISTER.csv or REGISTER.xlsx"); //$NON-NLS-1$
		}
		Path file = Path.of(operands.get(0));
		EvaluationReport report = load(operands.get(0));
		Path table = Path.of(operands.get(1));
		RegisterImport plan;
		if (!RegisterTables.isTable(table)) {
			throw new UsageException(table + ": a register table is a .csv or .xlsx file"); //$NON-NLS-1$
		}
		if (!Files.isRegularFile(table) || !Files.isReadable(table)) {
			throw new UsageException(table + ": no such readable file"); //$NON-NLS-1$
		}
		try {
			plan = RegisterTables.read(report, table);
		} catch (RegisterFormatException e) {
			// every bad row at once, a line each, so that a large table is mended in one pass
			e.problems().forEach(problem -> context.err().println("hyoka: " + field(problem))); //$NON-NLS-1$
			return USAGE;
		} catch (IOException e) {
			throw failure(table, e);
		}
		// saved first: a line printed before a refused save would read as imported
		if (!plan.additions().isEmpty()) {
			plan.apply();
			try {
				HyokaFiles.save(report, file);
			} catch (FileChangedException e) {
				// refused, not failed: the other program's changes are kept, and the user repeats the import
				context.err().println("hyoka: " + field(e.getMessage())); //$NON-NLS-1$
				return FOUND;
			} catch (IOException e) {
				throw failure(file, e);
			}
		}
		plan.additions().forEach(addition -> print(context, "ADD", addition.source(), addition.object().eClass().getName(), //$NON-NLS-1$
				addition.object().getId()));
		plan.conflicts().forEach(conflict -> print(context, "CONFLICT", conflict.source(), conflict.message())); //$NON-NLS-1$
		return plan.conflicts().isEmpty() ? OK : FOUND;
	}

	private static int export(Arguments arguments) throws UsageException {
		String name = arguments.operand("FILE"); //$NON-NLS-1$
		EvaluationReport report = load(name);
		Path out = Path.of(arguments.required("-o")); //$NON-NLS-1$
		try {
			if (Files.exists(out) && Files.isSameFile(out, Path.of(name))) {
				throw new UsageException(out + ": is the evaluation itself; export the register to another file"); //$NON-NLS-1$
			}
		} catch (IOException e) {
			throw failure(out, e);
		}
		try {
			RegisterTables.write(report, out);
		} catch (IOException e) {
			throw failure(out, e);
		}
		return OK;
	}

	private static EvaluationReport load(String name) throws UsageException {
		Path file = Path.of(name);
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new UsageException(name + ": no such readable file"); //$NON-NLS-1$
		}
		try {
			return HyokaFiles.load(file);
		} catch (IOException | RuntimeException e) {
			throw failure(file, e);
		}
	}

	/** One line naming the file once. */
	private static UsageException failure(Path file, Exception e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return new UsageException(field(message.contains(file.getFileName().toString()) ? message : file + ": " + message)); //$NON-NLS-1$
	}

	private static void print(CommandContext context, String... fields) {
		context.out().println(Stream.of(fields).map(IpCommand::field).collect(Collectors.joining("\t"))); //$NON-NLS-1$
	}

	/** A field on one line of output: tabs, line breaks and other control characters become spaces. */
	private static String field(String text) {
		return text == null ? "" : text.replaceAll("\\p{Cntrl}", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
