package org.hyoka.roadmap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.budget.Budgets;
import org.hyoka.core.indicator.Achievement;
import org.hyoka.core.indicator.Revisions;
import org.hyoka.core.report.ReportText;
import org.hyoka.core.report.Vocabulary;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Period;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.finance.AmountKind;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchItem;
import org.hyoka.model.program.ResearchTask;
import org.hyoka.model.program.ScheduledEvaluation;
import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutcomeIndicator;
import org.hyoka.model.results.TargetRevision;

/**
 * Builds the {@link Timeline} of an evaluation from what its file records, and nothing else: the program, its
 * projects with their research items and tasks, and each subject's roadmap figures with their lanes.
 */
public final class Timelines {

	/** Words of the figure (Japanese, as the report's). */
	static final Vocabulary TEXT = Vocabulary.of("org.hyoka.roadmap.figure", Timelines.class.getClassLoader()); //$NON-NLS-1$

	private static final AmountKind[] BUDGET_KINDS = { AmountKind.EXECUTED, AmountKind.CONTRACT, AmountKind.ALLOCATION };

	private final List<Row> rows = new ArrayList<>();
	/** The report's evaluations by subject, in the report's order: looked up once per subject, not searched. */
	private final Map<EvaluationSubject, List<Evaluation>> evaluationsOf = new IdentityHashMap<>();

	private Timelines(EvaluationReport report) {
		for (Evaluation evaluation : report.getEvaluations()) {
			if (evaluation.getTarget() != null) {
				evaluationsOf.computeIfAbsent(evaluation.getTarget(), subject -> new ArrayList<>()).add(evaluation);
			}
		}
	}

	/**
	 * The timeline of a report; its years span every year a row marks (if none does, the status year, else the
	 * current fiscal year, so that the rows can still be drawn).
	 */
	public static Timeline of(EvaluationReport report) {
		Integer statusYear = report.getEvaluations().stream().map(Evaluation::getFiscalYear).filter(Objects::nonNull)
				.max(Integer::compare).orElse(null);
		Timelines builder = new Timelines(report);
		Program program = report.getProgram();
		if (program != null) {
			builder.subject(program, RowKind.PROGRAM, 0);
			for (Project project : program.getProjects()) {
				builder.subject(project, RowKind.PROJECT, 1);
			}
		}
		int first = builder.rows.stream().flatMap(row -> row.marks().stream()).map(Mark::firstYear).filter(Objects::nonNull)
				.min(Integer::compare).orElseGet(() -> statusYear != null ? statusYear : FiscalYears.of(LocalDate.now()));
		int last = builder.rows.stream().flatMap(row -> row.marks().stream()).map(Mark::lastYear).filter(Objects::nonNull)
				.max(Integer::compare).orElse(first);
		String title = program == null ? ReportText.title(report) : ReportText.nonNull(program.getNameJa());
		return new Timeline(title, builder.rows, first, Math.max(first, last), statusYear);
	}

	/**
	 * Why an item from {@code start} to {@code end} is flagged: end before start; no year at all (undated, unless
	 * the source says its years are uncertain).
	 */
	public static Set<Flag> flags(Integer start, Integer end, boolean yearsUncertain) {
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		if (start != null && end != null && end < start) {
			flags.add(Flag.END_BEFORE_START);
		}
		if (yearsUncertain) {
			flags.add(Flag.YEARS_UNCERTAIN);
		} else if (start == null && end == null) {
			flags.add(Flag.UNDATED);
		}
		return flags;
	}

	/** The tooltip of a budget mark: 2021年度 123.4百万円. */
	public static String budgetLabel(Mark.Budget budget) {
		return TEXT.format("budget", Integer.toString(budget.year()), ReportText.number(budget.hyakumanYen())); //$NON-NLS-1$
	}

	/** The tooltip of a bar without years: its label and that no year is given. */
	public static String undatedLabel(Mark.Bar bar) {
		return TEXT.format("undated", bar.label()); //$NON-NLS-1$
	}

	/** The tooltip of bars drawn as one: how many, the first one's label, and the days from the first to the last. */
	public static String mergedLabel(int count, String firstLabel, LocalDate from, LocalDate to) {
		return TEXT.format("merged", Integer.toString(count), firstLabel, from.toString(), to.toString()); //$NON-NLS-1$
	}

	/** The tooltip of a target: indicator, value, and what it was before a revision. */
	public static String targetLabel(Mark.Target target) {
		return target.revisedFrom() == null ? target.label() : TEXT.format("revisedFrom", target.label(), target.revisedFrom()); //$NON-NLS-1$
	}

