package org.hyoka.ip.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.AgencyReportKind;
import org.hyoka.ip.ApplicationKind;
import org.hyoka.ip.ApplicationStatus;
import org.hyoka.ip.IPAgreement;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.IpFactory;
import org.hyoka.ip.Licence;
import org.hyoka.ip.OfficeAction;
import org.hyoka.ip.PatentApplication;
import org.hyoka.ip.PeriodUnit;
import org.hyoka.ip.deadlines.Deadline;
import org.hyoka.ip.deadlines.DeadlineRule;
import org.hyoka.ip.deadlines.DeadlineRules;
import org.hyoka.ip.deadlines.DeadlineStatus;
import org.hyoka.ip.deadlines.Deadlines;
import org.hyoka.ip.deadlines.Offset;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default deadline table, at month ends and leap days, what ends each deadline, and broken contributions. */
class DeadlinesTest {

	private static final DeadlineRules RULES = DeadlineRules.installed();

	private final EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
	private final Project project = ProgramFactory.eINSTANCE.createProject();
	private final IPManagementScheme scheme = IpFactory.eINSTANCE.createIPManagementScheme();

	DeadlinesTest() {
		new ResourceImpl().getContents().add(report);
		Program program = ProgramFactory.eINSTANCE.createProgram();
		report.setProgram(program);
		project.setId("prj-a");
		program.getProjects().add(project);
		project.getExtensions().add(scheme);
	}

	@Test
	void theDefaultTableIsContributedAsData() {
		assertEquals(List.of("paris-priority", "pct-national-phase", "examination-request", "annuity", "office-action-response",
				"invention-report", "filing-notice", "registration-notice", "licence-notice", "agreement-renewal"), RULES.rules().stream().map(DeadlineRule::id).filter(id -> !id.startsWith("test.")).toList());
		DeadlineRule pct = rule("pct-national-phase");
		assertEquals(new Offset(30, ChronoUnit.MONTHS, false), pct.offset());
		assertEquals(new Offset(31, ChronoUnit.MONTHS, false), pct.offset("EP"));
		assertEquals(new Offset(30, ChronoUnit.MONTHS, false), pct.offset("US"));
		assertEquals(new Offset(60, ChronoUnit.DAYS, false), rule("filing-notice").offset());
		assertEquals(new Offset(3, ChronoUnit.YEARS, false), rule("examination-request").offset());
		assertEquals("JP", rule("examination-request").office());
		assertEquals("JP", pct.office("JP"), "a national phase moves by the calendar of its country");
		assertNull(rule("paris-priority").office(), "no office's law is said to move a priority deadline");
		assertEquals(new DeadlineRule.Years(4, 20), rule("annuity").years());
		assertEquals(Set.of("JP"), rule("annuity").filedIn(), "the JPO's table");
		assertNull(rule("examination-request").years(), "one deadline per application");
	}

	@Test
	void aBrokenRuleIsLeftOutAndNamesItsBundle() {
		List<String> problems = RULES.problems().stream().map(IStatus::getMessage).toList();
		for (String id : List.of("test.no-trigger", "test.bad-unit", "test.bad-ending", "test.no-report-kind", "test.bad-offset",
				"test.years-without-term", "test.years-past-term", "test.years-per-country")) {
			assertTrue(problems.stream().anyMatch(message -> message.contains("org.hyoka.ip.tests") && message.contains(id)),
					id + " in " + problems);
			assertTrue(RULES.rules().stream().noneMatch(rule -> rule.id().equals(id)), id);
		}
		assertTrue(problems.stream().anyMatch(message -> message.contains("test.twice")), problems.toString());
		assertTrue(problems.stream().anyMatch(message -> message.contains("NoSuchCalendar") && message.contains("org.hyoka.ip.tests")),
				problems.toString());
		assertTrue(problems.stream().anyMatch(message -> message.contains("\"office\"") && message.contains("org.hyoka.ip.tests")),
				problems.toString());
		assertEquals(List.of("JP", "NZ"), RULES.calendars().stream().map(DeadlineRules.Calendar::office).sorted().toList(),
				"the broken calendars are left out");
		assertTrue(problems.stream().anyMatch(message -> message.contains("\"weeks\"")), problems.toString());
		assertTrue(problems.stream().anyMatch(message -> message.contains("\"paid\"") || message.contains("paid")), problems.toString());
		assertEquals(1, RULES.rules().stream().filter(rule -> rule.id().equals("test.twice")).count());
		assertTrue(problems.stream().anyMatch(message -> message.contains("test.years-without-term") && message.contains("\"term\"")),
				problems.toString());
		assertTrue(problems.stream().anyMatch(message -> message.contains("test.years-past-term") && message.contains("\"firstYear\"")),
				problems.toString());
		assertTrue(problems.stream().anyMatch(message -> message.contains("test.years-per-country") && message.contains("\"perCountry\"")),
				problems.toString());
	}

