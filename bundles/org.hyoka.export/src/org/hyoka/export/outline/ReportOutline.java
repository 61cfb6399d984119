package org.hyoka.export.outline;

import static org.hyoka.core.report.ReportText.format;
import static org.hyoka.core.report.ReportText.get;
import static org.hyoka.core.report.ReportText.nonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.report.ReportText;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.export.outline.Block.Bar;
import org.hyoka.export.outline.Block.Bullet;
import org.hyoka.export.outline.Block.Bullets;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Chart;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Kind;
import org.hyoka.export.outline.Block.Paragraph;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportSection.Scope;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.Meeting;
import org.hyoka.model.evaluation.Recommendation;
import org.hyoka.model.evaluation.ScoreTable;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetRequestSheet;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.program.CompetitiveLandscape;
import org.hyoka.model.program.CompetitorProfile;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.LandscapeEvent;
import org.hyoka.model.program.NarrativeSection;
import org.hyoka.model.program.Project;
import org.hyoka.model.results.ProgressCell;
import org.hyoka.model.results.ProgressMatrix;

/**
 * The 技術評価報告書 as a sequence of headings, paragraphs, lists, tables and charts, in the words of
 * {@link ReportText}: the cover, 第1部 事業の概要 and 第2部 評価 with 委員構成, 審議経過 and per evaluation the comments,
 * the 評点結果 (every evaluator's score, the averages of {@link Scoring} and their chart) and the 提言 with their
 * 対処方針. This is the one place that orders the report: the {@linkplain BuiltInSection built-in sections} with the
 * contributed ones ({@link SectionRegistry}) placed among them; the HTML, DOCX and PDF writers only render its
 * blocks. The report is only read.
 */
public final class ReportOutline<E extends Exception> {

	/** Takes the blocks in reading order, as the outline makes them. */
	@FunctionalInterface
	public interface Sink<E extends Exception> {
		void accept(Block block) throws E;
	}

	private static final String PART = "part"; //$NON-NLS-1$
	private static final String TEXT = "text"; //$NON-NLS-1$
	private static final String AMOUNT = "amount"; //$NON-NLS-1$
	private static final String DATE = "date"; //$NON-NLS-1$

	private final Sink<E> sink;
	private final EvaluationReport report;
	private final SectionRegistry sections;
	private final SubMonitor progress;
	/** The contributed sections created for this report, each once; empty for one that could not be created. */
	private final Map<SectionDescriptor, Optional<ReportSection>> created = new HashMap<>();

	private ReportOutline(Sink<E> sink, EvaluationReport report, SectionRegistry sections, SubMonitor progress) {
		this.sink = sink;
		this.report = report;
		this.sections = sections;
		this.progress = progress;
	}

	/** The report's blocks in reading order, with the installed sections; one unit of work per part and per evaluation. */
	public static List<Block> of(EvaluationReport report, IProgressMonitor monitor) {
		return of(report, SectionRegistry.installed(), monitor);
	}

	/** The report's blocks in reading order, with these sections; one unit of work per part and per evaluation. */
	public static List<Block> of(EvaluationReport report, SectionRegistry sections, IProgressMonitor monitor) {
		List<Block> blocks = new ArrayList<>();
		write(report, sections, monitor, blocks::add);
		return List.copyOf(blocks);
	}

	/**
	 * Hands the report's blocks to the sink one by one, in reading order, so that a writer need not hold the whole
	 * report (the HTML of a large portfolio); with the installed sections ({@link SectionRegistry#installed()}).
	 */
	public static <E extends Exception> void write(EvaluationReport report, IProgressMonitor monitor, Sink<E> sink) throws E {
		write(report, SectionRegistry.installed(), monitor, sink);
	}

	/**
	 * Hands the report's blocks to the sink one by one, in reading order, the built-in sections with the contributed
	 * ones placed among them; one unit of work per part and per evaluation.
	 */
	public static <E extends Exception> void write(EvaluationReport report, SectionRegistry sections, IProgressMonitor monitor, Sink<E> sink)
			throws E {
		SubMonitor progress = SubMonitor.convert(monitor, 3 + report.getEvaluations().size());
		new ReportOutline<>(sink, report, sections, progress).sections(Scope.REPORT, report);
	}

