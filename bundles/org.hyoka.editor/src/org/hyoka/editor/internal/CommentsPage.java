package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.Recommendation;

/**
 * What the committee wrote, evaluation by evaluation: the comments under their evaluation items, each with its mark
 * as printed (〇 for praise, ● for a problem), and each 提言 next to its 対処方針.
 */
public final class CommentsPage extends ModelFormPage {

	public static final String ID = "org.hyoka.editor.page.comments"; //$NON-NLS-1$

	private final List<TextGrid> grids = new ArrayList<>();

	public CommentsPage(EvaluationEditor editor) {
		super(editor, ID, Messages.pageComments, Messages.pageCommentsTitle);
	}

	@Override
	protected void fill() {
		grids.clear();
		FormToolkit toolkit = getManagedForm().getToolkit();
		for (Evaluation evaluation : editor.report().getEvaluations()) {
			if (evaluation.getComments().isEmpty() && evaluation.getRecommendations().isEmpty()) {
				continue;
			}
			Composite area = section(content, title(evaluation), NLS.bind(Messages.sectionCommentsDescription,
					count(evaluation, CommentPolarity.POSITIVE), count(evaluation, CommentPolarity.NEGATIVE)));
			GridLayoutFactory.fillDefaults().applyTo(area);
			if (!evaluation.getComments().isEmpty()) {
				TextGrid comments = new TextGrid(toolkit, area, 1, Messages.columnMark, Messages.columnComment);
				String item = null;
				for (EvaluationComment comment : evaluation.getComments()) {
					String heading = Texts.firstOf(comment.getItemPrinted(),
							label(comment, EvaluationPackage.Literals.EVALUATION_COMMENT__ITEM, comment.getItem()));
					if (!heading.equals(item)) {
						comments.heading(heading);
						item = heading;
					}
					comments.row(() -> mark(comment), comment::getText);
				}
				grids.add(comments);
			}
			if (!evaluation.getRecommendations().isEmpty()) {
				TextGrid pairs = new TextGrid(toolkit, area, 0, Messages.columnRecommendation, Messages.columnResponse);
				for (Recommendation recommendation : evaluation.getRecommendations()) {
					pairs.row(recommendation::getText,
							() -> recommendation.getResponse() == null ? "" : recommendation.getResponse().getText()); //$NON-NLS-1$
				}
				grids.add(pairs);
			}
		}
		if (grids.isEmpty()) {
			toolkit.createLabel(content, Messages.noComments, SWT.WRAP);
		}
	}

	private static String title(Evaluation evaluation) {
		String target = evaluation.getTarget() == null ? ObjectLabels.of(evaluation) : ObjectLabels.of(evaluation.getTarget());
		return evaluation.getTypePrinted() == null ? target : target + " — " + evaluation.getTypePrinted(); //$NON-NLS-1$
	}

	private static long count(Evaluation evaluation, CommentPolarity polarity) {
		return evaluation.getComments().stream().filter(comment -> comment.getPolarity() == polarity).count();
	}

	/** The mark as printed; 〇 or ● from the polarity when the report printed none. */
	static String mark(EvaluationComment comment) {
		if (comment.getMarkerPrinted() != null) {
			return comment.getMarkerPrinted();
		}
		return comment.getPolarity() == CommentPolarity.POSITIVE ? "〇" //$NON-NLS-1$
				: comment.getPolarity() == CommentPolarity.NEGATIVE ? "●" : ""; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected List<Object> structure() {
		List<Object> objects = new ArrayList<>();
		for (Evaluation evaluation : editor.report().getEvaluations()) {
			objects.add(evaluation);
			for (EvaluationComment comment : evaluation.getComments()) {
				objects.add(comment);
				objects.add(comment.getItemPrinted());
				objects.add(comment.getItem());
			}
			for (Recommendation recommendation : evaluation.getRecommendations()) {
				objects.add(recommendation);
			}
		}
		return objects;
	}

	@Override
	protected void modelChanged() {
		grids.forEach(TextGrid::update);
		getManagedForm().reflow(true);
	}
}
