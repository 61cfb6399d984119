package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.nonNull;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.program.UpperPolicy;

/** 上位施策: the policies the program serves, when and by whom they were decided, and their amendments. */
public final class PoliciesSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		if (!(target instanceof Program program)) {
			return List.of();
		}
		return Tables.data("policies", program.getUpperPolicies().stream().map(PoliciesSection::row).toList(), //$NON-NLS-1$
				"policy.name", "policy.date", "policy.body", "policy.amendments"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static List<String> row(UpperPolicy policy) {
		return List.of(nonNull(policy.getNameJa()), Printed.or(policy, ProgramPackage.Literals.UPPER_POLICY__DECISION_DATE, () -> ReportText.date(policy.getDecisionDate(), null)),
				nonNull(policy.getDecisionBody()), Tables.events(policy.getAmendments()));
	}
}
