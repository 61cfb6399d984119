package org.hyoka.scoresheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.core.report.ReportText;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.core.skeleton.CommitteeMembers;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.CommitteeMember;

/**
 * One evaluator of a report: a score column of its score tables and, when known, the committee member who fills it.
 *
 * @param column the column of {@link org.hyoka.model.evaluation.EvaluatorScore#getColumn()}, from 1
 * @param member the member, or null for an anonymous column as the published reports print them
 * @param name the member's name, else 評価者 and the column (as the CSV exporter names evaluators)
 */
public record Evaluator(int column, CommitteeMember member, String name) {

	private static final Pattern ANONYMOUS = Pattern.compile("(?:評価者|#)(\\d{1,3})"); //$NON-NLS-1$

	/**
	 * The evaluators of a report: every column its score tables use, with the member a score links to it, then the
	 * committee members no score links yet, in new columns after the last one (so their sheets add scores and
	 * never overwrite an anonymous column).
	 */
	public static List<Evaluator> of(EvaluationReport report) {
		List<Evaluator> evaluators = new ArrayList<>();
		Scoring.evaluators(report).forEach((column, member) -> evaluators.add(new Evaluator(column, member, name(column, member))));
		return evaluators;
	}

	/** The evaluator a sheet names: a member's name (spaces and full-width forms ignored), 評価者N or #N. */
	public static Optional<Evaluator> find(List<Evaluator> evaluators, String name) {
		String wanted = CommitteeMembers.nameKey(name);
		Matcher anonymous = ANONYMOUS.matcher(wanted);
		int column = anonymous.matches() ? Integer.parseInt(anonymous.group(1)) : -1;
		return evaluators.stream().filter(e -> CommitteeMembers.nameKey(e.name()).equals(wanted) || e.column() == column).findFirst();
	}

	private static String name(int column, CommitteeMember member) {
		if (member != null && member.getPerson() != null && member.getPerson().getNameJa() != null) {
			return member.getPerson().getNameJa();
		}
		return ReportText.format("evaluator", Integer.toString(column)); //$NON-NLS-1$
	}
}
