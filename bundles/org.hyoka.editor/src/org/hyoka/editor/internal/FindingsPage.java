package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.ListEditor;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.RevealingPage;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.FindingResponse;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.evaluation.WGReview;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramPackage;

/**
 * The findings of earlier evaluations (前回の指摘事項) and of the evaluation WG, each next to the response to it
 * (対処方針 or 対応状況), grouped under the evaluation that made them.
 */
public final class FindingsPage extends ModelFormPage implements RevealingPage {

	public static final String ID = "org.hyoka.editor.page.findings"; //$NON-NLS-1$

	private final List<ListEditor<PreviousFinding>> lists = new ArrayList<>();
	private ListEditor<WGReview> reviews;
	/** Each WG review's section, titled by the review's subject, evaluation and meeting, which its list edits. */
	private final Map<WGReview, Section> reviewSections = new LinkedHashMap<>();

	public FindingsPage(EvaluationEditor editor) {
		super(editor, ID, Messages.pageFindings, Messages.pageFindingsTitle);
	}

	@Override
	protected void fill() {
		lists.clear();
		Program program = editor.report().getProgram();
		if (program != null) {
			List<EvaluationSubject> subjects = new ArrayList<>();
			subjects.add(program);
			subjects.addAll(program.getProjects());
			for (EvaluationSubject subject : subjects) {
				findings(ObjectLabels.of(subject), Messages.sectionFindingsDescription, subject,
						ProgramPackage.Literals.EVALUATION_SUBJECT__PREVIOUS_FINDINGS);
			}
		}
		reviewList();
		reviewSections.clear();
		for (WGReview review : editor.report().getWgReviews()) {
			Composite area = findings(title(review), description(review), review, EvaluationPackage.Literals.WG_REVIEW__FINDINGS);
			reviewSections.put(review, (Section) area.getParent());
		}
		if (lists.isEmpty()) {
			getManagedForm().getToolkit().createLabel(content, Messages.noFindings, SWT.WRAP);
		}
	}

	/** The findings of earlier evaluations and of WG reviews, with their responses. */
	@Override
	public boolean shows(EObject object) {
		return enclosing(object, PreviousFinding.class) != null;
	}

	/**
	 * The evaluation WG's reviews (第3章 評価ワーキンググループの所見): the subject, evaluation and meeting of each; a
	 * review added has a section of findings of its own below. A new one is of the program and of the report's
	 * evaluation, as most are.
	 */
	private void reviewList() {
		EvaluationReport report = editor.report();
		Composite area = section(content, Messages.sectionReviews, Messages.sectionReviewsDescription);
		GridLayoutFactory.fillDefaults().applyTo(area);
		reviews = list(area, report::getWgReviews, EvaluationPackage.Literals.WG_REVIEW);
		reviews.addition(typeName(EvaluationPackage.Literals.WG_REVIEW), domain -> {
			WGReview review = EvaluationFactory.eINSTANCE.createWGReview();
			review.setId(NewObjects.id(report, "wg")); //$NON-NLS-1$
			review.setTarget(report.getProgram());
			report.getEvaluations().stream().findFirst().ifPresent(evaluation -> {
				review.setEvaluationType(evaluation.getType());
				review.setFiscalYear(evaluation.getFiscalYear());
			});
			return ListEditor.add(domain, report, HyokaPackage.Literals.EVALUATION_REPORT__WG_REVIEWS, review);
		});
		reviews.table().editableColumn(Messages.columnReviewTarget, 20, 160, review -> review, EvaluationPackage.Literals.WG_REVIEW__TARGET)
				.editableColumn(Messages.columnSourceType, 8, 90, SWT.LEFT, review -> review, EvaluationPackage.Literals.WG_REVIEW__EVALUATION_TYPE)
				.editableColumn(Messages.columnSourceYear, 6, 70, SWT.LEFT, review -> review, EvaluationPackage.Literals.WG_REVIEW__FISCAL_YEAR,
						review -> Texts.year(review.getFiscalYear()))
				.editableColumn(Messages.columnReviewMeeting, 6, 60, SWT.LEFT, review -> review, EvaluationPackage.Literals.WG_REVIEW__MEETING_NUMBER)
				.editableColumn(Messages.columnReviewPending, 6, 60, SWT.LEFT, review -> review, EvaluationPackage.Literals.WG_REVIEW__PENDING)
				.refresh();
	}

	private static String description(WGReview review) {
		return review.isPending() ? Messages.sectionReviewPending : Messages.sectionReviewDescription;
	}

