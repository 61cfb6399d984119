package org.hyoka.ip.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.AgencyReportKind;
import org.hyoka.ip.ApplicationKind;
import org.hyoka.ip.ApplicationStatus;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.IpFactory;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.OfficeAction;
import org.hyoka.ip.PatentApplication;
import org.hyoka.ip.Change;
import org.hyoka.ip.deadlines.Completion;
import org.hyoka.ip.deadlines.Deadline;
import org.hyoka.ip.deadlines.DeadlineRule;
import org.hyoka.ip.deadlines.DeadlineRules;
import org.hyoka.ip.deadlines.DeadlineStatus;
import org.hyoka.ip.deadlines.Deadlines;
import org.hyoka.ip.deadlines.ReportSent;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.junit.jupiter.api.Test;

/** What Mark done records for each rule of the default table ends the deadline; a recorded due date replaces the rule's. */
class CompletionTest {

	private static final DeadlineRules RULES = DeadlineRules.installed();
	private static final LocalDate AS_OF = LocalDate.of(2022, 6, 15);

	private final EvaluationReport report;
	private final IPManagementScheme scheme;

	CompletionTest() throws IOException {
		report = HyokaFiles.load(Path.of("../org.hyoka.samples/samples/soyaku-kiban-2021.hyoka"));
		scheme = IpSchemes.of(report.getProgram().getProjects().get(0));
		scheme.getAgreements().get(0).setExpiryDate(LocalDate.of(2022, 7, 1)); // gives a renewal deadline
	}

	@Test
	void everyDefaultRuleSaysHowToEndItsDeadlinesAndOthersNeedNot() {
		for (DeadlineRule rule : RULES.rules()) {
			assertEquals(!rule.id().startsWith("test."), rule.completion() != null, rule.id());
		}
		assertNotNull(DeadlineRule.RECORDED_REPORT.completion(), "a report recorded with its own due date is sent");
	}

	@Test
	void markingEachOpenDeadlineDoneEndsItOnTheDate() {
		List<Deadline> open = Deadlines.of(report, RULES).stream().filter(deadline -> deadline.status(AS_OF) != DeadlineStatus.DONE).toList();
		assertEquals(List.of("licence-notice ip-A-lic-1", "pct-national-phase ip-A-app-2/CN", "agreement-renewal ip-A-covenant",
				"pct-national-phase ip-A-app-2/EP", "filing-notice ip-A-app-3", "examination-request ip-A-app-1"),
				open.stream().map(CompletionTest::name).toList());
		for (Deadline deadline : open) {
			List<Change> changes = deadline.rule().completion().changes(deadline, context(AS_OF));
			assertFalse(changes.isEmpty(), name(deadline));
			changes.forEach(Change::apply);
			Deadline after = find(name(deadline));
			assertEquals(DeadlineStatus.DONE, after.status(AS_OF), name(deadline));
			assertEquals(AS_OF, after.ended(), name(deadline));
		}
		PatentApplication china = scheme.getApplications().stream().filter(application -> application.getBasedOn() != null
				&& application.getBasedOn().getId().equals("ip-A-app-2") && application.getCountries().equals(List.of("CN"))).findFirst()
				.orElseThrow();
		assertEquals(ApplicationKind.NATIONAL_PHASE, china.getKind());
		assertEquals(AS_OF, china.getFilingDate());
		assertEquals(china.getBasedOn().getPriorityDate(), china.getPriorityDate());
		assertEquals(china.getBasedOn().getOwners().size(), china.getOwners().size(), "the owners are the base application's");
		AgencyReport licence = scheme.getAgencyReports().stream()
				.filter(report -> report.getKind() == AgencyReportKind.LICENCE && "ip-A-lic-1".equals(report.getConcerns().getId())).findFirst()
				.orElseThrow();
		assertEquals(AS_OF, licence.getSentDate());
		assertEquals(AS_OF, scheme.getAgreements().get(0).getRenewedDate());
		PatentApplication domestic = application("ip-A-app-1");
		assertEquals(ApplicationStatus.EXAMINATION, domestic.getStatus(), "審査請求 recorded as the application under examination");
		assertEquals(AS_OF, domestic.getStatusDate());
	}

