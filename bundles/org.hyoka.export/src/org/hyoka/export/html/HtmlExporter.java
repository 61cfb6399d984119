package org.hyoka.export.html;

import static org.hyoka.export.internal.ReportText.format;
import static org.hyoka.export.internal.ReportText.get;
import static org.hyoka.export.internal.ReportText.nonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.internal.ExportMessages;
import org.hyoka.export.internal.ReportText;
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
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.Project;

/**
 * The 技術評価報告書 as one self-contained, printable XHTML file (UTF-8, inline CSS and SVG): 第1部 事業の概要
 * (the program and its projects: purpose, period, division, budgets) and 第2部 評価 (委員構成, 審議経過, and per
 * evaluation the committee's comments, the 評点結果 with every evaluator's score, the averages of
 * {@link Scoring} and a bar chart, the 提言 and their 対処方針).
 * <p>
 * Elements carry classes (and score cells {@code data-column}) so that tools can read the tables back.
 */
public class HtmlExporter implements Exporter {

	private static final String CLASS = "class"; //$NON-NLS-1$
	private static final String TABLE = "table"; //$NON-NLS-1$
	private static final String TR = "tr"; //$NON-NLS-1$
	private static final String TH = "th"; //$NON-NLS-1$
	private static final String TD = "td"; //$NON-NLS-1$
	private static final String SECTION = "section"; //$NON-NLS-1$

