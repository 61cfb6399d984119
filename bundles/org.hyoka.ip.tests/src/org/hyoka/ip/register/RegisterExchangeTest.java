package org.hyoka.ip.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.core.csv.CsvRecords;
import org.hyoka.ip.CommitteeDecision;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.IpFactory;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.Licence;
import org.hyoka.ip.OfficeAction;
import org.hyoka.ip.PatentApplication;
import org.hyoka.ip.PeriodUnit;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.persistence.HyokaFiles;
import org.junit.jupiter.api.Test;

/** Every record of the register goes out as a row and comes back equal; bad cells of each kind are named by place. */
class RegisterExchangeTest {

	static final Path SOYAKU = Path.of("../org.hyoka.samples/samples/soyaku-kiban-2021.hyoka");

	@Test
	void theSampleRegisterGoesOutAndComesBackEqual() throws IOException, RegisterFormatException {
		EvaluationReport original = withOfficeAction(HyokaFiles.load(SOYAKU));
		String csv = RegisterColumns.csv(original);
		assertTrue(csv.contains("\r\naction,ip-A-oa-1,prj-A,"), csv);
		assertTrue(csv.contains(",2022-09-30,,,ip-A-app-3,,,,,3,MONTHS,2022-12-22\r\n"), csv);
		assertEquals(RegisterColumns.KINDS.stream().map(RegisterColumns.Kind::name).collect(Collectors.toSet()),
				RegisterColumns.rows(original).stream().map(row -> row.get(0)).collect(Collectors.toSet()), "every kind of record is in the sample");

		EvaluationReport emptied = withoutRegister(HyokaFiles.load(SOYAKU));
		RegisterImport plan = RegisterImport.read(emptied, "register.csv", CsvRecords.parse(csv));
		assertEquals(List.of(), plan.conflicts());
		assertEquals(RegisterColumns.rows(original).size(), plan.additions().size());
		plan.apply();
		assertTrue(new RegisterEquality().equals(original, emptied), "the register comes back equal");
		assertEquals(csv, RegisterColumns.csv(emptied));

		Licence licence = IpSchemes.of(emptied.getProgram().getProjects().get(0)).getLicences().get(0);
		CommitteeDecision decision = licence.getDecision();
		assertEquals("ip-A-mtg-1", ((Identifiable) decision.eContainer()).getId());
		assertEquals(List.of(licence), decision.getConcerns());
	}

	@Test
	void importingTheExportIntoItsOwnFileChangesNothing() throws IOException, RegisterFormatException {
		EvaluationReport report = HyokaFiles.load(SOYAKU);
		RegisterImport plan = RegisterImport.read(report, "register.csv", CsvRecords.parse(RegisterColumns.csv(report)));
		assertEquals(List.of(), plan.additions());
		assertEquals(List.of(), plan.conflicts());
	}

	@Test
	void aChangedLicenceIsAConflictNamingItsLineAndColumn() throws IOException, RegisterFormatException {
		EvaluationReport report = HyokaFiles.load(SOYAKU);
		String changed = RegisterColumns.csv(report).replace("（架空の例）抗体医薬の研究開発", "（架空の例）診断薬");
		RegisterImport plan = RegisterImport.read(report, "register.csv", CsvRecords.parse(changed));
		assertEquals(List.of(new RegisterImport.Conflict("register.csv:" + line(changed, "licence,"),
				"the register already holds ip-A-lic-1 with other values (field （架空の例）抗体医薬の研究開発 → （架空の例）診断薬); the row is left out.")),
				plan.conflicts());
	}

