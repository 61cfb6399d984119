package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.edit.ui.ListEditor;
import org.hyoka.edit.ui.widgets.DateField;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.RevealingPage;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.Person;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.Meeting;
import org.hyoka.model.evaluation.MeetingFormat;
import org.hyoka.model.printed.Printed;

/** The 評価検討会 as the report's list of members prints it, the chair (座長) first and marked, and its meetings. */
public final class CommitteePage extends ModelFormPage implements RevealingPage {

	public static final String ID = "org.hyoka.editor.page.committee"; //$NON-NLS-1$

	private final List<ListEditor<?>> tables = new ArrayList<>();
	private DateField deadline;
	private Section committeeSection;

	public CommitteePage(EvaluationEditor editor) {
		super(editor, ID, Messages.pageCommittee, Messages.pageCommitteeTitle);
	}

	@Override
	protected void fill() {
		tables.clear();
		rebind();
		EvaluationCommittee committee = editor.report().getCommittee();
		Composite people = section(content, title(committee), Messages.sectionCommitteeDescription);
		GridLayoutFactory.fillDefaults().applyTo(people);
		committeeSection = (Section) people.getParent();
		deadline = null;
		if (committee != null) {
			Composite due = getManagedForm().getToolkit().createComposite(people);
			GridLayoutFactory.fillDefaults().numColumns(2).applyTo(due);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(due);
			text(due, committee, BasePackage.Literals.NAMED__NAME_JA, Messages.fieldCommitteeName, SWT.SINGLE);
			deadline = date(due, committee, EvaluationPackage.Literals.EVALUATION_COMMITTEE__SCORE_SHEET_DEADLINE, Messages.fieldDeadline);
		}
		ListEditor<CommitteeMember> members = list(people, () -> committee == null ? List.of() : committee.getMembers(),
				EvaluationPackage.Literals.COMMITTEE_MEMBER);
		members.addition(typeName(EvaluationPackage.Literals.COMMITTEE_MEMBER), this::addMember);
		members.table()
				.editableColumn(Messages.columnRole, 8, 80, SWT.LEFT, member -> member, EvaluationPackage.Literals.COMMITTEE_MEMBER__ROLE)
				.editableColumn(Messages.columnName, 12, 110, SWT.LEFT, CommitteeMember::getPerson, BasePackage.Literals.NAMED__NAME_JA)
				.editableColumn(Messages.columnAffiliation, 40, 200, SWT.LEFT, member -> member,
						EvaluationPackage.Literals.COMMITTEE_MEMBER__AFFILIATION_PRINTED)
				.column(Messages.columnOrganization, 20, 120, member -> Texts.name(member.getOrganization()))
				.emphasize(CommitteePage::isChair).refresh();
		tables.add(members);

		Composite sessions = section(content, Messages.sectionMeetings, Messages.sectionMeetingsDescription);
		GridLayoutFactory.fillDefaults().applyTo(sessions);
		ListEditor<Meeting> meetings = list(sessions, () -> committee == null ? List.of() : committee.getMeetings(),
				EvaluationPackage.Literals.MEETING);
		meetings.addition(typeName(EvaluationPackage.Literals.MEETING), this::addMeeting)
				.longText(Messages.columnAgenda, EvaluationPackage.Literals.MEETING__AGENDA);
		meetings.table()
				.editableColumn(Messages.columnMeeting, 5, 60, SWT.LEFT, meeting -> meeting, EvaluationPackage.Literals.MEETING__ORDINAL,
						meeting -> meeting.getOrdinal() == null ? "" : NLS.bind(Messages.meetingOrdinal, meeting.getOrdinal())) //$NON-NLS-1$
				.editableColumn(Messages.columnFormat, 7, 80, SWT.LEFT, meeting -> meeting, EvaluationPackage.Literals.MEETING__FORMAT,
						meeting -> Printed.or(meeting, EvaluationPackage.Literals.MEETING__FORMAT,
								() -> statedLabel(meeting, EvaluationPackage.Literals.MEETING__FORMAT)))
				.editableColumn(Messages.columnDate, 12, 150, SWT.LEFT, meeting -> meeting, EvaluationPackage.Literals.MEETING__DATE,
						meeting -> Texts.date(meeting.getDate()))
				.editableColumn(Messages.columnStartTime, 5, 70, SWT.LEFT, meeting -> meeting, EvaluationPackage.Literals.MEETING__START_TIME)
				.editableColumn(Messages.columnEndTime, 5, 70, SWT.LEFT, meeting -> meeting, EvaluationPackage.Literals.MEETING__END_TIME)
				.editableColumn(Messages.columnPeriodStart, 10, 130, SWT.LEFT, meeting -> meeting, EvaluationPackage.Literals.MEETING__PERIOD_START,
						meeting -> Texts.date(meeting.getPeriodStart()))
				.editableColumn(Messages.columnPeriodEnd, 10, 130, SWT.LEFT, meeting -> meeting, EvaluationPackage.Literals.MEETING__PERIOD_END,
						meeting -> Texts.date(meeting.getPeriodEnd()))
				.editableColumn(Messages.columnResolution, 10, 130, SWT.LEFT, meeting -> meeting, EvaluationPackage.Literals.MEETING__RESOLUTION_DATE,
						meeting -> Texts.date(meeting.getResolutionDate()))
				.editableColumn(Messages.columnPublic, 5, 60, SWT.LEFT, meeting -> meeting, EvaluationPackage.Literals.MEETING__PUBLIC,
						meeting -> meeting.getPublic() == null ? "" : meeting.getPublic() ? Messages.publicYes : Messages.publicNo) //$NON-NLS-1$
				.column(Messages.columnAgenda, 30, 150, meeting -> Texts.join(meeting.getAgenda().stream()))
				.refresh();
		tables.add(meetings);
	}