	@ParameterizedTest(name = "Paris priority from {0}: {1}")
	@CsvSource({ "2024-02-29, 2025-02-28", "2023-02-28, 2024-02-28", "2023-01-31, 2024-01-31", "2023-03-31, 2024-03-31",
			"2023-12-31, 2024-12-31", "2024-04-15, 2025-04-15" })
	void parisPriorityIsTwelveMonthsFromTheEarliestPriority(LocalDate priority, LocalDate due) {
		PatentApplication first = application("app-1", ApplicationKind.DOMESTIC, priority);
		assertEquals(List.of(due), dues("paris-priority"));
		first.setPriorityDate(priority.minusMonths(2));
		first.setFilingDate(priority);
		assertEquals(List.of(rule("paris-priority").offset().from(priority.minusMonths(2))), dues("paris-priority"),
				"counted from the priority date, not the filing date");
	}

	@ParameterizedTest(name = "{0} + {1} months, month-end {2}: {3}")
	@CsvSource({ "2023-02-28, 12, false, 2024-02-28", "2023-02-28, 12, true, 2024-02-29", "2024-02-29, 12, true, 2025-02-28",
			"2023-04-30, 1, true, 2023-05-31", "2023-04-30, 1, false, 2023-05-30", "2023-01-31, 1, false, 2023-02-28",
			"2024-01-31, 1, false, 2024-02-29", "2024-01-30, 1, true, 2024-02-29", "2024-03-31, -1, false, 2024-02-29" })
	void monthsEndOnTheNumberedDayOrTheMonthsLastDay(LocalDate from, int months, boolean monthEnd, LocalDate due) {
		assertEquals(due, new Offset(months, ChronoUnit.MONTHS, monthEnd).from(from));
	}

	@ParameterizedTest(name = "PCT with priority {0}: {1} (US), {2} (EP)")
	@CsvSource({ "2021-08-31, 2024-02-29, 2024-03-31", "2022-08-31, 2025-02-28, 2025-03-31", "2021-07-31, 2024-01-31, 2024-02-29",
			"2022-07-31, 2025-01-31, 2025-02-28", "2024-02-29, 2026-08-29, 2026-09-29" })
	void pctNationalPhaseIsThirtyMonthsWithCountryOverrides(LocalDate priority, LocalDate us, LocalDate ep) {
		PatentApplication pct = application("app-pct", ApplicationKind.PCT, priority.plusMonths(12).minusDays(1));
		pct.setPriorityDate(priority);
		pct.getCountries().addAll(List.of("US", "EP"));
		List<Deadline> deadlines = deadlines("pct-national-phase");
		assertEquals(Map.of("app-pct/US", us, "app-pct/EP", ep),
				Map.of(deadlines.get(0).id(), deadlines.get(0).due(), deadlines.get(1).id(), deadlines.get(1).due()));
	}

	@Test
	void aPartnersRuleCountsItsOwnCountryOverride() {
		PatentApplication paris = application("app-paris", ApplicationKind.PARIS, LocalDate.of(2024, 2, 29));
		paris.getCountries().addAll(List.of("US", "CA", "EP", "NZ"));
		List<Deadline> deadlines = deadlines("test.examination-request");
		// 36 months end on the last day of February 2027; Canada's 48 on 29 February 2028; EP's 31 belong to the
		// national-phase rule, not to this one (sorted by due date, then id). 28 February 2027 is a Sunday: the
		// partner's New Zealand calendar moves that deadline to Monday; no calendar moves the others
		assertEquals(List.of("app-paris/EP 2027-02-28", "app-paris/US 2027-02-28", "app-paris/NZ 2027-03-01", "app-paris/CA 2028-02-29"),
				deadlines.stream().map(deadline -> deadline.id() + " " + deadline.due()).toList());
		assertEquals(Map.of("CA", 48), rule("test.examination-request").countryOffsets());
		assertTrue(deadlines("pct-national-phase").isEmpty(), "a Paris application has no national phase");
	}

