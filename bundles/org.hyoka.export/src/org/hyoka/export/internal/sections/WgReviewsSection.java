package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.format;
import static org.hyoka.core.report.ReportText.get;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.evaluation.WGReview;

/** 第3章 評価ワーキンググループの所見: per subject and WG meeting, its findings and their responses, or that it has yet to meet. */
public final class WgReviewsSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		if (report.getWgReviews().isEmpty()) {
			return List.of();
		}
		List<List<String>> rows = new ArrayList<>();
		for (WGReview review : report.getWgReviews()) {
			String type = Tables.word(review, EvaluationPackage.Literals.WG_REVIEW__EVALUATION_TYPE, "evaluationType."); //$NON-NLS-1$
			List<String> head = List.of(review.getTarget() == null ? "" : ReportText.subjectTitle(review.getTarget()), //$NON-NLS-1$
					(type + " " + Tables.year(review.getFiscalYear())).strip(), //$NON-NLS-1$
					(review.getMeetingNumber() == null ? "" : format("wg.number", review.getMeetingNumber().toString())) //$NON-NLS-1$ //$NON-NLS-2$
							+ Tables.flag(review.isPending(), "wg.pending")); //$NON-NLS-1$
			if (review.getFindings().isEmpty()) {
				rows.add(row(head, "", "")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (PreviousFinding finding : review.getFindings()) {
				rows.add(row(head, PreviousFindingsSection.text(finding), PreviousFindingsSection.response(finding.getResponse())));
				head = List.of("", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		List<Block> blocks = new ArrayList<>(List.of(new Heading(1, get("wg"), "part", "wg"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		blocks.addAll(Tables.data("wg.caption", rows, "wg.target", "wg.evaluation", "wg.meeting", "finding.text", "finding.response")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		return blocks;
	}

	private static List<String> row(List<String> head, String finding, String response) {
		List<String> row = new ArrayList<>(head);
		row.add(finding);
		row.add(response);
		return row;
	}
}
