package org.hyoka.ip.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.ip.AgreementParty;
import org.hyoka.ip.CommitteeSeat;
import org.hyoka.ip.IPAgreement;
import org.hyoka.ip.IPCommittee;
import org.hyoka.ip.IPInstrumentType;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.InventionReportingRule;
import org.hyoka.ip.IpSchemes;
import org.hyoka.model.base.Organization;
import org.hyoka.model.base.Role;
import org.hyoka.model.finance.FundingFlow;
import org.hyoka.model.finance.FundingMechanism;
import org.hyoka.model.finance.FundingStep;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchTask;

/**
 * Rules on IP management (知財や研究開発データの取扱い, evaluation item 3-2): who an IP agreement binds against who
 * does the research, Bayh-Dole against the printed funding flow, and the committees and rules such schemes need.
 * The performers of a subject are the organizations its research tasks name; the scheme's secretariat runs the
 * agreement rather than being one of its partners, so it is left out when partners are counted.
 */
public final class IpRules implements RuleChecker {

	private static final String IP_PARTY_COUNT = "HY-IP-01"; //$NON-NLS-1$
	private static final String IP_PERFORMER_NOT_PARTY = "HY-IP-02"; //$NON-NLS-1$
	private static final String IP_DECLARED_PARTNERS = "HY-IP-03"; //$NON-NLS-1$
	private static final String IP_BAYH_DOLE_UNSTATED = "HY-IP-04"; //$NON-NLS-1$
	private static final String IP_BAYH_DOLE_WITHOUT_ENTRUSTMENT = "HY-IP-05"; //$NON-NLS-1$
	private static final String IP_COMMITTEE_LEADER = "HY-IP-06"; //$NON-NLS-1$
	private static final String IP_COMMITTEE_UNRECORDED = "HY-IP-07"; //$NON-NLS-1$
	private static final String IP_REPORTING_TO_SECRETARIAT = "HY-IP-08"; //$NON-NLS-1$
	private static final String IP_REPORTING_PROGRAM = "HY-IP-09"; //$NON-NLS-1$
	private static final String IP_JOINT_OWNERSHIP = "HY-IP-10"; //$NON-NLS-1$
	private static final String IP_EFFORT_ONLY = "HY-IP-11"; //$NON-NLS-1$

	@Override
	public void check(EObject object, Findings findings) {
		switch (object) {
		case EvaluationSubject subject -> check(subject, findings);
		case IPManagementScheme scheme -> check(scheme, findings);
		case IPAgreement agreement -> check(agreement, findings);
		case IPCommittee committee -> check(committee, findings);
		default -> {
			// not a type of this set
		}
		}
	}

	private static void check(EvaluationSubject subject, Findings findings) {
		boolean entrusted = subject.getFundingFlows().stream().map(IpRules::lastStep)
				.anyMatch(step -> step != null && step.isSetMechanism() && step.getMechanism() == FundingMechanism.ENTRUSTMENT);
		if (entrusted && !bayhDoleStated(subject)) {
			findings.report(IP_BAYH_DOLE_UNSTATED, subject);
		}
		IPManagementScheme scheme = IpSchemes.of(subject);
		if (scheme != null && Boolean.TRUE.equals(scheme.getBayhDoleApplied()) && !entrusted) {
			subject.getFundingFlows().stream().map(IpRules::lastStep).filter(Objects::nonNull).findFirst()
					.ifPresent(step -> findings.report(IP_BAYH_DOLE_WITHOUT_ENTRUSTMENT, scheme, mechanism(step)));
		}
	}

	private static void check(IPManagementScheme scheme, Findings findings) {
		EvaluationSubject subject = IpSchemes.subject(scheme);
		Organization secretariat = scheme.getSecretariat();
		if (secretariat != null && scheme.getInventionReporting().stream().map(InventionReportingRule::getReportTo)
				.noneMatch(secretariat::equals)) {
			findings.report(IP_REPORTING_TO_SECRETARIAT, scheme, ObjectLabels.of(secretariat));
		}
		if (subject instanceof Program && scheme.getInventionReporting().isEmpty()) {
			findings.report(IP_REPORTING_PROGRAM, scheme);
		}
		if (subject != null && scheme.getJointOwnershipRules().isEmpty() && !sharingRules(scheme)) {
			// a program's own scheme answers only for the projects that have none
			List<ResearchTask> uncovered = tasks(subject).stream()
					.filter(task -> task.eContainer() == subject || IpSchemes.of((EvaluationSubject) task.eContainer()) == null).toList();
			int tasks = uncovered.size();
			int performers = Agreements.performers(uncovered).size();
			if (tasks >= 2 || performers >= 2) {
				findings.report(IP_JOINT_OWNERSHIP, scheme, tasks, performers);
			}
		}
	}

