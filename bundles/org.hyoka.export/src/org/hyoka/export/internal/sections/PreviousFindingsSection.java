package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.format;
import static org.hyoka.core.report.ReportText.get;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Kind;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.FindingResponse;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;

/**
 * 前回評価の指摘事項と対処方針: the subject's findings of earlier evaluations next to their response (対処方針 at the
 * time, 対応状況 later), under the evaluation they come from; a finding of the same evaluation as the row above
 * leaves that cell empty, as the report does.
 */
public final class PreviousFindingsSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		List<PreviousFinding> findings = ((EvaluationSubject) target).getPreviousFindings();
		if (findings.isEmpty()) {
			return List.of();
		}
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(Tables.headers("finding.source", "finding.text", "finding.response")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String previous = null;
		for (PreviousFinding finding : findings) {
			String source = source(finding);
			rows.add(List.of(Cell.header(source.equals(previous) ? "" : source), Cell.text(text(finding), Tables.TEXT), //$NON-NLS-1$
					Cell.text(response(finding.getResponse()), Tables.TEXT)));
			previous = source;
		}
		return List.of(new Heading(3, get("findings")), new Table(Kind.DATA, "", "", "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The label as printed, else made of what is known: 【中間評価（2019年度）】（第53回評価WGの所見）. */
	private static String source(PreviousFinding finding) {
		String printed = Printed.of(finding, EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_EVALUATION_TYPE);
		if (printed != null) {
			return printed;
		}
		String type = Tables.word(finding, EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_EVALUATION_TYPE, "evaluationType."); //$NON-NLS-1$
		String year = finding.getSourceFY() == null ? "" : format("finding.year", finding.getSourceFY().toString()); //$NON-NLS-1$ //$NON-NLS-2$
		String evaluation = type.isEmpty() && year.isEmpty() ? "" : format("finding.label", type, year); //$NON-NLS-1$ //$NON-NLS-2$
		String meeting = finding.getWgMeetingNumber() == null ? "" : format("finding.meeting", finding.getWgMeetingNumber().toString()); //$NON-NLS-1$ //$NON-NLS-2$
		String body = Tables.word(finding, EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_BODY, "body."); //$NON-NLS-1$
		return evaluation + (body.isEmpty() && meeting.isEmpty() ? "" : format("finding.body", meeting, body)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The finding, under the evaluation item it was made on when the report names one. */
	static String text(PreviousFinding finding) {
		String category = finding.eIsSet(EvaluationPackage.Literals.PREVIOUS_FINDING__CATEGORY)
				? format("finding.category", ReportText.itemTitle(finding.getCategory())) //$NON-NLS-1$
				: null;
		return lines(category, finding.getText());
	}

	/** The response under its kind, when it has one: 対処方針 or 対応状況. */
	static String response(FindingResponse response) {
		if (response == null) {
			return ""; //$NON-NLS-1$
		}
		String kind = Tables.word(response, EvaluationPackage.Literals.FINDING_RESPONSE__KIND, "responseKind."); //$NON-NLS-1$
		return lines(kind, response.getText());
	}

	private static String lines(String... texts) {
		return Stream.of(texts).filter(text -> text != null && !text.isEmpty()).collect(Collectors.joining("\n")); //$NON-NLS-1$
	}
}
