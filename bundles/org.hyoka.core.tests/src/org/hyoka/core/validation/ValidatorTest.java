package org.hyoka.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.hyoka.core.rules.Rule;
import org.hyoka.core.rules.RuleRegistry;
import org.hyoka.core.scoring.ScoringTest;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Money;
import org.hyoka.model.base.MoneyUnit;
import org.hyoka.model.base.Period;
import org.hyoka.model.base.Person;
import org.hyoka.model.base.SourceRef;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.Meeting;
import org.hyoka.model.evaluation.MeetingFormat;
import org.hyoka.model.evaluation.ScoreTable;
import org.hyoka.model.finance.AmountKind;
import org.hyoka.model.finance.AmountStatus;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinanceFactory;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ScheduledEvaluation;
import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.CalcFactor;
import org.hyoka.model.results.Calculation;
import org.hyoka.model.results.CostEffectiveness;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutputIndicator;
import org.hyoka.model.results.OutputItem;
import org.hyoka.model.results.ResultsFactory;
import org.hyoka.model.results.ResultsPackage;
import org.hyoka.model.results.TargetKind;
import org.junit.jupiter.api.Test;

class ValidatorTest {

	private final EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
	private final Program program = ProgramFactory.eINSTANCE.createProgram();
	private final Project project = ProgramFactory.eINSTANCE.createProject();

	ValidatorTest() {
		Resource resource = new ResourceImpl();
		resource.getContents().add(report);
		report.setProgram(program);
		program.setPeriod(period(2013, 2026, null));
		project.setLetterCode("A");
		project.setNameJa("糖鎖利用による革新的創薬技術開発");
		project.setPeriod(period(2016, 2020, null));
		program.getProjects().add(project);
	}

	@Test
	void aConsistentReportHasNoFindings() {
		schedule(EvaluationType.EX_ANTE, 2015);
		schedule(EvaluationType.INTERIM, 2019);
		schedule(EvaluationType.FINAL, 2021);
		BudgetTable table = table(AmountKind.ALLOCATION, false, new int[][] { { 2019, 600 }, { 2020, 400 } },
				new int[][] { { 2019, 300 }, { 2020, 200 } });
		total(table, 2019, 900);
		total(table, 2020, 600);
		Evaluation evaluation = evaluation(EvaluationType.FINAL, 2021);
		evaluation.setScoreTable(scores(new Integer[] { 3, 3, 2 }, "2.7"));
		committee(3, 1);
		assertEquals(Set.of(), codes(), messages());
	}

	@Test
	void findsScoresOutOfRangeWrongAveragesAndMissingNotes() {
		Evaluation evaluation = evaluation(EvaluationType.FINAL, 2021);
		ScoreTable table = scores(new Integer[] { 1, 3, 2, 3 }, "2.2");
		table.getRows().get(3).getScores().get(0).setValue(4);
		table.getRows().get(4).getScores().forEach(score -> score.setValue(1));
		table.getRows().get(4).setStatedAverage(new BigDecimal("1.0"));
		evaluation.setScoreTable(table);
		committee(3, 1);

		Set<String> codes = codes();
		assertTrue(codes.contains("HY-SC-01"), messages()); // score 4
		assertTrue(codes.contains("HY-SC-02"), messages()); // 2.25 is printed 2.3, not 2.2
		assertTrue(codes.contains("HY-SC-05"), messages()); // 4 columns, 3 members
		assertTrue(codes.contains("HY-SC-06"), messages()); // 1.0 without a note

		EvaluationComment note = EvaluationFactory.eINSTANCE.createEvaluationComment();
		note.setPolarity(CommentPolarity.NOTE);
		note.setItem(EvaluationItem.I4);
		evaluation.getComments().add(note);
		assertTrue(codes().contains("HY-SC-06"), "a note on another item explains nothing");
		note.getOtherItems().add(EvaluationItem.I5);
		assertFalse(codes().contains("HY-SC-06"), "one note printed for items 4 and 5 explains item 5");
		note.getOtherItems().clear();
		note.setItem(EvaluationItem.I5);
		assertFalse(codes().contains("HY-SC-06"), "a note on the item explains the low average");
	}

	@Test
	void saysThatEvaluatorsAreUnnamedWhenTheCommitteeListsOnlyItsChair() {
		Evaluation evaluation = evaluation(EvaluationType.FINAL, 2021);
		evaluation.setScoreTable(scores(new Integer[] { 3, 3, 2 }, "2.7"));
		committee(1, 1);
		Person chair = BaseFactory.eINSTANCE.createPerson();
		chair.setNameJa("三木 秀夫");
		report.getPersons().add(chair);
		report.getCommittee().getMembers().get(0).setPerson(chair);
		assertFalse(codes().contains("HY-SC-05"), messages());
		assertEquals(Diagnostic.INFO, severityOf("HY-SC-08"), messages());
		assertTrue(messages().contains("三木 秀夫"), messages());

		committee(2, 1); // a member besides the chair is listed: then the list is short
		assertEquals(Diagnostic.WARNING, severityOf("HY-SC-05"), messages());
		assertFalse(codes().contains("HY-SC-08"), messages());
	}

