package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.format;
import static org.hyoka.core.report.ReportText.nonNull;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Organization;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.GovernanceBody;
import org.hyoka.model.program.ProgramPackage;

/** 研究開発の推進体制: the committees and meetings that steer the subject, who sits on them and how often they meet. */
public final class GovernanceSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		return Tables.data("governance", ((EvaluationSubject) target).getGovernanceBodies().stream().map(GovernanceSection::row).toList(), "governance.name", "governance.kind", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"governance.organizers", "governance.members", "governance.frequency", "governance.description"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static List<String> row(GovernanceBody body) {
		String organizers = ReportText.lines(Stream.of(role("governance.organizer", body.getOrganizer()), role("governance.secretariat", body.getSecretariat()), //$NON-NLS-1$ //$NON-NLS-2$
				role("governance.host", body.getHost()))); //$NON-NLS-1$
		String count = body.getMemberCountPrinted() == null ? "" : format("governance.count", body.getMemberCountPrinted().toString()); //$NON-NLS-1$ //$NON-NLS-2$
		return List.of(nonNull(body.getNameJa()), Tables.word(body, ProgramPackage.Literals.GOVERNANCE_BODY__KIND, "governance.kind."), organizers, //$NON-NLS-1$
				(ReportText.leaders(body.getMembers()) + "\n" + count).strip(), nonNull(body.getMeetingFrequency()), nonNull(body.getDescription())); //$NON-NLS-1$
	}

	/** 事務局：AMED, or null when no organization has that role. */
	private static String role(String key, Organization organization) {
		return organization == null ? null : format(key, nonNull(organization.getNameJa()));
	}
}
