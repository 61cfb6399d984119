package org.hyoka.ip.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.AgencyReportKind;
import org.hyoka.ip.AgreementParty;
import org.hyoka.ip.ApplicationKind;
import org.hyoka.ip.DecisionOutcome;
import org.hyoka.ip.IPAgreement;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.IpProjects;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.Licence;
import org.hyoka.ip.Ownership;
import org.hyoka.ip.PatentApplication;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.base.Organization;
import org.hyoka.model.program.Project;
import org.hyoka.model.results.PublicationRecord;

/**
 * Rules on the IP register (inventions, applications, licences) against the agreements, the committee's decisions,
 * the reports to the agency and the patent counts the report prints. A project's register is what its own scheme
 * and its program's scheme record for it; the agreements covering a project are those of both schemes that name it
 * or name no project.
 */
public final class RegisterRules implements RuleChecker {

	private static final String NO_SIGNED_AGREEMENT = "HY-IP-12"; //$NON-NLS-1$
	private static final String SHARES = "HY-IP-13"; //$NON-NLS-1$
	private static final String NO_DECISION = "HY-IP-14"; //$NON-NLS-1$
	private static final String NO_PRIOR_APPROVAL = "HY-IP-15"; //$NON-NLS-1$
	private static final String COUNTS = "HY-IP-16"; //$NON-NLS-1$
	private static final String BEFORE_AGREEMENT = "HY-IP-17"; //$NON-NLS-1$

	/** Shares are percentages to two decimals: sums within a hundredth of a point of 100 are accepted (3 × 33.33). */
	private static final BigDecimal TOLERANCE = new BigDecimal("0.01"); //$NON-NLS-1$
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Override
	public void check(EObject object, Findings findings) {
		switch (object) {
		case Project project -> check(project, findings);
		case PatentApplication application -> check(application, findings);
		case Licence licence -> check(licence, findings);
		case InventionDisclosure invention -> before(invention, invention.getDisclosedDate(), findings);
		default -> {
			// not a type of this set
		}
		}
	}

	private static void check(Project project, Findings findings) {
		List<Identifiable> register = register(project).toList();
		unbound(project, register, findings);
		if (register.isEmpty()) {
			return;
		}
		boolean complete = Stream.of(IpSchemes.of(project), project.getProgram() == null ? null : IpSchemes.of(project.getProgram()))
				.filter(Objects::nonNull).anyMatch(IPManagementScheme::isRegisterComplete);
		List<PatentApplication> applications = register.stream().filter(PatentApplication.class::isInstance)
				.map(PatentApplication.class::cast).toList();
		for (PublicationRecord printed : project.getPublications()) {
			count(project, printed, applications, complete, findings);
		}
	}

	/**
	 * Every performer of the project (its research tasks' organizations, the secretariats that run the schemes left
	 * out) and every organization that made or owns IP in its register, against the parties of the signed agreements
	 * covering the project. Only where the file records who signed: some covering agreement lists its parties, and
	 * every signed one does, for a signed agreement without a list may bind anyone (all participants, as the samples
	 * print it).
	 */
	private static void unbound(Project project, List<Identifiable> register, Findings findings) {
		List<IPAgreement> covering = covering(project);
		List<IPAgreement> signed = covering.stream().filter(Agreements::signed).toList();
		if (covering.stream().allMatch(agreement -> agreement.getParties().isEmpty())
				|| signed.stream().anyMatch(agreement -> agreement.getParties().isEmpty())) {
			return;
		}
		Set<Organization> bound = new LinkedHashSet<>();
		signed.stream().flatMap(agreement -> agreement.getParties().stream()).map(AgreementParty::getOrganization).filter(Objects::nonNull)
				.forEach(bound::add);
		Set<Organization> performers = Agreements.performers(project.getResearchTasks());
		schemes(project).map(IPManagementScheme::getSecretariat).forEach(performers::remove);
		performers.addAll(makers(register));
		performers.stream().filter(performer -> !bound.contains(performer))
				.forEach(performer -> findings.report(NO_SIGNED_AGREEMENT, project, ObjectLabels.of(performer), signed.size()));
	}

	/** The register's applications filed in the printed period, by route, against the printed numbers. */
	private static void count(Project project, PublicationRecord printed, List<PatentApplication> applications, boolean complete,
			Findings findings) {
		if (printed.getPeriodStartFY() == null || printed.getPeriodEndFY() == null) {
			return;
		}
		List<PatentApplication> filed = applications.stream().filter(application -> application.getFilingDate() != null
				&& FiscalYears.of(application.getFilingDate()) >= printed.getPeriodStartFY()
				&& FiscalYears.of(application.getFilingDate()) <= printed.getPeriodEndFY()).toList();
		compare(project, printed, "domestic", printed.getDomesticPatents(), //$NON-NLS-1$
				count(filed, kind -> kind == ApplicationKind.DOMESTIC), complete, findings);
		compare(project, printed, "foreign", printed.getForeignPatents(), //$NON-NLS-1$
				count(filed, kind -> kind == ApplicationKind.PARIS || kind == ApplicationKind.NATIONAL_PHASE), complete, findings);
		compare(project, printed, "pct", printed.getPctApplications(), count(filed, kind -> kind == ApplicationKind.PCT), //$NON-NLS-1$
				complete, findings);
	}

