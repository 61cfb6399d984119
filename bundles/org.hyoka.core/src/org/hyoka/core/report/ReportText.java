package org.hyoka.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.budget.Budgets;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.ReportStatus;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.MoneyUnit;
import org.hyoka.model.base.Period;
import org.hyoka.model.base.RoleAssignment;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.Meeting;
import org.hyoka.model.evaluation.MeetingFormat;
import org.hyoka.model.evaluation.ScoreTable;
import org.hyoka.model.finance.AmountStatus;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.program.Project;
import org.hyoka.model.results.AchievementStatus;

/**
 * How the 技術評価報告書 words and prints things, shared by the exporters, the score sheets and the bundles that add
 * report sections. The report's language is Japanese whatever the user's is, so the vocabulary
 * ({@code report.properties}) is read without a locale.
 */
public final class ReportText {

	private static final Vocabulary TEXT = Vocabulary.of("org.hyoka.core.report.report", ReportText.class.getClassLoader()); //$NON-NLS-1$

	/**
	 * The labels of fiscal years 1900 to 2199 once made: a portfolio's report prints thousands, and making one (era,
	 * message format) was 7% of a 1,000-project PDF export (#20).
	 */
	private static final int FIRST_KEPT_YEAR = 1900;
	private static final AtomicReferenceArray<String> FISCAL_YEARS = new AtomicReferenceArray<>(300);

	private ReportText() {
	}

	/** A word of the report's vocabulary, e.g. {@code get("part1")}: 第1部 事業の概要. */
	public static String get(String key) {
		return TEXT.get(key);
	}

	/** A phrase of the report's vocabulary with its arguments, e.g. {@code format("evaluator", "3")}: 評価者3. */
	public static String format(String key, Object... arguments) {
		return TEXT.format(key, arguments);
	}

	/**
	 * The report's word for a 達成状況: 達成, 未達, － for one not yet due …
	 *
	 * @since 1.1
	 */
	public static String status(AchievementStatus status) {
		return get("status." + status.getName()); //$NON-NLS-1$
	}

	/** 2021年度（令和3年度）. */
	public static String fiscalYear(int fiscalYear) {
		int index = fiscalYear - FIRST_KEPT_YEAR;
		if (index < 0 || index >= FISCAL_YEARS.length()) {
			return fiscalYearLabel(fiscalYear);
		}
		String label = FISCAL_YEARS.get(index);
		if (label == null) {
			label = fiscalYearLabel(fiscalYear);
			FISCAL_YEARS.set(index, label);
		}
		return label;
	}

	private static String fiscalYearLabel(int fiscalYear) {
		return format("fiscalYear", Integer.toString(fiscalYear), FiscalYears.toEra(fiscalYear).toJapaneseLabel()); //$NON-NLS-1$
	}