	@Test
	void findsMissingItemsAndUnevenColumns() {
		Evaluation evaluation = evaluation(EvaluationType.FINAL, 2021);
		ScoreTable table = scores(new Integer[] { 3, 3 }, "3.0");
		table.getRows().remove(6);
		table.getRows().get(0).getScores().remove(0);
		evaluation.setScoreTable(table);
		assertTrue(codes().containsAll(List.of("HY-SC-03", "HY-SC-04")), messages());
	}

	@Test
	void acceptsOffByOneSumsOnlyWhereTheFiguresAreRounded() {
		BudgetTable noted = table(AmountKind.ALLOCATION, true, new int[][] { { 2019, 500 } }, new int[][] { { 2019, 483 } });
		total(noted, 2019, 984); // cells add up to 983, as 000-A prints
		assertEquals(Diagnostic.INFO, severityOf("HY-BU-01"), messages());

		noted.setRoundingNote(false); // the printed unit 百万円 says the figures are rounded
		assertEquals(Diagnostic.INFO, severityOf("HY-BU-01"), messages());

		noted.setUnitInferred(true); // neither a unit nor a note printed, as 002's （２）資金配分: 百万円 read from the figures
		assertEquals(Diagnostic.INFO, severityOf("HY-BU-01"), messages());

		noted.unsetUnit(); // no unit at all: the figures read as exact
		noted.setUnitInferred(false);
		assertEquals(Diagnostic.ERROR, severityOf("HY-BU-01"), messages());

		noted.setUnit(MoneyUnit.YEN);
		noted.setUnitInferred(false);
		assertEquals(Diagnostic.ERROR, severityOf("HY-BU-01"), "amounts in 円 are exact: " + messages());

		noted.setUnit(MoneyUnit.HYAKUMAN_YEN);
		noted.setRoundingNote(true);
		total(noted, 2019, 985);
		noted.getStatedTotals().remove(0);
		assertEquals(Diagnostic.ERROR, severityOf("HY-BU-01"),
				"2 off is beyond the rounding of two cells and their total, 1.5: " + messages());
		// typed values have no printed lines: the message leaves their place out
		assertTrue(messages().contains("the fiscal year 2019 total is printed as 985, but its cells add up to 983."), messages());
		noted.getSources().add(source(41));
		assertTrue(messages().contains("the fiscal year 2019 total is printed as 985 (L41), but its cells add up to 983 (L41)."), messages());
	}

	@Test
	void findsContractsAboveTheBudgetWhenTheGrandTotalIsADash() {
		BudgetTable table = table(AmountKind.CONTRACT, false);
		table.setUnit(MoneyUnit.OKU_YEN);
		table.setKindPrinted("契約額");
		table.setGrandTotalLabelPrinted("総契約額");
		table.setGrandTotalStatus(AmountStatus.NOT_APPLICABLE);
		table.setStatedBudgetTotal(new BigDecimal("85.2"));
		for (String amount : new String[] { "13.0", "48.6", "14.5", "25.9" }) {
			totalDecimal(table, 2018 + table.getStatedTotals().size(), amount);
		}
		assertTrue(messages().contains("the total 102.0 (the yearly 契約額 added up; 総契約額 is printed without a number) exceeds"),
				messages()); // 002-B
		table.getStatedTotals().get(1).setAmount(new BigDecimal("12.6"));
		assertFalse(codes().contains("HY-BU-04"), "66.0 is within 85.2: " + messages());
	}

	@Test
	void comparesTheNationalCostWithTheTotalItsBasisNames() {
		CostEffectiveness cost = ResultsFactory.eINSTANCE.createCostEffectiveness();
		cost.setStatedAsTotal(true);
		cost.setNationalCostBasis("予算額ベース");
		Money stated = BaseFactory.eINSTANCE.createMoney();
		stated.setAmount(new BigDecimal("248"));
		stated.setUnit(MoneyUnit.OKU_YEN);
		stated.setPrinted("総額約 248 億円");
		cost.setNationalCost(stated);
		project.setCostEffectiveness(cost);
		BudgetTable executed = table(AmountKind.EXECUTED, false);
		executed.setKindPrinted("執行額");
		executed.setGrandTotalLabelPrinted("総執行額");
		executed.setStatedGrandTotal(new BigDecimal("20601"));
		executed.setStatedBudgetTotal(new BigDecimal("24762"));
		assertFalse(codes().contains("HY-BU-10"), "a budget-basis cost is compared with 総予算額 24,762百万円: " + messages());

		cost.setNationalCostBasis(null); // money spent: against 総執行額
		assertTrue(messages().contains("stated as 総額約 248 億円, but Budget table 執行額 prints 総執行額 20601 百万円."), messages());

		cost.setNationalCostBasis("国費総額見込み");
		stated.setAmount(new BigDecimal("249"));
		assertTrue(codes().contains("HY-BU-10"), "247.62億円 is 248, not 249, at three digits: " + messages());
		stated.setAmount(new BigDecimal("200")); // 約 200億円: 247.62 rounds to 200 at one digit
		assertFalse(codes().contains("HY-BU-10"), messages());
	}