	/** More in the register than printed always disagrees; fewer only when the register says it is complete. */
	private static void compare(Project project, PublicationRecord printed, String route, Integer number, long registered,
			boolean complete, Findings findings) {
		if (number != null && (registered > number || complete && registered < number)) {
			findings.report(COUNTS, project, Messages.route(route), number, String.valueOf(printed.getPeriodStartFY()),
					String.valueOf(printed.getPeriodEndFY()), registered);
		}
	}

	private static long count(List<PatentApplication> applications, Predicate<ApplicationKind> route) {
		return applications.stream().filter(application -> route.test(application.getKind())).count();
	}

	private static void check(PatentApplication application, Findings findings) {
		List<Ownership> owners = application.getOwners();
		if (owners.stream().anyMatch(owner -> owner.getShare() != null)) {
			BigDecimal sum = owners.stream().map(Ownership::getShare).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
			long unstated = owners.stream().filter(owner -> owner.getShare() == null).count();
			if (unstated > 0 || sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
				findings.report(SHARES, application, sum.stripTrailingZeros().toPlainString(), owners.size(), unstated);
			}
		}
		before(application, application.getFilingDate(), findings);
	}

	private static void check(Licence licence, Findings findings) {
		if (licence.getDecision() == null || licence.getDecision().getOutcome() != DecisionOutcome.APPROVED) {
			findings.report(NO_DECISION, licence);
		}
		if (licence.isExclusive() || licence.isTransfer()) {
			AgencyReportKind approval = licence.isTransfer() ? AgencyReportKind.TRANSFER_APPROVAL
					: AgencyReportKind.EXCLUSIVE_LICENCE_APPROVAL;
			IPManagementScheme scheme = licence.eContainer() instanceof IPManagementScheme owner ? owner : null;
			boolean asked = scheme != null && scheme.getAgencyReports().stream()
					.anyMatch(report -> report.getConcerns() == licence && report.getKind() == approval && sentBefore(report, licence));
			if (!asked) {
				findings.report(NO_PRIOR_APPROVAL, licence, Messages.approval(approval));
			}
		}
		before(licence, licence.getConcludedDate(), findings);
	}

	private static boolean sentBefore(AgencyReport report, Licence licence) {
		return report.getSentDate() != null
				&& (licence.getConcludedDate() == null || !report.getSentDate().isAfter(licence.getConcludedDate()));
	}

	/** An event of a project's register dated before the earliest signed agreement covering the project. */
	private static void before(Identifiable object, LocalDate date, Findings findings) {
		IPManagementScheme scheme = object.eContainer() instanceof IPManagementScheme owner ? owner : null;
		Project project = scheme == null ? null : IpProjects.of(object, scheme);
		if (date == null || project == null) {
			return;
		}
		covering(project).stream().filter(agreement -> Agreements.signed(agreement) && agreement.getConcludedDate() != null)
				.min((a, b) -> a.getConcludedDate().compareTo(b.getConcludedDate()))
				.filter(first -> date.isBefore(first.getConcludedDate()))
				.ifPresent(first -> findings.report(BEFORE_AGREEMENT, object, date, ObjectLabels.of(first), first.getConcludedDate()));
	}

	/** What the project's own and its program's registers record for it. */
	private static Stream<Identifiable> register(Project project) {
		return schemes(project).flatMap(scheme -> Stream.<Identifiable>concat(
				Stream.concat(scheme.getInventions().stream(), scheme.getApplications().stream()), scheme.getLicences().stream())
				.filter(object -> IpProjects.of(object, scheme) == project));
	}

	/** The organizations whose people made the project's inventions or that own its applications. */
	private static Set<Organization> makers(List<Identifiable> register) {
		Set<Organization> makers = new LinkedHashSet<>();
		for (Identifiable object : register) {
			if (object instanceof InventionDisclosure invention) {
				makers.addAll(invention.getOrganizations());
			} else if (object instanceof PatentApplication application) {
				application.getOwners().stream().map(Ownership::getOrganization).filter(Objects::nonNull).forEach(makers::add);
			}
		}
		return makers;
	}

	private static List<IPAgreement> covering(Project project) {
		return schemes(project).flatMap(scheme -> scheme.getAgreements().stream())
				.filter(agreement -> Agreements.covers(agreement, project)).toList();
	}

	private static Stream<IPManagementScheme> schemes(Project project) {
		return Stream.of(IpSchemes.of(project), project.getProgram() == null ? null : IpSchemes.of(project.getProgram()))
				.filter(Objects::nonNull).distinct();
	}
}
