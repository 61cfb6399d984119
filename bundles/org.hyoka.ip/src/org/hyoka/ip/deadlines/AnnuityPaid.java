package org.hyoka.ip.deadlines;

import java.util.List;

import org.hyoka.ip.Change;
import org.hyoka.ip.IpPackage.Literals;
import org.hyoka.ip.PatentApplication;

/**
 * Ends an annuity deadline (特許料): the application is recorded as paid through the deadline's year. A year's fee
 * is paid only after the years before it, so a record of later years already paid is kept.
 */
public final class AnnuityPaid implements Completion {

	@Override
	public List<Change> changes(Deadline deadline, Context context) {
		if (!(deadline.object() instanceof PatentApplication application) || deadline.year() == null
				|| application.getPaidThroughYear() != null && application.getPaidThroughYear() >= deadline.year()) {
			return List.of();
		}
		return List.of(new Change(application, Literals.PATENT_APPLICATION__PAID_THROUGH_YEAR, deadline.year()));
	}
}
