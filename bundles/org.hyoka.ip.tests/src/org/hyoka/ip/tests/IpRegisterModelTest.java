package org.hyoka.ip.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.AgencyReportKind;
import org.hyoka.ip.ApplicationKind;
import org.hyoka.ip.ApplicationStatus;
import org.hyoka.ip.CommitteeDecision;
import org.hyoka.ip.CommitteeMeeting;
import org.hyoka.ip.DecisionOutcome;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.IpFactory;
import org.hyoka.ip.IpPackage;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.Licence;
import org.hyoka.ip.OfficeAction;
import org.hyoka.ip.Ownership;
import org.hyoka.ip.PatentApplication;
import org.hyoka.ip.PeriodUnit;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.base.Organization;
import org.hyoka.model.persistence.AddOnContent;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Project;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The register's content is saved and read back, and files written before it existed load and save as before. */
class IpRegisterModelTest {

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022", "soyaku-kiban-2021" })
	void aFileWithoutARegisterLoadsAndSavesUnchanged(String sample) throws IOException {
		Path original = Path.of("../org.hyoka.samples/samples", sample + ".hyoka");
		EvaluationReport report = HyokaFiles.load(original);
		assertEquals(List.of(), report.eResource().getErrors());
		assertEquals(List.of(), report.eResource().getWarnings());
		// this fragment runs without the roadmap add-on, whose content is kept unread
		assertEquals(List.of(), AddOnContent.missing(report.eResource()).stream()
				.filter(content -> content.namespace().equals(IpPackage.eNS_URI)).toList());
		Path copy = temp.resolve(sample + ".hyoka");
		HyokaFiles.save(report, copy);
		String saved = Files.readString(copy, StandardCharsets.UTF_8);
		String read = Files.readString(original, StandardCharsets.UTF_8);
		for (String element : List.of("<inventions", "<applications", "<licences", "<decisions", "<agencyReports",
				"registerComplete", "expiryDate", "<officeActions", "paidThroughYear")) {
			assertEquals(read.split(element, -1).length, saved.split(element, -1).length, element + " added on save");
		}
		assertTrue(EcoreUtil.equals(report, HyokaFiles.load(copy)), "the saved file reads back as the same model");
	}

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022", "soyaku-kiban-2021" })
	void aRegisterIsSavedAndReadBack(String sample) throws IOException {
		EvaluationReport report = HyokaFiles.load(Path.of("../org.hyoka.samples/samples", sample + ".hyoka"));
		Project project = report.getProgram().getProjects().get(0);
		Organization owner = report.getOrganizations().get(0);
		IPManagementScheme scheme = IpSchemes.of(project);
		IpFactory ip = IpFactory.eINSTANCE;

		InventionDisclosure invention = ip.createInventionDisclosure();
		invention.setId("inv-1");
		invention.setTitleJa("糖鎖を標的とする抗体");
		invention.getInventors().addAll(List.of("山田 太郎", "佐藤 花子"));
		invention.getOrganizations().add(owner);
		invention.setProject(project);
		invention.setDisclosedDate(LocalDate.of(2024, 2, 29));
		scheme.getInventions().add(invention);

		PatentApplication pct = ip.createPatentApplication();
		pct.setId("app-1");
		pct.setKind(ApplicationKind.PCT);
		pct.setApplicationNumber("PCT/JP2024/012345");
		pct.setInvention(invention);
		pct.setFilingDate(LocalDate.of(2025, 2, 28));
		pct.setPriorityDate(LocalDate.of(2024, 2, 29));
		pct.getCountries().addAll(List.of("US", "EP", "CN"));
		pct.setStatus(ApplicationStatus.FILED);
		Ownership share = ip.createOwnership();
		share.setOrganization(owner);
		share.setShare(new BigDecimal("66.67"));
		pct.getOwners().add(share);
		pct.setPaidThroughYear(5);
		scheme.getApplications().add(pct);

		OfficeAction action = ip.createOfficeAction();
		action.setId("oa-1");
		action.setApplication(pct);
		action.setDate(LocalDate.of(2026, 1, 30));
		action.setResponsePeriod(3);
		action.setPeriodUnit(PeriodUnit.MONTHS);
		action.setRespondedDate(LocalDate.of(2026, 4, 28));
		scheme.getOfficeActions().add(action);

		CommitteeMeeting meeting = ip.createCommitteeMeeting();
		meeting.setId("mtg-1");
		meeting.setNumber(3);
		meeting.setDate(LocalDate.of(2025, 3, 31));
		CommitteeDecision decision = ip.createCommitteeDecision();
		decision.setId("dec-1");
		decision.setSubjectJa("独占的通常実施権の許諾");
		decision.setOutcome(DecisionOutcome.APPROVED);
		decision.getConcerns().add(pct);
		meeting.getDecisions().add(decision);
		scheme.getMeetings().add(meeting);

		Licence licence = ip.createLicence();
		licence.setId("lic-1");
		licence.setLicensee(owner);
		licence.getRights().add(pct);
		licence.setExclusive(true);
		licence.setDecision(decision);
		licence.setConcludedDate(LocalDate.of(2025, 4, 1));
		scheme.getLicences().add(licence);

		AgencyReport notice = ip.createAgencyReport();
		notice.setId("rep-1");
		notice.setKind(AgencyReportKind.FILING);
		notice.setConcerns(pct);
		notice.setSentDate(LocalDate.of(2025, 4, 10));
		scheme.getAgencyReports().add(notice);

		Path file = temp.resolve("register.hyoka");
		HyokaFiles.save(report, file);
		IPManagementScheme read = IpSchemes.of(HyokaFiles.load(file).getProgram().getProjects().get(0));

		PatentApplication readPct = byId(read.getApplications(), "app-1");
		assertEquals(ApplicationKind.PCT, readPct.getKind());
		assertEquals(LocalDate.of(2024, 2, 29), readPct.getPriorityDate());
		assertEquals(List.of("US", "EP", "CN"), readPct.getCountries());
		assertEquals(0, new BigDecimal("66.67").compareTo(readPct.getOwners().get(0).getShare()));
		assertEquals(5, readPct.getPaidThroughYear());
		OfficeAction readAction = byId(read.getOfficeActions(), "oa-1");
		assertSame(readPct, readAction.getApplication());
		assertEquals(LocalDate.of(2026, 1, 30), readAction.getDate());
		assertEquals(3, readAction.getResponsePeriod());
		assertEquals(PeriodUnit.MONTHS, readAction.getPeriodUnit());
		assertEquals(LocalDate.of(2026, 4, 28), readAction.getRespondedDate());
		InventionDisclosure readInvention = byId(read.getInventions(), "inv-1");
		assertSame(readInvention, readPct.getInvention());
		assertEquals(List.of("山田 太郎", "佐藤 花子"), readInvention.getInventors());
		assertEquals(owner.getId(), readInvention.getOrganizations().get(0).getId());
		Licence readLicence = byId(read.getLicences(), "lic-1");
		assertTrue(readLicence.isExclusive());
		assertSame(byId(read.getMeetings(), "mtg-1").getDecisions().get(0), readLicence.getDecision());
		assertSame(readPct, byId(read.getAgencyReports(), "rep-1").getConcerns());
		assertSame(readPct, readLicence.getDecision().getConcerns().get(0));
	}

	private static <T extends Identifiable> T byId(List<T> objects, String id) {
		return objects.stream().filter(object -> id.equals(object.getId())).findFirst().orElseThrow();
	}
}
