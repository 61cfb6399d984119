package org.hyoka.ip.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.ip.ApplicationStatus;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.PatentApplication;
import org.hyoka.ip.register.RegisterColumns;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.xlsx.XlsxTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hyoka ip deadlines, import and export on a copy of the 創薬基盤 sample. */
class IpCommandTest {

	private static final String HEADER = String.join(",", RegisterColumns.HEADER);
	private static final String INVENTION = "invention,inv-1,prj-A,糖鎖を標的とする抗体,,,,,,,,,,,山田 太郎;佐藤 花子,org-chugai,2023-12-01,";
	private static final String DOMESTIC = "application,app-1,prj-A,糖鎖抗体,DOMESTIC,特願2024-000001,inv-1,2024-02-29,,,,FILED,,org-chugai:100,,,,";
	private static final String PCT = "application,app-2,prj-A,糖鎖抗体,PCT,PCT/JP2025/000001,inv-1,2025-02-28,2024-02-29,app-1,US;EP,FILED,,org-chugai:60;org-nms:40,,,,";

	@TempDir
	Path temp;
	private Path file;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@BeforeEach
	void copySample() throws IOException {
		file = Files.copy(Path.of("../org.hyoka.samples/samples/soyaku-kiban-2021.hyoka"), temp.resolve("soyaku.hyoka"),
				StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void familiesListEachInventionWithItsApplicationsUnderWhatTheyAreBasedOn() throws Exception {
		assertEquals(Command.OK, run("families", file.toString()));
		assertEquals(List.of("ip-A-inv-1\t（架空の例）糖鎖抗原を標的とする抗体の作製方法",
				"  ip-A-app-1\tDOMESTIC\tJP\t特願2019-000000（架空）\t2019-12-02\tFILED\t-",
				"    ip-A-app-2\tPCT\tUS,EP,CN\tPCT/JP2020/000000（架空）\t2020-11-30\tPUBLISHED\t-",
				"      ip-A-app-3\tNATIONAL_PHASE\tUS\tUS 17/000,000（架空）\t2022-05-31\tEXAMINATION\t-"), lines());
		// what a table adds joins the families: a new invention after the sample's
		assertEquals(Command.OK, run("import", file.toString(), table(HEADER, INVENTION, DOMESTIC, PCT).toString()));
		lines();
		assertEquals(Command.OK, run("families", file.toString()));
		List<String> families = lines();
		assertEquals(List.of("inv-1\t糖鎖を標的とする抗体", "  app-1\tDOMESTIC\tJP\t特願2024-000001\t2024-02-29\tFILED\t-",
				"    app-2\tPCT\tUS,EP\tPCT/JP2025/000001\t2025-02-28\tFILED\t-"), families.subList(4, families.size()));
	}

	@Test
	void importAddsTheRowsAndDeadlinesFollowThem() throws Exception {
		Path table = table(HEADER, INVENTION, DOMESTIC, PCT);
		assertEquals(Command.OK, run("import", file.toString(), table.toString()));
		assertEquals(List.of("ADD\t" + table + ":2\tInventionDisclosure\tinv-1", "ADD\t" + table + ":3\tPatentApplication\tapp-1",
				"ADD\t" + table + ":4\tPatentApplication\tapp-2"), lines());
		EvaluationReport report = HyokaFiles.load(file);
		assertEquals("app-1", IpSchemes.of(report.getProgram().getProjects().get(0)).getApplications().stream()
				.filter(application -> application.getId().equals("app-2")).findFirst().orElseThrow().getBasedOn().getId());

		assertEquals(Command.OK, run("deadlines", file.toString(), "--as-of", "2025-03-01"));
		assertEquals(List.of("2019-11-30\tinvention-report\tip-A-inv-1\tprj-A\tdone", // the sample's illustrative register first
				"2020-01-31\tfiling-notice\tip-A-app-1\tprj-A\tdone", //
				"2020-12-02\tparis-priority\tip-A-app-1\tprj-A\tdone", //
				"2021-01-29\tfiling-notice\tip-A-app-2\tprj-A\tdone", //
				"2021-05-31\tlicence-notice\tip-A-lic-1\tprj-A\toverdue", //
				"2022-06-02\tpct-national-phase\tip-A-app-2/CN\tprj-A\toverdue", //
				"2022-06-02\tpct-national-phase\tip-A-app-2/US\tprj-A\tdone", //
				"2022-07-02\tpct-national-phase\tip-A-app-2/EP\tprj-A\toverdue", //
				"2022-07-30\tfiling-notice\tip-A-app-3\tprj-A\toverdue", //
				"2022-12-02\texamination-request\tip-A-app-1\tprj-A\toverdue", // 審査請求, 3 years after the sample's filing
				"2024-01-30\tinvention-report\tinv-1\tprj-A\toverdue", // 60 days after its disclosure, not reported
				"2024-04-29\tfiling-notice\tapp-1\tprj-A\toverdue", //
				"2025-02-28\tparis-priority\tapp-1\tprj-A\tdone", // the PCT application claims its priority
				"2025-04-29\tfiling-notice\tapp-2\tprj-A\tdue", //
				"2026-08-29\tpct-national-phase\tapp-2/US\tprj-A\tdue", //
				"2026-09-29\tpct-national-phase\tapp-2/EP\tprj-A\tdue", //
				// 2024-02-29 + 3 years is 2027-02-28, a Sunday: the JPO's next working day (特許法第3条第2項)
				"2027-03-01\texamination-request\tapp-1\tprj-A\tdue"), lines());
	}

	/** #47: a granted patent's annuities and an office action's response, from the table to the list and back out. */
	@Test
	void annuitiesAndOfficeActionsOfTheTableGiveTheirDeadlines() throws Exception {
		Path table = table(HEADER, row(Map.of("record", "application", "id", "app-9", "project", "prj-A", "route", "DOMESTIC", "filed",
				"2020-03-10", "status", "GRANTED", "statusDate", "2024-02-29", "paidThrough", "4")),
				row(Map.of("record", "application", "id", "app-8", "project", "prj-A", "route", "DOMESTIC", "filed", "2022-04-01", "status",
						"EXAMINATION", "statusDate", "2023-04-03")),
				row(Map.of("record", "action", "id", "oa-1", "project", "prj-A", "concerns", "app-8", "date", "2024-03-05", "period", "60",
						"unit", "DAYS")));
		assertEquals(Command.OK, run("import", file.toString(), table.toString()));
		assertEquals("ADD\t" + table + ":4\tOfficeAction\toa-1", lines().get(2));

		assertEquals(Command.OK, run("deadlines", file.toString(), "--as-of", "2025-03-01"));
		List<String> listed = lines().stream().filter(line -> line.contains("\tannuity\t") || line.contains("\toffice-action-response\t")).toList();
		// 60 days from 2024-03-05 end on 4 May, a Saturday (みどりの日); then a Sunday and the 振替休日 for こどもの日
		assertEquals(List.of("2024-05-07\toffice-action-response\toa-1\tprj-A\toverdue", //
				"2027-03-01\tannuity\tapp-9/4\tprj-A\tdone", // 2027-02-28, a Sunday; paid through the 4th year
				"2028-02-29\tannuity\tapp-9/5\tprj-A\tdue"), listed.subList(0, 3));
		assertEquals("2040-02-29\tannuity\tapp-9/17\tprj-A\tdue", listed.get(listed.size() - 1), "the last year begun within the term");
		assertEquals(15, listed.size());

		Path exported = temp.resolve("exported.csv");
		assertEquals(Command.OK, run("export", file.toString(), "-o", exported.toString()));
		List<String> rows = Files.readString(exported, StandardCharsets.UTF_8).lines().toList();
		assertEquals("4", cell(rows, "app-9", "paidThrough"));
		assertEquals(List.of("action", "app-8", "2024-03-05", "60", "DAYS", ""),
				Stream.of("record", "concerns", "date", "period", "unit", "responded").map(column -> cell(rows, "oa-1", column)).toList());
	}

	/** The cell of a column in the exported row of the record (none of the test's cells holds a comma). */
	private static String cell(List<String> rows, String id, String column) {
		String[] cells = rows.stream().filter(row -> row.split(",")[1].equals(id)).findFirst().orElseThrow().split(",", -1);
		return cells[RegisterColumns.HEADER.indexOf(column)];
	}

	@Test
	void theSameTableAgainChangesNothingAndAChangedRowIsAConflict() throws Exception {
		run("import", file.toString(), table(HEADER, INVENTION, DOMESTIC).toString());
		out.reset();
		byte[] saved = Files.readAllBytes(file);
		assertEquals(Command.OK, run("import", file.toString(), table(HEADER, DOMESTIC, INVENTION).toString()));
		assertEquals(List.of(), lines());
		assertArrayEquals(saved, Files.readAllBytes(file), "nothing to add, nothing saved");

		Path changed = table(HEADER, DOMESTIC.replace("2024-02-29", "2024-03-01"), PCT);
		assertEquals(Command.FOUND, run("import", file.toString(), changed.toString()));
		assertEquals(List.of("ADD\t" + changed + ":3\tPatentApplication\tapp-2", "CONFLICT\t" + changed
				+ ":2\tthe register already holds app-1 with other values (filed 2024-02-29 → 2024-03-01); the row is left out."), lines());
	}

	@Test
	void aBadRowStopsTheImportNamingFileAndLineAndChangesNothing() throws Exception {
		byte[] before = Files.readAllBytes(file);
		Path table = table(HEADER, INVENTION, DOMESTIC.replace("2024-02-29", "2024-02-30"));
		String bad = refused(table);
		assertEquals(table + ":3: the column \"filed\" is \"2024-02-30\", not a date (YYYY-MM-DD).", bad);
		for (String[] row : new String[][] { { PCT.replace("app-1,US", "app-9,US"), "the column \"basedOn\" names \"app-9\"" },
				{ DOMESTIC.replace("org-chugai:100", "org-nowhere:100"), "the column \"owners\" names \"org-nowhere\", which is no organization of the report" },
				{ DOMESTIC.replace("DOMESTIC", "EURO"), "the column \"route\" is \"EURO\"" },
				{ DOMESTIC.replace("prj-A", "prj-Z"), "the column \"project\" names \"prj-Z\", which is no project of the report" },
				{ DOMESTIC.replace("org-chugai:100", "org-chugai:all"), "the owner \"org-chugai:all\" has no number as its share" } }) {
			Path wrong = table(HEADER, INVENTION, row[0]);
			String problem = refused(wrong);
			assertTrue(problem.startsWith(wrong + ":") && problem.contains(row[1]), problem);
		}
		String header = refused(table("record,id,colour", "invention,inv-1,red"));
		assertTrue(header.startsWith(temp.resolve("register.csv") + ":1: no column is called \"colour\""), header);
		assertArrayEquals(before, Files.readAllBytes(file), "the evaluation is untouched");
	}

	/**
	 * #47: the open deadlines as reminders in an iCalendar file, checked line by line against RFC 5545 here and read
	 * back by iCal4j, as a calendar program would import it.
	 */
	@Test
	void openDeadlinesGoToACalendarThatICal4jReadsBack() throws Exception {
		run("import", file.toString(), table(HEADER, INVENTION, DOMESTIC, PCT).toString());
		out.reset();
		Path ics = temp.resolve("deadlines.ics");
		assertEquals(Command.OK, run("deadlines", file.toString(), "--as-of", "2025-03-01", "--ics", ics.toString()));
		List<String> open = lines().stream().filter(line -> !line.endsWith("\tdone")).toList();
		byte[] bytes = Files.readAllBytes(ics);
		String text = new String(bytes, StandardCharsets.UTF_8);

		// RFC 5545 3.1: CRLF after every line, none longer than 75 octets, a continuation starts with a space
		assertTrue(text.endsWith("\r\n"), "the last line ends in CRLF");
		List<String> physical = List.of(text.substring(0, text.length() - 2).split("\r\n", -1));
		for (String line : physical) {
			assertTrue(line.indexOf('\r') < 0 && line.indexOf('\n') < 0, "a bare CR or LF: " + line);
			assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line.getBytes(StandardCharsets.UTF_8).length + " octets: " + line);
		}
		List<String> logical = List.of(text.replace("\r\n ", "").split("\r\n"));
		assertTrue(physical.size() > logical.size(), "a long Japanese line is folded");
		assertEquals(List.of("BEGIN:VCALENDAR", "VERSION:2.0"), logical.subList(0, 2));
		assertEquals("END:VCALENDAR", logical.get(logical.size() - 1));
		assertEquals(open.size(), logical.stream().filter("BEGIN:VEVENT"::equals).count(), "an event for each deadline not done");
		assertEquals(open.size(), logical.stream().filter(line -> line.matches("DTSTAMP:\\d{8}T\\d{6}Z")).count(), "a UTC DTSTAMP each");
		assertEquals(open.size(), logical.stream().filter(line -> line.matches("DTSTART;VALUE=DATE:\\d{8}")).count(), "all-day events");

		// read back by iCal4j: valid, the same events, dates and reminders
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
		assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		String program = HyokaFiles.load(file).getProgram().getId();
		List<String> uids = events.stream().map(event -> value(event, Property.UID)).toList();
		assertEquals(open.size(), Set.copyOf(uids).size(), "one UID each");
		VEvent request = events.stream().filter(event -> value(event, Property.UID).equals("examination-request.app-1@" + program + ".hyoka"))
				.findFirst().orElseThrow(() -> new AssertionError(uids.toString()));
		// 2024-02-29 + 3 years: Sunday 28 February 2027, so the JPO's Monday
		assertEquals("20270301", value(request, Property.DTSTART));
		assertEquals("DATE", request.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue());
		assertEquals("20270302", value(request, Property.DTEND), "an all-day event ends the next day, exclusive");
		// a reminder a week before: written as 7 days, which iCal4j reads as the week it is
		assertEquals(open.size(), logical.stream().filter("TRIGGER:-P7D"::equals).count());
		assertEquals("-P1W", request.getAlarms().get(0).getProperty(Property.TRIGGER).orElseThrow().getValue());
		// the reminder names the application by its title and number, as the office does, the id after
		assertTrue(value(request, Property.SUMMARY).endsWith(": 糖鎖抗体 特願2024-000001 (app-1)"), value(request, Property.SUMMARY));
		VEvent sample = events.stream().filter(event -> value(event, Property.UID).startsWith("pct-national-phase.ip-A-app-2/CN@")).findFirst()
				.orElseThrow();
		assertTrue(value(sample, Property.DESCRIPTION).contains("（架空の例）糖鎖抗原を標的とする抗体の作製方法"),
				"the folded Japanese title comes back whole: " + value(sample, Property.DESCRIPTION));

		// the UIDs stay when the calendar is written again, so that a calendar program updates its events
		assertEquals(Command.OK, run("deadlines", file.toString(), "--as-of", "2025-03-01", "--ics", ics.toString()));
		assertEquals(uids, new CalendarBuilder().build(new ByteArrayInputStream(Files.readAllBytes(ics))).<VEvent> getComponents(Component.VEVENT).stream()
				.map(event -> value(event, Property.UID)).toList());
		UsageException itself = assertThrows(UsageException.class, () -> run("deadlines", file.toString(), "--ics", file.toString()));
		assertTrue(itself.getMessage().contains("is the evaluation itself"), itself.getMessage());
	}

	private static String value(Component component, String property) {
		return component.getProperty(property).orElseThrow(() -> new AssertionError(property + " missing")).getValue();
	}

	/** #47: an application the table gives a filing date but no status was filed, not planned; one without a date is planned. */
	@Test
	void anApplicationWithAFilingDateButNoStatusIsFiled() throws Exception {
		Path table = table(HEADER, INVENTION, DOMESTIC.replace("FILED", ""), PCT.replace("2025-02-28", "").replace("FILED", ""));
		assertEquals(Command.OK, run("import", file.toString(), table.toString()));
		List<PatentApplication> applications = IpSchemes.of(HyokaFiles.load(file).getProgram().getProjects().get(0)).getApplications();
		assertEquals(ApplicationStatus.FILED, applications.stream().filter(each -> each.getId().equals("app-1")).findFirst().orElseThrow().getStatus());
		assertEquals(ApplicationStatus.PLANNED, applications.stream().filter(each -> each.getId().equals("app-2")).findFirst().orElseThrow().getStatus());
	}

	/** #47: a partner's register of 500 rows with three bad ones: one run names every problem of each, and changes nothing. */
	@Test
	void everyBadRowOfALargeTableIsNamedInOneRun() throws Exception {
		byte[] before = Files.readAllBytes(file);
		List<String> rows = new ArrayList<>(List.of(HEADER, INVENTION));
		for (int i = 1; i <= 498; i++) {
			rows.add(DOMESTIC.replace("app-1,", "app-" + i + ","));
		}
		// the row of app-N is on line N + 2; app-10 claims the priority of a row below it, which is no problem
		rows.set(11, rows.get(11).replace("2024-02-29,,,", "2024-02-29,,app-400,"));
		rows.set(41, rows.get(41).replace("2024-02-29", "2024-02-30"));
		rows.set(251, rows.get(251).replace("DOMESTIC", "EURO").replace("org-chugai:100", "org-nowhere:100"));
		rows.set(499, rows.get(499).replace("2024-02-29,,,", "2024-02-29,,app-9999,"));
		Path table = table(rows.toArray(String[]::new));
		assertEquals(List.of(table + ":42: the column \"filed\" is \"2024-02-30\", not a date (YYYY-MM-DD).",
				table + ":252: the column \"route\" is \"EURO\"; allowed: DOMESTIC, PARIS, PCT, NATIONAL_PHASE.",
				table + ":252: the column \"owners\" names \"org-nowhere\", which is no organization of the report (by id or name).",
				table + ":500: the column \"basedOn\" names \"app-9999\", which is no PatentApplication of the report or the table."),
				problems(table));
		assertArrayEquals(before, Files.readAllBytes(file), "the evaluation is untouched");

		Path workbook = workbook(HEADER, INVENTION, DOMESTIC.replace("2024-02-29", "2024-02-30"), PCT.replace("PCT,", "EURO,"));
		assertEquals(List.of(workbook + "!register!H3: the column \"filed\" is \"2024-02-30\", not a date (YYYY-MM-DD).",
				workbook + "!register!E4: the column \"route\" is \"EURO\"; allowed: DOMESTIC, PARIS, PCT, NATIONAL_PHASE."), problems(workbook));
		assertArrayEquals(before, Files.readAllBytes(file), "the evaluation is untouched");
	}

	/** #48: rows that used to be added and then broke the file, or lost data, are refused at their cell, nothing printed. */
	@Test
	void idsDatesSharesAndControlsThatWouldBreakTheFileAreRefusedAtTheirPlace() throws Exception {
		byte[] before = Files.readAllBytes(file);
		for (String[] row : new String[][] { //
				{ INVENTION.replace("inv-1", "inv x"), ":2: the id \"inv x\" cannot be kept: an id may not hold \" \" (U+0020)" },
				{ INVENTION.replace("inv-1", "出願 1"), ":2: the id \"出願 1\"" },
				{ INVENTION.replace("inv-1", "発明#1"), ":2: the id \"発明#1\" cannot be kept: an id may not hold \"#\" (U+0023)" },
				{ INVENTION.replace("inv-1", "inv\u001b1"), ":2: the column \"id\" holds the control character U+001B" },
				{ INVENTION.replace("糖鎖を標的とする抗体", "抗体\u001b[31m"), ":2: the column \"title\" holds the control character U+001B" },
				{ INVENTION.replace("山田 太郎", "山田\u001b太郎"), ":2: the column \"inventors\" holds the control character U+001B" },
				{ INVENTION.replace("2023-12-01", "+999999999-12-31"), ":2: the column \"disclosed\" is \"+999999999-12-31\", not a date" },
				{ INVENTION.replace("2023-12-01", "+99999-01-01"), ":2: the column \"disclosed\" is \"+99999-01-01\", not a date" },
				{ INVENTION.replace("2023-12-01", "2101-01-01"), ":2: the column \"disclosed\" is \"2101-01-01\", a date outside the years 1900" },
				{ DOMESTIC.replace("org-chugai:100", "org-chugai:1e400"), ":2: the share \"1e400\" is no percentage from 0 to 100" },
				{ DOMESTIC.replace("org-chugai:100", "org-chugai:-50;org-nms:150"), ":2: the share \"-50\" is no percentage" },
				{ DOMESTIC.replace("org-chugai:100", "org-chugai:60;org-nms:60"), ":2: the shares of the owners sum to 120 %" },
				{ DOMESTIC.replace("org-chugai:100", "org-chugai:1e-400"), ":2: the share \"1e-400\" is no percentage" } }) {
			Path wrong = table(HEADER, row[0]);
			out.reset();
			// the first problem of the row; an application names an invention this table does not hold, the next
			String problem = problems(wrong).get(0);
			assertTrue(problem.startsWith(wrong + row[1]), problem);
			assertEquals(List.of(), lines(), "nothing printed before the refusal");
			assertArrayEquals(before, Files.readAllBytes(file), "the evaluation is untouched");
		}
		assertEquals(Command.OK, run("deadlines", file.toString()), "the file still opens");
	}

	/** A date no deadline can be counted from, in a file written by hand, leaves out its deadline, not the whole list. */
	@Test
	void deadlinesOfAFileWithADateBeyondTheCalendarAreStillListed() throws Exception {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int filed = text.indexOf("filingDate=\"") + "filingDate=\"".length();
		Files.writeString(file, text.substring(0, filed) + "+999999999-12-31" + text.substring(text.indexOf('"', filed)), StandardCharsets.UTF_8);
		assertEquals(Command.OK, run("deadlines", file.toString(), "--as-of", "2025-03-01"));
		assertTrue(lines().size() > 3, "the other deadlines are listed");
	}

	@Test
	void theExportMakesFormulasInertAndTheImportReadsThemBack() throws Exception {
		String formula = "=cmd|' /C calc'!A0";
		run("import", file.toString(), table(HEADER, INVENTION.replace("糖鎖を標的とする抗体", "\"" + formula.replace("\"", "\"\"") + "\"")).toString());
		Path exported = temp.resolve("exported.csv");
		assertEquals(Command.OK, run("export", file.toString(), "-o", exported.toString()));
		String text = Files.readString(exported, StandardCharsets.UTF_8);
		assertTrue(text.contains(",'" + formula + ","), text);
		assertTrue(text.lines().noneMatch(line -> line.contains("," + formula)), "no cell starts with the formula");
		Path fresh = Files.copy(Path.of("../org.hyoka.samples/samples/soyaku-kiban-2021.hyoka"), temp.resolve("fresh.hyoka"));
		run("import", fresh.toString(), exported.toString());
		assertEquals(formula, IpSchemes.of(HyokaFiles.load(fresh).getProgram().getProjects().get(0)).getInventions().stream()
				.filter(invention -> invention.getId().equals("inv-1")).findFirst().orElseThrow().getTitleJa());
	}

	@Test
	void aMissingOutputFolderIsNamedAsTheUserNamedIt() {
		Path out = temp.resolve("no-such-folder").resolve("register.csv");
		UsageException e = assertThrows(UsageException.class, () -> run("export", file.toString(), "-o", out.toString()));
		assertTrue(e.getMessage().startsWith(out + ": the folder " + out.getParent() + " does not exist"), e.getMessage());
	}

	@Test
	void exportWritesWhatImportReads() throws Exception {
		run("import", file.toString(), table(HEADER, INVENTION, DOMESTIC, PCT).toString());
		Path exported = temp.resolve("exported.csv");
		assertEquals(Command.OK, run("export", file.toString(), "-o", exported.toString()));
		String text = Files.readString(exported, StandardCharsets.UTF_8);
		assertTrue(text.startsWith(HEADER + "\r\n") && text.contains("\r\ninvention,inv-1,prj-A,糖鎖を標的とする抗体,"), text);

		Path fresh = Files.copy(Path.of("../org.hyoka.samples/samples/soyaku-kiban-2021.hyoka"), temp.resolve("fresh.hyoka"));
		out.reset();
		assertEquals(Command.OK, run("import", fresh.toString(), exported.toString()));
		assertEquals(3, lines().size());
		run("export", fresh.toString(), "-o", temp.resolve("again.csv").toString());
		assertEquals(text, Files.readString(temp.resolve("again.csv"), StandardCharsets.UTF_8));
	}

	@Test
	void aWorkbookGoesOutAndComesBackAsTheCsvTableDoes() throws Exception {
		Path workbook = temp.resolve("register.xlsx");
		assertEquals(Command.OK, run("export", file.toString(), "-o", workbook.toString()));
		Path csv = temp.resolve("register.csv");
		assertEquals(Command.OK, run("export", file.toString(), "-o", csv.toString()));

		Path empty = temp.resolve("empty.hyoka");
		EvaluationReport report = HyokaFiles.load(file);
		Stream.concat(Stream.of(report.getProgram()), report.getProgram().getProjects().stream()).forEach(subject -> {
			IPManagementScheme scheme = IpSchemes.of(subject);
			if (scheme != null) {
				Stream.of(scheme.getAgreements(), scheme.getInventions(), scheme.getApplications(), scheme.getLicences(), scheme.getMeetings(),
						scheme.getAgencyReports()).forEach(List::clear);
			}
		});
		HyokaFiles.save(report, empty);
		out.reset();
		assertEquals(Command.OK, run("import", empty.toString(), workbook.toString()));
		List<String> added = lines();
		assertEquals(Files.readAllLines(csv).size() - 1, added.size(), "every row added");
		assertTrue(added.get(0).startsWith("ADD\t" + workbook + "!register!B2\t"), added.get(0));
		Path again = temp.resolve("again.csv");
		assertEquals(Command.OK, run("export", empty.toString(), "-o", again.toString()));
		assertEquals(Files.readString(csv), Files.readString(again), "CSV and XLSX carry the same register");
	}

	@Test
	void aBadCellOfAWorkbookIsNamedBySheetAndCellAndChangesNothing() throws Exception {
		byte[] before = Files.readAllBytes(file);
		String[][] bad = { { DOMESTIC.replace("2024-02-29", "2024-02-30"), "!register!H3: the column \"filed\" is \"2024-02-30\", not a date" },
				{ DOMESTIC.replace("prj-A", "prj-Z"), "!register!C3: the column \"project\" names \"prj-Z\", which is no project of the report" },
				{ DOMESTIC.replace("org-chugai:100", "org-chugai:all"), "!register!N3: the owner \"org-chugai:all\" has no number as its share" } };
		for (String[] row : bad) {
			Path workbook = workbook(HEADER, INVENTION, row[0]);
			String problem = refused(workbook);
			assertTrue(problem.startsWith(workbook + row[1]), problem);
		}
		Path formula = temp.resolve("formula.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(formula)) {
			Sheet sheet = workbook.createSheet("register");
			List<String> header = RegisterColumns.HEADER;
			Row first = sheet.createRow(0);
			for (int column = 0; column < header.size(); column++) {
				first.createCell(column).setCellValue(header.get(column));
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("invention");
			row.createCell(1).setCellValue("inv-1");
			row.createCell(3).setCellFormula("\"糖鎖\"&\"抗体\"");
			workbook.write(stream);
		}
		String problem = refused(formula);
		assertEquals(formula + "!register!D2: the cell holds a formula; a register table takes values only (copy and paste the values).",
				problem);
		Path notAWorkbook = Files.writeString(temp.resolve("text.xlsx"), HEADER + "\n" + INVENTION + "\n");
		String refused = refused(notAWorkbook);
		assertTrue(refused.startsWith(notAWorkbook + ": refused: not an Excel workbook"), refused);
		assertArrayEquals(before, Files.readAllBytes(file), "the evaluation is untouched");
	}

	@Test
	void aChangedRowOfAWorkbookIsAConflictAtItsIdCell() throws Exception {
		run("import", file.toString(), table(HEADER, INVENTION, DOMESTIC).toString());
		out.reset();
		Path workbook = workbook(HEADER, DOMESTIC.replace("2024-02-29", "2024-03-01"), PCT);
		assertEquals(Command.FOUND, run("import", file.toString(), workbook.toString()));
		assertEquals(List.of("ADD\t" + workbook + "!register!B3\tPatentApplication\tapp-2", "CONFLICT\t" + workbook
				+ "!register!B2\tthe register already holds app-1 with other values (filed 2024-02-29 → 2024-03-01); the row is left out."), lines());
	}

	@Test
	void aDateCellOfAWorkbookIsItsDateAndAPlainNumberInADateColumnIsRefusedAtItsCell() throws Exception {
		Path dated = temp.resolve("dated.xlsx");
		writeApplicationFiled(dated, true);
		assertEquals(Command.OK, run("import", file.toString(), dated.toString()));
		assertEquals(LocalDate.of(2024, 2, 29), IpSchemes.of(HyokaFiles.load(file).getProgram().getProjects().get(0)).getApplications()
				.stream().filter(application -> application.getId().equals("app-1")).findFirst().orElseThrow().getFilingDate(),
				"Excel's serial number of a cell formatted as a date is that date");

		byte[] before = Files.readAllBytes(file);
		Path plain = temp.resolve("plain.xlsx");
		writeApplicationFiled(plain, false);
		String problem = refused(plain);
		assertEquals(plain + "!register!H2: the column \"filed\" is \"45351\", not a date (YYYY-MM-DD).", problem);
		assertArrayEquals(before, Files.readAllBytes(file), "the evaluation is untouched");
	}

	/** A register of one application whose filing date, 29 February 2024, is a number cell, formatted as a date or not. */
	private static void writeApplicationFiled(Path path, boolean dateFormat) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(path)) {
			Sheet sheet = workbook.createSheet("register");
			Row header = sheet.createRow(0);
			Row row = sheet.createRow(1);
			String[] values = { "application", "app-1", "prj-A", "糖鎖抗体", "DOMESTIC" };
			for (int column = 0; column < values.length; column++) {
				row.createCell(column).setCellValue(values[column]);
			}
			for (int column = 0; column < RegisterColumns.HEADER.size(); column++) {
				header.createCell(column).setCellValue(RegisterColumns.HEADER.get(column));
			}
			int filed = RegisterColumns.HEADER.indexOf("filed");
			if (dateFormat) {
				CellStyle date = workbook.createCellStyle();
				date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/mm/dd"));
				row.createCell(filed).setCellStyle(date);
				row.getCell(filed).setCellValue(LocalDate.of(2024, 2, 29));
			} else {
				row.createCell(filed).setCellValue(45351); // the serial number of 2024-02-29, in a general cell
			}
			workbook.write(stream);
		}
	}