	@ParameterizedTest(name = "{0} filed {1}: notice due {2}")
	@CsvSource({ "filing-notice, 2023-12-31, 2024-02-29", "filing-notice, 2022-12-31, 2023-03-01", "filing-notice, 2024-02-29, 2024-04-29",
			"registration-notice, 2023-12-31, 2024-02-29", "registration-notice, 2024-12-31, 2025-03-01",
			"licence-notice, 2023-12-31, 2024-02-29", "licence-notice, 2024-02-29, 2024-04-29" })
	void reportsToTheAgencyAreDueSixtyDaysAfterTheEvent(String rule, LocalDate event, LocalDate due) {
		PatentApplication application = application("app-1", ApplicationKind.DOMESTIC, event);
		if (rule.equals("registration-notice")) {
			application.setStatus(ApplicationStatus.GRANTED);
			application.setStatusDate(event);
		}
		if (rule.equals("licence-notice")) {
			Licence licence = IpFactory.eINSTANCE.createLicence();
			licence.setId("lic-1");
			licence.setConcludedDate(event);
			licence.getRights().add(application);
			scheme.getLicences().add(licence);
		}
		assertEquals(List.of(due), dues(rule));
	}

	/** 発明等報告: calendar days after the disclosure, as the contract counts them, whatever day they end on. */
	@ParameterizedTest(name = "disclosed {0}: reported by {1}")
	@CsvSource({ "2023-12-31, 2024-02-29", "2022-12-31, 2023-03-01", "2024-01-02, 2024-03-02", // a Saturday: not moved
			"2019-10-01, 2019-11-30" })
	void anInventionIsReportedSixtyDaysAfterItsDisclosure(LocalDate disclosed, LocalDate due) {
		invention("inv-1", disclosed);
		assertEquals(List.of(due), dues("invention-report"));
		assertEquals(List.of(disclosed.plusDays(30)), Deadlines.of(scheme, DeadlineRules.read(RegistryFactory.getRegistry(),
				(name, fallback) -> name.equals("inventionReportDays") ? 30 : fallback)).stream()
				.filter(deadline -> deadline.rule().id().equals("invention-report")).map(Deadline::due).toList(),
				"the contract's days, set as a preference");
	}

	@Test
	void anInventionReportIsEndedByItsReportedDateOrASentReportOfItsKind() {
		InventionDisclosure invention = invention("inv-1", LocalDate.of(2024, 4, 1));
		LocalDate asOf = LocalDate.of(2024, 6, 1);
		assertEquals(DeadlineStatus.OVERDUE, deadlines("invention-report").get(0).status(asOf), "due on 2024-05-31");
		AgencyReport filing = report("rep-1", AgencyReportKind.FILING, invention);
		filing.setSentDate(LocalDate.of(2024, 5, 1));
		assertEquals(DeadlineStatus.OVERDUE, deadlines("invention-report").get(0).status(asOf), "a report of another kind");
		filing.setKind(AgencyReportKind.INVENTION);
		assertEquals(LocalDate.of(2024, 5, 1), deadlines("invention-report").get(0).ended());
		invention.setReportedDate(LocalDate.of(2024, 4, 20));
		assertEquals(LocalDate.of(2024, 4, 20), deadlines("invention-report").get(0).ended(), "the date recorded on the invention");
	}

	@Test
	void theDaysForANoticeAreAPreference() {
		DeadlineRules shorter = DeadlineRules.read(RegistryFactory.getRegistry(),
				(name, fallback) -> name.equals("filingNoticeDays") ? 30 : fallback);
		application("app-1", ApplicationKind.DOMESTIC, LocalDate.of(2024, 1, 30));
		assertEquals(List.of(LocalDate.of(2024, 2, 29)), Deadlines.of(scheme, shorter).stream()
				.filter(deadline -> deadline.rule().id().equals("filing-notice")).map(Deadline::due).toList());
	}

