package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.Meeting;

/** The 評価検討会 as the report's list of members prints it, the chair (座長) first and marked, and its meetings. */
public final class CommitteePage extends ModelFormPage {

	public static final String ID = "org.hyoka.editor.page.committee"; //$NON-NLS-1$

	private final List<EObjectTable<?>> tables = new ArrayList<>();

	public CommitteePage(EvaluationEditor editor) {
		super(editor, ID, Messages.pageCommittee, Messages.pageCommitteeTitle);
	}

	@Override
	protected void fill() {
		tables.clear();
		EvaluationCommittee committee = editor.report().getCommittee();
		if (committee == null) {
			getManagedForm().getToolkit().createLabel(content, Messages.noCommittee, SWT.WRAP);
			return;
		}
		Composite people = section(content, Texts.firstOf(committee.getNameJa(), Messages.sectionCommittee),
				committee.getScoreSheetDeadline() == null ? Messages.sectionCommitteeDescription
						: NLS.bind(Messages.sectionCommitteeDeadline, Messages.sectionCommitteeDescription,
								Texts.date(committee.getScoreSheetDeadline())));
		GridLayoutFactory.fillDefaults().applyTo(people);
		EObjectTable<CommitteeMember> members = table(people, committee::getMembers);
		members.column(Messages.columnRole, 8, 80, member -> label(member, EvaluationPackage.Literals.COMMITTEE_MEMBER__ROLE, member.getRole()))
				.column(Messages.columnName, 12, 110, member -> Texts.name(member.getPerson()))
				.editableColumn(Messages.columnAffiliation, 40, 200, SWT.LEFT, member -> member,
						EvaluationPackage.Literals.COMMITTEE_MEMBER__AFFILIATION_PRINTED)
				.column(Messages.columnOrganization, 20, 120, member -> Texts.name(member.getOrganization()))
				.emphasize(CommitteePage::isChair).refresh();
		tables.add(members);

		Composite sessions = section(content, Messages.sectionMeetings, Messages.sectionMeetingsDescription);
		GridLayoutFactory.fillDefaults().applyTo(sessions);
		if (committee.getMeetings().isEmpty()) {
			getManagedForm().getToolkit().createLabel(sessions, Messages.noMeetings, SWT.WRAP);
			return;
		}
		EObjectTable<Meeting> meetings = table(sessions, committee::getMeetings);
		meetings.column(Messages.columnMeeting, 5, 60, meeting -> meeting.getOrdinal() == null ? "" : NLS.bind(Messages.meetingOrdinal, meeting.getOrdinal())) //$NON-NLS-1$
				.column(Messages.columnFormat, 7, 80, meeting -> Texts.firstOf(meeting.getFormatPrinted(),
						label(meeting, EvaluationPackage.Literals.MEETING__FORMAT, meeting.getFormat())))
				.column(Messages.columnDate, 12, 150, meeting -> Texts.date(meeting.getDate()))
				.column(Messages.columnTime, 18, 180, CommitteePage::when)
				.column(Messages.columnPublic, 5, 60, meeting -> meeting.getPublic() == null ? "" //$NON-NLS-1$
						: meeting.getPublic() ? Messages.publicYes : Messages.publicNo)
				.column(Messages.columnAgenda, 30, 150, meeting -> Texts.join(meeting.getAgenda().stream()))
				.refresh();
		tables.add(meetings);
	}

	static boolean isChair(CommitteeMember member) {
		return member.getRole() == CommitteeRole.CHAIR;
	}

	/** 10:00–12:30 for a meeting, the period of a written deliberation. */
	private static String when(Meeting meeting) {
		if (meeting.getStartTime() != null) {
			return meeting.getEndTime() == null ? meeting.getStartTime() : meeting.getStartTime() + "–" + meeting.getEndTime(); //$NON-NLS-1$
		}
		if (meeting.getPeriodStart() != null) {
			return Texts.date(meeting.getPeriodStart()) + " – " + Texts.date(meeting.getPeriodEnd()); //$NON-NLS-1$
		}
		return ""; //$NON-NLS-1$
	}

	@Override
	protected List<Object> structure() {
		EvaluationCommittee committee = editor.report().getCommittee();
		return Arrays.asList(committee, committee != null && committee.getMeetings().isEmpty());
	}

	@Override
	protected void modelChanged() {
		tables.forEach(EObjectTable::refresh);
	}

	/** The members' table, then the meetings' if there are meetings; for tests. */
	public List<EObjectTable<?>> tables() {
		return tables;
	}
}
