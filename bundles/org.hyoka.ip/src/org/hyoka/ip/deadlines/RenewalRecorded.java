package org.hyoka.ip.deadlines;

import java.util.List;

import org.hyoka.ip.Change;
import org.hyoka.ip.IPAgreement;
import org.hyoka.ip.IpPackage.Literals;

/** Ends an agreement's renewal deadline: the agreement is recorded as renewed on the date. */
public final class RenewalRecorded implements Completion {

	@Override
	public List<Change> changes(Deadline deadline, Context context) {
		return deadline.object() instanceof IPAgreement agreement
				? List.of(new Change(agreement, Literals.IP_AGREEMENT__RENEWED_DATE, context.date())) : List.of();
	}
}