	@Test
	void findsRowTotalsContractOverBudgetAndStatusWords() {
		BudgetTable table = table(AmountKind.CONTRACT, false, new int[][] { { 2019, 10 }, { 2020, 20 } });
		table.getLines().get(0).setStatedRowTotal(new BigDecimal("31"));
		table.setStatedGrandTotal(new BigDecimal("54.0"));
		table.setStatedBudgetTotal(new BigDecimal("48.8"));
		FiscalYearAmount working = FinanceFactory.eINSTANCE.createFiscalYearAmount();
		working.setFiscalYear(2020);
		working.setStatus(AmountStatus.IN_EXECUTION);
		working.setAmount(new BigDecimal("5"));
		table.getStatedTotals().add(working);
		Set<String> codes = codes();
		assertTrue(codes.containsAll(List.of("HY-BU-02", "HY-BU-04", "HY-BU-06")), messages());
	}

	@Test
	void aTotalLeftBlankIsNoContradictionButABlankMarkedActualIs() {
		BudgetTable table = table(AmountKind.CONTRACT, false, new int[][] { { 2019, 10 } });
		FiscalYearAmount blank = FinanceFactory.eINSTANCE.createFiscalYearAmount();
		blank.setFiscalYear(2019); // as the editor adds a year: a total with neither number nor status yet
		table.getStatedTotals().add(blank);
		assertFalse(codes().contains("HY-BU-06"), messages());
		blank.setStatusPrinted("実績"); // 実績 printed with no number
		assertTrue(codes().contains("HY-BU-06"), messages());
	}

	@Test
	void findsTablesOfOneProjectThatDisagreeAcrossUnits() {
		BudgetTable contract = table(AmountKind.CONTRACT, false);
		contract.setUnit(MoneyUnit.OKU_YEN);
		totalDecimal(contract, 2019, "48.6");
		BudgetTable allocation = table(AmountKind.ALLOCATION, false);
		total(allocation, 2019, 1269); // 002-B: 48.6億円 vs 1,269百万円
		assertTrue(codes().contains("HY-BU-08"), messages());
		allocation.getStatedTotals().get(0).setAmount(new BigDecimal("4862"));
		assertFalse(codes().contains("HY-BU-08"), "within 0.05億円 the two agree: " + messages());
	}

	@Test
	void checksThatTheFactorsOfACalculationGiveItsResult() {
		CostEffectiveness cost = ResultsFactory.eINSTANCE.createCostEffectiveness();
		project.setCostEffectiveness(cost);
		Calculation approximate = calculation(cost, "80", MoneyUnit.OKU_YEN, factor("13", "億円"), factor("6", "年"));
		Calculation wrong = calculation(cost, "1.04", MoneyUnit.CHO_YEN, factor("248", "億円"), factor("50", "倍"));
		calculation(cost, "92.4", MoneyUnit.OKU_YEN, factor("1200000", "g/y"), factor("50", "$/g"), factor("110", "¥/$"));
		List<Diagnostic> found = validate().getChildren().stream().filter(d -> "HY-BU-11".equals(code(d))).toList();
		assertEquals(1, found.size(), messages()); // 78 is 約 80; nothing says which amount g × $/g × ¥/$ is
		assertEquals(wrong, found.get(0).getData().get(0));
		assertTrue(found.get(0).getMessage().contains("1.24"), found.get(0).getMessage());

		approximate.getStatedResult().setAmount(new BigDecimal("80.0")); // printed to a tenth, 78 is wrong
		assertEquals(2, validate().getChildren().stream().filter(d -> "HY-BU-11".equals(code(d))).count(), messages());
	}

	private static Calculation calculation(CostEffectiveness cost, String result, MoneyUnit unit, CalcFactor... factors) {
		Calculation calculation = ResultsFactory.eINSTANCE.createCalculation();
		calculation.getFactors().addAll(List.of(factors));
		Money stated = BaseFactory.eINSTANCE.createMoney();
		stated.setAmount(new BigDecimal(result));
		stated.setUnit(unit);
		calculation.setStatedResult(stated);
		cost.getCalculations().add(calculation);
		return calculation;
	}

	private static CalcFactor factor(String value, String unit) {
		CalcFactor factor = ResultsFactory.eINSTANCE.createCalcFactor();
		factor.setValue(new BigDecimal(value));
		factor.setUnit(unit);
		return factor;
	}

	@Test
	void findsProgramsSpendingLessThanTheirProjects() {
		BudgetTable own = FinanceFactory.eINSTANCE.createBudgetTable();
		own.setKind(AmountKind.EXECUTED);
		own.setUnit(MoneyUnit.HYAKUMAN_YEN);
		program.getBudgetTables().add(own);
		total(own, 2019, 5000);
		BudgetTable projectTable = table(AmountKind.EXECUTED, false);
		total(projectTable, 2019, 5513);
		assertTrue(codes().contains("HY-BU-05"), messages());
		own.getStatedTotals().get(0).setAmount(new BigDecimal("5594"));
		assertFalse(codes().contains("HY-BU-05"), messages());
	}

