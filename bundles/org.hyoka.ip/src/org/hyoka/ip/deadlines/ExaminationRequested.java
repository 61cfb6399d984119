package org.hyoka.ip.deadlines;

import java.util.List;

import org.hyoka.ip.ApplicationStatus;
import org.hyoka.ip.Change;
import org.hyoka.ip.IpPackage.Literals;
import org.hyoka.ip.PatentApplication;

/** Ends a deadline for requesting examination (審査請求): the application is recorded as under examination since the date. */
public final class ExaminationRequested implements Completion {

	@Override
	public List<Change> changes(Deadline deadline, Context context) {
		return deadline.object() instanceof PatentApplication application
				? List.of(new Change(application, Literals.PATENT_APPLICATION__STATUS, ApplicationStatus.EXAMINATION),
						new Change(application, Literals.PATENT_APPLICATION__STATUS_DATE, context.date()))
				: List.of();
	}
}
