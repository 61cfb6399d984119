package org.hyoka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hyoka.core.rules.RuleRegistry;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.export.ExporterDescriptor;
import org.hyoka.export.ExporterRegistry;
import org.hyoka.export.csv.CsvExporter;
import org.hyoka.export.html.HtmlExporter;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

	private static final Path SAISEI = Path.of("../org.hyoka.samples/samples/saisei-iryo-2022.hyoka");

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				() -> ExporterRegistry.of(List.of(
						new ExporterDescriptor("org.hyoka.export.html", "HTML", "html", "", HtmlExporter::new),
						new ExporterDescriptor("org.hyoka.export.csv", "CSV", "csv", "", CsvExporter::new))))
				.run(args);
	}

	private List<String> outLines() {
		return out.toString(StandardCharsets.UTF_8).lines().toList();
	}

	@Test
	void newCreatesAValidEvaluation() throws IOException {
		Path file = folder.resolve("new.hyoka");
		assertEquals(0, run("new", "-o", file.toString(), "--program", "次世代評価技術開発事業", "--projects", "A,B,C",
				"--type", "interim", "--years", "2022-2026", "--evaluated-in", "2024"));
		EvaluationReport report = HyokaFiles.load(file);
		assertEquals("次世代評価技術開発事業", report.getProgram().getNameJa());
		assertEquals(List.of("A", "B", "C"), report.getProgram().getProjects().stream().map(Project::getLetterCode).toList());
		assertTrue(report.getEvaluations().stream().allMatch(e -> e.getType() == EvaluationType.INTERIM && e.getFiscalYear() == 2024));

		out.reset();
		assertEquals(0, run("validate", file.toString()), "a new evaluation has no errors: " + out);
		assertFalse(out.toString(StandardCharsets.UTF_8).contains("ERROR\t"));
	}

	/** A project's name after its letter, as the report heads it; a project without one is named in the editor. */
	@Test
	void newNamesTheProjectsGivenWithTheirNames() throws IOException {
		Path file = folder.resolve("new.hyoka");
		assertEquals(0, run("new", "-o", file.toString(), "--program", "水素社会実装技術開発事業", "--type", "interim",
				"--projects", "A=水素製造技術開発,B= 燃料電池技術開発 ,C"), String.valueOf(err));
		List<Project> projects = HyokaFiles.load(file).getProgram().getProjects();
		assertEquals(List.of("A", "B", "C"), projects.stream().map(Project::getLetterCode).toList());
		assertEquals(List.of("水素製造技術開発", "燃料電池技術開発", ""), projects.stream().map(Project::getNameJa).toList());

		assertEquals(2, run("new", "-o", folder.resolve("names.hyoka").toString(), "--program", "X", "--type", "interim", "--projects",
				"水素製造技術開発"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("A=水素製造技術開発"), "the message shows how to name a project: " + err);
	}

	@Test
	void newAddsTheCommitteeMembersListedTheFirstChairing() throws IOException {
		Path file = folder.resolve("new.hyoka");
		assertEquals(0, run("new", "-o", file.toString(), "--program", "次世代評価技術開発事業", "--type", "final", "--projects", "A",
				"--members", "山田 太郎,佐藤 花子,鈴木 一郎"));
		List<CommitteeMember> members = HyokaFiles.load(file).getCommittee().getMembers();
		assertEquals(List.of("山田 太郎", "佐藤 花子", "鈴木 一郎"), members.stream().map(m -> m.getPerson().getNameJa()).toList());
		assertEquals(List.of(CommitteeRole.CHAIR, CommitteeRole.MEMBER, CommitteeRole.MEMBER),
				members.stream().map(CommitteeMember::getRole).toList());
		out.reset();
		assertEquals(0, run("validate", file.toString()), "a committee with its chair has no errors: " + out);
	}

	@Test
	void newReadsMembersWithRolesAndAffiliationsFromACsv() throws IOException {
		Path csv = Files.writeString(folder.resolve("members.csv"),
				"name,role,affiliation\n佐藤 花子,委員,\"株式会社サンプル 研究開発部長\"\n山田 太郎,座長,北海道大学 大学院工学研究院 教授\n");
		Path file = folder.resolve("new.hyoka");
		assertEquals(0, run("new", "-o", file.toString(), "--program", "X", "--type", "interim", "--members", "@" + csv));
		List<CommitteeMember> members = HyokaFiles.load(file).getCommittee().getMembers();
		assertEquals(List.of(CommitteeRole.MEMBER, CommitteeRole.CHAIR), members.stream().map(CommitteeMember::getRole).toList());
		assertEquals(List.of("株式会社サンプル 研究開発部長", "北海道大学 大学院工学研究院 教授"),
				members.stream().map(CommitteeMember::getAffiliationPrinted).toList());
	}

	@Test
	void membersTypedWithJapaneseSeparatorsAreReadAsMeant() throws IOException {
		Path file = folder.resolve("typed.hyoka");
		assertEquals(0, run("new", "-o", file.toString(), "--program", "X", "--type", "final", "--members", "山田 太郎、佐藤 花子，鈴木 一郎"));
		assertEquals(List.of("山田 太郎", "佐藤 花子", "鈴木 一郎"),
				HyokaFiles.load(file).getCommittee().getMembers().stream().map(m -> m.getPerson().getNameJa()).toList());
		Path csv = Files.writeString(folder.resolve("typed.csv"), "佐藤 花子、委員、株式会社サンプル、研究開発部長\n山田　太郎　座長　北海道大学 教授\n");
		Path fromFile = folder.resolve("typed-file.hyoka");
		assertEquals(0, run("new", "-o", fromFile.toString(), "--program", "X", "--type", "final", "--members", "@" + csv));
		List<CommitteeMember> members = HyokaFiles.load(fromFile).getCommittee().getMembers();
		assertEquals(List.of("佐藤 花子", "山田　太郎"), members.stream().map(m -> m.getPerson().getNameJa()).toList());
		assertEquals(List.of(CommitteeRole.MEMBER, CommitteeRole.CHAIR), members.stream().map(CommitteeMember::getRole).toList());
		assertEquals(List.of("株式会社サンプル、研究開発部長", "北海道大学 教授"),
				members.stream().map(CommitteeMember::getAffiliationPrinted).toList());
	}

	@Test
	void badMembersAreNamedWithFileAndLineAndWriteNothing() throws IOException {
		Path file = folder.resolve("new.hyoka");
		Path csv = Files.writeString(folder.resolve("members.csv"), "山田 太郎,座長\n佐藤 花子,議長補佐\n");
		Path notUtf8 = Files.write(folder.resolve("sjis.csv"), "山田,座長".getBytes(Charset.forName("Shift_JIS")));
		String[][] cases = { { "@" + csv, csv + ":2: role '議長補佐': use 座長 (chair) or 委員 (member); one member a line, "
				+ "name,role,affiliation separated by commas (, or 、)" },
				{ "@" + notUtf8, notUtf8 + ": not UTF-8 text" },
				{ "@" + folder.resolve("none.csv"), folder.resolve("none.csv") + ": no such readable file" },
				{ "山田 太郎,,佐藤 花子", "--members: the name is empty" },
				{ "山田 太郎,佐藤 花子,山田　太郎", "--members: '山田　太郎' is given twice; score sheets tell members apart by name" } };
		for (String[] c : cases) {
			err.reset();
			assertEquals(2, run("new", "-o", file.toString(), "--program", "X", "--type", "final", "--members", c[0]), c[0]);
			assertEquals(List.of("hyoka: " + c[1]), err.toString(StandardCharsets.UTF_8).lines().toList());
			assertFalse(Files.exists(file), "nothing written");
		}
	}

	/**
	 * The committee workflow end to end (issue #13): a new evaluation with 20 members, their blank sheets filled as
	 * members would, all imported; the averages are those of the scores written.
	 */
	@Test
	void twentyMembersSheetsImportedGiveTheAveragesOfTheScoresWritten() throws IOException {
		StringBuilder csv = new StringBuilder("name,role,affiliation\n");
		for (int m = 1; m <= 20; m++) {
			csv.append("委員 ").append(m).append(m == 1 ? ",座長," : ",委員,").append("第").append(m).append("大学 教授\n");
		}
		Path members = Files.writeString(folder.resolve("members.csv"), csv);
		Path file = folder.resolve("committee.hyoka");
		assertEquals(0, run("new", "-o", file.toString(), "--program", "次世代評価技術開発事業", "--type", "interim", "--projects", "A,B,C",
				"--years", "2022-2026", "--evaluated-in", "2024", "--members", "@" + members));

		Path sheets = Files.createDirectories(folder.resolve("sheets"));
		out.reset();
		assertEquals(0, run("score-sheets", file.toString(), "-o", sheets.toString()), String.valueOf(err));
		List<Path> files = outLines().stream().map(Path::of).toList();
		assertEquals(20, files.size(), "one blank sheet per member");
		assertTrue(files.stream().allMatch(sheet -> sheet.getParent().equals(sheets) && Files.isRegularFile(sheet)), files.toString());
		out.reset();
		// a second run would replace sheets that members may have filled in: refused, naming one
		assertEquals(2, run("score-sheets", file.toString(), "-o", sheets.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("exists"), err.toString(StandardCharsets.UTF_8));
		Random random = new Random(13);
		Map<String, int[]> written = new TreeMap<>(); // "A<TAB>1" -> sum and count of the scores written
		for (int m = 0; m < files.size(); m++) {
			try (InputStream in = Files.newInputStream(files.get(m)); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				assertEquals("委員 " + (m + 1), workbook.getSheet("A").getRow(1).getCell(1).getStringCellValue(), "B2 names the member");
				assertEquals("当省が実施することの必要性", workbook.getSheet("A").getRow(6).getCell(1).getStringCellValue(), "B7 the item's title");
				for (Sheet sheet : workbook) {
					for (int item = 1; item <= 7; item++) {
						Row row = sheet.getRow(5 + item);
						if (m == 19 && item == 7 && sheet.getSheetName().equals("C")) {
							continue; // one member leaves one cell blank: that item has 19 evaluators
						}
						int score = random.nextInt(4);
						row.getCell(2).setCellValue(score);
						row.getCell(3).setCellValue("所見 " + (m + 1));
						int[] sum = written.computeIfAbsent(sheet.getSheetName() + "\t" + item, key -> new int[2]);
						sum[0] += score;
						sum[1]++;
					}
				}
				try (OutputStream out = Files.newOutputStream(files.get(m))) {
					workbook.write(out);
				}
			}
		}

		List<String> arguments = new ArrayList<>(List.of("import-scores", file.toString()));
		files.forEach(f -> arguments.add(f.toString()));
		assertEquals(0, run(arguments.toArray(String[]::new)), "no conflict: " + err);
		assertEquals(20 * 3 * 7 - 1, outLines().stream().filter(line -> line.startsWith("SCORE\t")).count());

		out.reset();
		assertEquals(0, run("scores", file.toString()));
		List<String> expected = new ArrayList<>();
		written.forEach((key, sum) -> expected.add(key + "\t" + sum[1] + "\t"
				+ BigDecimal.valueOf(sum[0]).divide(BigDecimal.valueOf(sum[1]), 1, RoundingMode.HALF_UP).toPlainString() + "\t"
				+ (sum[0] < 2 * sum[1] ? "below-2.0" : "ok")));
		assertEquals(expected, outLines().stream().sorted().toList());
		assertTrue(outLines().stream().anyMatch(line -> line.startsWith("C\t7\t19\t")), "the blank cell is no score: " + outLines());
	}

	@Test
	void scoresPrintsOneLinePerProjectAndItemAsCoreComputesThem() throws IOException {
		assertEquals(0, run("scores", SAISEI.toString()));
		EvaluationReport report = HyokaFiles.load(SAISEI);
		List<String> expected = new ArrayList<>();
		for (Evaluation evaluation : report.getEvaluations()) {
			if (evaluation.getScoreTable() != null) {
				String subject = evaluation.getTarget() instanceof Project p ? p.getLetterCode() : evaluation.getTarget().getId();
				for (Scoring.ItemResult result : Scoring.results(evaluation.getScoreTable())) {
					expected.add(subject + "\t" + Scoring.itemNumber(result.item()) + "\t"
							+ result.evaluators() + "\t" + result.average().toPlainString() + "\t"
							+ (result.needsExplanation() ? "below-2.0" : "ok"));
				}
			}
		}
		assertEquals(expected, outLines());
		// as 002 prints them for project A: item 1 averages 3.0, item 4 2.0
		assertTrue(outLines().stream().anyMatch(l -> l.startsWith("A\t1\t") && l.endsWith("\t3.0\tok")), outLines().toString());
		assertTrue(outLines().stream().anyMatch(l -> l.startsWith("A\t4\t") && l.endsWith("\t2.0\tok")), outLines().toString());
	}

	@Test
	void scoresSaysWhenAFileHasNothingToScore() throws IOException {
		Path file = folder.resolve("new.hyoka");
		assertEquals(0, run("new", "-o", file.toString(), "--program", "事業", "--projects", "A", "--type", "interim", "--years", "2022-2026",
				"--evaluated-in", "2024"));
		EvaluationReport report = HyokaFiles.load(file);
		report.getEvaluations().forEach(evaluation -> evaluation.setScoreTable(null));
		HyokaFiles.save(report, file);
		out.reset();
		assertEquals(0, run("scores", file.toString()), "nothing to score is no error");
		assertEquals(List.of(), outLines(), "no rows");
		assertTrue(err.toString(StandardCharsets.UTF_8).contains(file + ": no score table"), err.toString(StandardCharsets.UTF_8));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("the members' score sheets"), "the apostrophe is printed: " + err);
	}

	@Test
	void validateListsFindingsAndFailsOnErrors() throws IOException {
		assertEquals(0, run("validate", SAISEI.toString()), "002's findings are warnings and notes: " + outLines());
		assertTrue(outLines().stream().anyMatch(l -> l.matches("INFO\tHY-BU-01\t[^\t]+\t.+")), "its 資金配分 rounding: " + outLines());
		// a typo in a printed total: 330 where the cells add up to 299
		Path typo = folder.resolve("typo.hyoka");
		Files.writeString(typo, Files.readString(SAISEI).replace("fiscalYear=\"2020\" amount=\"300\"", "fiscalYear=\"2020\" amount=\"330\""));
		out.reset();
		assertEquals(1, run("validate", typo.toString()), "a printed total off by 31 is an error");
		List<String> lines = outLines();
		assertTrue(lines.stream().anyMatch(l -> l.matches("ERROR\tHY-BU-01\t[^\t]+\t.*330.*299.*")), lines.toString());
		assertTrue(lines.stream().allMatch(l -> l.split("\t", -1).length == 4), lines.toString());
	}

	@Test
	void validatePrintsAContributedRuleLikeTheBuiltInOnes() throws IOException {
		assertEquals(0, run("validate", SAISEI.toString()));
		List<String> lines = outLines().stream().filter(line -> line.contains("\tTS-CL-01\t")).toList();
		assertEquals(1, lines.size(), outLines().toString());
		String message = RuleRegistry.installed().rule("TS-CL-01").orElseThrow().message(ObjectLabels.describe(HyokaFiles.load(SAISEI).getProgram()));
		String[] fields = lines.get(0).split("\t", -1);
		assertEquals(List.of("INFO", "TS-CL-01", message), List.of(fields[0], fields[1], fields[3]), lines.get(0));
	}

	@Test
	void exportWritesEveryInstalledFormatWithItsOptions() throws IOException {
		assertEquals(0, run("export", "--list"));
		assertEquals(List.of("html\torg.hyoka.export.html\tHTML", "csv\torg.hyoka.export.csv\tCSV"), outLines());

		Path html = folder.resolve("002.html");
		assertEquals(0, run("export", "--format", "html", SAISEI.toString(), "-o", html.toString()));
		String page = Files.readString(html);
		assertTrue(page.contains("再生医療・遺伝子治療の産業化に向けた基盤技術開発事業"), "the report's program");
		assertTrue(page.contains("評点結果"), "the score tables");

		Path csv = folder.resolve("scores.csv");
		assertEquals(0, run("export", "--format", "csv", "--option", "table=scores", "--option", "bom", SAISEI.toString(), "-o",
				csv.toString()));
		byte[] bytes = Files.readAllBytes(csv);
		assertEquals((byte) 0xEF, bytes[0], "the BOM asked for");
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("project,item,evaluator,score"), "the scores table's header: " + text.lines().findFirst());
	}

	@Test
	void importScoresAppliesWhatFitsSavesAndReportsConflicts() throws IOException {
		Path file = Files.copy(SAISEI, folder.resolve("002.hyoka"));
		Path sheet = Files.writeString(folder.resolve("miki.csv"), "project,item,evaluator,score,comment\n"
				+ "A,1,三木 秀夫,2,必要性は高い\n" // the chair scores no column of 002 yet
				+ "A,1,評価者1,0,\n"); // 002 holds 3 there: a conflict, not an overwrite
		assertEquals(1, run("import-scores", file.toString(), sheet.toString()), "a conflict left something out");
		List<String> lines = outLines();
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("SCORE\tA\t1\t三木 秀夫\t-\t2\tmiki.csv")), lines.toString());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("COMMENT\tA\t1\t三木 秀夫\t必要性は高い\t")), lines.toString());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("CONFLICT\t") && l.contains("miki.csv")), lines.toString());

		EvaluationReport saved = HyokaFiles.load(file);
		Evaluation a = saved.getEvaluations().stream().filter(e -> e.getTarget() instanceof Project p && "A".equals(p.getLetterCode()))
				.findFirst().orElseThrow();
		assertTrue(a.getScoreTable().getRows().get(0).getScores().stream()
				.anyMatch(score -> score.getMember() != null && Integer.valueOf(2).equals(score.getValue())), "the chair's 2 is saved");
		assertEquals(Integer.valueOf(3), a.getScoreTable().getRows().get(0).getScores().stream()
				.filter(score -> score.getColumn() == 1).findFirst().orElseThrow().getValue(), "the conflicting cell keeps its score");
	}

	@Test
	void badArgumentsAndUnreadableInputExitWithTwoAndOneLine() throws IOException {
		Path broken = Files.writeString(folder.resolve("broken.hyoka"), "<?xml version=\"1.0\"?>\n<hyoka:EvaluationReport");
		String[][] cases = { { "frobnicate" }, { "scores" }, { "scores", folder.resolve("missing.hyoka").toString() },
				{ "scores", broken.toString() }, { "new", "--program", "X", "--type", "final" },
				{ "new", "-o", folder.resolve("x.hyoka").toString(), "--program", "X", "--type", "sometime" },
				{ "new", "-o", folder.resolve("x.hyoka").toString(), "--program", "X", "--type", "final", "--projects", "A,A" },
				{ "validate", SAISEI.toString(), "--verbose" },
				{ "export", "--format", "odt", SAISEI.toString(), "-o", folder.resolve("x.odt").toString() },
				{ "export", "--format", "csv", "--option", "table=nonsense", SAISEI.toString(), "-o", folder.resolve("x.csv").toString() },
				{ "export", "--format", "csv", "--option", "colour=red", SAISEI.toString(), "-o", folder.resolve("x.csv").toString() },
				{ "export", "--format", "html", SAISEI.toString() },
				{ "score-sheets" }, { "score-sheets", SAISEI.toString(), "-o", folder.resolve("no-such-folder").toString() },
				{ "import-scores", SAISEI.toString() },
				{ "import-scores", SAISEI.toString(), folder.resolve("missing.csv").toString() } };
		for (String[] args : cases) {
			err.reset();
			assertEquals(2, run(args), String.join(" ", args));
			List<String> message = err.toString(StandardCharsets.UTF_8).lines().toList();
			assertEquals(1, message.size(), String.join(" ", args) + " -> " + message);
			assertTrue(message.get(0).startsWith("hyoka: "), message.get(0));
		}
		err.reset();
		run("scores", broken.toString());
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("broken.hyoka"), "names the file: " + err);
	}
}