	@Test
	void findsYearLabelsDurationsAndPeriodsThatDisagree() {
		project.getPeriod().setStartPrinted("2016年度（H29）");
		project.getPeriod().setDurationYearsPrinted(4);
		Project late = ProgramFactory.eINSTANCE.createProject();
		late.setLetterCode("A");
		late.setPeriod(period(2020, 2028, null));
		program.getProjects().add(late);
		Set<String> codes = codes();
		assertTrue(codes.containsAll(List.of("HY-YR-01", "HY-YR-03", "HY-YR-04", "HY-ST-01")), messages());
	}

	@Test
	void appliesTheMetiGuidelineOnEvaluationTiming() {
		project.setPeriod(period(2018, 2023, null));
		schedule(EvaluationType.INTERIM, 2024);
		BudgetTable table = table(AmountKind.EXECUTED, false);
		table.setStatedBudgetTotal(new BigDecimal("8520"));
		Set<String> codes = codes();
		assertTrue(codes.contains("HY-EV-01"), messages()); // interim after the end
		assertTrue(codes.contains("HY-EV-03"), messages()); // 85億円 without ex-ante evaluation

		project.getEvaluationSchedule().clear();
		table.setStatedBudgetTotal(new BigDecimal("900"));
		codes = codes();
		assertTrue(codes.contains("HY-EV-02"), messages()); // six years without interim evaluation
		assertFalse(codes.contains("HY-EV-03"), "no ex-ante evaluation is required under 10億円: " + messages());

		evaluation(EvaluationType.INTERIM, 2021);
		assertFalse(codes().contains("HY-EV-02"), "the file is the project's interim evaluation: " + messages());
	}

	/**
	 * ScheduleRules finds a project's own evaluations through an index of the report made once per run and shared
	 * by the threads: each project must get its own, of the right type, and a second run must see the model as it
	 * is then. Enough projects for several batches of parallel work.
	 */
	@Test
	void eachProjectIsJudgedByItsOwnEvaluationsInEveryRun() {
		project.setPeriod(period(2016, 2021, null)); // six years: an interim evaluation is due
		List<Project> projects = new ArrayList<>(List.of(project));
		for (int p = 1; p < 300; p++) {
			Project other = ProgramFactory.eINSTANCE.createProject();
			other.setLetterCode("P" + p);
			other.setNameJa("事業" + p);
			other.setPeriod(period(2016, 2021, null));
			program.getProjects().add(other);
			projects.add(other);
		}
		for (int p = 0; p < projects.size(); p++) {
			Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
			evaluation.setTarget(projects.get(p));
			// every third project has its interim evaluation in the file; the others a final one, which does not count
			evaluation.setType(p % 3 == 0 ? EvaluationType.INTERIM : EvaluationType.FINAL);
			evaluation.setFiscalYear(2022);
			report.getEvaluations().add(evaluation);
		}
		List<String> due = projects.stream().filter(p -> projects.indexOf(p) % 3 != 0).map(Project::getLetterCode).toList();
		assertEquals(due, interimMissing(Validation.validate(report)));
		assertEquals(due, interimMissing(Validation.diagnostician().validate(report)), "one thread, the diagnostician's context");

		report.getEvaluations().get(1).setType(EvaluationType.INTERIM);
		assertEquals(due.subList(1, due.size()), interimMissing(Validation.validate(report)), "the next run sees the change");
	}

	/** The letter codes of the projects found without their interim evaluation. */
	private static List<String> interimMissing(Diagnostic diagnostic) {
		return diagnostic.getChildren().stream().filter(d -> "HY-EV-02".equals(code(d))).map(d -> ((Project) d.getData().get(0)).getLetterCode())
				.toList();
	}

	/** The finding words the types as the user's language does and an unprinted entry of the schedule as a report does. */
	@Test
	void findsEvaluationsOutsideTheSchedule() {
		schedule(EvaluationType.INTERIM, 2019);
		evaluation(EvaluationType.INTERIM, 2020);
		assertTrue(codes().contains("HY-EV-04"), messages());
		Locale previous = Locale.getDefault();
		try {
			Locale.setDefault(Locale.ENGLISH);
			assertTrue(messages().contains("the interim evaluation in 2020 is not in the evaluation schedule of what it evaluates"
					+ " (中間評価：2019年度（令和元年度）)."), messages());
			Locale.setDefault(Locale.JAPANESE);
			assertTrue(messages().contains("2020年度の中間評価が、評価対象の評価時期（中間評価：2019年度（令和元年度））に記載されていません。"),
					messages());
		} finally {
			Locale.setDefault(previous);
		}
	}

	@Test
	void checksIndicatorStatusRateOrderAndCumulativeTargets() {
		OutputIndicator indicator = cumulativeIndicator();
		IndicatorTarget interim = target(TargetKind.INTERIM, 2020, "20", "15");
		interim.setStatus(AchievementStatus.ACHIEVED);
		interim.setAchievementRatePrinted(new BigDecimal("70"));
		IndicatorTarget last = target(TargetKind.FINAL, 2019, "10", null);
		IndicatorTarget later = target(TargetKind.YEARLY, 2020, "12", null);
		indicator.getTargets().addAll(List.of(interim, last, later));
		Set<String> codes = codes();
		assertTrue(codes.containsAll(List.of("HY-IN-01", "HY-IN-02", "HY-IN-03", "HY-IN-04")), messages());

		interim.setStatus(AchievementStatus.NOT_ACHIEVED);
		interim.setAchievementRatePrinted(new BigDecimal("75")); // 15/20 = 75%
		last.setFiscalYear(2021);
		last.setTargetValue(new BigDecimal("30"));
		later.setTargetValue(new BigDecimal("25"));
		Set<String> indicatorCodes = codes().stream().filter(code -> code.startsWith("HY-IN")).collect(Collectors.toSet());
		assertEquals(Set.of("HY-IN-09"), indicatorCodes, messages()); // 2021 is after the project's end
	}

