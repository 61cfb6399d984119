package org.hyoka.ip.deadlines;

import java.util.List;

import org.hyoka.ip.Change;
import org.hyoka.ip.IpPackage.Literals;
import org.hyoka.ip.OfficeAction;

/** Ends the deadline for responding to an office action: the action is recorded as responded to on the date. */
public final class ResponseRecorded implements Completion {

	@Override
	public List<Change> changes(Deadline deadline, Context context) {
		return deadline.object() instanceof OfficeAction action
				? List.of(new Change(action, Literals.OFFICE_ACTION__RESPONDED_DATE, context.date())) : List.of();
	}
}