	/**
	 * The tooltip of a planned period: 計画 2019年度～2021年度（現在 2019年度～2023年度）, then the year decided and
	 * the reason where recorded; {@code year} labels a fiscal year (the axis' or the report's labels).
	 */
	public static String plannedLabel(Mark.PlannedPeriod planned, IntFunction<String> year) {
		String text = TEXT.format("plannedPeriod", orUnknown(planned.start(), year), orUnknown(planned.end(), year), //$NON-NLS-1$
				orUnknown(planned.currentStart(), year), orUnknown(planned.currentEnd(), year));
		if (planned.decidedIn() != null) {
			text = TEXT.format("plannedDecided", text, year.apply(planned.decidedIn())); //$NON-NLS-1$
		}
		return planned.reason() == null || planned.reason().isBlank() ? text : TEXT.format("plannedReason", text, planned.reason()); //$NON-NLS-1$
	}

	private static String orUnknown(Integer fiscalYear, IntFunction<String> label) {
		return fiscalYear == null ? "?" : label.apply(fiscalYear); //$NON-NLS-1$
	}

	private void subject(EvaluationSubject subject, RowKind kind, int depth) {
		List<Mark> marks = new ArrayList<>();
		Period period = subject.getPeriod();
		if (period != null && (period.getStartFY() != null || period.getEndFY() != null)) {
			marks.add(new Mark.Bar(Mark.BarKind.PERIOD, period.getStartFY(), period.getEndFY(), ReportText.period(period),
					flags(period.getStartFY(), period.getEndFY(), false), period));
		}
		for (PeriodRevision revision : Roadmaps.periodRevisions(subject)) {
			if (revision.getPlannedStartFY() != null || revision.getPlannedEndFY() != null) {
				marks.add(new Mark.PlannedPeriod(revision.getPlannedStartFY(), revision.getPlannedEndFY(), period == null ? null : period.getStartFY(),
						period == null ? null : period.getEndFY(), revision.getDecidedFY(), revision.getReason(), revision));
			}
		}
		Optional<BudgetTable> budget = budgetTable(subject);
		budget.ifPresent(table -> marks.addAll(budget(table, Budgets.columnSums(table), table, table)));
		evaluations(subject, marks);
		targets(subject, marks);
		rows.add(new Row(kind, depth, ReportText.subjectTitle(subject), subject, marks));
		if (subject instanceof Project project) {
			for (ResearchItem item : project.getResearchItems()) {
				rows.add(new Row(RowKind.RESEARCH_ITEM, depth + 1, TEXT.format("researchItem", ReportText.nonNull(item.getCode()), //$NON-NLS-1$
						ReportText.nonNull(item.getNameJa())).strip(), item,
						budget.map(table -> budget(table, lineSums(table, line -> line.getResearchItem() == item), item, null)).orElse(List.of())));
			}
			for (ResearchTask task : project.getResearchTasks()) {
				List<Mark> taskMarks = new ArrayList<>();
				if (task.getStartFY() != null) {
					taskMarks.add(new Mark.Bar(Mark.BarKind.TASK_START, task.getStartFY(), null, ReportText.fiscalYear(task.getStartFY()), Set.of(), task));
				}
				budget.ifPresent(table -> taskMarks.addAll(budget(table, lineSums(table, line -> line.getTasks().contains(task)), task, null)));
				String code = task.getCode() == null ? "" : task.getCode() + " "; //$NON-NLS-1$
				rows.add(new Row(RowKind.RESEARCH_TASK, depth + 1, code + ReportText.nonNull(task.getNameJa()), task, taskMarks));
			}
		}
		for (Roadmap roadmap : Roadmaps.of(subject)) {
			rows.add(new Row(RowKind.ROADMAP, depth + 1, ReportText.nonNull(roadmap.getTitleJa()), roadmap,
					elements(roadmap, element -> element.getLane() == null)));
			for (RoadmapLane lane : roadmap.getLanes()) {
				rows.add(new Row(RowKind.LANE, depth + 2, ReportText.nonNull(lane.getNameJa()), lane,
						elements(roadmap, element -> element.getLane() == lane)));
			}
		}
	}

	private static Optional<BudgetTable> budgetTable(EvaluationSubject subject) {
		for (AmountKind kind : BUDGET_KINDS) {
			Optional<BudgetTable> table = Budgets.table(subject, kind);
			if (table.isPresent()) {
				return table;
			}
		}
		return Optional.empty();
	}

	private static SortedMap<Integer, BigDecimal> lineSums(BudgetTable table, Predicate<BudgetLine> lines) {
		SortedMap<Integer, BigDecimal> sums = new TreeMap<>();
		for (BudgetLine line : table.getLines()) {
			if (lines.test(line)) {
				for (FiscalYearAmount cell : line.getCells()) {
					if (Budgets.counts(cell)) {
						sums.merge(cell.getFiscalYear(), cell.getAmount(), BigDecimal::add);
					}
				}
			}
		}
		return sums;
	}