	/** A workbook of the CSV rows given, split at commas (the rows here hold none in their cells). */
	private Path workbook(String... rows) throws IOException {
		Path workbook = temp.resolve("register.xlsx");
		try (OutputStream stream = Files.newOutputStream(workbook)) {
			XlsxTables.write(stream, "register", Stream.of(rows).map(row -> List.of(row.split(",", -1))).toList());
		}
		return workbook;
	}

	@Test
	void wrongArgumentsAreUsageProblems() throws IOException {
		assertThrows(UsageException.class, () -> run("deadlines", file.toString(), "--as-of", "2025-02-30"));
		assertThrows(UsageException.class, () -> run("renew", file.toString()));
		assertThrows(UsageException.class, () -> run("import", file.toString(), temp.resolve("missing.csv").toString()));
		assertThrows(UsageException.class, () -> run("import", file.toString(), file.toString()));
		assertThrows(UsageException.class, () -> run("import", file.toString(), temp.resolve("register.ods").toString()));
		assertThrows(UsageException.class, () -> run("export", file.toString(), "-o", file.toString()));
		assertTrue(Files.exists(file) && HyokaFiles.load(file) != null, "the evaluation is not overwritten");
	}

	/** Imports a table the command must refuse: status 2, its one problem printed after "hyoka: ", nothing else. */
	private String refused(Path table) throws UsageException {
		List<String> problems = problems(table);
		assertEquals(1, problems.size(), problems.toString());
		return problems.get(0);
	}

	/** Imports a table the command must refuse: status 2, every problem printed on a line of its own after "hyoka: ". */
	private List<String> problems(Path table) throws UsageException {
		out.reset();
		assertEquals(Command.USAGE, run("import", file.toString(), table.toString()));
		List<String> lines = lines();
		lines.forEach(line -> assertTrue(line.startsWith("hyoka: "), line));
		return lines.stream().map(line -> line.substring("hyoka: ".length())).toList();
	}

	/** A CSV row with the cells in their columns. */
	private static String row(Map<String, String> cells) {
		return RegisterColumns.HEADER.stream().map(column -> cells.getOrDefault(column, "")).collect(Collectors.joining(","));
	}

	private Path table(String... rows) throws IOException {
		return Files.writeString(temp.resolve("register.csv"), String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
	}

	private List<String> lines() {
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		out.reset();
		return lines;
	}

	private int run(String... arguments) throws UsageException {
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
		return new IpCommand().run(CommandContext.of(List.of(arguments), print, print));
	}
}
