package org.hyoka.editor.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.editor.IFormPage;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.editor.pages.PageCondition;
import org.hyoka.editor.pages.PageFactory;
import org.hyoka.editor.pages.RevealingPage;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.WGReview;

/**
 * The page the test fragment contributes, written against the public API only as another bundle would: one line
 * per WG review, shown for evaluations that have any.
 */
public final class ReviewsPage extends ModelFormPage implements RevealingPage {

	public static final String ID = "org.hyoka.editor.tests.page.reviews";

	private final List<Label> lines = new ArrayList<>();

	public ReviewsPage(EvaluationEditor editor) {
		super(editor, ID, "WG Reviews", "Reviews of the evaluation WG");
	}

	@Override
	protected void fill() {
		lines.clear();
		Composite area = section(content, "Reviews", "One line per WG review, from the test fragment's page.");
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
		for (WGReview review : report().getWgReviews()) {
			Label line = field(area, "WG review", text(review));
			revealable(review, EvaluationPackage.Literals.WG_REVIEW__MEETING_NUMBER, line);
			lines.add(line);
		}
	}

	/** The WG reviews themselves; their findings are the Findings page's. */
	@Override
	public boolean shows(EObject object) {
		return object instanceof WGReview;
	}

	private static String text(WGReview review) {
		return "meeting " + review.getMeetingNumber() + ", fiscal year " + review.getFiscalYear();
	}

	@Override
	protected List<Object> structure() {
		return List.copyOf(report().getWgReviews());
	}

	@Override
	protected void modelChanged() {
		for (int i = 0; i < lines.size(); i++) {
			lines.get(i).setText(text(report().getWgReviews().get(i)));
		}
	}

	/** The texts the page shows, in order. */
	public List<String> lines() {
		return lines.stream().map(Label::getText).toList();
	}

	public static final class Factory implements PageFactory {
		@Override
		public IFormPage create(EvaluationEditor editor) {
			return new ReviewsPage(editor);
		}
	}

	public static final class HasReviews implements PageCondition {
		@Override
		public boolean shows(EvaluationReport report) {
			return !report.getWgReviews().isEmpty();
		}
	}

	/** A contribution whose factory throws: the editor must log it and open with the other pages. */
	public static final class Failing implements PageFactory {
		@Override
		public IFormPage create(EvaluationEditor editor) {
			throw new IllegalStateException("the test fragment's broken page");
		}
	}
}
