package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.format;
import static org.hyoka.core.report.ReportText.get;
import static org.hyoka.core.report.ReportText.nonNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Kind;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.Recommendation;

/** 提言及び対処方針: every recommendation next to its response and who answers for it. */
public final class RecommendationsSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		List<Recommendation> recommendations = ((Evaluation) target).getRecommendations();
		if (recommendations.isEmpty()) {
			return List.of();
		}
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(Tables.headers("recommendation", "response")); //$NON-NLS-1$ //$NON-NLS-2$
		for (Recommendation recommendation : recommendations) {
			rows.add(List.of(Cell.text(nonNull(recommendation.getText()), Tables.TEXT), Cell.text(response(recommendation), Tables.TEXT)));
		}
		return List.of(new Heading(3, get("recommendations")), new Table(Kind.RECOMMENDATIONS, "", "", "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String response(Recommendation recommendation) {
		if (recommendation.getResponse() == null) {
			return ""; //$NON-NLS-1$
		}
		String response = nonNull(recommendation.getResponse().getText());
		if (recommendation.getResponse().getResponsibleActor() != null) {
			response += "\n" + format("responsible", recommendation.getResponse().getResponsibleActor()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return response;
	}
}
