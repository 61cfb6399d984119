package org.hyoka.export.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hyoka.core.indicator.Achievement;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Samples;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Project;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each table of both samples as CSV: the records are the model's, quoted per RFC 4180, safe to open in Excel. */
class CsvExporterTest {

	private static List<List<String>> export(EvaluationReport report, String table) throws Exception {
		return Csv.parse(Samples.text(new CsvExporter(), report, ExportOptions.DEFAULTS.with(CsvExporter.TABLE, table)));
	}

	@Test
	void scoresHaveOneRecordPerScoreGiven() throws Exception {
		EvaluationReport report = Samples.load(Samples.SAISEI);
		List<List<String>> records = export(report, "scores");
		assertEquals(List.of("project", "item", "evaluator", "score"), records.get(0));
		List<List<String>> expected = new ArrayList<>();
		for (Evaluation evaluation : report.getEvaluations()) {
			if (evaluation.getScoreTable() == null) {
				continue;
			}
			String project = ((Project) evaluation.getTarget()).getLetterCode();
			for (ItemScore row : evaluation.getScoreTable().getRows()) {
				for (EvaluatorScore score : row.getScores()) {
					expected.add(List.of(project, row.getItem().getName().substring(1), "評価者" + score.getColumn(), score.getValue().toString()));
				}
			}
		}
		assertEquals(5 * 7 + 4 * 7 + 5 * 7, expected.size(), "committees of five, four and five score items 1–7");
		assertEquals(expected, records.subList(1, records.size()));
	}

	@Test
	void averagesAreThoseOfCoreScoring() throws Exception {
		EvaluationReport report = Samples.load(Samples.SAISEI);
		List<List<String>> records = export(report, "averages");
		assertEquals(List.of("project", "item", "evaluators", "average", "below_2"), records.get(0));
		assertEquals(21, records.size() - 1);
		int i = 1;
		for (Evaluation evaluation : report.getEvaluations()) {
			if (evaluation.getScoreTable() == null) {
				continue;
			}
			for (Scoring.ItemResult result : Scoring.results(evaluation.getScoreTable())) {
				List<String> record = records.get(i++);
				assertEquals(new BigDecimal(record.get(3)), result.average());
				assertEquals(Integer.toString(result.evaluators()), record.get(2));
				assertEquals(Boolean.toString(result.needsExplanation()), record.get(4));
			}
		}
		assertEquals(List.of(List.of("C", "4", "5", "1.8", "true"), List.of("C", "5", "5", "1.8", "true")),
				records.stream().filter(r -> r.get(4).equals("true")).toList());
	}

	@ParameterizedTest
	@ValueSource(strings = { Samples.SOYAKU, Samples.SAISEI })
	void budgetsHaveEveryCellAndPrintedTotal(String sample) throws Exception {
		EvaluationReport report = Samples.load(sample);
		List<List<String>> records = export(report, "budgets");
		int cells = 0;
		BigDecimal sum = BigDecimal.ZERO;
		for (EvaluationSubject subject : subjects(report)) {
			for (BudgetTable table : subject.getBudgetTables()) {
				cells += table.getStatedTotals().size();
				cells += table.getStatedGrandTotal() != null || table.isSetGrandTotalStatus() ? 1 : 0;
				cells += table.getStatedBudgetTotal() != null ? 1 : 0;
				for (BudgetLine line : table.getLines()) {
					cells += line.getCells().size();
				}
				sum = sum.add(table.getStatedTotals().stream().map(c -> c.getAmount() == null ? BigDecimal.ZERO : c.getAmount())
						.reduce(BigDecimal.ZERO, BigDecimal::add));
			}
		}
		assertTrue(cells > 0);
		assertEquals(cells, records.size() - 1);
		assertEquals(0, sum.compareTo(records.stream().skip(1).filter(r -> r.get(3).equals("合計") && !r.get(4).isEmpty() && !r.get(5).isEmpty())
				.map(r -> new BigDecimal(r.get(5))).reduce(BigDecimal.ZERO, BigDecimal::add)), "printed totals add up alike");
		records.forEach(r -> assertEquals(8, r.size(), r.toString()));
	}

	@Test
	void budgetsCarryThePrintedTotalsWithTheirPrintedLabels() throws Exception {
		List<List<String>> records = export(Samples.load(Samples.SAISEI), "budgets");
		// 002-A's header table: 総契約額 54.0億円, 総予算額 48.8億円 (L785-808)
		assertTrue(records.contains(List.of("A", "契約額", "CONTRACT", "総契約額", "", "54.0", "", "億円")), records.toString());
		assertTrue(records.contains(List.of("A", "契約額", "CONTRACT", "総予算額", "", "48.8", "", "億円")), records.toString());
		// 002-B prints 総契約額 「-」: the label as printed, no amount, the dash as printed without a quote prefix
		assertTrue(records.contains(List.of("B", "契約額", "CONTRACT", "総契約額", "", "", "-", "億円")), records.toString());
		// 002-C labels its total column 総執行額 although the row is 契約額
		assertTrue(records.stream().anyMatch(r -> r.get(0).equals("C") && r.get(3).equals("総執行額") && r.get(6).equals("-")), records.toString());
		// the program's 総予算額 24,762百万円 (L130)
		assertTrue(records.stream().anyMatch(r -> r.get(3).equals("総予算額") && r.get(5).equals("24762")), records.toString());
		assertTrue(records.stream().noneMatch(r -> r.contains("'-")), "a lone 「-」 is no formula: " + records);
	}

