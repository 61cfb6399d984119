package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.nonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Bullet;
import org.hyoka.export.outline.Block.Bullets;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;

/** The evaluators' comments under their printed headings, in the order printed. */
public final class CommentsSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		List<Block> blocks = new ArrayList<>();
		String heading = null;
		List<Bullet> items = new ArrayList<>();
		for (EvaluationComment comment : ((Evaluation) target).getComments()) {
			String own = ReportText.commentHeading(comment);
			if (!own.equals(heading)) {
				flush(items, blocks);
				heading = own;
				blocks.add(new Heading(3, heading));
			}
			String polarity = comment.getPolarity() == null ? "note" : comment.getPolarity().getName().toLowerCase(Locale.ROOT); //$NON-NLS-1$
			items.add(new Bullet(ReportText.marker(comment), nonNull(comment.getText()), polarity));
		}
		flush(items, blocks);
		return blocks;
	}

	private static void flush(List<Bullet> items, List<Block> blocks) {
		if (!items.isEmpty()) {
			blocks.add(new Bullets(items, "comments")); //$NON-NLS-1$
			items.clear();
		}
	}
}
