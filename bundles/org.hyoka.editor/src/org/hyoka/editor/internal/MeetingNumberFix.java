package org.hyoka.editor.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.hyoka.editor.fixes.QuickFix;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.Meeting;

/** HY-CM-02, meetings numbered out of order: a meeting gets the number of its place in the committee's list. */
public final class MeetingNumberFix implements QuickFix {

	@Override
	public List<Fix> fixes(EObject object, EObject holder) {
		if (!(object instanceof Meeting meeting) || !(meeting.eContainer() instanceof EvaluationCommittee committee)) {
			return List.of();
		}
		int place = committee.getMeetings().indexOf(meeting) + 1;
		if (meeting.getOrdinal() == null || meeting.getOrdinal() == place) {
			return List.of();
		}
		return List.of(new Fix(NLS.bind(Messages.fixMeetingNumber, meeting.getOrdinal(), place),
				NLS.bind(Messages.fixMeetingNumberDescription, meeting.getOrdinal(), place), meeting,
				domain -> SetCommand.create(domain, meeting, EvaluationPackage.Literals.MEETING__ORDINAL, place)));
	}
}