	/** The findings an object holds in its list, each next to its response; added and edited here; its section's area. */
	private Composite findings(String title, String description, EObject owner, EReference list) {
		Composite area = section(content, title, description);
		GridLayoutFactory.fillDefaults().applyTo(area);
		@SuppressWarnings("unchecked")
		List<PreviousFinding> findings = (List<PreviousFinding>) owner.eGet(list);
		ListEditor<PreviousFinding> editor = list(area, () -> findings, EvaluationPackage.Literals.PREVIOUS_FINDING);
		editor.addition(typeName(EvaluationPackage.Literals.PREVIOUS_FINDING), domain -> {
			PreviousFinding finding = EvaluationFactory.eINSTANCE.createPreviousFinding();
			finding.setId(NewObjects.id(owner, "finding")); //$NON-NLS-1$
			return ListEditor.add(domain, owner, list, finding);
		}).longText(Messages.columnFinding, EvaluationPackage.Literals.PREVIOUS_FINDING__TEXT)
				.longText(Messages.columnFindingResponse, EvaluationPackage.Literals.PREVIOUS_FINDING__RESPONSE,
						EvaluationPackage.Literals.FINDING_RESPONSE__TEXT);
		// the label as printed, else the type and year it is made of; each of the three can be edited
		editor.table().editableColumn(Messages.columnSource, 10, 120, SWT.LEFT, finding -> finding,
				EvaluationPackage.Literals.PREVIOUS_FINDING__LABEL_PRINTED, this::source)
				.editableColumn(Messages.columnSourceType, 8, 90, SWT.LEFT, finding -> finding,
						EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_EVALUATION_TYPE)
				.editableColumn(Messages.columnSourceYear, 6, 70, SWT.LEFT, finding -> finding, EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_FY,
						finding -> Texts.year(finding.getSourceFY()))
				.column(Messages.columnFinding, 25, 150, finding -> Texts.firstOf(finding.getText()))
				.column(Messages.columnFindingResponse, 25, 150, finding -> response(finding.getResponse()))
				// a response's kind once it has a response: typing its text below makes one
				.editableColumn(Messages.columnResponseKind, 8, 90, SWT.LEFT, PreviousFinding::getResponse,
						EvaluationPackage.Literals.FINDING_RESPONSE__KIND)
				.refresh();
		lists.add(editor);
		return area;
	}

	/** 評価WG 第53回：プロジェクト A …の2020年度 中間評価; without 第…回 until the meeting is known. */
	private String title(WGReview review) {
		return NLS.bind(review.getMeetingNumber() == null ? Messages.sectionReviewUnnumbered : Messages.sectionReview, new Object[] {
				review.getMeetingNumber(), Texts.year(review.getFiscalYear()),
				label(review, EvaluationPackage.Literals.WG_REVIEW__EVALUATION_TYPE, review.getEvaluationType()),
				review.getTarget() == null ? "" : ObjectLabels.of(review.getTarget()) }); //$NON-NLS-1$
	}

	/** 【中間評価（2019年度）】（評価WGの所見） as printed, else the type and year of the evaluation. */
	private String source(PreviousFinding finding) {
		return Printed.or(finding, EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_EVALUATION_TYPE, () -> Texts.join(Stream.of(
				statedLabel(finding, EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_EVALUATION_TYPE), Texts.year(finding.getSourceFY()))));
	}

	/** The response, headed by its kind: 対処方針 (what will be done) or 対応状況 (what was done). */
	private String response(FindingResponse response) {
		if (response == null || response.getText() == null) {
			return ""; //$NON-NLS-1$
		}
		String kind = statedLabel(response, EvaluationPackage.Literals.FINDING_RESPONSE__KIND);
		return kind.isEmpty() ? response.getText() : NLS.bind(Messages.responseOfKind, kind, response.getText());
	}

	/** The subjects and WG reviews, each with a section. */
	@Override
	protected List<Object> structure() {
		List<Object> owners = new ArrayList<>();
		Program program = editor.report().getProgram();
		if (program != null) {
			owners.add(program);
			owners.addAll(program.getProjects());
		}
		owners.addAll(editor.report().getWgReviews());
		return owners;
	}

	@Override
	protected void modelChanged() {
		lists.forEach(ListEditor::refresh);
		reviews.refresh();
		reviewSections.forEach((review, section) -> section.relabel(title(review), description(review)));
		getManagedForm().reflow(true);
	}

	/** The list of the evaluation WG's reviews; for tests. */
	public ListEditor<WGReview> reviews() {
		return reviews;
	}

	/** The lists of findings, of the program, its projects and the WG reviews in turn; for tests. */
	public List<ListEditor<PreviousFinding>> lists() {
		return lists;
	}
}
