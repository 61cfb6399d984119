package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.FindingResponse;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.evaluation.WGReview;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Program;

/**
 * The findings of earlier evaluations (前回の指摘事項) and of the evaluation WG, each next to the response to it
 * (対処方針 or 対応状況), grouped under the evaluation that made them.
 */
public final class FindingsPage extends ModelFormPage {

	public static final String ID = "org.hyoka.editor.page.findings"; //$NON-NLS-1$

	private final List<TextGrid> grids = new ArrayList<>();

	public FindingsPage(EvaluationEditor editor) {
		super(editor, ID, Messages.pageFindings, Messages.pageFindingsTitle);
	}

	@Override
	protected void fill() {
		grids.clear();
		Program program = editor.report().getProgram();
		if (program != null) {
			List<EvaluationSubject> subjects = new ArrayList<>();
			subjects.add(program);
			subjects.addAll(program.getProjects());
			for (EvaluationSubject subject : subjects) {
				findings(ObjectLabels.of(subject), Messages.sectionFindingsDescription, subject.getPreviousFindings());
			}
		}
		for (WGReview review : editor.report().getWgReviews()) {
			findings(title(review), review.isPending() ? Messages.sectionReviewPending : Messages.sectionReviewDescription,
					review.getFindings());
		}
		if (grids.isEmpty()) {
			getManagedForm().getToolkit().createLabel(content, Messages.noFindings, SWT.WRAP);
		}
	}

	private void findings(String title, String description, List<PreviousFinding> findings) {
		if (findings.isEmpty()) {
			return;
		}
		FormToolkit toolkit = getManagedForm().getToolkit();
		Composite area = section(content, title, description);
		GridLayoutFactory.fillDefaults().applyTo(area);
		TextGrid grid = new TextGrid(toolkit, area, 0, Messages.columnFinding, Messages.columnFindingResponse);
		String source = null;
		for (PreviousFinding finding : findings) {
			String heading = source(finding);
			if (!heading.equals(source)) {
				grid.heading(heading);
				source = heading;
			}
			grid.row(finding::getText, () -> response(finding.getResponse()));
		}
		grids.add(grid);
	}

	/** 評価WG 第53回：プロジェクト A …の2020年度 中間評価. */
	private String title(WGReview review) {
		return NLS.bind(Messages.sectionReview, new Object[] { review.getMeetingNumber() == null ? "" : review.getMeetingNumber(), //$NON-NLS-1$
				Texts.year(review.getFiscalYear()),
				label(review, EvaluationPackage.Literals.WG_REVIEW__EVALUATION_TYPE, review.getEvaluationType()),
				review.getTarget() == null ? "" : ObjectLabels.of(review.getTarget()) }); //$NON-NLS-1$
	}

	/** 【中間評価（2019年度）】（評価WGの所見） as printed, else the type and year of the evaluation. */
	private String source(PreviousFinding finding) {
		if (finding.getLabelPrinted() != null) {
			return finding.getLabelPrinted();
		}
		return Texts.join(Stream.of(
				label(finding, EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_EVALUATION_TYPE, finding.getSourceEvaluationType()),
				Texts.year(finding.getSourceFY())));
	}

	/** The response, headed by its kind: 対処方針 (what will be done) or 対応状況 (what was done). */
	private String response(FindingResponse response) {
		if (response == null || response.getText() == null) {
			return ""; //$NON-NLS-1$
		}
		String kind = label(response, EvaluationPackage.Literals.FINDING_RESPONSE__KIND, response.getKind());
		return kind.isEmpty() ? response.getText() : NLS.bind(Messages.responseOfKind, kind, response.getText());
	}

	@Override
	protected List<Object> structure() {
		List<Object> objects = new ArrayList<>();
		Program program = editor.report().getProgram();
		if (program != null) {
			objects.addAll(program.getPreviousFindings());
			program.getProjects().forEach(project -> objects.addAll(project.getPreviousFindings()));
		}
		editor.report().getWgReviews().forEach(review -> objects.addAll(review.getFindings()));
		List<Object> withSources = new ArrayList<>();
		for (Object finding : objects) {
			withSources.add(finding);
			withSources.add(source((PreviousFinding) finding));
		}
		return withSources;
	}

	@Override
	protected void modelChanged() {
		grids.forEach(TextGrid::update);
		getManagedForm().reflow(true);
	}
}
