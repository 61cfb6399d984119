package org.hyoka.roadmap.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hyoka.cli.api.Arguments;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.AtomicWrite;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.FiscalAxis;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.Timelines;
import org.hyoka.roadmap.Zoom;
import org.hyoka.roadmap.layout.RoadmapLayout;
import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.output.FigureFormat;
import org.hyoka.roadmap.output.FigureFormats;

/**
 * {@code hyoka roadmap FILE -o OUT.svg|png|pdf|… [--from YEAR] [--to YEAR] [--era wareki|western] [--zoom LEVEL]
 * [--status-date YYYY-MM-DD]}: draws the evaluation's roadmap timeline, by default over every year it records, with a
 * line at the status date, by default today, in the installed figure format of the output's extension
 * ({@link FigureFormats}). Writes atomically and prints the file written. {@code hyoka roadmap import} and
 * {@code export} exchange a roadmap with planning tools ({@link PlanCommand}).
 */
public final class RoadmapCommand implements Command {

	private static final String OUT = "-o"; //$NON-NLS-1$
	private static final String FROM = "--from"; //$NON-NLS-1$
	private static final String TO = "--to"; //$NON-NLS-1$
	private static final String ERA = "--era"; //$NON-NLS-1$
	private static final String ZOOM = "--zoom"; //$NON-NLS-1$
	private static final String STATUS_DATE = "--status-date"; //$NON-NLS-1$

	@Override
	public int run(CommandContext context) throws UsageException {
		List<String> all = context.arguments();
		if (!all.isEmpty() && all.get(0).equals(PlanCommand.IMPORT)) {
			return PlanCommand.importPlan(context, all.subList(1, all.size()));
		}
		if (!all.isEmpty() && all.get(0).equals(PlanCommand.EXPORT)) {
			return PlanCommand.exportPlan(context, all.subList(1, all.size()));
		}
		Arguments arguments = new Arguments(context.arguments(), Set.of(OUT, FROM, TO, ERA, ZOOM, STATUS_DATE));
		Path target = Path.of(arguments.required(OUT));
		FigureFormats formats = FigureFormats.installed();
		FigureFormat format = formats.forFile(target.getFileName().toString()).orElse(null);
		if (format == null) {
			// the formats installed, which other bundles may add to
			throw new UsageException(RoadmapMessages.format("badOutput", target, formats.listed())); //$NON-NLS-1$
		}
		Era era = choice(arguments.option(ERA), Era.WESTERN, Era.class, "badEra"); //$NON-NLS-1$
		Zoom zoom = choice(arguments.option(ZOOM), Zoom.YEAR, Zoom.class, "badZoom"); //$NON-NLS-1$
		Integer from = year(arguments, FROM);
		Integer to = year(arguments, TO);
		LocalDate statusDate = date(arguments, STATUS_DATE);
		String input = arguments.operand("FILE"); //$NON-NLS-1$
		EvaluationReport report = load(input, target);
		Timeline timeline = Timelines.of(report);
		int first = from != null ? from : timeline.firstYear();
		int last = to != null ? to : Math.max(first, timeline.lastYear());
		if (last < first) {
			throw new UsageException(RoadmapMessages.format("yearsReversed", Integer.toString(first), Integer.toString(last))); //$NON-NLS-1$
		}
		Scene scene = new RoadmapLayout(timeline, new FiscalAxis(first, last, era, zoom, null), statusDate).figure(Locale.getDefault());
		try {
			AtomicWrite.write(target, ".part", out -> format.write(scene, out)); //$NON-NLS-1$
		} catch (IOException | IllegalArgumentException e) {
			throw new UsageException(oneLine(String.valueOf(e.getMessage()).startsWith(target.toString()) ? e.getMessage() : target + ": " + e.getMessage())); //$NON-NLS-1$
		}
		context.out().println(target);
		return OK;
	}

	/** The evaluation of a file, never the one the command is to write. */
	static EvaluationReport load(String input, Path target) throws UsageException {
		Path file = Path.of(input);
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new UsageException(RoadmapMessages.format("noFile", input)); //$NON-NLS-1$
		}
		try {
			if (Files.exists(target) && Files.isSameFile(file, target)) {
				throw new UsageException(RoadmapMessages.format("sameFile", target)); //$NON-NLS-1$
			}
			return HyokaFiles.load(file);
		} catch (IOException | RuntimeException e) {
			throw failure(file, e);
		}
	}

	/** A refusal on one line that names the file once. */
	static UsageException failure(Path file, Exception e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return new UsageException(oneLine(message.contains(file.getFileName().toString()) ? message : file + ": " + message)); //$NON-NLS-1$
	}

	private static Integer year(Arguments arguments, String option) throws UsageException {
		String value = arguments.option(option);
		if (value == null) {
			return null;
		}
		try {
			int year = Integer.parseInt(value.strip());
			if (year >= 1000 && year <= 9999) {
				return year;
			}
		} catch (NumberFormatException e) {
			// worded below
		}
		throw new UsageException(RoadmapMessages.format("badYear", option, value)); //$NON-NLS-1$
	}

	/** The option's date, today when it is not given. */
	private static LocalDate date(Arguments arguments, String option) throws UsageException {
		String value = arguments.option(option);
		if (value == null) {
			return LocalDate.now();
		}
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			throw new UsageException(RoadmapMessages.format("badDate", option, value)); //$NON-NLS-1$
		}
	}

	private static <E extends Enum<E>> E choice(String value, E fallback, Class<E> type, String message) throws UsageException {
		if (value == null) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new UsageException(RoadmapMessages.format(message, value));
		}
	}

	/** The terminal gets one line: line breaks and other control characters become blanks. */
	static String oneLine(String text) {
		return text.replaceAll("\\p{Cntrl}+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
