package org.hyoka.editor.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.editor.fixes.QuickFix;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationPackage;

/** HY-CM-01, a committee without a chair: its one member becomes the chair. */
public final class ChairFix implements QuickFix {

	@Override
	public List<Fix> fixes(EObject object, EObject holder) {
		if (!(object instanceof EvaluationCommittee committee) || committee.getMembers().size() != 1
				|| committee.getMembers().get(0).getRole() == CommitteeRole.CHAIR) {
			return List.of();
		}
		CommitteeMember member = committee.getMembers().get(0);
		String name = Texts.firstOf(Texts.name(member.getPerson()), ObjectLabels.of(member));
		return List.of(new Fix(NLS.bind(Messages.fixChair, name), NLS.bind(Messages.fixChairDescription, name), member,
				domain -> SetCommand.create(domain, member, EvaluationPackage.Literals.COMMITTEE_MEMBER__ROLE, CommitteeRole.CHAIR)));
	}
}