	/**
	 * Budget marks per fiscal year in 百万円. For a subject ({@code totals} non-null) a printed yearly total wins over
	 * the sum of its lines, as in {@link Budgets#amount}.
	 */
	private static List<Mark> budget(BudgetTable table, SortedMap<Integer, BigDecimal> sums, EObject source, BudgetTable totals) {
		SortedMap<Integer, BigDecimal> amounts = new TreeMap<>(sums);
		if (totals != null) {
			for (FiscalYearAmount total : totals.getStatedTotals()) {
				Budgets.statedTotal(totals, total.getFiscalYear()).ifPresent(amount -> amounts.put(total.getFiscalYear(), amount));
			}
		}
		SortedMap<Integer, BigDecimal> converted = new TreeMap<>();
		amounts.forEach((year, amount) -> Budgets.inHyakumanYen(amount, table.getUnit()).ifPresent(value -> converted.put(year, value)));
		BigDecimal largest = converted.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		List<Mark> marks = new ArrayList<>();
		for (Map.Entry<Integer, BigDecimal> entry : converted.entrySet()) {
			double share = largest.signum() <= 0 ? 0 : entry.getValue().doubleValue() / largest.doubleValue();
			marks.add(new Mark.Budget(entry.getKey(), entry.getValue(), Math.max(0, share), source));
		}
		return marks;
	}

	private void evaluations(EvaluationSubject subject, List<Mark> marks) {
		List<Mark.EvaluationPoint> points = new ArrayList<>();
		for (ScheduledEvaluation scheduled : subject.getEvaluationSchedule()) {
			// an unstated type is no evaluation to draw (getType() gives the first literal, 事前評価)
			if (scheduled.getFiscalYear() != null && scheduled.isSetType()) {
				points.add(new Mark.EvaluationPoint(scheduled.getType(), scheduled.getFiscalYear(), scheduled.isPlanned(),
						evaluationLabel(scheduled.getType().getName(), scheduled.isPlanned()), scheduled));
			}
		}
		for (Evaluation evaluation : evaluationsOf.getOrDefault(subject, List.of())) {
			if (evaluation.isSetType() && evaluation.getFiscalYear() != null
					&& points.stream().noneMatch(point -> point.type() == evaluation.getType() && point.year() == evaluation.getFiscalYear())) {
				points.add(new Mark.EvaluationPoint(evaluation.getType(), evaluation.getFiscalYear(), false,
						evaluationLabel(evaluation.getType().getName(), false), evaluation));
			}
		}
		marks.addAll(points);
	}

	private static String evaluationLabel(String type, boolean planned) {
		String label = TEXT.get("evaluation." + type); //$NON-NLS-1$
		return planned ? TEXT.format("planned", label) : label; //$NON-NLS-1$
	}

	private void targets(EvaluationSubject subject, List<Mark> marks) {
		// judged as of the subject's own evaluation, as the report's table of indicators judges them
		Integer judgedAt = Achievement.evaluationYear(subject).orElse(null);
		List<Indicator> indicators = new ArrayList<>(subject.getOutputIndicators());
		indicators.addAll(subject.getOutcomeIndicators());
		for (Indicator indicator : indicators) {
			for (IndicatorTarget target : indicator.getTargets()) {
				String revisedFrom = Revisions.valueBefore(target).map(Timelines::before).orElse(null);
				if (target.getFiscalYear() != null) {
					String value = target.getTargetValue() == null ? "" : ReportText.number(target.getTargetValue()); //$NON-NLS-1$
					marks.add(new Mark.Target(indicator instanceof OutcomeIndicator, target.getFiscalYear(),
							TEXT.format("target", ReportText.nonNull(indicator.getNameJa()), value, //$NON-NLS-1$
									value.isEmpty() ? "" : ReportText.nonNull(indicator.getUnit())), //$NON-NLS-1$
							status(target, judgedAt), revisedFrom, target));
				}
			}
			for (TargetRevision revision : indicator.getRevisions()) {
				if (revision.getDecidedFY() != null) {
					marks.add(new Mark.Revision(revision.getDecidedFY(), revisionLabel(revision), revision));
				}
			}
		}
	}

