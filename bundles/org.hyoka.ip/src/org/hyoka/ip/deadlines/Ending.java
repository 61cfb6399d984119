package org.hyoka.ip.deadlines;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.ApplicationKind;
import org.hyoka.ip.ApplicationStatus;
import org.hyoka.ip.IPAgreement;
import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.OfficeAction;
import org.hyoka.ip.PatentApplication;

/**
 * What ends a deadline, as the rule table names it. {@link #ended} gives the date it ended, {@link LocalDate#MIN}
 * when the register records the event without a date, and {@code null} while it has not ended.
 */
public enum Ending {
	/** A later application claims its priority (Paris route or PCT). */
	PRIORITY_CLAIMED("priority-claimed") { //$NON-NLS-1$
		@Override
		LocalDate ended(Deadline deadline, Register register) {
			return earliest(register.followers(deadline.object()).stream()
					.filter(next -> next.getKind() == ApplicationKind.PARIS || next.getKind() == ApplicationKind.PCT));
		}
	},
	/** The PCT application entered the national phase in the deadline's country. */
	NATIONAL_PHASE("national-phase") { //$NON-NLS-1$
		@Override
		LocalDate ended(Deadline deadline, Register register) {
			return earliest(register.followers(deadline.object()).stream().filter(
					next -> next.getKind() == ApplicationKind.NATIONAL_PHASE && next.getCountries().contains(deadline.country())));
		}
	},
	/** The report the rule names was sent to the agency (an invention's recorded report date counts too). */
	REPORT_SENT("report-sent") { //$NON-NLS-1$
		@Override
		LocalDate ended(Deadline deadline, Register register) {
			if (deadline.object() instanceof InventionDisclosure invention && invention.getReportedDate() != null) {
				return invention.getReportedDate();
			}
			return register.reportsAbout(deadline.object()).stream().filter(report -> report.getKind() == deadline.rule().reportKind())
					.map(AgencyReport::getSentDate).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
		}
	},
	/**
	 * Examination was requested (審査請求): the application is under examination since its status date, or was granted,
	 * which needs a request before it (its date is not recorded then).
	 */
	EXAMINATION_REQUESTED("examination-requested") { //$NON-NLS-1$
		@Override
		LocalDate ended(Deadline deadline, Register register) {
			if (deadline.object() instanceof PatentApplication application) {
				if (application.getStatus() == ApplicationStatus.EXAMINATION) {
					return application.getStatusDate() != null ? application.getStatusDate() : LocalDate.MIN;
				}
				if (application.getStatus() == ApplicationStatus.GRANTED) {
					return LocalDate.MIN;
				}
			}
			return null;
		}
	},
	/** The application (an office action's) was withdrawn, abandoned or finally rejected. */
	CLOSED("closed") { //$NON-NLS-1$
		@Override
		LocalDate ended(Deadline deadline, Register register) {
			PatentApplication application = Trigger.application(deadline.object());
			if (application != null && (application.getStatus() == ApplicationStatus.WITHDRAWN
					|| application.getStatus() == ApplicationStatus.ABANDONED || application.getStatus() == ApplicationStatus.REJECTED)) {
				return application.getStatusDate() != null ? application.getStatusDate() : LocalDate.MIN;
			}
			return null;
		}
	},
	/**
	 * The fee of the deadline's year is paid: the application records it paid through that year or a later one (the
	 * date of the payment is not recorded).
	 */
	ANNUITY_PAID("annuity-paid") { //$NON-NLS-1$
		@Override
		LocalDate ended(Deadline deadline, Register register) {
			Integer paid = deadline.object() instanceof PatentApplication application ? application.getPaidThroughYear() : null;
			return paid != null && deadline.year() != null && paid >= deadline.year() ? LocalDate.MIN : null;
		}
	},
	/** The office action was responded to (意見書, 補正書) on the date recorded. */
	RESPONDED("responded") { //$NON-NLS-1$
		@Override
		LocalDate ended(Deadline deadline, Register register) {
			return deadline.object() instanceof OfficeAction action ? action.getRespondedDate() : null;
		}
	},
	/**
	 * The agreement was renewed within the year before the deadline; a renewal that long ago belongs to an earlier
	 * term, whose new end is the expiry date recorded now.
	 */
	RENEWED("renewed") { //$NON-NLS-1$
		@Override
		LocalDate ended(Deadline deadline, Register register) {
			LocalDate renewed = deadline.object() instanceof IPAgreement agreement ? agreement.getRenewedDate() : null;
			return renewed != null && renewed.isAfter(deadline.due().minusYears(1)) ? renewed : null;
		}
	};

	private final String key;

	Ending(String key) {
		this.key = key;
	}

	/** How the rule table names it. */
	public String key() {
		return key;
	}

	abstract LocalDate ended(Deadline deadline, Register register);

	/** The ending the rule table names so. */
	public static Ending of(String key) {
		for (Ending ending : values()) {
			if (ending.key.equals(key)) {
				return ending;
			}
		}
		throw new IllegalArgumentException(key);
	}

	private static LocalDate earliest(Stream<PatentApplication> applications) {
		return applications.map(next -> next.getFilingDate() != null ? next.getFilingDate() : LocalDate.MIN)
				.min(LocalDate::compareTo).orElse(null);
	}
}