	@Test
	void comparesEveryFacetOfASummaryRowWithTheProjectRow() {
		OutputIndicator detail = cumulativeIndicator();
		detail.setNameJa("QbD による再生医療等製品製造工程の確立数");
		detail.getTargets().add(target(TargetKind.INTERIM, 2021, "1", "2"));
		OutputIndicator summary = ResultsFactory.eINSTANCE.createOutputIndicator();
		summary.setSummarizes(detail);
		summary.getTargets().add(target(TargetKind.INTERIM, 2022, "1", "1"));
		program.getOutputIndicators().add(summary);
		assertTrue(messages().contains("the program table prints interim 2022: 1 / 1 (target / actual), but the project table of "
				+ "Output indicator QbD による再生医療等製品製造工程の確立数 prints interim 2021: 1 / 2 (target / actual)"), messages()); // 002-C

		summary.getTargets().get(0).setFiscalYear(2021);
		summary.getTargets().get(0).setActualValue(new BigDecimal("2"));
		assertFalse(codes().contains("HY-IN-06"), messages());

		summary.getTargets().get(0).setActualAsOf("2020年度末時点");
		detail.getTargets().get(0).setActualAsOf("2022年末時点");
		assertTrue(messages().contains("as of 2020年度末時点, but") && messages().contains("as of 2022年末時点."), messages()); // 002-B
		summary.getTargets().get(0).setActualAsOf("2022年 12月末時点");
		assertFalse(codes().contains("HY-IN-06"), "the end of 2022, printed two ways: " + messages());
	}

	@Test
	void countsEachListOfOutputsAgainstItsOwnTarget() {
		OutputIndicator indicator = cumulativeIndicator();
		IndicatorTarget interim = target(TargetKind.INTERIM, 2019, "5", "6");
		IndicatorTarget last = target(TargetKind.FINAL, 2020, "12", "13");
		indicator.getTargets().addAll(List.of(interim, last));
		for (int i = 0; i < 19; i++) {
			OutputItem item = ResultsFactory.eINSTANCE.createOutputItem();
			item.setLabel("item " + i);
			item.setTarget(i < 6 ? interim : last);
			indicator.getBreakdown().add(item);
		}
		assertFalse(codes().contains("HY-IN-07"), "6 items for the interim target, 13 for the final one (002-A): " + messages());

		indicator.getBreakdown().remove(0);
		assertTrue(messages().contains("the target interim 2019: 5 / 6 (target / actual) has the actual value 6, but 5 items are listed for it."),
				messages());

		indicator.getBreakdown().forEach(item -> item.setTarget(null)); // examples (アウトプットの事例), as 000-B prints one
		assertFalse(codes().contains("HY-IN-07"), messages());
	}

	@Test
	void findsCumulativeActualsThatFall() {
		OutputIndicator indicator = cumulativeIndicator();
		IndicatorTarget first = target(TargetKind.INTERIM, 2018, "5", "6");
		first.setActualAsOf("2018年度末時点");
		IndicatorTarget second = target(TargetKind.FINAL, 2020, "10", "4");
		second.setActualAsOf("令和2年12月末時点");
		indicator.getTargets().addAll(List.of(second, first));
		assertTrue(messages().contains("from 6 (2018年度末時点) to 4 (令和2年12月末時点)"), messages());
		second.getSources().add(source(1730));
		assertTrue(messages().contains("from 6 (2018年度末時点) to 4 (令和2年12月末時点, L1730)"), "only the printed one has its line: " + messages());

		second.setActualValue(new BigDecimal("9"));
		assertFalse(codes().contains("HY-IN-11"), messages());
		indicator.setCumulative(false); // counts per year may fall
		second.setActualValue(new BigDecimal("4"));
		assertFalse(codes().contains("HY-IN-11"), messages());
	}

	@Test
	void findsNotesOnScoresBelowTwoThatTheTableContradicts() {
		Evaluation evaluation = evaluation(EvaluationType.FINAL, 2021);
		evaluation.setScoreTable(scores(new Integer[] { 3, 2, 2 }, "2.3"));
		EvaluationComment note = EvaluationFactory.eINSTANCE.createEvaluationComment();
		note.setPolarity(CommentPolarity.NOTE);
		note.setItem(EvaluationItem.I4);
		note.setText("「４.事業アウトカムの妥当性」では、…という意見から、評点が２点未満になっている。");
		evaluation.getComments().add(note);
		assertEquals(Diagnostic.WARNING, severityOf("HY-SC-09"), messages());
		assertEquals(1, validate().getChildren().stream().filter(d -> "HY-SC-09".equals(code(d))).count());

		evaluation.getScoreTable().getRows().get(3).getScores().forEach(score -> score.setValue(1));
		evaluation.getScoreTable().getRows().get(3).setStatedAverage(new BigDecimal("1.0"));
		assertFalse(codes().contains("HY-SC-09"), messages());
		assertFalse(codes().contains("HY-SC-06"), "the note explains the low average: " + messages());
	}

