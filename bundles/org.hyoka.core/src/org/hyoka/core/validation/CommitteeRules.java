package org.hyoka.core.validation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.Meeting;
import org.hyoka.model.evaluation.MeetingFormat;

/** Rules on the committee (評価検討会) and its meetings (審議経過). */
public final class CommitteeRules implements RuleChecker {

	private static final String COMMITTEE_CHAIR = "HY-CM-01"; //$NON-NLS-1$
	private static final String MEETING_ORDER = "HY-CM-02"; //$NON-NLS-1$
	private static final String MEETING_WRITTEN = "HY-CM-03"; //$NON-NLS-1$
	private static final String MEETING_WEEKDAY = "HY-CM-04"; //$NON-NLS-1$
	private static final String MEETING_DEADLINE = "HY-CM-05"; //$NON-NLS-1$
	private static final String MEETING_DATES = "HY-CM-06"; //$NON-NLS-1$

	private static final String WEEKDAYS = "月火水木金土日"; //$NON-NLS-1$

	@Override
	public void check(EObject object, Findings findings) {
		switch (object) {
		case EvaluationCommittee committee -> check(committee, findings);
		case Meeting meeting -> check(meeting, findings);
		default -> {
			// not a type of this set
		}
		}
	}

	private static void check(EvaluationCommittee committee, Findings findings) {
		long chairs = committee.getMembers().stream().filter(member -> member.getRole() == CommitteeRole.CHAIR).count();
		if (!committee.getMembers().isEmpty() && chairs != 1) {
			findings.reportAt(COMMITTEE_CHAIR, committee, EvaluationPackage.Literals.EVALUATION_COMMITTEE__MEMBERS, chairs);
		}
		List<Meeting> meetings = committee.getMeetings();
		Meeting previous = null; // the last meeting with a date
		for (int i = 0; i < meetings.size(); i++) {
			Meeting meeting = meetings.get(i);
			if (meeting.getOrdinal() != null && meeting.getOrdinal() != i + 1) {
				findings.reportAt(MEETING_ORDER, meeting, EvaluationPackage.Literals.MEETING__ORDINAL, meeting.getOrdinal(), i + 1);
			}
			LocalDate day = first(meeting);
			if (day != null && previous != null && !day.isAfter(last(previous))) {
				findings.reportAt(MEETING_DATES, meeting,
						meeting.getPeriodStart() != null ? EvaluationPackage.Literals.MEETING__PERIOD_START : EvaluationPackage.Literals.MEETING__DATE, day,
						last(previous), SourceLines.of(meeting), SourceLines.of(previous));
			}
			previous = day != null ? meeting : previous;
		}
		LocalDate deadline = committee.getScoreSheetDeadline();
		if (deadline != null && meetings.size() >= 2 && first(meetings.get(0)) != null && first(meetings.get(1)) != null
				&& (!deadline.isAfter(first(meetings.get(0))) || !deadline.isBefore(first(meetings.get(1))))) {
			findings.report(MEETING_DEADLINE, committee, deadline, first(meetings.get(0)), first(meetings.get(1)),
					SourceLines.of(committee), SourceLines.of(meetings.get(0)), SourceLines.of(meetings.get(1)));
		}
	}

	private static void check(Meeting meeting, Findings findings) {
		if (meeting.getFormat() == MeetingFormat.WRITTEN) {
			LocalDate start = meeting.getPeriodStart();
			LocalDate end = meeting.getPeriodEnd();
			LocalDate resolution = meeting.getResolutionDate();
			if (start == null || end == null || end.isBefore(start)
					|| resolution != null && (resolution.isBefore(start) || resolution.isAfter(end))) {
				EAttribute wrong = start == null ? EvaluationPackage.Literals.MEETING__PERIOD_START
						: end == null || end.isBefore(start) ? EvaluationPackage.Literals.MEETING__PERIOD_END
								: EvaluationPackage.Literals.MEETING__RESOLUTION_DATE;
				findings.reportAt(MEETING_WRITTEN, meeting, wrong, start == null ? "—" : start, end == null ? "—" : end, //$NON-NLS-1$ //$NON-NLS-2$
						resolution == null ? "—" : resolution); //$NON-NLS-1$
			}
		}
		String printed = meeting.getWeekdayPrinted();
		LocalDate day = meeting.getDate() != null ? meeting.getDate() : meeting.getPeriodStart();
		if (printed != null && day != null && !printed.isBlank()) {
			String actual = weekday(day.getDayOfWeek());
			if (!printed.strip().startsWith(actual)) {
				findings.reportAt(MEETING_WEEKDAY, meeting,
						meeting.getDate() != null ? EvaluationPackage.Literals.MEETING__DATE : EvaluationPackage.Literals.MEETING__PERIOD_START, day,
						printed, actual);
			}
		}
	}

	/** The day the meeting starts: its date, or the first day of a written deliberation. */
	private static LocalDate first(Meeting meeting) {
		return meeting.getPeriodStart() != null ? meeting.getPeriodStart() : meeting.getDate();
	}

	private static LocalDate last(Meeting meeting) {
		return meeting.getPeriodEnd() != null ? meeting.getPeriodEnd() : first(meeting);
	}

	private static String weekday(DayOfWeek day) {
		return String.valueOf(WEEKDAYS.charAt(day.getValue() - 1));
	}
}