	@ParameterizedTest(name = "expiry {0}, renewed {1}: {2} on {3}")
	@CsvSource({ "2024-02-29, , overdue, 2024-03-01", "2024-02-29, , due, 2024-02-29", "2024-02-29, 2023-03-01, done, 2024-03-01",
			"2024-02-29, 2023-02-28, overdue, 2024-03-01", "2023-02-28, 2022-03-31, done, 2023-03-01" })
	void anAgreementIsDueForRenewalAtItsExpiry(LocalDate expiry, LocalDate renewed, String status, LocalDate asOf) {
		IPAgreement agreement = IpFactory.eINSTANCE.createIPAgreement();
		agreement.setId("agr-1");
		agreement.setExpiryDate(expiry);
		agreement.setRenewedDate(renewed);
		scheme.getAgreements().add(agreement);
		Deadline renewal = deadlines("agreement-renewal").get(0);
		assertEquals(expiry, renewal.due());
		assertEquals(status, renewal.status(asOf).key());
	}

	@Test
	void aLaterApplicationEndsTheDeadlinesItAnswers() {
		PatentApplication first = application("app-1", ApplicationKind.DOMESTIC, LocalDate.of(2023, 3, 31));
		PatentApplication pct = application("app-2", ApplicationKind.PCT, LocalDate.of(2024, 3, 29));
		pct.setPriorityDate(first.getFilingDate());
		pct.setBasedOn(first);
		pct.getCountries().addAll(List.of("US", "EP"));
		PatentApplication us = application("app-3", ApplicationKind.NATIONAL_PHASE, LocalDate.of(2025, 9, 1));
		us.setBasedOn(pct);
		us.getCountries().add("US");

		Deadline paris = deadlines("paris-priority").get(0);
		assertEquals(LocalDate.of(2024, 3, 31), paris.due());
		assertEquals(DeadlineStatus.DUE, paris.status(LocalDate.of(2024, 3, 28)), "before the PCT filing");
		assertEquals(DeadlineStatus.DONE, paris.status(LocalDate.of(2024, 3, 29)));
		Map<String, DeadlineStatus> national = Map.of(deadlines("pct-national-phase").get(0).id(),
				deadlines("pct-national-phase").get(0).status(LocalDate.of(2025, 11, 1)), deadlines("pct-national-phase").get(1).id(),
				deadlines("pct-national-phase").get(1).status(LocalDate.of(2025, 11, 1)));
		assertEquals(Map.of("app-2/US", DeadlineStatus.DONE, "app-2/EP", DeadlineStatus.OVERDUE), national);

		pct.setStatus(ApplicationStatus.WITHDRAWN);
		pct.setStatusDate(LocalDate.of(2025, 10, 1));
		assertTrue(deadlines("pct-national-phase").stream().allMatch(deadline -> deadline.status(LocalDate.of(2025, 11, 1)) == DeadlineStatus.DONE));
	}

	@Test
	void aSentReportEndsItsNoticeAndARecordedDueDateReplacesTheRulesOne() {
		PatentApplication application = application("app-1", ApplicationKind.DOMESTIC, LocalDate.of(2024, 1, 10));
		Deadline notice = deadlines("filing-notice").get(0);
		assertEquals(LocalDate.of(2024, 3, 10), notice.due());
		assertNull(notice.ended());
		assertEquals(DeadlineStatus.OVERDUE, notice.status(LocalDate.of(2024, 3, 11)));

		AgencyReport sent = report("rep-1", AgencyReportKind.FILING, application);
		sent.setDueDate(LocalDate.of(2024, 3, 31));
		notice = deadlines("filing-notice").get(0);
		assertEquals(LocalDate.of(2024, 3, 31), notice.due(), "the contract's own date, recorded by hand");
		assertEquals(DeadlineStatus.DUE, notice.status(LocalDate.of(2024, 3, 11)));
		sent.setSentDate(LocalDate.of(2024, 3, 20));
		assertEquals(DeadlineStatus.DONE, deadlines("filing-notice").get(0).status(LocalDate.of(2024, 3, 20)));

		report("rep-2", AgencyReportKind.UTILISATION, null).setDueDate(LocalDate.of(2024, 5, 31));
		Deadline recorded = deadlines("agency-report").get(0);
		assertEquals("rep-2", recorded.id());
		assertEquals(project, recorded.project());
		assertEquals(DeadlineStatus.OVERDUE, recorded.status(LocalDate.of(2024, 6, 1)));
	}

