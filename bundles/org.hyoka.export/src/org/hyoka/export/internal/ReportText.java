package org.hyoka.export.internal;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

import org.hyoka.core.time.FiscalYears;
import org.hyoka.model.base.MoneyUnit;
import org.hyoka.model.base.Period;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Project;

/**
 * How the 技術評価報告書 words and prints things, shared by every exporter. The report's language is Japanese
 * whatever the user's is, so the vocabulary ({@code report.properties}) is read without a locale.
 */
public final class ReportText {

	private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.hyoka.export.internal.report", Locale.ROOT, //$NON-NLS-1$
			ReportText.class.getClassLoader());

	private ReportText() {
	}

	public static String get(String key) {
		return TEXT.getString(key);
	}

	public static String format(String key, Object... arguments) {
		return new MessageFormat(get(key), Locale.ROOT).format(arguments);
	}

	/** 2021年度（令和3年度）. */
	public static String fiscalYear(int fiscalYear) {
		return format("fiscalYear", Integer.toString(fiscalYear), FiscalYears.toEra(fiscalYear).toJapaneseLabel()); //$NON-NLS-1$
	}

	/** The period as printed, else from its fiscal years; empty when unknown. */
	public static String period(Period period) {
		if (period == null) {
			return ""; //$NON-NLS-1$
		}
		String start = period.getStartPrinted() != null ? period.getStartPrinted()
				: period.getStartFY() == null ? "" : fiscalYear(period.getStartFY()); //$NON-NLS-1$
		String end = period.getEndPrinted() != null ? period.getEndPrinted()
				: period.getEndFY() == null ? "" : fiscalYear(period.getEndFY()); //$NON-NLS-1$
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

	/** The item's number as the guideline counts: 1, 2-1, 7. */
	public static String itemCode(EvaluationItem item) {
		return item == null ? "" : item.getName().substring(1).replace('_', '-'); //$NON-NLS-1$
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
			String code = project.getLetterCodePrinted() != null ? project.getLetterCodePrinted() : nonNull(project.getLetterCode());
			return get("project") + code + " " + nonNull(project.getNameJa()); //$NON-NLS-1$
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

	public static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
