package org.hyoka.ip.report;

import static org.hyoka.core.report.ReportText.leaders;
import static org.hyoka.core.report.ReportText.lines;
import static org.hyoka.core.report.ReportText.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.Vocabulary;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.ip.BackgroundIPRule;
import org.hyoka.ip.DataSharingRule;
import org.hyoka.ip.IPCommittee;
import org.hyoka.ip.IPInstrument;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.IPStrategyActivity;
import org.hyoka.ip.InventionReportingRule;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.JointOwnershipRule;
import org.hyoka.ip.LicensingRule;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;

/**
 * 知財や研究開発データの取扱い: a subject's IP management scheme as the report prints it, one row per kind of rule,
 * the texts verbatim, after the narratives; contributed to the report-section extension point by the IP add-on.
 */
public final class IpManagementSection implements ReportSection {

	private static final Vocabulary TEXT = Vocabulary.of("org.hyoka.ip.report.report", IpManagementSection.class.getClassLoader()); //$NON-NLS-1$

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		IPManagementScheme scheme = target instanceof EvaluationSubject subject ? IpSchemes.of(subject) : null;
		if (scheme == null) {
			return List.of();
		}
		return List.of(new Heading(3, TEXT.get("ip"), "ip", "ip-" + ((EvaluationSubject) target).getId()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Table.overview(rows(scheme)));
	}

	private static List<Map.Entry<String, String>> rows(IPManagementScheme scheme) {
		List<Map.Entry<String, String>> rows = new ArrayList<>();
		if (scheme.getBayhDoleApplied() != null) {
			row(rows, TEXT.get("ip.bayhDole"), TEXT.get(scheme.getBayhDoleApplied() ? "ip.applied" : "ip.notApplied")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		row(rows, TEXT.get("ip.secretariat"), scheme.getSecretariat() == null ? null : scheme.getSecretariat().getNameJa()); //$NON-NLS-1$
		row(rows, TEXT.get("ip.policies"), lines(scheme.getPolicies().stream().map(IpManagementSection::instrument))); //$NON-NLS-1$
		row(rows, TEXT.get("ip.agreements"), lines(scheme.getAgreements().stream().map(agreement -> agreement.getDeclaredPartyCount() == null //$NON-NLS-1$
				? instrument(agreement) : instrument(agreement) + TEXT.format("ip.declared", agreement.getDeclaredPartyCount())))); //$NON-NLS-1$
		row(rows, TEXT.get("ip.committees"), lines(scheme.getCommittees().stream().map(IpManagementSection::committee))); //$NON-NLS-1$
		row(rows, TEXT.get("ip.jointOwnership"), lines(scheme.getJointOwnershipRules().stream().map(JointOwnershipRule::getTextJa))); //$NON-NLS-1$
		row(rows, TEXT.get("ip.reporting"), lines(scheme.getInventionReporting().stream().map(InventionReportingRule::getTextJa))); //$NON-NLS-1$
		row(rows, TEXT.get("ip.licensing"), lines(scheme.getLicensingRules().stream().map(LicensingRule::getTextJa))); //$NON-NLS-1$
		row(rows, TEXT.get("ip.background"), lines(scheme.getBackgroundIPRules().stream().map(BackgroundIPRule::getTextJa))); //$NON-NLS-1$
		row(rows, TEXT.get("ip.data"), lines(scheme.getDataSharingRules().stream().map(DataSharingRule::getTextJa))); //$NON-NLS-1$
		row(rows, TEXT.get("ip.support"), leaders(scheme.getSupportActors())); //$NON-NLS-1$
		row(rows, TEXT.get("ip.activities"), lines(scheme.getStrategyActivities().stream().map(IPStrategyActivity::getTextJa))); //$NON-NLS-1$
		return rows;
	}

	private static String instrument(IPInstrument instrument) {
		return instrument.getPrintedFact() != null ? instrument.getPrintedFact() : instrument.getTitleJa();
	}

	private static String committee(IPCommittee committee) {
		List<String> parts = new ArrayList<>();
		parts.add(committee.getNameJa());
		parts.add(committee.getPurpose());
		if (committee.getCompositionRule() != null) {
			parts.add(committee.getCompositionRule());
		} else if (!committee.getComposition().isEmpty()) {
			parts.add(TEXT.format("ip.composition", String.join("、", committee.getComposition().stream() //$NON-NLS-1$ //$NON-NLS-2$
					.map(seat -> seat.getCount() == null ? seat.getRoleLabelJa() : TEXT.format("ip.seat", seat.getRoleLabelJa(), seat.getCount())).toList()))); //$NON-NLS-1$
		}
		committee.getTasks().forEach(parts::add);
		return String.join("\n", parts.stream().filter(Objects::nonNull).toList()); //$NON-NLS-1$
	}
}