	/** 審査請求 (特許法第48条の3): dates worked out by hand, with the JPO's closed days (特許法第3条第2項). */
	@ParameterizedTest(name = "審査請求 of an application filed {0}: {1}")
	@CsvSource({ "2021-04-15, 2024-04-15", // a Monday that is no holiday: as counted
			"2021-05-03, 2024-05-07", // 憲法記念日, a Saturday, a Sunday, then 振替休日 for こどもの日
			"2021-12-28, 2025-01-06", // a Saturday, 29 December to 3 January, then a weekend
			"2016-02-11, 2019-02-12", // 建国記念の日 on a Monday
			"2024-02-29, 2027-03-01", // no 29 February in 2027: the 28th, a Sunday
			"2021-02-24, 2024-02-26" }) // 2024-02-24 is a Saturday
	void examinationIsRequestedThreeYearsAfterFilingInJapanByTheNextWorkingDay(LocalDate filed, LocalDate due) {
		application("app-1", ApplicationKind.DOMESTIC, filed);
		assertEquals(List.of(due), dues("examination-request"));
	}

	@Test
	void onlyAnApplicationFiledInJapanAwaitsARequestWhichExaminationOrItsEndEnds() {
		PatentApplication domestic = application("app-1", ApplicationKind.DOMESTIC, LocalDate.of(2021, 4, 15));
		application("app-2", ApplicationKind.PCT, LocalDate.of(2021, 4, 15)).getCountries().add("US");
		application("app-3", ApplicationKind.PARIS, LocalDate.of(2021, 4, 15)).getCountries().add("US");
		Deadline request = deadlines("examination-request").get(0);
		assertEquals(1, deadlines("examination-request").size(), "a PCT or Paris application is examined elsewhere");
		assertEquals(DeadlineStatus.OVERDUE, request.status(LocalDate.of(2024, 4, 16)));
		domestic.setStatus(ApplicationStatus.EXAMINATION);
		domestic.setStatusDate(LocalDate.of(2023, 10, 2));
		request = deadlines("examination-request").get(0);
		assertEquals(LocalDate.of(2023, 10, 2), request.ended());
		assertEquals(DeadlineStatus.DUE, request.status(LocalDate.of(2023, 10, 1)));
		assertEquals(DeadlineStatus.DONE, request.status(LocalDate.of(2023, 10, 2)));
		domestic.setStatus(ApplicationStatus.GRANTED);
		domestic.setStatusDate(LocalDate.of(2025, 1, 10));
		assertEquals(DeadlineStatus.DONE, deadlines("examination-request").get(0).status(LocalDate.of(2024, 4, 16)),
				"a granted application was examined, when the register does not say");
		domestic.setStatus(ApplicationStatus.ABANDONED);
		domestic.setStatusDate(LocalDate.of(2022, 1, 5));
		assertEquals(LocalDate.of(2022, 1, 5), deadlines("examination-request").get(0).ended());
	}

	/**
	 * 特許料 (特許法第108条第2項) of a patent filed 2020-03-10 and registered on 29 February 2024, worked out by hand: the
	 * fee of year n is due on the registration's (n - 1)th anniversary, 28 February in a year without the 29th, moved
	 * off the JPO's closed days; the term ends on 2040-03-10 (特許法第67条), within year 17.
	 */
	@Test
	void annuitiesAreDueOnEachAnniversaryOfTheRegistrationFromTheFourthYearToTheTermsEnd() {
		granted("app-1", LocalDate.of(2020, 3, 10), LocalDate.of(2024, 2, 29));
		assertEquals(List.of("app-1/4 2027-03-01", // 2027-02-28 is a Sunday
				"app-1/5 2028-02-29", "app-1/6 2029-02-28", "app-1/7 2030-02-28", "app-1/8 2031-02-28",
				"app-1/9 2032-03-01", // 2032-02-29 is a Sunday
				"app-1/10 2033-02-28", "app-1/11 2034-02-28", "app-1/12 2035-02-28", "app-1/13 2036-02-29",
				"app-1/14 2037-03-02", // 2037-02-28 is a Saturday
				"app-1/15 2038-03-01", // a Sunday
				"app-1/16 2039-02-28", "app-1/17 2040-02-29"), // year 18 would begin on 2041-02-28, after the term
				deadlines("annuity").stream().map(deadline -> deadline.id() + " " + deadline.due()).toList());
	}

