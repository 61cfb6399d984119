package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.nonNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FundingFlow;
import org.hyoka.model.finance.FundingStep;
import org.hyoka.model.program.EvaluationSubject;

/** 実施形態: each flow of funds as printed (国 → AMED（委託） → アカデミア等（定額補助）) and its steps. */
public final class FundingSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		List<List<String>> rows = new ArrayList<>();
		for (FundingFlow flow : ((EvaluationSubject) target).getFundingFlows()) {
			String printed = nonNull(flow.getPrinted());
			if (flow.getSteps().isEmpty()) {
				rows.add(List.of(printed, "", "", "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			for (FundingStep step : flow.getSteps()) {
				rows.add(List.of(printed, step.getFromLabel() != null ? step.getFromLabel() : Tables.name(step.getFrom()),
						step.getToLabel() != null ? step.getToLabel() : Tables.name(step.getTo()),
						Tables.word(step, FinancePackage.Literals.FUNDING_STEP__MECHANISM, "mechanism."), nonNull(step.getRate()))); //$NON-NLS-1$
				printed = ""; //$NON-NLS-1$
			}
		}
		return Tables.data("funding", rows, "funding.printed", "funding.from", "funding.to", "funding.mechanism", "funding.rate"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}
}
