package org.hyoka.ip.deadlines;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.ip.Change;
import org.hyoka.ip.ApplicationKind;
import org.hyoka.ip.ApplicationStatus;
import org.hyoka.ip.IpFactory;
import org.hyoka.ip.IpPackage.Literals;
import org.hyoka.ip.PatentApplication;

/**
 * Ends a deadline of an application by filing the one that follows it on the date: for a priority deadline a PCT
 * application claiming its priority ({@code paris-priority}), for a per-country deadline the national phase in that
 * country ({@code pct-national-phase}). The new application takes the invention, project, title and owners of the one
 * it is based on, and its earliest priority date.
 */
public final class ApplicationFiled implements Completion {

	@Override
	public List<Change> changes(Deadline deadline, Context context) {
		if (!(deadline.object() instanceof PatentApplication base)) {
			return List.of();
		}
		PatentApplication next = IpFactory.eINSTANCE.createPatentApplication();
		next.setId(context.freshId().apply(context.scheme().getId() + "-app")); //$NON-NLS-1$
		next.setKind(deadline.country() == null ? ApplicationKind.PCT : ApplicationKind.NATIONAL_PHASE);
		if (deadline.country() != null) {
			next.getCountries().add(deadline.country());
		}
		next.setBasedOn(base);
		next.setInvention(base.getInvention());
		next.setProject(base.getProject());
		next.setTitleJa(base.getTitleJa());
		next.setPriorityDate(base.getPriorityDate() != null ? base.getPriorityDate() : base.getFilingDate());
		next.setFilingDate(context.date());
		next.setStatus(ApplicationStatus.FILED);
		next.getOwners().addAll(EcoreUtil.copyAll(base.getOwners()));
		return List.of(new Change(context.scheme(), Literals.IP_MANAGEMENT_SCHEME__APPLICATIONS, next));
	}
}
