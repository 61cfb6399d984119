package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.nonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Bullet;
import org.hyoka.export.outline.Block.Bullets;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;

/**
 * The evaluators' comments grouped by the item they were written on, the items in the order their first comment
 * comes; within an item the consensus first, then praise (○), then points to improve (●), then the rest, each in the
 * order entered, under their printed headings (a comment without one under its item's title).
 */
public final class CommentsSection implements ReportSection {

	private static final List<CommentPolarity> ORDER = List.of(CommentPolarity.CONSENSUS, CommentPolarity.POSITIVE, CommentPolarity.NEGATIVE);
	private static final Comparator<EvaluationComment> BY_POLARITY = Comparator.comparingInt(CommentsSection::rank);

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		// a comment without an item is its own group, in its place
		Map<Object, List<EvaluationComment>> byItem = new LinkedHashMap<>();
		for (EvaluationComment comment : ((Evaluation) target).getComments()) {
			Object item = comment.isSetItem() ? comment.getItem() : comment;
			byItem.computeIfAbsent(item, key -> new ArrayList<>()).add(comment);
		}
		List<Block> blocks = new ArrayList<>();
		String heading = null;
		List<Bullet> items = new ArrayList<>();
		for (EvaluationComment comment : byItem.values().stream().flatMap(group -> group.stream().sorted(BY_POLARITY)).toList()) {
			String own = ReportText.commentHeading(comment);
			if (!own.equals(heading)) {
				flush(items, blocks);
				heading = own;
				blocks.add(new Heading(3, heading));
			}
			String polarity = !comment.isSetPolarity() ? "note" : comment.getPolarity().getName().toLowerCase(Locale.ROOT); //$NON-NLS-1$
			items.add(new Bullet(ReportText.marker(comment), nonNull(comment.getText()), polarity));
		}
		flush(items, blocks);
		return blocks;
	}

	private static int rank(EvaluationComment comment) {
		int rank = comment.isSetPolarity() ? ORDER.indexOf(comment.getPolarity()) : -1;
		return rank < 0 ? ORDER.size() : rank;
	}

	private static void flush(List<Bullet> items, List<Block> blocks) {
		if (!items.isEmpty()) {
			blocks.add(new Bullets(items, "comments")); //$NON-NLS-1$
			items.clear();
		}
	}
}
