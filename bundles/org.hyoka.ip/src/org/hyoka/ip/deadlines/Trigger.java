package org.hyoka.ip.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.hyoka.ip.ApplicationStatus;
import org.hyoka.ip.IPAgreement;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.Licence;
import org.hyoka.ip.OfficeAction;
import org.hyoka.ip.PatentApplication;
import org.hyoka.model.base.Identifiable;

/**
 * The events a deadline rule counts from: each picks the objects of a register it applies to and the date of the
 * event on each ({@code null}: not happened or not recorded). The rule table combines them with offsets and endings;
 * a rule names one by its {@link #key()}.
 */
public enum Trigger {
	/** An application was filed (出願日). */
	FILING("filing", IPManagementScheme::getApplications, object -> ((PatentApplication) object).getFilingDate()), //$NON-NLS-1$
	/** The earliest priority of an application: its priority date, else its filing date. */
	PRIORITY("priority", IPManagementScheme::getApplications, object -> { //$NON-NLS-1$
		PatentApplication application = (PatentApplication) object;
		return application.getPriorityDate() != null ? application.getPriorityDate() : application.getFilingDate();
	}),
	/** An application was granted (設定登録): its status date once its status is granted. */
	GRANT("grant", IPManagementScheme::getApplications, object -> { //$NON-NLS-1$
		PatentApplication application = (PatentApplication) object;
		return application.getStatus() == ApplicationStatus.GRANTED ? application.getStatusDate() : null;
	}),
	/** An invention was disclosed (発明届出). */
	DISCLOSURE("disclosure", IPManagementScheme::getInventions, object -> ((InventionDisclosure) object).getDisclosedDate()), //$NON-NLS-1$
	/** A licence or transfer was signed. */
	LICENCE("licence", IPManagementScheme::getLicences, object -> ((Licence) object).getConcludedDate()), //$NON-NLS-1$
	/** An agreement expires unless renewed. */
	EXPIRY("expiry", IPManagementScheme::getAgreements, object -> ((IPAgreement) object).getExpiryDate()), //$NON-NLS-1$
	/** An office action was sent (拒絶理由通知の発送日); the response period recorded with it replaces the rule's offset. */
	OFFICE_ACTION("office-action", IPManagementScheme::getOfficeActions, object -> ((OfficeAction) object).getDate(), //$NON-NLS-1$
			(object, offset) -> {
				OfficeAction action = (OfficeAction) object;
				return action.getResponsePeriod() == null ? offset
						: new Offset(action.getResponsePeriod(), ChronoUnit.valueOf(action.getPeriodUnit().getName()), offset.monthEnd());
			});

	private final String key;
	private final Function<IPManagementScheme, List<? extends Identifiable>> candidates;
	private final Function<Identifiable, LocalDate> date;
	private final BiFunction<Identifiable, Offset, Offset> ownOffset;

	Trigger(String key, Function<IPManagementScheme, List<? extends Identifiable>> candidates,
			Function<Identifiable, LocalDate> date) {
		this(key, candidates, date, (object, offset) -> offset);
	}

	Trigger(String key, Function<IPManagementScheme, List<? extends Identifiable>> candidates, Function<Identifiable, LocalDate> date,
			BiFunction<Identifiable, Offset, Offset> ownOffset) {
		this.key = key;
		this.candidates = candidates;
		this.date = date;
		this.ownOffset = ownOffset;
	}

	/** How the rule table names it. */
	public String key() {
		return key;
	}

	List<? extends Identifiable> candidates(IPManagementScheme scheme) {
		return candidates.apply(scheme);
	}

	LocalDate date(Identifiable object) {
		return date.apply(object);
	}

	/** The period after the event on the object: its own where it records one (an office action's), else the rule's. */
	Offset offset(Identifiable object, Offset rules) {
		return ownOffset.apply(object, rules);
	}

	/** The application an object of a register is about: itself, or the one an office action was issued on. */
	static PatentApplication application(Identifiable object) {
		return object instanceof OfficeAction action ? action.getApplication()
				: object instanceof PatentApplication application ? application : null;
	}

	/** The trigger the rule table names so. */
	public static Trigger of(String key) {
		for (Trigger trigger : values()) {
			if (trigger.key.equals(key)) {
				return trigger;
			}
		}
		throw new IllegalArgumentException(key);
	}
}