	/** Each kind of bad cell of the new records stops the import, naming file and line. */
	@Test
	void badCellsOfEveryRecordAreNamed() throws IOException {
		EvaluationReport report = HyokaFiles.load(SOYAKU);
		String before = RegisterColumns.csv(report);
		Map<Map<String, String>, String> bad = new LinkedHashMap<>();
		bad.put(Map.of("record", "licence", "id", "lic-9", "exclusive", "yes"), "the column \"exclusive\" is \"yes\", neither true nor false.");
		bad.put(Map.of("record", "licence", "id", "lic-9", "rights", "ip-A-inv-1"),
				"the column \"rights\" names \"ip-A-inv-1\", which is no PatentApplication of the report or the table.");
		bad.put(Map.of("record", "licence", "id", "lic-9", "licensee", "org-nowhere"), "the column \"licensee\" names \"org-nowhere\", which is no organization of the report (by id or name).");
		bad.put(Map.of("record", "licence", "id", "lic-9", "signed", "2021/04/01"), "the column \"signed\" is \"2021/04/01\", not a date (YYYY-MM-DD).");
		bad.put(Map.of("record", "meeting", "id", "mtg-9", "number", "第2回"), "the column \"number\" is \"第2回\", not a whole number.");
		bad.put(Map.of("record", "meeting", "id", "mtg-9", "committee", "no-committee"),
				"the column \"committee\" names \"no-committee\", which is no IPCommittee of the report or the table.");
		bad.put(Map.of("record", "decision", "id", "dec-9"), "the column \"meeting\" is empty.");
		bad.put(Map.of("record", "decision", "id", "dec-9", "meeting", "ip-A-mtg-1", "outcome", "OK"),
				"the column \"outcome\" is \"OK\"; allowed: APPROVED, REJECTED, DEFERRED.");
		bad.put(Map.of("record", "report", "id", "rep-9", "kind", "FILING", "concerns", "app-9"),
				"the column \"concerns\" names \"app-9\", which is no Identifiable of the report or the table.");
		bad.put(Map.of("record", "agreement", "id", "agr-9", "parties", "org-aist:BOSS"),
				"the column \"parties\" is \"BOSS\"; allowed: LEAD, SHARING_INSTITUTION, MEMBER, SUPPORTING_MEMBER, USER.");
		bad.put(Map.of("record", "agreement", "id", "agr-9", "projects", "Z"), "the column \"projects\" names \"Z\", which is no project of the report (by id or letter code).");
		bad.put(Map.of("record", "agreement", "id", "agr-9", "partyCount", "14.5"), "the column \"partyCount\" is \"14.5\", not a whole number.");
		bad.put(Map.of("record", "application", "id", "app-9", "route", "PCT", "owners", "org-aist:half"),
				"the owner \"org-aist:half\" has no number as its share (organization:percent).");
		bad.put(Map.of("record", "action", "id", "oa-9", "concerns", "ip-A-inv-1"),
				"the column \"concerns\" names \"ip-A-inv-1\", which is no PatentApplication of the report or the table.");
		bad.put(Map.of("record", "action", "id", "oa-9", "period", "三"), "the column \"period\" is \"三\", not a whole number.");
		bad.put(Map.of("record", "action", "id", "oa-9", "unit", "WEEKS"), "the column \"unit\" is \"WEEKS\"; allowed: DAYS, MONTHS.");
		bad.put(Map.of("record", "application", "id", "app-9", "route", "DOMESTIC", "paidThrough", "4th"),
				"the column \"paidThrough\" is \"4th\", not a whole number.");
		bad.put(Map.of("record", "patent", "id", "pat-9"),
				"the record \"patent\" is none of agreement, invention, application, licence, meeting, decision, report, action.");
		bad.forEach((row, message) -> {
			String table = String.join(",", RegisterColumns.HEADER) + "\n" + cells(row) + "\n";
			RegisterFormatException problem = assertThrows(RegisterFormatException.class,
					() -> RegisterImport.read(report, "bad.csv", CsvRecords.parse(table)), row::toString);
			assertEquals("bad.csv:2: " + message, problem.getMessage(), row.toString());
		});
		assertEquals(before, RegisterColumns.csv(report), "nothing changed");
	}

	@Test
	void tablesWrittenBeforeTheNewRecordsStillRead() throws IOException, RegisterFormatException {
		EvaluationReport report = HyokaFiles.load(SOYAKU);
		String old = "record,id,project,title,route,filed,owners\r\napplication,app-old,A,旧形式,DOMESTIC,2024-02-29,org-aist:100\r\n";
		RegisterImport plan = RegisterImport.read(report, "old.csv", CsvRecords.parse(old));
		assertEquals(List.of("app-old"), plan.additions().stream().map(addition -> addition.object().getId()).toList());
		assertEquals("prj-A", ((Identifiable) plan.additions().get(0).subject()).getId());
	}

	/** The sample with an office action on its US national phase (answered), and the fees of its first years paid. */
	static EvaluationReport withOfficeAction(EvaluationReport report) {
		IPManagementScheme scheme = IpSchemes.of(report.getProgram().getProjects().get(0));
		PatentApplication us = scheme.getApplications().stream().filter(application -> application.getId().equals("ip-A-app-3")).findFirst()
				.orElseThrow();
		us.setPaidThroughYear(3);
		OfficeAction action = IpFactory.eINSTANCE.createOfficeAction();
		action.setId("ip-A-oa-1");
		action.setApplication(us);
		action.setDate(LocalDate.of(2022, 9, 30));
		action.setResponsePeriod(3);
		action.setPeriodUnit(PeriodUnit.MONTHS);
		action.setRespondedDate(LocalDate.of(2022, 12, 22));
		scheme.getOfficeActions().add(action);
		return report;
	}

	/** A CSV row with the cells in their columns. */
	static String cells(Map<String, String> row) {
		assertTrue(RegisterColumns.HEADER.containsAll(row.keySet()), row.keySet().toString());
		return RegisterColumns.HEADER.stream().map(column -> Objects.toString(row.get(column), "")).collect(Collectors.joining(","));
	}

	private static int line(String csv, String start) {
		List<String> lines = csv.lines().toList();
		return Stream.iterate(0, i -> i + 1).filter(i -> lines.get(i).startsWith(start)).findFirst().orElseThrow() + 1;
	}

	/** The report with every register record taken out, as a file that never had them. */
	static EvaluationReport withoutRegister(EvaluationReport report) {
		Stream.concat(Stream.of(report.getProgram()), report.getProgram().getProjects().stream()).map(IpSchemes::of).filter(Objects::nonNull)
				.forEach(scheme -> RegisterColumns.KINDS.stream().filter(kind -> kind.list().getEContainingClass().isInstance(scheme))
						.forEach(kind -> ((List<?>) scheme.eGet(kind.list())).clear()));
		return report;
	}

	/**
	 * Equal but for where the register's records were transcribed from: a table carries the register, not the
	 * source references of the report's own agreements.
	 */
	static final class RegisterEquality extends EcoreUtil.EqualityHelper {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean haveEqualFeature(EObject eObject1, EObject eObject2, EStructuralFeature feature) {
			if (feature == BasePackage.Literals.SOURCED__SOURCES && inRegister(eObject1)) {
				return true;
			}
			return super.haveEqualFeature(eObject1, eObject2, feature);
		}

		private static boolean inRegister(EObject object) {
			for (EObject each = object; each != null; each = each.eContainer()) {
				if (RegisterColumns.kind(each).isPresent()) {
					return true;
				}
			}
			return false;
		}
	}
}