	private static void check(IPAgreement agreement, Findings findings) {
		IPManagementScheme scheme = agreement.eContainer() instanceof IPManagementScheme owner ? owner : null;
		EvaluationSubject subject = scheme == null ? null : IpSchemes.subject(scheme);
		Integer declared = agreement.getDeclaredPartyCount();
		List<AgreementParty> parties = agreement.getParties();
		if (!parties.isEmpty() && declared != null && parties.size() != declared) {
			findings.report(IP_PARTY_COUNT, agreement, declared, parties.size());
		}
		if (subject == null) {
			return;
		}
		// the performers of the projects it covers
		Set<Organization> partners = Agreements.performers(tasks(subject).stream()
				.filter(task -> !(task.eContainer() instanceof Project project) || Agreements.covers(agreement, project)).toList());
		if (scheme.getSecretariat() != null) {
			partners.remove(scheme.getSecretariat());
		}
		// an agreement not signed binds no one: HY-IP-12 reports the performers it leaves without one
		if (!parties.isEmpty() && Agreements.signed(agreement)
				&& (declared != null || Boolean.TRUE.equals(agreement.getCoversAllParticipants()))) {
			Set<Organization> bound = parties.stream().map(AgreementParty::getOrganization).filter(Objects::nonNull)
					.collect(Collectors.toSet());
			partners.stream().filter(performer -> !bound.contains(performer))
					.forEach(performer -> findings.report(IP_PERFORMER_NOT_PARTY, agreement, ObjectLabels.of(performer)));
		}
		if (parties.isEmpty() && declared != null && declared != partners.size()) {
			findings.report(IP_DECLARED_PARTNERS, agreement, declared, partners.size(),
					scheme.getSecretariat() == null ? "-" : ObjectLabels.of(scheme.getSecretariat())); //$NON-NLS-1$
		}
		if (agreement.isEffortOnly() && parties.isEmpty() && !Boolean.TRUE.equals(agreement.getCoversAllParticipants())) {
			findings.report(IP_EFFORT_ONLY, agreement);
		}
	}

	private static void check(IPCommittee committee, Findings findings) {
		List<CommitteeSeat> seats = committee.getComposition();
		if (!seats.isEmpty() && seats.stream().noneMatch(IpRules::projectLeader)) {
			findings.report(IP_COMMITTEE_LEADER, committee);
		}
		// its printed tasks say what it is for as well as a purpose does
		boolean role = committee.getPurpose() != null && !committee.getPurpose().isBlank() || !committee.getTasks().isEmpty();
		if (seats.isEmpty() || !role) {
			findings.report(IP_COMMITTEE_UNRECORDED, committee,
					Messages.get(role ? "committee.members" : seats.isEmpty() ? "committee.both" : "committee.role", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/**
	 * A 共用ルール the members set among themselves governs the IP gained during the project (soyaku-kiban-2021, C:
	 * 「プロジェクト期間中に得られた知財についての共用ルールを定め」), so it answers who may use joint results.
	 */
	private static boolean sharingRules(IPManagementScheme scheme) {
		return scheme.getPolicies().stream().anyMatch(policy -> policy.getType() == IPInstrumentType.SHARING_RULES);
	}

	private static boolean projectLeader(CommitteeSeat seat) {
		return seat.isSetRole() && (seat.getRole() == Role.PL || seat.getRole() == Role.CHIEF_PL);
	}

	/** Stated on the subject's scheme, on its program's for a project, or on every project's for a program. */
	private static boolean bayhDoleStated(EvaluationSubject subject) {
		if (stated(subject)) {
			return true;
		}
		if (subject instanceof Project project) {
			return project.getProgram() != null && stated(project.getProgram());
		}
		return subject instanceof Program program && !program.getProjects().isEmpty()
				&& program.getProjects().stream().allMatch(IpRules::stated);
	}

	private static boolean stated(EvaluationSubject subject) {
		IPManagementScheme scheme = IpSchemes.of(subject);
		return scheme != null && scheme.getBayhDoleApplied() != null;
	}

	/** The step that reaches the performers. */
	private static FundingStep lastStep(FundingFlow flow) {
		List<FundingStep> steps = flow.getSteps();
		return steps.isEmpty() ? null : steps.get(steps.size() - 1);
	}

	private static String mechanism(FundingStep step) {
		String to = step.getTo() != null ? ObjectLabels.of(step.getTo()) : step.getToLabel();
		return step.isSetMechanism() ? to + " (" + label(step.getMechanism()) + ")" : to; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** 委託, 定額補助… as this set's messages name the mechanism. */
	private static String label(FundingMechanism mechanism) {
		return Messages.get("mechanism." + mechanism.getName(), mechanism.getName()); //$NON-NLS-1$
	}

	private static List<ResearchTask> tasks(EvaluationSubject subject) {
		if (subject instanceof Project project) {
			return project.getResearchTasks();
		}
		return subject instanceof Program program
				? program.getProjects().stream().flatMap(project -> project.getResearchTasks().stream()).toList()
				: List.of();
	}

}