	@Test
	void checksTheCommitteeAndItsMeetings() {
		committee(5, 2);
		Meeting first = meeting(1, LocalDate.of(2022, 1, 20), "木");
		Meeting second = meeting(2, LocalDate.of(2022, 2, 24), "水");
		second.setFormat(MeetingFormat.WRITTEN);
		second.setPeriodStart(LocalDate.of(2022, 2, 21));
		second.setPeriodEnd(LocalDate.of(2022, 2, 24));
		second.setResolutionDate(LocalDate.of(2022, 2, 25));
		report.getCommittee().getMeetings().addAll(List.of(first, second));
		report.getCommittee().setScoreSheetDeadline(LocalDate.of(2022, 3, 1));
		Set<String> codes = codes();
		assertTrue(codes.containsAll(List.of("HY-CM-01", "HY-CM-03", "HY-CM-04", "HY-CM-05")), messages());
		assertTrue(messages().contains("2022-02-24 is printed as (水) but is a 木曜日"), messages());
		assertFalse(messages().contains("2022-01-20 is printed"), "Thursday 20 January 2022 is printed correctly");
	}

	@Test
	void meetingsOutOfOrderNameWhereEachDateWasPrinted() {
		committee(5, 1);
		Meeting first = meeting(1, LocalDate.of(2022, 2, 24), "木");
		Meeting second = meeting(2, LocalDate.of(2022, 1, 20), "木");
		first.getSources().add(source(120));
		second.getSources().add(source(135));
		report.getCommittee().getMeetings().addAll(List.of(first, second));
		report.getCommittee().setScoreSheetDeadline(LocalDate.of(2022, 3, 1));
		report.getCommittee().getSources().add(source(110));
		assertTrue(messages().contains("starts on 2022-01-20 (L135), not after the previous meeting, which ends on 2022-02-24 (L120)"),
				messages());
		assertTrue(messages().contains("the score sheet deadline 2022-03-01 (L110) is not between the first meeting on 2022-02-24 (L120)"
				+ " and the second on 2022-01-20 (L135)"), messages());
	}

	@Test
	void committeeFindingsNameTheFeatureToFocus() {
		committee(3, 0);
		Meeting first = meeting(1, LocalDate.of(2022, 1, 20), "木");
		Meeting misnumbered = meeting(3, LocalDate.of(2022, 2, 24), "水");
		report.getCommittee().getMeetings().addAll(List.of(first, misnumbered));
		Diagnostic order = finding("HY-CM-02");
		assertEquals(misnumbered, order.getData().get(0));
		assertEquals(EvaluationPackage.Literals.MEETING__ORDINAL, Rule.feature(order).orElseThrow());
		assertEquals(EvaluationPackage.Literals.EVALUATION_COMMITTEE__MEMBERS, Rule.feature(finding("HY-CM-01")).orElseThrow());
		// the date printed with another weekday
		assertFocuses("HY-CM-04", misnumbered, EvaluationPackage.Literals.MEETING__DATE);
		// a rule about the committee as a whole names no feature
		report.getCommittee().setScoreSheetDeadline(LocalDate.of(2022, 3, 1));
		assertTrue(Rule.feature(finding("HY-CM-05")).isEmpty(), "HY-CM-05 names the committee only");
	}

	@Test
	void budgetAndScoreFindingsNameTheCellOfTheObjectTheyAreAbout() {
		BudgetTable table = table(AmountKind.ALLOCATION, false, new int[][] { { 2019, 500 }, { 2020, 300 } },
				new int[][] { { 2019, 400 }, { 2020, 300 } });
		total(table, 2019, 900);
		total(table, 2020, 700); // the cells add up to 600
		Diagnostic sum = finding("HY-BU-01");
		assertEquals(table, sum.getData().get(0), "the finding is the table's");
		assertEquals(FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT, Rule.feature(sum).orElseThrow());
		assertEquals(table.getStatedTotals().get(1), Rule.holder(sum).orElseThrow(), "its field is the printed total of 2020");

		Evaluation evaluation = evaluation(EvaluationType.FINAL, 2021);
		evaluation.setScoreTable(scores(new Integer[] { 1, 3, 2 }, "2.0"));
		EvaluatorScore four = evaluation.getScoreTable().getRows().get(2).getScores().get(1);
		four.setValue(4);
		Diagnostic range = finding("HY-SC-01");
		assertEquals(evaluation.getScoreTable().getRows().get(2), range.getData().get(0));
		assertEquals(EvaluationPackage.Literals.EVALUATOR_SCORE__VALUE, Rule.feature(range).orElseThrow());
		assertEquals(four, Rule.holder(range).orElseThrow());
		// a finding whose field is its own object's: that object holds it
		Diagnostic average = finding("HY-SC-02");
		assertEquals(average.getData().get(0), Rule.holder(average).orElseThrow());
	}