	@ParameterizedTest(name = "registered {0}: the 4th year''s fee by {1}")
	@CsvSource({ "2021-11-04, 2024-11-05", // 2024-11-04 is the 振替休日 for 文化の日 on a Sunday
			"2022-01-04, 2025-01-06", // a Saturday, then a Sunday
			"2016-05-06, 2019-05-07", // the 振替休日 for こどもの日 on a Sunday, ending the ten days of 2019
			"2021-06-15, 2024-06-17" }) // a Saturday
	void anAnnuityDueOnAClosedDayMovesToTheJposNextWorkingDay(LocalDate registered, LocalDate due) {
		granted("app-1", registered.minusYears(2), registered);
		assertEquals(due, dues("annuity").get(0));
	}

	@Test
	void aRecordedPaymentEndsTheYearsPaidAndOnlyAGrantedApplicationInJapanOwesFees() {
		PatentApplication patent = granted("app-1", LocalDate.of(2019, 6, 3), LocalDate.of(2022, 9, 1));
		LocalDate asOf = LocalDate.of(2026, 9, 2);
		patent.setPaidThroughYear(4);
		assertEquals(List.of("app-1/4 done", "app-1/5 overdue", "app-1/6 due"),
				deadlines("annuity").subList(0, 3).stream().map(deadline -> deadline.id() + " " + deadline.status(asOf).key()).toList());
		patent.setPaidThroughYear(6);
		assertEquals(List.of(DeadlineStatus.DONE, DeadlineStatus.DONE, DeadlineStatus.DONE, DeadlineStatus.DUE),
				deadlines("annuity").subList(0, 4).stream().map(deadline -> deadline.status(asOf)).toList());
		assertEquals(LocalDate.of(2038, 9, 1), dues("annuity").get(dues("annuity").size() - 1),
				"year 17 begins on 2038-09-01 (a Wednesday), within the term that ends on 2039-06-03");
		patent.setStatus(ApplicationStatus.EXAMINATION);
		assertEquals(List.of(), dues("annuity"), "no fee before the grant");
		PatentApplication pct = application("app-2", ApplicationKind.PCT, LocalDate.of(2019, 6, 3));
		pct.setStatus(ApplicationStatus.GRANTED);
		assertEquals(List.of(), dues("annuity"), "a PCT application is granted nowhere as such");
		for (String country : List.of("US", "JP")) {
			PatentApplication phase = granted("app-" + country, LocalDate.of(2021, 12, 3), LocalDate.of(2022, 9, 1));
			phase.setKind(ApplicationKind.NATIONAL_PHASE);
			phase.setBasedOn(pct);
			phase.getCountries().add(country);
		}
		assertEquals(List.of("app-JP"), deadlines("annuity").stream().map(deadline -> deadline.object().getId()).distinct().toList(),
				"the national phase granted in Japan owes the JPO's fees, the one in the US another office's");
		assertEquals(LocalDate.of(2038, 9, 1), dues("annuity").get(dues("annuity").size() - 1),
				"its term counts from the international filing of 2019-06-03, not from its entry on 2021-12-03");
	}

	@Test
	void aDateBeyondTheCalendarLeavesOutOnlyTheAnnuitiesCountedFromIt() {
		granted("app-1", LocalDate.MAX, LocalDate.of(2024, 2, 29));
		granted("app-2", LocalDate.of(2020, 3, 10), LocalDate.MAX);
		granted("app-3", LocalDate.of(2020, 3, 10), LocalDate.of(2024, 2, 29));
		assertEquals(List.of("app-3"), deadlines("annuity").stream().map(deadline -> deadline.object().getId()).distinct().toList());
	}

