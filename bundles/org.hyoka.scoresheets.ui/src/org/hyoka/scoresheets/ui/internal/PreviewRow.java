package org.hyoka.scoresheets.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.scoresheets.ImportPlan;

/** One line of the import preview: a score change, a comment to add, or a conflict. */
record PreviewRow(String kind, String source, String project, String item, String evaluator, String detail, boolean conflict) {

	static List<PreviewRow> of(ImportPlan plan) {
		List<PreviewRow> rows = new ArrayList<>();
		for (ImportPlan.ScoreChange change : plan.changes()) {
			rows.add(new PreviewRow(Messages.Preview_score, change.source(), change.project(), change.itemCode(), change.evaluator().name(),
					NLS.bind(Messages.Preview_oldNew, change.oldValue() == null ? Messages.Preview_empty : change.oldValue(), change.newValue()),
					false));
		}
		for (ImportPlan.CommentChange comment : plan.comments()) {
			rows.add(new PreviewRow(kind(comment.polarity()), comment.source(), comment.project(), comment.itemCode(), comment.evaluator().name(),
					comment.text().replaceAll("\\s+", " "), false)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (ImportPlan.Conflict conflict : plan.conflicts()) {
			rows.add(new PreviewRow(Messages.Preview_conflict, conflict.source(), "", "", "", conflict.message(), true)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return rows;
	}

	/** The comment's kind as the sheet's mark gave it. */
	private static String kind(CommentPolarity polarity) {
		return switch (polarity) {
		case POSITIVE -> Messages.Preview_positive;
		case NEGATIVE -> Messages.Preview_negative;
		default -> Messages.Preview_note;
		};
	}
}