	@Test
	void lettersPeriodsIndicatorValuesAndMeetingDatesNameTheFeatureToFocus() {
		Project twin = ProgramFactory.eINSTANCE.createProject();
		twin.setLetterCode("A");
		program.getProjects().add(twin);
		project.setPeriod(period(2020, 2016, null));
		OutputIndicator indicator = ResultsFactory.eINSTANCE.createOutputIndicator();
		IndicatorTarget target = ResultsFactory.eINSTANCE.createIndicatorTarget();
		target.setTargetValue(new BigDecimal("10"));
		target.setActualValue(new BigDecimal("-1"));
		indicator.getTargets().add(target);
		project.getOutputIndicators().add(indicator);
		committee(3, 0);
		Meeting first = meeting(1, LocalDate.of(2022, 2, 24), "木");
		Meeting earlier = meeting(2, LocalDate.of(2022, 1, 20), "木");
		report.getCommittee().getMeetings().addAll(List.of(first, earlier));

		assertFocuses("HY-ST-01", twin, ProgramPackage.Literals.PROJECT__LETTER_CODE);
		assertFocuses("HY-YR-02", project, ProgramPackage.Literals.EVALUATION_SUBJECT__PERIOD);
		// the negative one of the two values
		assertFocuses("HY-IN-08", target, ResultsPackage.Literals.INDICATOR_TARGET__ACTUAL_VALUE);
		assertFocuses("HY-CM-06", earlier, EvaluationPackage.Literals.MEETING__DATE);
	}

	/** The rule's finding is about the object and names the feature to focus. */
	private void assertFocuses(String code, EObject object, EStructuralFeature feature) {
		Diagnostic finding = finding(code);
		assertEquals(object, finding.getData().get(0), code);
		assertEquals(feature, Rule.feature(finding).orElseThrow(), code);
	}

	private Diagnostic finding(String code) {
		return validate().getChildren().stream().filter(d -> code.equals(code(d))).findFirst().orElseThrow(() -> new AssertionError(code + ": " + messages()));
	}

	private static SourceRef source(int line) {
		SourceRef source = BaseFactory.eINSTANCE.createSourceRef();
		source.setLine(line);
		return source;
	}

	@Test
	void reportsReferencesToObjectsOutsideTheFile() {
		Evaluation evaluation = evaluation(EvaluationType.FINAL, 2021);
		evaluation.setTarget(ProgramFactory.eINSTANCE.createProject());
		assertTrue(codes().contains("HY-ST-02"), messages());
	}

	@Test
	void parallelValidationReportsWhatSequentialValidationReportsInTheSameOrder() throws IOException {
		EvaluationReport sample = HyokaFiles.load(Path.of("../org.hyoka.samples/samples/soyaku-kiban-2021.hyoka"));
		List<String> sequential = messagesOf(Validation.diagnostician().validate(sample));
		assertTrue(sequential.size() > 5, sequential::toString);
		assertEquals(sequential, messagesOf(Validation.validate(sample, 0)), "the whole report as one unit");
		assertEquals(sequential, messagesOf(Validation.validate(sample, Integer.MAX_VALUE)), "every object alone");
		assertEquals(sequential, messagesOf(Validation.validate(sample)));
	}

	private static List<String> messagesOf(Diagnostic diagnostic) {
		return diagnostic.getChildren().stream().map(d -> d.getSeverity() + " " + d.getMessage()).toList();
	}

	@Test
	void aModelWithoutResourceIsJudgedByItsRoot() {
		Evaluation evaluation = evaluation(EvaluationType.FINAL, 2021);
		report.eResource().getContents().clear();
		assertFalse(codes().contains("HY-ST-02"), messages());
		evaluation.setTarget(ProgramFactory.eINSTANCE.createProject());
		assertTrue(codes().contains("HY-ST-02"), messages());
	}

	@Test
	void messagesNameTheObjectInEnglishAndJapanese() {
		project.getPeriod().setDurationYearsPrinted(4);
		Locale previous = Locale.getDefault();
		try {
			Locale.setDefault(Locale.ENGLISH);
			assertTrue(messages().contains("Project A 糖鎖利用による革新的創薬技術開発: the period 2016–2020 is 5 years, but 4 years are printed."), messages());
			Locale.setDefault(Locale.JAPANESE);
			assertTrue(messages().contains("プロジェクト A 糖鎖利用による革新的創薬技術開発：期間 2016〜2020 は 5 年間ですが、4 年間と記載されています。"), messages());
		} finally {
			Locale.setDefault(previous);
		}
	}

	@Test
	void everyRuleHasAStableCodeAndMessagesInBothLanguages() {
		List<Rule> rules = RuleRegistry.builtIn().rules();
		Set<String> codes = new HashSet<>();
		Set<Integer> numbers = new HashSet<>();
		Locale previous = Locale.getDefault();
		try {
			for (Rule rule : rules) {
				assertTrue(codes.add(rule.code()), rule.code());
				assertTrue(numbers.add(rule.number()), rule.code());
				Locale.setDefault(Locale.ENGLISH);
				String english = rule.message("X"); //$NON-NLS-1$
				Locale.setDefault(Locale.JAPANESE);
				String japanese = rule.message("X"); //$NON-NLS-1$
				assertTrue(english.startsWith("X") && japanese.startsWith("X"), rule.code()); //$NON-NLS-1$ //$NON-NLS-2$
				assertNotEquals(english, japanese, rule.code());
			}
		} finally {
			Locale.setDefault(previous);
		}
		assertTrue(rules.size() >= 25, "at least 25 rules");
	}

