package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.format;
import static org.hyoka.core.report.ReportText.get;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Bullet;
import org.hyoka.export.outline.Block.Bullets;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Paragraph;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.Meeting;

/** 審議経過: every meeting with its date and agenda. */
public final class MeetingsSection implements ReportSection {

	private static final String DATE = "date"; //$NON-NLS-1$

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		EvaluationCommittee committee = report.getCommittee();
		if (committee == null || committee.getMeetings().isEmpty()) {
			return List.of();
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Heading(2, get("meetings"), "meetings", "meetings")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Meeting meeting : committee.getMeetings()) {
			blocks.add(new Heading(3, ReportText.meetingTitle(committee, meeting), "meeting", "")); //$NON-NLS-1$ //$NON-NLS-2$
			blocks.add(new Paragraph(ReportText.meetingWhen(meeting), DATE));
			if (meeting.getResolutionDate() != null) {
				blocks.add(new Paragraph(format("meetingResolution", ReportText.date(meeting.getResolutionDate(), null)), DATE)); //$NON-NLS-1$
			}
			if (!meeting.getAgenda().isEmpty()) {
				blocks.add(new Paragraph(get("agenda"), "agenda-title")); //$NON-NLS-1$ //$NON-NLS-2$
				// agenda items carry their printed numbers (１．…)
				blocks.add(new Bullets(meeting.getAgenda().stream().map(item -> new Bullet("", item, "")).toList(), "agenda")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return blocks;
	}
}