	@Test
	void aParisDeadlineIsEndedByAPctApplicationClaimingThePriority() {
		Deadline paris = find("paris-priority ip-A-app-1");
		PatentApplication base = (PatentApplication) paris.object();
		Change change = paris.rule().completion().changes(paris, context(AS_OF)).get(0);
		PatentApplication next = (PatentApplication) change.value();
		assertEquals(ApplicationKind.PCT, next.getKind());
		assertEquals(base, next.getBasedOn());
		assertEquals(base.getInvention(), next.getInvention());
		assertEquals("ip-A-app-new", next.getId());
		assertTrue(next.getCountries().isEmpty());
	}

	@Test
	void anAnnuityIsMarkedPaidThroughItsYear() {
		PatentApplication patent = application("ip-A-app-1");
		patent.setStatus(ApplicationStatus.GRANTED);
		patent.setStatusDate(LocalDate.of(2022, 6, 1));
		Deadline fifth = find("annuity ip-A-app-1/5");
		fifth.rule().completion().changes(fifth, context(AS_OF)).forEach(Change::apply);
		assertEquals(5, patent.getPaidThroughYear(), "paid through the 5th year, and so the 4th");
		assertEquals(List.of(DeadlineStatus.DONE, DeadlineStatus.DONE, DeadlineStatus.DUE),
				List.of(find("annuity ip-A-app-1/4").status(AS_OF), find("annuity ip-A-app-1/5").status(AS_OF),
						find("annuity ip-A-app-1/6").status(AS_OF)));
		Deadline fourth = find("annuity ip-A-app-1/4");
		assertEquals(List.of(), fourth.rule().completion().changes(fourth, context(AS_OF)), "a later year paid already is kept");
	}

	@Test
	void anOfficeActionIsMarkedRespondedOnTheDate() {
		OfficeAction action = IpFactory.eINSTANCE.createOfficeAction();
		action.setId("ip-A-oa-1");
		action.setApplication(application("ip-A-app-1"));
		action.setDate(LocalDate.of(2022, 5, 10));
		scheme.getOfficeActions().add(action);
		Deadline response = find("office-action-response ip-A-oa-1");
		assertEquals(LocalDate.of(2022, 7, 11), response.due(), "60 days end on Saturday 9 July; Monday the 11th");
		response.rule().completion().changes(response, context(AS_OF)).forEach(Change::apply);
		assertEquals(AS_OF, action.getRespondedDate());
		assertEquals(AS_OF, find("office-action-response ip-A-oa-1").ended());
	}

	@Test
	void aDueDateSetForAReportDeadlineReplacesTheRules() {
		Deadline filing = find("filing-notice ip-A-app-3");
		LocalDate due = LocalDate.of(2022, 9, 30);
		assertTrue(ReportSent.isReport(filing));
		assertFalse(ReportSent.isReport(find("paris-priority ip-A-app-1")));
		ReportSent.dueOn(filing, context(due)).forEach(Change::apply);
		assertEquals(due, find("filing-notice ip-A-app-3").due());
		assertNull(find("filing-notice ip-A-app-3").ended(), "setting the due date sends nothing");
		ReportSent.dueOn(find("filing-notice ip-A-app-3"), context(due.plusDays(1))).forEach(Change::apply);
		assertEquals(due.plusDays(1), find("filing-notice ip-A-app-3").due(), "the recorded report's date is changed, not a second one added");
	}

	private PatentApplication application(String id) {
		return scheme.getApplications().stream().filter(application -> application.getId().equals(id)).findFirst().orElseThrow();
	}

	private Completion.Context context(LocalDate date) {
		return new Completion.Context(scheme, date, prefix -> prefix + "-new");
	}

	private Deadline find(String name) {
		return Deadlines.of(report, RULES).stream().filter(deadline -> name(deadline).equals(name)).findFirst().orElseThrow();
	}

	private static String name(Deadline deadline) {
		return deadline.rule().id() + " " + deadline.id();
	}
}
