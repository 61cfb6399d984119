package org.hyoka.export.internal.sections;

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
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.printed.Printed;

/** 評価検討会 委員構成: role, name and affiliation of every member. */
public final class CommitteeSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		EvaluationCommittee committee = report.getCommittee();
		if (committee == null || committee.getMembers().isEmpty()) {
			return List.of();
		}
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(List.of(Cell.header(""), Cell.header(get("personName")), Cell.header(get("affiliation")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (CommitteeMember member : committee.getMembers()) {
			rows.add(List.of(Cell.text(!member.isSetRole() ? "" : get("role." + member.getRole().getName()), ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Cell.text(member.getPerson() == null ? "" : nonNull(member.getPerson().getNameJa()), "name"), //$NON-NLS-1$ //$NON-NLS-2$
					Cell.text(nonNull(Printed.of(member, EvaluationPackage.Literals.COMMITTEE_MEMBER__ORGANIZATION)), ""))); //$NON-NLS-1$
		}
		return List.of(new Heading(2, get("committee"), "committee", "committee"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new Table(Kind.COMMITTEE, "", "", "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