	/** The response to an office action (拒絶理由通知): the period recorded with it, else 60 days, moved off the JPO's closed days. */
	@ParameterizedTest(name = "office action sent {0}, {1} {2}: respond by {3}")
	@CsvSource({ "2024-01-31, , , 2024-04-01", // 60 days end on Sunday 31 March
			"2024-03-05, 60, DAYS, 2024-05-07", // 4 May みどりの日 (a Saturday), a Sunday, then the 振替休日 for こどもの日
			"2023-11-30, 3, MONTHS, 2024-02-29", // no 30 February: its last day, a Thursday
			"2023-12-01, 1, MONTHS, 2024-01-04", // 29 December to 3 January
			"2024-04-15, 30, DAYS, 2024-05-15" }) // a Wednesday, as counted
	void anOfficeActionIsAnsweredWithinItsRecordedPeriod(LocalDate sent, Integer period, String unit, LocalDate due) {
		PatentApplication application = application("app-1", ApplicationKind.DOMESTIC, LocalDate.of(2022, 4, 1));
		OfficeAction action = action("oa-1", application, sent);
		action.setResponsePeriod(period);
		if (unit != null) {
			action.setPeriodUnit(PeriodUnit.get(unit));
		}
		assertEquals(List.of(due), dues("office-action-response"));
	}

	@Test
	void aResponseOrTheApplicationsEndEndsTheDeadlineOfAnOfficeAction() {
		PatentApplication application = application("app-1", ApplicationKind.DOMESTIC, LocalDate.of(2022, 4, 1));
		OfficeAction action = action("oa-1", application, LocalDate.of(2024, 4, 15));
		Deadline response = deadlines("office-action-response").get(0);
		assertEquals("oa-1", response.id());
		assertEquals(project, response.project(), "the project of its application");
		assertEquals(DeadlineStatus.OVERDUE, response.status(LocalDate.of(2024, 6, 17)));
		action.setRespondedDate(LocalDate.of(2024, 6, 10));
		assertEquals(DeadlineStatus.DONE, deadlines("office-action-response").get(0).status(LocalDate.of(2024, 6, 10)));
		action.setRespondedDate(null);
		application.setStatus(ApplicationStatus.WITHDRAWN);
		application.setStatusDate(LocalDate.of(2024, 5, 1));
		assertEquals(LocalDate.of(2024, 5, 1), deadlines("office-action-response").get(0).ended());
		action("oa-2", application("app-2", ApplicationKind.PCT, LocalDate.of(2022, 4, 1)), LocalDate.of(2024, 4, 15));
		action("oa-3", null, LocalDate.of(2024, 4, 15));
		for (String country : List.of("US", "JP")) {
			PatentApplication phase = application("app-" + country, ApplicationKind.NATIONAL_PHASE, LocalDate.of(2022, 4, 1));
			phase.getCountries().add(country);
			action("oa-" + country, phase, LocalDate.of(2024, 4, 15));
		}
		assertEquals(List.of("oa-1", "oa-JP"), deadlines("office-action-response").stream().map(Deadline::id).toList(),
				"an action on an application filed elsewhere, or on none, is answered by another office's rules");
	}

	@Test
	void aNationalPhaseInJapanEndsOnTheJposNextWorkingDayAndElsewhereAsCounted() {
		PatentApplication pct = application("app-1", ApplicationKind.PCT, LocalDate.of(2021, 11, 3));
		pct.getCountries().addAll(List.of("JP", "US"));
		// 2021-11-03 + 30 months = 2024-05-03, 憲法記念日: the JPO is closed until Tuesday the 7th
		assertEquals(List.of("app-1/US 2024-05-03", "app-1/JP 2024-05-07"),
				deadlines("pct-national-phase").stream().map(deadline -> deadline.id() + " " + deadline.due()).toList());
		// Paris priority and the notices to the agency are counted in calendar days: no office's law moves them
		assertEquals(List.of(), dues("paris-priority"), "a PCT application has none");
		application("app-2", ApplicationKind.DOMESTIC, LocalDate.of(2023, 12, 31));
		assertEquals(List.of(LocalDate.of(2024, 12, 31)), dues("paris-priority"));
	}