	// ----- helpers

	private Diagnostic validate() {
		return Validation.validate(report);
	}

	private Set<String> codes() {
		return validate().getChildren().stream().flatMap(d -> Rule.of(d).stream()).map(Rule::code).collect(Collectors.toSet());
	}

	private static String code(Diagnostic diagnostic) {
		return Rule.of(diagnostic).map(Rule::code).orElse(null);
	}

	private int severityOf(String code) {
		return validate().getChildren().stream().filter(d -> Rule.of(d).map(Rule::code).filter(code::equals).isPresent())
				.mapToInt(Diagnostic::getSeverity).max().orElse(-1);
	}

	private String messages() {
		return validate().getChildren().stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n"));
	}

	private static Period period(int start, int end, Integer printedDuration) {
		Period period = BaseFactory.eINSTANCE.createPeriod();
		period.setStartFY(start);
		period.setEndFY(end);
		period.setDurationYearsPrinted(printedDuration);
		return period;
	}

	private void schedule(EvaluationType type, int year) {
		ScheduledEvaluation entry = ProgramFactory.eINSTANCE.createScheduledEvaluation();
		entry.setType(type);
		entry.setFiscalYear(year);
		project.getEvaluationSchedule().add(entry);
	}

	private BudgetTable table(AmountKind kind, boolean roundingNote, int[][]... lines) {
		BudgetTable table = FinanceFactory.eINSTANCE.createBudgetTable();
		table.setKind(kind);
		table.setUnit(MoneyUnit.HYAKUMAN_YEN);
		table.setRoundingNote(roundingNote);
		for (int[][] cells : lines) {
			BudgetLine line = FinanceFactory.eINSTANCE.createBudgetLine();
			for (int[] cell : cells) {
				line.getCells().add(amount(cell[0], new BigDecimal(cell[1])));
			}
			table.getLines().add(line);
		}
		project.getBudgetTables().add(table);
		return table;
	}

	private static void total(BudgetTable table, int year, int amount) {
		table.getStatedTotals().add(amount(year, new BigDecimal(amount)));
	}

	private static void totalDecimal(BudgetTable table, int year, String amount) {
		table.getStatedTotals().add(amount(year, new BigDecimal(amount)));
	}

	private static FiscalYearAmount amount(int year, BigDecimal value) {
		FiscalYearAmount cell = FinanceFactory.eINSTANCE.createFiscalYearAmount();
		cell.setFiscalYear(year);
		cell.setAmount(value);
		cell.setStatus(AmountStatus.ACTUAL);
		return cell;
	}

	private Evaluation evaluation(EvaluationType type, int year) {
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
		evaluation.setTarget(project);
		evaluation.setType(type);
		evaluation.setFiscalYear(year);
		report.getEvaluations().add(evaluation);
		return evaluation;
	}

	private static ScoreTable scores(Integer[] row, String average) {
		ScoreTable table = EvaluationFactory.eINSTANCE.createScoreTable();
		for (EvaluationItem item : List.of(EvaluationItem.I1, EvaluationItem.I2, EvaluationItem.I3, EvaluationItem.I4,
				EvaluationItem.I5, EvaluationItem.I6, EvaluationItem.I7)) {
			var itemScore = ScoringTest.row(item, row);
			itemScore.setStatedAverage(new BigDecimal(average));
			table.getRows().add(itemScore);
		}
		return table;
	}

	private void committee(int members, int chairs) {
		report.setCommittee(EvaluationFactory.eINSTANCE.createEvaluationCommittee());
		for (int i = 0; i < members; i++) {
			CommitteeMember member = EvaluationFactory.eINSTANCE.createCommitteeMember();
			member.setRole(i < chairs ? CommitteeRole.CHAIR : CommitteeRole.MEMBER);
			report.getCommittee().getMembers().add(member);
		}
	}

	private static Meeting meeting(int ordinal, LocalDate date, String weekday) {
		Meeting meeting = EvaluationFactory.eINSTANCE.createMeeting();
		meeting.setOrdinal(ordinal);
		meeting.setDate(date);
		meeting.setWeekdayPrinted(weekday);
		meeting.setFormat(MeetingFormat.MEETING);
		return meeting;
	}

	private OutputIndicator cumulativeIndicator() {
		OutputIndicator indicator = ResultsFactory.eINSTANCE.createOutputIndicator();
		indicator.setCumulative(true);
		project.getOutputIndicators().add(indicator);
		return indicator;
	}

	private static IndicatorTarget target(TargetKind kind, int year, String target, String actual) {
		IndicatorTarget t = ResultsFactory.eINSTANCE.createIndicatorTarget();
		t.setKind(kind);
		t.setFiscalYear(year);
		t.setTargetValue(new BigDecimal(target));
		t.setActualValue(actual == null ? null : new BigDecimal(actual));
		return t;
	}
}
