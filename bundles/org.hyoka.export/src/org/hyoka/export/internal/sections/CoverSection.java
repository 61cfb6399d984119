package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.get;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Paragraph;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.EvaluationCommittee;

/** The title page: program, title, committee, date, ministry and はじめに with the guidelines and approval. */
public final class CoverSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		List<Block> blocks = new ArrayList<>();
		String program = ReportText.coverProgram(report);
		if (program != null) {
			blocks.add(new Paragraph(program, "program")); //$NON-NLS-1$
		}
		blocks.add(new Heading(0, ReportText.title(report)));
		EvaluationCommittee committee = report.getCommittee();
		if (committee != null && committee.getNameJa() != null && !committee.getNameJa().isBlank()) {
			blocks.add(new Paragraph(committee.getNameJa(), "cover-committee")); //$NON-NLS-1$
		}
		String date = ReportText.coverDate(report);
		if (date != null) {
			blocks.add(new Paragraph(date, "cover-date")); //$NON-NLS-1$
		}
		if (report.getIssuingMinistry() != null) {
			blocks.add(new Paragraph(report.getIssuingMinistry().getNameJa(), "ministry")); //$NON-NLS-1$
		}
		if (report.getPreface() != null) {
			blocks.add(new Heading(2, get("preface"), "preface", "preface")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			blocks.add(new Paragraph(report.getPreface(), Tables.TEXT));
		}
		// the guidelines the evaluation follows and the body that approved it, as はじめに closes
		report.getGuidelineRefs().forEach(guideline -> blocks.add(new Paragraph(guideline, "guideline"))); //$NON-NLS-1$
		if (report.getApprovalText() != null) {
			blocks.add(new Paragraph(report.getApprovalText(), "approval")); //$NON-NLS-1$
		}
		return blocks;
	}
}