	@ParameterizedTest
	@ValueSource(strings = { Samples.SOYAKU, Samples.SAISEI })
	void indicatorsHaveEveryTargetWithCoreAchievementRates(String sample) throws Exception {
		EvaluationReport report = Samples.load(sample);
		List<List<String>> records = export(report, "indicators");
		List<IndicatorTarget> targets = new ArrayList<>();
		for (EvaluationSubject subject : subjects(report)) {
			List<Indicator> indicators = new ArrayList<>(subject.getOutputIndicators());
			indicators.addAll(subject.getOutcomeIndicators());
			indicators.forEach(indicator -> targets.addAll(indicator.getTargets()));
		}
		assertFalse(targets.isEmpty());
		assertEquals(targets.size(), records.size() - 1);
		for (int i = 0; i < targets.size(); i++) {
			IndicatorTarget target = targets.get(i);
			List<String> record = records.get(i + 1);
			assertEquals(((Indicator) target.eContainer()).getNameJa(), record.get(1));
			assertEquals(Achievement.rate(target).map(BigDecimal::toPlainString).orElse(""), record.get(7));
			// 000 leaves most statuses unsaid: no code then, never ACHIEVED (the first literal) for a target not met
			assertEquals(target.isSetStatus() ? target.getStatus().getName() : "", record.get(8), record.toString());
			if (!target.isSetStatus()) {
				assertEquals(target.getStatusPrinted() != null ? target.getStatusPrinted() : "", record.get(9), "no words for a status never stated: " + record);
			}
		}
		assertEquals("status_printed", records.get(0).get(9));
	}

	@Test
	void aRevisedTargetCarriesItsValueBeforeOnItsOwnYear() throws Exception {
		List<List<String>> records = export(Samples.load(Samples.SOYAKU), "indicators");
		assertEquals("target_before", records.get(0).get(10));
		// 000-B: 「2025年度は当初設定していたアウトカム件数を30件から220件に変更」 (L2246-2248), its 2020 target never changed;
		// 000-C: 「2020年度 5 件 → 9 件」, 「2025年度 10 件 → 20 件」 (L3017-3019)
		List<List<String>> revised = records.stream().skip(1).filter(r -> r.size() > 10 && !r.get(10).isEmpty())
				.map(r -> List.of(r.get(0), r.get(4), r.get(5), r.get(10))).toList();
		assertEquals(List.of(List.of("B", "2025", "220", "30"), List.of("C", "2020", "9", "5"), List.of("C", "2025", "20", "10")), revised);
	}

	@Test
	void cellsOfAColumnPrintedAsPlannedArePlanned() throws Exception {
		List<List<String>> records = export(Samples.load(Samples.SAISEI), "budgets");
		// 002-B's 資金配分 prints 2022FY（予定） (L2349-2448): planned amounts, not actual ones
		List<List<String>> allocation = records.stream().filter(r -> r.get(0).equals("B") && r.get(1).equals("（２）資金配分")).toList();
		assertTrue(allocation.stream().anyMatch(r -> r.get(4).equals("2022")), allocation.toString());
		// except where a cell prints a word of its own (項目３ prints 「ー」)
		allocation.stream().filter(r -> r.get(4).equals("2022") && !r.get(5).isEmpty()).forEach(r -> assertEquals("PLANNED", r.get(6), r.toString()));
		allocation.stream().filter(r -> r.get(4).equals("2021") && !r.get(5).isEmpty()).forEach(r -> assertEquals("ACTUAL", r.get(6), r.toString()));
	}

	@Test
	void utf8WithAByteOrderMarkOnlyWhenAskedFor() throws Exception {
		EvaluationReport report = Samples.load(Samples.SAISEI);
		byte[] plain = Samples.bytes(new CsvExporter(), report, ExportOptions.DEFAULTS);
		byte[] withBom = Samples.bytes(new CsvExporter(), report, ExportOptions.DEFAULTS.with(CsvExporter.BOM, true));
		assertEquals('p', plain[0]);
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(withBom, 3));
		assertEquals(new String(plain, StandardCharsets.UTF_8), new String(withBom, 3, withBom.length - 3, StandardCharsets.UTF_8));
	}

	@Test
	void formulasAreNeutralisedAndSpecialCharactersQuoted() throws Exception {
		EvaluationReport report = Samples.load(Samples.SAISEI);
		String[] hostile = { "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "a,\"b\"\r\nc", "x\u0000y\u001b" };
		List<Project> projects = report.getProgram().getProjects();
		for (int i = 0; i < 3; i++) {
			projects.get(i).setLetterCode(hostile[i]);
		}
		List<List<String>> records = export(report, "averages");
		assertTrue(records.stream().anyMatch(r -> r.get(0).equals("'=cmd|' /C calc'!A0")), "an apostrophe makes the formula text");
		assertTrue(records.stream().anyMatch(r -> r.get(0).equals("'+1+1")));
		assertTrue(records.stream().anyMatch(r -> r.get(0).equals("'-2+3")));
		assertTrue(records.stream().skip(1).noneMatch(r -> "=+-@".indexOf(r.get(0).charAt(0)) >= 0));
	}

	@Test
	void quotedFieldsReadBackAsWritten() throws Exception {
		EvaluationReport report = Samples.load(Samples.SAISEI);
		String name = "再生医療, \"遺伝子治療\"\r\n第2行";
		report.getProgram().getOutputIndicators().get(0).setNameJa(name);
		List<List<String>> records = export(report, "indicators");
		assertTrue(records.stream().anyMatch(r -> r.get(1).equals(name)), "comma, quotes and line break survive");
	}

	private static List<EvaluationSubject> subjects(EvaluationReport report) {
		List<EvaluationSubject> subjects = new ArrayList<>();
		subjects.add(report.getProgram());
		subjects.addAll(report.getProgram().getProjects());
		return subjects;
	}
}