	/** The period as printed, else from its fiscal years (継続実施中 for one without end); empty when unknown. */
	public static String period(Period period) {
		if (period == null) {
			return ""; //$NON-NLS-1$
		}
		String start = Printed.or(period, BasePackage.Literals.PERIOD__START_FY,
				() -> period.getStartFY() == null ? "" : fiscalYear(period.getStartFY())); //$NON-NLS-1$
		String end = Printed.or(period, BasePackage.Literals.PERIOD__END_FY,
				() -> period.isOpenEnded() ? get("openEnded") : period.getEndFY() == null ? "" : fiscalYear(period.getEndFY())); //$NON-NLS-1$ //$NON-NLS-2$
		return start.isEmpty() && end.isEmpty() ? "" : format("fiscalYearRange", start, end); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** 2022年1月20日; with the printed weekday when given: 2022年1月20日（木）. */
	public static String date(LocalDate date, String weekday) {
		if (date == null) {
			return ""; //$NON-NLS-1$
		}
		String text = format("date", Integer.toString(date.getYear()), date.getMonthValue(), date.getDayOfMonth()); //$NON-NLS-1$
		return weekday == null || weekday.isBlank() ? text : text + format("weekday", weekday); //$NON-NLS-1$
	}

	/** 百万円: the unit's Japanese name, as the model documents it. */
	public static String unit(MoneyUnit unit) {
		return switch (unit) {
		case YEN -> "円"; //$NON-NLS-1$
		case MAN_YEN -> "万円"; //$NON-NLS-1$
		case HYAKUMAN_YEN -> "百万円"; //$NON-NLS-1$
		case OKU_YEN -> "億円"; //$NON-NLS-1$
		case CHO_YEN -> "兆円"; //$NON-NLS-1$
		case DOLLAR -> "ドル"; //$NON-NLS-1$
		case MAN_DOLLAR -> "万ドル"; //$NON-NLS-1$
		case OKU_DOLLAR -> "億ドル"; //$NON-NLS-1$
		};
	}

	/** A number without exponent or trailing zeros beyond what was entered: 5744, 2.3. */
	public static String number(BigDecimal value) {
		return value == null ? "" : value.toPlainString(); //$NON-NLS-1$
	}

	/** An amount as reports print it: thousands separated, decimals as entered (44,856, 1,234.5); "" for null. */
	public static String amount(BigDecimal value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder text = new StringBuilder(value.toPlainString());
		int point = text.indexOf("."); //$NON-NLS-1$
		int first = text.charAt(0) == '-' ? 1 : 0;
		for (int i = (point < 0 ? text.length() : point) - 3; i > first; i -= 3) {
			text.insert(i, ',');
		}
		return text.toString();
	}

	/** The item's number as the guideline counts: 1, 2-1, 7. */
	public static String itemCode(EvaluationItem item) {
		return item == null ? "" : item.getName().substring(1).replace('_', '-'); //$NON-NLS-1$
	}

	/** The guideline's title of items 1–7 (当省が実施することの必要性 …); a sub-item has none, so its number. */
	public static String itemTitle(EvaluationItem item) {
		return item == null || item.getName().contains("_") ? itemCode(item) : get("item." + item.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** How tables name the subject: a project's letter code, else its name. */
	public static String subjectCode(EvaluationSubject subject) {
		if (subject instanceof Project project && project.getLetterCode() != null) {
			return project.getLetterCode();
		}
		return subject == null ? "" : nonNull(subject.getNameJa()); //$NON-NLS-1$
	}

	/** 研究開発課題A 糖鎖利用による… or the program's name. */
	public static String subjectTitle(EvaluationSubject subject) {
		if (subject instanceof Project project) {
			String code = Printed.or(project, ProgramPackage.Literals.PROJECT__LETTER_CODE, () -> nonNull(project.getLetterCode()));
			String name = nonNull(project.getNameJa());
			// a project not named yet (a new evaluation's) is 研究開発課題A, with no blank after it
			return get("project") + code + (name.isEmpty() ? "" : " " + name); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return subject == null ? "" : nonNull(subject.getNameJa()); //$NON-NLS-1$
	}

	/** The evaluator of a score column: the committee member's name when known, else 評価者 and the column. */
	public static String evaluator(EvaluatorScore score) {
		if (score.getMember() != null && score.getMember().getPerson() != null && score.getMember().getPerson().getNameJa() != null) {
			return score.getMember().getPerson().getNameJa();
		}
		return format("evaluator", Integer.toString(score.getColumn())); //$NON-NLS-1$
	}

	/** The report's title, with 「（案）」 for drafts; the program's name when the report has no title. */
	public static String title(EvaluationReport report) {
		String title = report.getTitleJa() != null ? report.getTitleJa()
				: report.getProgram() == null ? "" : nonNull(report.getProgram().getNameJa()); //$NON-NLS-1$
		return report.getStatus() == ReportStatus.DRAFT && !title.contains(get("draft")) ? title + get("draft") : title; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The program's name when the title does not already say it; else null. */
	public static String coverProgram(EvaluationReport report) {
		if (report.getProgram() != null && report.getProgram().getNameJa() != null
				&& (report.getTitleJa() == null || !report.getTitleJa().contains(report.getProgram().getNameJa()))) {
			return report.getProgram().getNameJa();
		}
		return null;
	}

	/**
	 * The date a cover prints: the day the committee last met (its resolution, else the end of a written deliberation,
	 * else the meeting's day), else the 年度 of the evaluations; null when the report knows neither.
	 */
	public static String coverDate(EvaluationReport report) {
		EvaluationCommittee committee = report.getCommittee();
		LocalDate last = committee == null ? null
				: committee.getMeetings().stream()
						.map(meeting -> meeting.getResolutionDate() != null ? meeting.getResolutionDate()
								: meeting.getPeriodEnd() != null ? meeting.getPeriodEnd() : meeting.getDate())
						.filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
		if (last != null) {
			return date(last, null);
		}
		return report.getEvaluations().stream().map(evaluation -> evaluation.getFiscalYear()).filter(Objects::nonNull)
				.max(Integer::compare).map(ReportText::fiscalYear).orElse(null);
	}

	/**
	 * The overview of a program or project as its report prints it, heading and text per row (事業名, 事業の目的・概要,
	 * 類型, 実施期間…); rows without text are left out.
	 */
	public static List<Map.Entry<String, String>> overview(EvaluationSubject subject) {
		List<Map.Entry<String, String>> rows = new ArrayList<>();
		Program program = subject instanceof Program p ? p : null;
		row(rows, get(program != null ? "name" : "projectName"), subject.getNameJa()); //$NON-NLS-1$ //$NON-NLS-2$
		row(rows, get("purpose"), subject.getPurpose()); //$NON-NLS-1$
		if (program != null) {
			row(rows, get("category"), program.getCategoryPrinted()); //$NON-NLS-1$
		}
		row(rows, get("period"), periodWithNotes(subject.getPeriod())); //$NON-NLS-1$
		if (program != null) {
			row(rows, get("targetPeriod"), period(program.getEvaluationTargetPeriod())); //$NON-NLS-1$
			row(rows, get("division"), program.getResponsibleDivision() == null ? null : program.getResponsibleDivision().getNameJa()); //$NON-NLS-1$
		}
		row(rows, get("accounting"), Printed.or(subject, ProgramPackage.Literals.EVALUATION_SUBJECT__ACCOUNTING_CATEGORIES, //$NON-NLS-1$
				() -> String.join("、", subject.getAccountingCategories().stream().map(category -> get("accounting." + category.getName())).toList()))); //$NON-NLS-1$ //$NON-NLS-2$
		row(rows, get("leaders"), leaders(subject.getLeaders())); //$NON-NLS-1$
		if (subject instanceof Project project) {
			row(rows, get("shortName"), project.getShortName()); //$NON-NLS-1$
			row(rows, get("standardization"), project.getStandardization()); //$NON-NLS-1$
			row(rows, get("prototype"), project.getPrototype()); //$NON-NLS-1$
			row(rows, get("successor"), project.getSuccessorPrinted()); //$NON-NLS-1$
		}
		if (program != null) {
			row(rows, get("projects"), String.join("\n", program.getProjects().stream().map(ReportText::subjectTitle).toList())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return rows;
	}

	/** The period with the duration and note printed beside it: 2018年度～2022年度（5年間）. */
	public static String periodWithNotes(Period period) {
		String text = period(period);
		if (period != null && period.getDurationYearsPrinted() != null) {
			text += format("periodYears", Integer.toString(period.getDurationYearsPrinted())); //$NON-NLS-1$
		}
		if (period != null && period.getNote() != null && !period.getNote().isBlank()) {
			text += " " + period.getNote(); //$NON-NLS-1$
		}
		return text;
	}

	/** The texts that are not null, one per line. */
	public static String lines(Stream<String> texts) {
		return String.join("\n", texts.filter(Objects::nonNull).toList()); //$NON-NLS-1$
	}

	/** Adds a row of an overview table (heading and text) unless the text is null or blank. */
	public static void row(List<Map.Entry<String, String>> rows, String header, String value) {
		if (value != null && !value.isBlank()) {
			rows.add(Map.entry(header, value));
		}
	}

	/** 実施体制: one line per leader, role, person, organization and position as printed. */
	public static String leaders(List<RoleAssignment> leaders) {
		List<String> lines = new ArrayList<>();
		for (RoleAssignment leader : leaders) {
			List<String> parts = new ArrayList<>();
			parts.add(Printed.or(leader, BasePackage.Literals.ROLE_ASSIGNMENT__ROLE, () -> leader.isSetRole() ? leader.getRole().getName() : null));
			parts.add(leader.getPerson() == null ? null : leader.getPerson().getNameJa());
			String organization = leader.getOrganization() == null ? null : leader.getOrganization().getNameJa();
			String position = leader.getPositionText();
			// positions are transcribed as printed, often with the organization (北海道大学 教授): name it once
			parts.add(organization != null && position != null && position.contains(organization) ? null : organization);
			parts.add(position);
			lines.add(String.join(" ", parts.stream().filter(Objects::nonNull).toList())); //$NON-NLS-1$
		}
		return String.join("\n", lines); //$NON-NLS-1$
	}

	/** The budget table's printed title, else 予算額等 and its kind. */
	public static String budgetCaption(BudgetTable table) {
		// a kind chosen in the workbench, printed nowhere yet, is worded as the report words it
		String kind = Printed.or(table, FinancePackage.Literals.BUDGET_TABLE__KIND,
				() -> table.isSetKind() ? get("amountKind." + table.getKind().getName()) : null); //$NON-NLS-1$
		return table.getTitlePrinted() != null ? table.getTitlePrinted()
				: get("budget") + Optional.ofNullable(kind).map(printed -> "（" + printed + "）").orElse(""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** （単位：百万円）, or "" without a unit. */
	public static String budgetUnit(BudgetTable table) {
		return !table.isSetUnit() ? "" : "（" + format("unit", unit(table.getUnit())) + "）"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** A budget column's heading: its printed label, else its fiscal year, （予定） when planned. */
	public static String columnLabel(FiscalYearColumn column) {
		return Printed.or(column, FinancePackage.Literals.FISCAL_YEAR_COLUMN__FISCAL_YEAR, () -> column.getFiscalYear() == null ? "" //$NON-NLS-1$
				: fiscalYear(column.getFiscalYear()) + (column.isPlanned() ? get("planned") : "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The amount printed for the column's fiscal year, with its status word; what a column without a year prints in
	 * its cells; 「－」 when nothing is printed.
	 */
	public static String amount(List<FiscalYearAmount> cells, FiscalYearColumn column) {
		if (column.getFiscalYear() == null && column.getCellsPrinted() != null) {
			return column.getCellsPrinted();
		}
		for (FiscalYearAmount cell : cells) {
			if (column.getFiscalYear() != null && cell.getFiscalYear() == column.getFiscalYear()) {
				String amount = amount(cell.getAmount());
				String status = Printed.or(cell, FinancePackage.Literals.FISCAL_YEAR_AMOUNT__STATUS,
						() -> amountStatus(cell, FinancePackage.Literals.FISCAL_YEAR_AMOUNT__STATUS));
				return amount.isEmpty() ? status : status.isEmpty() ? amount : amount + " " + status; //$NON-NLS-1$
			}
		}
		return get("notPrinted"); //$NON-NLS-1$
	}

	/**
	 * The totals row: 合計 and the printed totals; when the table prints none, the sums of its lines, labelled as
	 * such. Empty when there is nothing to total.
	 */
	public static List<String> totals(BudgetTable table) {
		// a totals row left empty in the editor prints nothing: the sums stand in for it
		boolean stated = table.getStatedTotals().stream().anyMatch(Budgets::prints);
		if (!stated && table.getLines().isEmpty()) {
			return List.of();
		}
		SortedMap<Integer, BigDecimal> sums = Budgets.columnSums(table);
		List<String> row = new ArrayList<>();
		row.add(get("total") + (stated ? "" : get("computed"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (FiscalYearColumn column : table.getColumns()) {
			if (stated) {
				row.add(amount(table.getStatedTotals(), column));
			} else {
				row.add(column.getFiscalYear() == null ? get("notPrinted") : amount(sums.get(column.getFiscalYear()))); //$NON-NLS-1$
			}
		}
		return row;
	}

	/**
	 * A status an amount prints (予定, 執行中 …) when it is not simply the actual figure; nothing when unset, which
	 * the attribute cannot tell from 実績 (its first literal).
	 */
	private static String amountStatus(EObject holder, EAttribute status) {
		AmountStatus value = (AmountStatus) holder.eGet(status);
		return !holder.eIsSet(status) || value == AmountStatus.ACTUAL ? "" : get("amountStatus." + value.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** What the table's total column (its lines' stated totals) prints for the whole table: the grand total and its status. */
	public static String grandTotal(BudgetTable table) {
		String status = amountStatus(table, FinancePackage.Literals.BUDGET_TABLE__GRAND_TOTAL_STATUS);
		String amount = amount(table.getStatedGrandTotal());
		return amount.isEmpty() ? status : status.isEmpty() ? amount : amount + " " + status; //$NON-NLS-1$
	}

	/** The total column's heading as printed, else 合計; null when no line states its total. */
	public static String totalColumn(BudgetTable table) {
		if (table.getLines().stream().noneMatch(line -> line.getStatedRowTotal() != null)) {
			return null;
		}
		return table.getGrandTotalLabelPrinted() != null ? table.getGrandTotalLabelPrinted() : get("total"); //$NON-NLS-1$
	}

	/**
	 * 総額 (when no total column prints it), 総予算額, the forms of funding of the cells and the notes printed under a
	 * budget table.
	 */
	public static List<String> budgetNotes(BudgetTable table) {
		List<String> notes = new ArrayList<>();
		String grandTotal = grandTotal(table);
		if (totalColumn(table) == null && !grandTotal.isEmpty()) {
			String label = table.getGrandTotalLabelPrinted() != null ? table.getGrandTotalLabelPrinted() : get("grandTotal"); //$NON-NLS-1$
			notes.add(label + " " + grandTotal); //$NON-NLS-1$
		}
		if (table.getStatedBudgetTotal() != null) {
			notes.add(get("budgetTotal") + " " + amount(table.getStatedBudgetTotal())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<String> mechanisms = Stream.concat(table.getLines().stream().flatMap(line -> line.getCells().stream()), table.getStatedTotals().stream())
				.filter(cell -> cell.isSetMechanism()).map(cell -> get("mechanism." + cell.getMechanism().getName())).distinct().toList(); //$NON-NLS-1$
		if (!mechanisms.isEmpty()) {
			notes.add(format("mechanisms", String.join("、", mechanisms))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (table.isRoundingNote()) {
			notes.add(get("roundingNote")); //$NON-NLS-1$
		}
		if (table.isExcludesAdjustmentFund()) {
			notes.add(get("excludesAdjustmentFund")); //$NON-NLS-1$
		}
		notes.addAll(table.getNotes());
		return notes;
	}

	/** 第2回 評価検討会（対面 公開）. */
	public static String meetingTitle(EvaluationCommittee committee, Meeting meeting) {
		List<String> kind = new ArrayList<>();
		// a meeting is the usual form and its literal the first: only a written deliberation is named
		kind.add(Printed.or(meeting, EvaluationPackage.Literals.MEETING__FORMAT, () -> meeting.getFormat() == MeetingFormat.WRITTEN ? get("written") : null)); //$NON-NLS-1$
		if (Boolean.TRUE.equals(meeting.getPublic())) {
			kind.add(get("meetingPublic")); //$NON-NLS-1$
		}
		String kinds = String.join(" ", kind.stream().filter(Objects::nonNull).toList()); //$NON-NLS-1$
		return format("meeting", meeting.getOrdinal() == null ? "" : meeting.getOrdinal().toString(), nonNull(committee.getNameJa())) //$NON-NLS-1$ //$NON-NLS-2$
				+ (kinds.isEmpty() ? "" : "（" + kinds + "）"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** 日時：… with the time, or the period of a written meeting. */
	public static String meetingWhen(Meeting meeting) {
		if (meeting.getFormat() == MeetingFormat.WRITTEN && meeting.getPeriodStart() != null) {
			return format("meetingPeriod", date(meeting.getPeriodStart(), null), //$NON-NLS-1$
					date(meeting.getPeriodEnd() != null ? meeting.getPeriodEnd() : meeting.getDate(), meeting.getWeekdayPrinted()));
		}
		String time = meeting.getStartTime() == null ? "" : " " + meeting.getStartTime() //$NON-NLS-1$ //$NON-NLS-2$
				+ (meeting.getEndTime() == null ? "" : "～" + meeting.getEndTime()); //$NON-NLS-1$ //$NON-NLS-2$
		return format("meetingDate", date(meeting.getDate(), meeting.getWeekdayPrinted()) + time); //$NON-NLS-1$
	}

	/** The heading a comment is printed under: its section, else its item as printed, else its item, else 総合評価. */
	public static String commentHeading(EvaluationComment comment) {
		if (comment.getSectionHeaderPrinted() != null) {
			return comment.getSectionHeaderPrinted();
		}
		return Printed.or(comment, EvaluationPackage.Literals.EVALUATION_COMMENT__ITEM,
				() -> comment.isSetItem() ? itemTitle(comment.getItem()) : get("comments")); //$NON-NLS-1$
	}

	/** The comment's printed marker, else ○ for praise and ● for points to improve. */
	public static String marker(EvaluationComment comment) {
		return Printed.or(comment, EvaluationPackage.Literals.EVALUATION_COMMENT__POLARITY, () -> !comment.isSetPolarity() ? "" //$NON-NLS-1$
				: comment.getPolarity() == CommentPolarity.POSITIVE ? get("marker.positive") //$NON-NLS-1$
						: comment.getPolarity() == CommentPolarity.NEGATIVE ? get("marker.negative") : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The score columns of a table, in order. */
	public static SortedSet<Integer> scoreColumns(ScoreTable table) {
		SortedSet<Integer> columns = new TreeSet<>();
		table.getRows().forEach(row -> row.getScores().forEach(score -> columns.add(score.getColumn())));
		return columns;
	}

	/** Who gave the scores of a column. */
	public static String evaluatorOf(ScoreTable table, int column) {
		for (ItemScore row : table.getRows()) {
			for (EvaluatorScore score : row.getScores()) {
				if (score.getColumn() == column) {
					return evaluator(score);
				}
			}
		}
		return ""; //$NON-NLS-1$
	}

	/** The score in a column of a row; null when none is given. */
	public static Integer scoreAt(ItemScore row, int column) {
		return row.getScores().stream().filter(score -> score.getColumn() == column).map(EvaluatorScore::getValue)
				.filter(Objects::nonNull).findFirst().orElse(null);
	}

	/** The item as the table prints it, else its number. */
	public static String itemLabel(ItemScore row) {
		return Printed.or(row, EvaluationPackage.Literals.ITEM_SCORE__ITEM, () -> row.isSetItem() ? itemCode(row.getItem()) : ""); //$NON-NLS-1$
	}

	public static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