	/** 目標変更：30 → 220, with the year of the target it revised where one is recorded: 目標変更（2025年度）：30 → 220. */
	private static String revisionLabel(TargetRevision revision) {
		IndicatorTarget target = revision.getTarget();
		return target == null || target.getFiscalYear() == null ? TEXT.format("revision", before(revision), after(revision)) //$NON-NLS-1$
				: TEXT.format("revisionOf", TEXT.format("fiscalYear", target.getFiscalYear().toString()), before(revision), after(revision)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String before(TargetRevision revision) {
		return revision.getOldValue() != null ? ReportText.number(revision.getOldValue()) : revision.getOldIndicatorName();
	}

	private static String after(TargetRevision revision) {
		return revision.getNewValue() != null ? ReportText.number(revision.getNewValue()) : ReportText.nonNull(revision.getNewIndicatorName());
	}

	/**
	 * The status the file records for the target; else the one its numbers give as of the fiscal year its subject is
	 * judged at ({@link Achievement#evaluationYear}); else not yet due when its year is after that one; else unknown.
	 */
	private static TargetStatus status(IndicatorTarget target, Integer judgedAt) {
		if (target.isSetStatus()) {
			return of(target.getStatus());
		}
		if (judgedAt != null) {
			Optional<AchievementStatus> computed = Achievement.status(target, judgedAt);
			if (computed.isPresent()) {
				return of(computed.get());
			}
			if (target.getFiscalYear() != null && target.getFiscalYear() > judgedAt) {
				return TargetStatus.NOT_YET_DUE;
			}
		}
		return TargetStatus.UNKNOWN;
	}

	private static TargetStatus of(AchievementStatus status) {
		return switch (status) {
		case ACHIEVED -> TargetStatus.MET;
		case NOT_ACHIEVED, PARTIALLY_ACHIEVED, DISCONTINUED -> TargetStatus.NOT_MET;
		case ON_TRACK, NOT_YET_DUE -> TargetStatus.NOT_YET_DUE;
		};
	}

	private static List<Mark> elements(Roadmap roadmap, Predicate<RoadmapElement> which) {
		List<Mark> marks = new ArrayList<>();
		for (RoadmapElement element : roadmap.getElements()) {
			if (which.test(element)) {
				marks.add(mark(element));
			}
		}
		return marks;
	}

	/**
	 * The mark of a roadmap item or milestone: by fiscal year, or to the month where {@code startMonth} or
	 * {@code endMonth} gives one (a bar with both years; a milestone in its year). A month outside 1 to 12 is drawn
	 * as the whole year (rule HY-RM-03 reports it); an end month before the start month in the same year flags the
	 * bar as ending before it starts.
	 */
	public static Mark mark(RoadmapElement element) {
		Integer start = element.getStartFY();
		Integer end = element.getEndFY();
		LocalDate startMonth = start == null ? null : month(start, element.getStartMonth());
		LocalDate endMonth = end == null ? null : month(end, element.getEndMonth());
		String label = ReportText.nonNull(element.getLabelJa());
		if (element instanceof Milestone && (start != null || end != null)) {
			LocalDate month = start != null ? startMonth : endMonth;
			return new Mark.Milestone(start != null ? start : end, month == null ? null : month.getMonthValue(), label, element);
		}
		Set<Flag> flags = flags(start, end, element.isYearsUncertain());
		if (start == null || end == null || flags.contains(Flag.END_BEFORE_START) || startMonth == null && endMonth == null) {
			return new Mark.Bar(Mark.BarKind.ROADMAP_ITEM, start, end, label, flags, element);
		}
		LocalDate from = startMonth != null ? startMonth : FiscalYears.start(start);
		LocalDate to = endMonth != null ? endMonth.with(TemporalAdjusters.lastDayOfMonth()) : FiscalYears.end(end);
		if (to.isBefore(from)) {
			flags.add(Flag.END_BEFORE_START);
		}
		return new Mark.Bar(Mark.BarKind.ROADMAP_ITEM, start, end, label, flags, element, from, to);
	}

	/** The first day of a calendar month (1 to 12) in a fiscal year, April to March; null for no month or none of 1 to 12. */
	public static LocalDate month(int fiscalYear, Integer month) {
		return month == null || month < 1 || month > 12 ? null : LocalDate.of(month >= 4 ? fiscalYear : fiscalYear + 1, month, 1);
	}

	/** A fiscal year as the report prints it, with a month if one is given: 2024年度（令和6年度） 7月. */
	public static String yearAndMonth(int fiscalYear, Integer month) {
		String year = ReportText.fiscalYear(fiscalYear);
		return month == null ? year : year + " " + monthLabel(month); //$NON-NLS-1$
	}

	/** A month as the figure names it: 7月. */
	public static String monthLabel(int month) {
		return TEXT.format("month", Integer.toString(month)); //$NON-NLS-1$
	}

	/** A month's place in its fiscal year: 0 for April to 11 for March. */
	public static int fiscalMonthIndex(int month) {
		return (month + 8) % 12;
	}
}