	private void add(Block block) throws E {
		sink.accept(block);
	}

	/** The sections of a scope for one target, in their places. */
	private void sections(Scope scope, EObject target) throws E {
		for (Slot slot : sections.layout(scope)) {
			if (slot.builtIn() != null) {
				builtIn(slot.builtIn(), target);
			} else {
				contributed(slot.contributed(), target);
			}
		}
	}

	private void builtIn(BuiltInSection section, EObject target) throws E {
		switch (section) {
		case COVER -> {
			progress.split(1);
			cover();
		}
		case PART1 -> {
			progress.split(1);
			add(new Heading(1, get("part1"), PART, "part1")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		case SUBJECTS -> subjects();
		case PART2 -> {
			progress.split(1);
			add(new Heading(1, get("part2"), PART, "part2")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		case COMMITTEE -> committee(report.getCommittee());
		case MEETINGS -> meetings(report.getCommittee());
		case EVALUATIONS -> {
			for (Evaluation evaluation : report.getEvaluations()) {
				progress.split(1);
				evaluation(evaluation);
			}
		}
		case OVERVIEW -> add(Table.overview(ReportText.overview((EvaluationSubject) target)));
		case BUDGETS -> {
			for (BudgetTable table : ((EvaluationSubject) target).getBudgetTables()) {
				budget(table);
			}
		}
		case BUDGET_REQUESTS -> budgetRequests(((EvaluationSubject) target).getBudgetRequests());
		case PROGRESS -> {
			for (ProgressMatrix matrix : ((EvaluationSubject) target).getProgressMatrices()) {
				progress(matrix);
			}
		}
		case LANDSCAPES -> {
			for (CompetitiveLandscape landscape : ((EvaluationSubject) target).getLandscapes()) {
				landscape(landscape);
			}
		}
		case NARRATIVES -> narratives(((EvaluationSubject) target).getNarratives());
		case COMMENTS -> comments(((Evaluation) target).getComments());
		case SCORES -> scores((Evaluation) target);
		case RECOMMENDATIONS -> recommendations(((Evaluation) target).getRecommendations());
		}
	}

	/**
	 * A contributed section's blocks for the target; a section that cannot be created or throws is left out, and the
	 * registry logs it with its bundle. Its blocks are asked for before any is written, so a failure prints nothing.
	 */
	private void contributed(SectionDescriptor descriptor, EObject target) throws E {
		Optional<ReportSection> section = created.computeIfAbsent(descriptor, this::create);
		if (section.isEmpty()) {
			return;
		}
		List<Block> blocks;
		try {
			blocks = List.copyOf(section.get().blocks(report, target));
		} catch (RuntimeException | LinkageError e) {
			sections.failed(descriptor, e);
			return;
		}
		for (Block block : blocks) {
			add(block);
		}
	}

	private Optional<ReportSection> create(SectionDescriptor descriptor) {
		try {
			return Optional.of(descriptor.factory().create());
		} catch (ContributionException | RuntimeException | LinkageError e) {
			sections.failed(descriptor, e);
			return Optional.empty();
		}
	}

	private void cover() throws E {
		String program = ReportText.coverProgram(report);
		if (program != null) {
			add(new Paragraph(program, "program")); //$NON-NLS-1$
		}
		add(new Heading(0, ReportText.title(report)));
		EvaluationCommittee committee = report.getCommittee();
		if (committee != null && committee.getNameJa() != null && !committee.getNameJa().isBlank()) {
			add(new Paragraph(committee.getNameJa(), "cover-committee")); //$NON-NLS-1$
		}
		String date = ReportText.coverDate(report);
		if (date != null) {
			add(new Paragraph(date, "cover-date")); //$NON-NLS-1$
		}
		if (report.getIssuingMinistry() != null) {
			add(new Paragraph(report.getIssuingMinistry().getNameJa(), "ministry")); //$NON-NLS-1$
		}
		if (report.getPreface() != null) {
			add(new Heading(2, get("preface"), "preface", "preface")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			add(new Paragraph(report.getPreface(), TEXT));
		}
	}

	private void subjects() throws E {
		if (report.getProgram() != null) {
			subject(report.getProgram());
			for (Project project : report.getProgram().getProjects()) {
				subject(project);
			}
		}
	}

	private void subject(EvaluationSubject subject) throws E {
		add(new Heading(2, ReportText.subjectTitle(subject), "subject", "subject-" + subject.getId())); //$NON-NLS-1$ //$NON-NLS-2$
		sections(Scope.SUBJECT, subject);
	}

	private void narratives(List<NarrativeSection> narratives) throws E {
		for (NarrativeSection narrative : narratives) {
			add(new Heading(3, nonNull(narrative.getHeadingPrinted()), "narrative", "")); //$NON-NLS-1$ //$NON-NLS-2$
			if (narrative.getText() != null) {
				add(new Paragraph(narrative.getText(), TEXT));
			}
		}
	}

	private void budget(BudgetTable table) throws E {
		List<List<Cell>> rows = new ArrayList<>();
		List<Cell> head = new ArrayList<>();
		head.add(Cell.header("")); //$NON-NLS-1$
		table.getColumns().forEach(column -> head.add(Cell.header(ReportText.columnLabel(column))));
		rows.add(head);
		for (BudgetLine line : table.getLines()) {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.header(nonNull(line.getLabelPrinted())));
			for (FiscalYearColumn column : table.getColumns()) {
				row.add(Cell.number(ReportText.amount(line.getCells(), column), AMOUNT));
			}
			rows.add(row);
		}
		List<String> totals = ReportText.totals(table);
		if (!totals.isEmpty()) {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.header(totals.get(0)));
			totals.subList(1, totals.size()).forEach(total -> row.add(Cell.number(total, AMOUNT)));
			rows.add(row);
		}
		add(new Table(Kind.BUDGET, table.getId(), ReportText.budgetCaption(table), ReportText.budgetUnit(table), rows, 1,
				totals.isEmpty() ? 0 : 1));
		List<String> notes = ReportText.budgetNotes(table);
		if (!notes.isEmpty()) {
			add(new Paragraph(String.join("\n", notes), "notes")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private void budgetRequests(List<BudgetRequestSheet> requests) throws E {
		if (requests.isEmpty()) {
			return;
		}
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(headers("request.title", "request.year", "request.kind", "request.amount", "request.previous")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		for (BudgetRequestSheet request : requests) {
			rows.add(List.of(Cell.text(nonNull(request.getTitlePrinted()), TEXT),
					Cell.text(request.getFiscalYear() == null ? "" : ReportText.fiscalYear(request.getFiscalYear()), TEXT), //$NON-NLS-1$
					Cell.text(nonNull(request.getKindPrinted()), TEXT), Cell.number(nonNull(request.getAmountPrinted()), AMOUNT),
					Cell.text(nonNull(request.getPreviousYearPrinted()), TEXT)));
		}
		add(new Table(Kind.DATA, "", get("requests"), "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** A progress table as printed: the mark of each row and step, with the note printed in the cell. */
	private void progress(ProgressMatrix matrix) throws E {
		List<List<Cell>> rows = new ArrayList<>();
		List<Cell> head = new ArrayList<>();
		head.add(Cell.header("")); //$NON-NLS-1$
		matrix.getColumns().forEach(column -> head.add(Cell.header(column)));
		rows.add(head);
		for (String label : matrix.getRows()) {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.header(label));
			for (String column : matrix.getColumns()) {
				row.add(Cell.text(matrix.getCells().stream().filter(cell -> label.equals(cell.getRow()) && column.equals(cell.getColumn()))
						.findFirst().map(ReportOutline::markAndNote).orElse(""), TEXT)); //$NON-NLS-1$
			}
			rows.add(row);
		}
		add(new Table(Kind.DATA, "", nonNull(matrix.getTitlePrinted()), "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String markAndNote(ProgressCell cell) {
		String mark = nonNull(cell.getMarkPrinted());
		return cell.getNote() == null ? mark : (mark + " " + cell.getNote()).strip(); //$NON-NLS-1$
	}

	/** The history and the competitors of a 類似・競合 table, each as its own table under the printed title. */
	private void landscape(CompetitiveLandscape landscape) throws E {
		String caption = nonNull(landscape.getTitlePrinted());
		if (!landscape.getEvents().isEmpty()) {
			List<List<Cell>> rows = new ArrayList<>();
			rows.add(headers("event.year", "event.region", "event.text")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (LandscapeEvent event : landscape.getEvents()) {
				rows.add(List.of(Cell.text(event.getYearPrinted() != null ? event.getYearPrinted()
						: event.getYear() == null ? "" : event.getYear().toString(), TEXT), //$NON-NLS-1$
						Cell.text(nonNull(event.getRegion()), TEXT), Cell.text(nonNull(event.getText()), TEXT)));
			}
			add(new Table(Kind.DATA, "", caption, "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$
			caption = ""; //$NON-NLS-1$
		}
		if (!landscape.getCompetitors().isEmpty()) {
			List<List<Cell>> rows = new ArrayList<>();
			rows.add(headers("competitor.name", "competitor.headquarters", "competitor.business", "competitor.direction")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			for (CompetitorProfile competitor : landscape.getCompetitors()) {
				rows.add(List.of(Cell.header(nonNull(competitor.getNameJa())), Cell.text(nonNull(competitor.getHeadquarters()), TEXT),
						Cell.text(nonNull(competitor.getBusiness()), TEXT), Cell.text(nonNull(competitor.getDirection()), TEXT)));
			}
			add(new Table(Kind.DATA, "", caption, "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static List<Cell> headers(String... keys) {
		return Arrays.stream(keys).map(key -> Cell.header(get(key))).toList();
	}

	private void committee(EvaluationCommittee committee) throws E {
		if (committee != null && !committee.getMembers().isEmpty()) {
			add(new Heading(2, get("committee"), "committee", "committee")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			List<List<Cell>> rows = new ArrayList<>();
			rows.add(List.of(Cell.header(""), Cell.header(get("personName")), Cell.header(get("affiliation")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (CommitteeMember member : committee.getMembers()) {
				rows.add(List.of(Cell.text(member.getRole() == null ? "" : get("role." + member.getRole().getName()), ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						Cell.text(member.getPerson() == null ? "" : nonNull(member.getPerson().getNameJa()), "name"), //$NON-NLS-1$ //$NON-NLS-2$
						Cell.text(nonNull(member.getAffiliationPrinted()), ""))); //$NON-NLS-1$
			}
			add(new Table(Kind.COMMITTEE, "", "", "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private void meetings(EvaluationCommittee committee) throws E {
		if (committee != null && !committee.getMeetings().isEmpty()) {
			add(new Heading(2, get("meetings"), "meetings", "meetings")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (Meeting meeting : committee.getMeetings()) {
				add(new Heading(3, ReportText.meetingTitle(committee, meeting), "meeting", "")); //$NON-NLS-1$ //$NON-NLS-2$
				add(new Paragraph(ReportText.meetingWhen(meeting), DATE));
				if (meeting.getResolutionDate() != null) {
					add(new Paragraph(format("meetingResolution", ReportText.date(meeting.getResolutionDate(), null)), DATE)); //$NON-NLS-1$
				}
				if (!meeting.getAgenda().isEmpty()) {
					add(new Paragraph(get("agenda"), "agenda-title")); //$NON-NLS-1$ //$NON-NLS-2$
					// agenda items carry their printed numbers (１．…)
					add(new Bullets(meeting.getAgenda().stream().map(item -> new Bullet("", item, "")).toList(), "agenda")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
		}
	}

	private void evaluation(Evaluation evaluation) throws E {
		String type = evaluation.getTypePrinted() != null ? "（" + evaluation.getTypePrinted() + "）" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(new Heading(2, ReportText.subjectTitle(evaluation.getTarget()) + type, "evaluation", "evaluation-" + evaluation.getId())); //$NON-NLS-1$ //$NON-NLS-2$
		sections(Scope.EVALUATION, evaluation);
	}

	/** The comments under their printed headings, in the order printed. */
	private void comments(List<EvaluationComment> comments) throws E {
		String heading = null;
		List<Bullet> items = new ArrayList<>();
		for (EvaluationComment comment : comments) {
			String own = ReportText.commentHeading(comment);
			if (!own.equals(heading)) {
				flush(items);
				heading = own;
				add(new Heading(3, heading));
			}
			String polarity = comment.getPolarity() == null ? "note" : comment.getPolarity().getName().toLowerCase(Locale.ROOT); //$NON-NLS-1$
			items.add(new Bullet(ReportText.marker(comment), nonNull(comment.getText()), polarity));
		}
		flush(items);
	}

	private void flush(List<Bullet> items) throws E {
		if (!items.isEmpty()) {
			add(new Bullets(items, "comments")); //$NON-NLS-1$
			items.clear();
		}
	}

	private void scores(Evaluation evaluation) throws E {
		ScoreTable table = evaluation.getScoreTable();
		add(new Heading(3, get("scores"))); //$NON-NLS-1$
		if (table == null || table.getRows().isEmpty()) {
			add(new Paragraph(get("noScores"), "no-scores")); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		if (table.getMethod() != null) {
			add(new Paragraph(format("scoreMethod", table.getMethod()), "method")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		SortedSet<Integer> columns = ReportText.scoreColumns(table);
		List<List<Cell>> rows = new ArrayList<>();
		List<Cell> head = new ArrayList<>();
		head.add(Cell.header(get("item"))); //$NON-NLS-1$
		columns.forEach(column -> head.add(new Cell(ReportText.evaluatorOf(table, column), true, false, false, "", Integer.toString(column)))); //$NON-NLS-1$
		head.add(Cell.header(get("average"))); //$NON-NLS-1$
		rows.add(head);
		List<Scoring.ItemResult> results = Scoring.results(table);
		boolean anyLow = false;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			ItemScore item = table.getRows().get(i);
			Scoring.ItemResult result = results.get(i);
			List<Cell> row = new ArrayList<>();
			row.add(new Cell(ReportText.itemLabel(item), true, false, false, "", ReportText.itemCode(item.getItem()))); //$NON-NLS-1$
			for (int column : columns) {
				Integer value = ReportText.scoreAt(item, column);
				row.add(new Cell(value == null ? "" : value.toString(), false, true, false, "score", Integer.toString(column))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			anyLow |= result.needsExplanation();
			row.add(new Cell(result.average() == null ? get("notPrinted") : result.average().toPlainString(), false, true, //$NON-NLS-1$
					result.needsExplanation(), "average", "")); //$NON-NLS-1$ //$NON-NLS-2$
			rows.add(row);
			bars.add(new Bar(ReportText.itemLabel(item), result.average(), result.needsExplanation()));
		}
		add(new Table(Kind.SCORES, nonNull(evaluation.getId()), "", "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$
		if (anyLow) {
			add(new Paragraph(get("needsExplanation"), "legend")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		add(new Chart(nonNull(evaluation.getId()), get("chart"), get("item"), get("average"), Scoring.MIN_SCORE, Scoring.MAX_SCORE, bars)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void recommendations(List<Recommendation> recommendations) throws E {
		if (recommendations.isEmpty()) {
			return;
		}
		add(new Heading(3, get("recommendations"))); //$NON-NLS-1$
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(List.of(Cell.header(get("recommendation")), Cell.header(get("response")))); //$NON-NLS-1$ //$NON-NLS-2$
		for (Recommendation recommendation : recommendations) {
			String response = ""; //$NON-NLS-1$
			if (recommendation.getResponse() != null) {
				response = nonNull(recommendation.getResponse().getText());
				if (recommendation.getResponse().getResponsibleActor() != null) {
					response += "\n" + format("responsible", recommendation.getResponse().getResponsibleActor()); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			rows.add(List.of(Cell.text(nonNull(recommendation.getText()), TEXT), Cell.text(response, TEXT)));
		}
		add(new Table(Kind.RECOMMENDATIONS, "", "", "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