	/** A member and the person they are; the committee too, when the file has none yet. */
	private Command addMember(EditingDomain domain) {
		EvaluationReport report = editor.report();
		CompoundCommand command = new CompoundCommand();
		EvaluationCommittee committee = committee(domain, command);
		Person person = NewObjects.person(domain, report, command);
		CommitteeMember member = EvaluationFactory.eINSTANCE.createCommitteeMember();
		member.setId(NewObjects.id(report, "member")); //$NON-NLS-1$
		member.setRole(CommitteeRole.MEMBER);
		member.setPerson(person);
		command.append(ListEditor.add(domain, committee, EvaluationPackage.Literals.EVALUATION_COMMITTEE__MEMBERS, member));
		return command;
	}

	/** The next meeting: numbered after the last, held as a meeting until the user says otherwise. */
	private Command addMeeting(EditingDomain domain) {
		CompoundCommand command = new CompoundCommand();
		EvaluationCommittee committee = committee(domain, command);
		Meeting meeting = EvaluationFactory.eINSTANCE.createMeeting();
		meeting.setOrdinal(committee.getMeetings().stream().map(Meeting::getOrdinal).filter(Objects::nonNull)
				.max(Integer::compare).orElse(0) + 1);
		meeting.setFormat(MeetingFormat.MEETING);
		command.append(ListEditor.add(domain, committee, EvaluationPackage.Literals.EVALUATION_COMMITTEE__MEETINGS, meeting));
		return command;
	}

	/** The report's committee; a new one, created by the command, when there is none. */
	private EvaluationCommittee committee(EditingDomain domain, CompoundCommand command) {
		EvaluationReport report = editor.report();
		if (report.getCommittee() != null) {
			return report.getCommittee();
		}
		EvaluationCommittee committee = EvaluationFactory.eINSTANCE.createEvaluationCommittee();
		committee.setId(NewObjects.id(report, "committee")); //$NON-NLS-1$
		command.append(SetCommand.create(domain, report, HyokaPackage.Literals.EVALUATION_REPORT__COMMITTEE, committee));
		return committee;
	}

	static boolean isChair(CommitteeMember member) {
		return member.getRole() == CommitteeRole.CHAIR;
	}


	/** The committee, its members and its meetings. */
	@Override
	public boolean shows(EObject object) {
		return enclosing(object, EvaluationCommittee.class) != null;
	}

	@Override
	protected List<Object> structure() {
		return Arrays.asList(editor.report().getCommittee());
	}

	@Override
	protected void modelChanged() {
		tables.forEach(ListEditor::refresh);
		if (deadline != null && !deadline.control().isDisposed()) {
			deadline.setDate(editor.report().getCommittee().getScoreSheetDeadline());
		}
		if (!committeeSection.isDisposed()) {
			committeeSection.setText(title(editor.report().getCommittee()));
		}
	}

	/** The committee's name as the section's title, once it has one. */
	private static String title(EvaluationCommittee committee) {
		return committee == null ? Messages.sectionCommittee : Texts.firstOf(committee.getNameJa(), Messages.sectionCommittee);
	}

	/** The members' list, then the meetings'; for tests. */
	public List<ListEditor<?>> tables() {
		return tables;
	}
}