	@Test
	void deadlinesAreSortedByDueDateAcrossTheReport() {
		application("app-1", ApplicationKind.DOMESTIC, LocalDate.of(2024, 1, 10));
		List<LocalDate> dues = Deadlines.of(report, RULES).stream().map(Deadline::due).toList();
		// 審査請求: 2027-01-10 is a Sunday and 2027-01-11 成人の日 (the second Monday of January), so Tuesday the 12th
		assertEquals(List.of(LocalDate.of(2024, 3, 10), LocalDate.of(2025, 1, 10), LocalDate.of(2027, 1, 12)), dues);
	}

	@Test
	void theIllustrativeRegisterOfTheSampleHasDeadlinesToShow() throws java.io.IOException {
		EvaluationReport sample = org.hyoka.model.persistence.HyokaFiles.load(java.nio.file.Path.of("../org.hyoka.samples/samples/soyaku-kiban-2021.hyoka"));
		assertTrue(org.hyoka.ip.IpSchemes.of(sample.getProgram().getProjects().get(0)).getRegisterNote().startsWith("Illustrative register"));
		LocalDate asOf = LocalDate.of(2022, 6, 15);
		assertEquals(List.of("2019-11-30 invention-report ip-A-inv-1 done", "2020-01-31 filing-notice ip-A-app-1 done", "2020-12-02 paris-priority ip-A-app-1 done",
				"2021-01-29 filing-notice ip-A-app-2 done", "2021-05-31 licence-notice ip-A-lic-1 overdue",
				"2022-06-02 pct-national-phase ip-A-app-2/CN overdue", "2022-06-02 pct-national-phase ip-A-app-2/US done",
				"2022-07-02 pct-national-phase ip-A-app-2/EP due", "2022-07-30 filing-notice ip-A-app-3 due",
				"2022-12-02 examination-request ip-A-app-1 due"),
				Deadlines.of(sample, RULES).stream().map(deadline -> deadline.due() + " " + deadline.rule().id() + " " + deadline.id() + " "
						+ deadline.status(asOf).key()).toList());
	}

	private PatentApplication application(String id, ApplicationKind kind, LocalDate filed) {
		PatentApplication application = IpFactory.eINSTANCE.createPatentApplication();
		application.setId(id);
		application.setKind(kind);
		application.setFilingDate(filed);
		application.setStatus(ApplicationStatus.FILED);
		scheme.getApplications().add(application);
		return application;
	}

	private AgencyReport report(String id, AgencyReportKind kind, Identifiable concerns) {
		AgencyReport report = IpFactory.eINSTANCE.createAgencyReport();
		report.setId(id);
		report.setKind(kind);
		report.setConcerns(concerns);
		scheme.getAgencyReports().add(report);
		return report;
	}

	private InventionDisclosure invention(String id, LocalDate disclosed) {
		InventionDisclosure invention = IpFactory.eINSTANCE.createInventionDisclosure();
		invention.setId(id);
		invention.setDisclosedDate(disclosed);
		scheme.getInventions().add(invention);
		return invention;
	}

	private PatentApplication granted(String id, LocalDate filed, LocalDate registered) {
		PatentApplication application = application(id, ApplicationKind.DOMESTIC, filed);
		application.setStatus(ApplicationStatus.GRANTED);
		application.setStatusDate(registered);
		return application;
	}

	private OfficeAction action(String id, PatentApplication application, LocalDate sent) {
		OfficeAction action = IpFactory.eINSTANCE.createOfficeAction();
		action.setId(id);
		action.setApplication(application);
		action.setDate(sent);
		scheme.getOfficeActions().add(action);
		return action;
	}

	private List<Deadline> deadlines(String rule) {
		return Deadlines.of(scheme, RULES).stream().filter(deadline -> deadline.rule().id().equals(rule)).toList();
	}

	private List<LocalDate> dues(String rule) {
		return deadlines(rule).stream().map(Deadline::due).toList();
	}

	private static DeadlineRule rule(String id) {
		return RULES.rules().stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow();
	}
}