	@Override
	public void export(EvaluationReport report, ExportOptions options, IProgressMonitor monitor, OutputStream out) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, ExportMessages.get("progress.export"), 3 + report.getEvaluations().size()); //$NON-NLS-1$
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		MarkupWriter html = new MarkupWriter(writer);
		html.raw("<!DOCTYPE html>\n"); //$NON-NLS-1$
		html.start("html").attribute("xmlns", "http://www.w3.org/1999/xhtml").attribute("lang", "ja").attribute("xml:lang", "ja"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		head(html, report);
		html.start("body"); //$NON-NLS-1$
		progress.split(1);
		cover(html, report);
		progress.split(1);
		partOne(html, report.getProgram());
		progress.split(1);
		html.start(SECTION).attribute(CLASS, "part").attribute("id", "part2").element("h2", get("part2")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		committee(html, report.getCommittee());
		for (Evaluation evaluation : report.getEvaluations()) {
			progress.split(1);
			evaluation(html, evaluation);
		}
		html.end().end().end();
		html.flush();
		writer.flush();
	}

	private static void head(MarkupWriter html, EvaluationReport report) throws IOException {
		html.start("head"); //$NON-NLS-1$
		html.start("meta").attribute("charset", "UTF-8").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.start("meta").attribute("name", "viewport").attribute("content", "width=device-width, initial-scale=1").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		html.element("title", ReportText.title(report)); //$NON-NLS-1$
		html.start("style").raw(Stylesheet.CSS).end(); //$NON-NLS-1$
		html.end();
	}

	private static void cover(MarkupWriter html, EvaluationReport report) throws IOException {
		html.start("header").attribute(CLASS, "cover"); //$NON-NLS-1$ //$NON-NLS-2$
		String program = ReportText.coverProgram(report);
		if (program != null) {
			html.element("p", "program", program); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.element("h1", ReportText.title(report)); //$NON-NLS-1$
		if (report.getIssuingMinistry() != null) {
			html.element("p", "ministry", report.getIssuingMinistry().getNameJa()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.end();
		if (report.getPreface() != null) {
			html.start(SECTION).attribute("id", "preface").element("h2", get("preface")).element("p", "text", report.getPreface()).end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		}
	}

	private static void partOne(MarkupWriter html, Program program) throws IOException {
		html.start(SECTION).attribute(CLASS, "part").attribute("id", "part1").element("h2", get("part1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		if (program != null) {
			subject(html, program);
			for (Project project : program.getProjects()) {
				subject(html, project);
			}
		}
		html.end();
	}

	private static void subject(MarkupWriter html, EvaluationSubject subject) throws IOException {
		html.start(SECTION).attribute(CLASS, "subject").attribute("id", "subject-" + subject.getId()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		html.element("h3", ReportText.subjectTitle(subject)); //$NON-NLS-1$
		html.start(TABLE).attribute(CLASS, "overview"); //$NON-NLS-1$
		for (Map.Entry<String, String> row : ReportText.overview(subject)) {
			html.start(TR).element(TH, row.getKey()).element(TD, "text", row.getValue()).end(); //$NON-NLS-1$
		}
		html.end();
		for (BudgetTable table : subject.getBudgetTables()) {
			budget(html, table);
		}
		html.end();
	}

	private static void budget(MarkupWriter html, BudgetTable table) throws IOException {
		html.start(TABLE).attribute(CLASS, "budget").attribute("data-table", nonNull(table.getId())); //$NON-NLS-1$ //$NON-NLS-2$
		html.start("caption").text(ReportText.budgetCaption(table)); //$NON-NLS-1$
		if (table.getUnit() != null) {
			html.element("span", "unit", ReportText.budgetUnit(table)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.end();
		html.start("thead").start(TR).element(TH, ""); //$NON-NLS-1$ //$NON-NLS-2$
		for (FiscalYearColumn column : table.getColumns()) {
			html.element(TH, ReportText.columnLabel(column));
		}
		html.end().end().start("tbody"); //$NON-NLS-1$
		for (BudgetLine line : table.getLines()) {
			html.start(TR).element(TH, nonNull(line.getLabelPrinted()));
			for (FiscalYearColumn column : table.getColumns()) {
				html.element(TD, "amount", ReportText.amount(line.getCells(), column)); //$NON-NLS-1$
			}
			html.end();
		}
		html.end();
		totals(html, table);
		html.end();
		List<String> notes = ReportText.budgetNotes(table);
		if (!notes.isEmpty()) {
			html.element("p", "notes", String.join("\n", notes)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static void totals(MarkupWriter html, BudgetTable table) throws IOException {
		List<String> totals = ReportText.totals(table);
		if (totals.isEmpty()) {
			return;
		}
		html.start("tfoot").start(TR).element(TH, totals.get(0)); //$NON-NLS-1$
		for (String total : totals.subList(1, totals.size())) {
			html.element(TD, "amount", total); //$NON-NLS-1$
		}
		html.end().end();
	}

	private static void committee(MarkupWriter html, EvaluationCommittee committee) throws IOException {
		if (committee == null) {
			return;
		}
		if (!committee.getMembers().isEmpty()) {
			members(html, committee);
		}
		if (!committee.getMeetings().isEmpty()) {
			html.start(SECTION).attribute("id", "meetings").element("h3", get("meetings")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			for (Meeting meeting : committee.getMeetings()) {
				meeting(html, committee, meeting);
			}
			html.end();
		}
	}

	private static void members(MarkupWriter html, EvaluationCommittee committee) throws IOException {
		html.start(SECTION).attribute("id", "committee").element("h3", get("committee")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		html.start(TABLE).attribute(CLASS, "committee"); //$NON-NLS-1$
		html.start("thead").start(TR).element(TH, "").element(TH, get("personName")).element(TH, get("affiliation")).end().end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		html.start("tbody"); //$NON-NLS-1$
		for (CommitteeMember member : committee.getMembers()) {
			html.start(TR);
			html.element(TD, member.getRole() == null ? "" : get("role." + member.getRole().getName())); //$NON-NLS-1$ //$NON-NLS-2$
			html.element(TD, "name", member.getPerson() == null ? "" : nonNull(member.getPerson().getNameJa())); //$NON-NLS-1$ //$NON-NLS-2$
			html.element(TD, nonNull(member.getAffiliationPrinted()));
			html.end();
		}
		html.end().end().end();
	}

	private static void meeting(MarkupWriter html, EvaluationCommittee committee, Meeting meeting) throws IOException {
		html.start("div").attribute(CLASS, "meeting"); //$NON-NLS-1$ //$NON-NLS-2$
		html.element("h4", ReportText.meetingTitle(committee, meeting)); //$NON-NLS-1$
		html.element("p", "date", ReportText.meetingWhen(meeting)); //$NON-NLS-1$ //$NON-NLS-2$
		if (meeting.getResolutionDate() != null) {
			html.element("p", "date", format("meetingResolution", ReportText.date(meeting.getResolutionDate(), null))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (!meeting.getAgenda().isEmpty()) {
			// agenda items carry their printed numbers (１．…): a list without markers
			html.element("p", "agenda-title", get("agenda")).start("ul").attribute(CLASS, "agenda"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			for (String item : meeting.getAgenda()) {
				html.element("li", item); //$NON-NLS-1$
			}
			html.end();
		}
		html.end();
	}

	private static void evaluation(MarkupWriter html, Evaluation evaluation) throws IOException {
		html.start(SECTION).attribute(CLASS, "evaluation").attribute("id", "evaluation-" + evaluation.getId()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String type = evaluation.getTypePrinted() != null ? "（" + evaluation.getTypePrinted() + "）" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.element("h3", ReportText.subjectTitle(evaluation.getTarget()) + type); //$NON-NLS-1$
		comments(html, evaluation.getComments());
		scores(html, evaluation);
		recommendations(html, evaluation.getRecommendations());
		html.end();
	}

	/** The comments under their printed headings, in the order printed; ○ marks praise, ● points to improve. */
	private static void comments(MarkupWriter html, List<EvaluationComment> comments) throws IOException {
		String heading = null;
		for (EvaluationComment comment : comments) {
			String own = ReportText.commentHeading(comment);
			if (!own.equals(heading)) {
				if (heading != null) {
					html.end();
				}
				heading = own;
				html.element("h4", heading).start("ul").attribute(CLASS, "comments"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			String polarity = comment.getPolarity() == null ? "note" : comment.getPolarity().getName().toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
			html.start("li").attribute(CLASS, "comment " + polarity); //$NON-NLS-1$ //$NON-NLS-2$
			html.element("span", "marker", ReportText.marker(comment)); //$NON-NLS-1$ //$NON-NLS-2$
			html.element("span", "text", nonNull(comment.getText())); //$NON-NLS-1$ //$NON-NLS-2$
			html.end();
		}
		if (heading != null) {
			html.end();
		}
	}

	private static void scores(MarkupWriter html, Evaluation evaluation) throws IOException {
		ScoreTable table = evaluation.getScoreTable();
		html.element("h4", get("scores")); //$NON-NLS-1$ //$NON-NLS-2$
		if (table == null || table.getRows().isEmpty()) {
			html.element("p", "no-scores", get("noScores")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return;
		}
		if (table.getMethod() != null) {
			html.element("p", "method", format("scoreMethod", table.getMethod())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		SortedSet<Integer> columns = ReportText.scoreColumns(table);
		List<Scoring.ItemResult> results = Scoring.results(table);
		html.start(TABLE).attribute(CLASS, "scores").attribute("data-evaluation", nonNull(evaluation.getId())); //$NON-NLS-1$ //$NON-NLS-2$
		html.start("thead").start(TR).element(TH, get("item")); //$NON-NLS-1$ //$NON-NLS-2$
		for (int column : columns) {
			html.start(TH).attribute("data-column", Integer.toString(column)).text(ReportText.evaluatorOf(table, column)).end(); //$NON-NLS-1$
		}
		html.element(TH, get("average")).end().end().start("tbody"); //$NON-NLS-1$ //$NON-NLS-2$
		boolean anyLow = false;
		for (int i = 0; i < results.size(); i++) {
			ItemScore row = table.getRows().get(i);
			Scoring.ItemResult result = results.get(i);
			html.start(TR).attribute("data-item", ReportText.itemCode(row.getItem())).element(TH, ReportText.itemLabel(row)); //$NON-NLS-1$
			for (int column : columns) {
				Integer value = ReportText.scoreAt(row, column);
				html.start(TD).attribute(CLASS, "score").attribute("data-column", Integer.toString(column)) //$NON-NLS-1$ //$NON-NLS-2$
						.text(value == null ? "" : value.toString()).end(); //$NON-NLS-1$
			}
			anyLow |= result.needsExplanation();
			html.element(TD, result.needsExplanation() ? "average low" : "average", //$NON-NLS-1$ //$NON-NLS-2$
					result.average() == null ? get("notPrinted") : result.average().toPlainString()); //$NON-NLS-1$
			html.end();
		}
		html.end().end();
		if (anyLow) {
			html.element("p", "legend", get("needsExplanation")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		List<String> labels = table.getRows().stream().map(ReportText::itemLabel).toList();
		new ScoreChart(labels, results).write(html, get("chart")); //$NON-NLS-1$
	}

	private static void recommendations(MarkupWriter html, List<Recommendation> recommendations) throws IOException {
		if (recommendations.isEmpty()) {
			return;
		}
		html.element("h4", get("recommendations")); //$NON-NLS-1$ //$NON-NLS-2$
		html.start(TABLE).attribute(CLASS, "recommendations"); //$NON-NLS-1$
		html.start("thead").start(TR).element(TH, get("recommendation")).element(TH, get("response")).end().end().start("tbody"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (Recommendation recommendation : recommendations) {
			html.start(TR).element(TD, "text", nonNull(recommendation.getText())); //$NON-NLS-1$
			html.start(TD).attribute(CLASS, "text"); //$NON-NLS-1$
			if (recommendation.getResponse() != null) {
				html.text(nonNull(recommendation.getResponse().getText()));
				if (recommendation.getResponse().getResponsibleActor() != null) {
					html.element("span", "responsible", format("responsible", recommendation.getResponse().getResponsibleActor())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
			html.end().end();
		}
		html.end().end();
	}
}
