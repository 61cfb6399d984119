package org.hyoka.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Organization;
import org.hyoka.model.base.Person;
import org.hyoka.model.base.RoleAssignment;
import org.hyoka.model.finance.AmountKind;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinanceFactory;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ProgramFactory;
import org.junit.jupiter.api.Test;

/** The report's wording that every format prints: amounts, leaders, the cover's date. */
class ReportTextTest {

	private static EvaluationReport sample(String name) throws IOException {
		return HyokaFiles.load(Path.of("../org.hyoka.samples/samples", name + ".hyoka"));
	}

	@Test
	void fiscalYearsPrintWithTheirEraYearAgainAndOutsideTheKeptYears() {
		assertEquals("2019年度（令和元年度）", ReportText.fiscalYear(2019));
		assertEquals("2019年度（令和元年度）", ReportText.fiscalYear(2019));
		assertEquals("1988年度（昭和63年度）", ReportText.fiscalYear(1988));
		assertEquals("1880年度（明治13年度）", ReportText.fiscalYear(1880));
		assertEquals("2200年度（令和182年度）", ReportText.fiscalYear(2200));
	}

	/** A table typed in the workbench is headed by the kind chosen for it, as one read from print by its printed kind. */
	@Test
	void aBudgetTableIsHeadedByItsTitleElseItsKindAsChosenOrPrinted() {
		BudgetTable table = FinanceFactory.eINSTANCE.createBudgetTable();
		assertEquals("予算額等", ReportText.budgetCaption(table));
		table.setKind(AmountKind.EXECUTED);
		assertEquals("予算額等（執行額）", ReportText.budgetCaption(table));
		table.setKindPrinted("執行額（実績）");
		assertEquals("予算額等（執行額（実績））", ReportText.budgetCaption(table));
		table.setTitlePrinted("（２）資金配分");
		assertEquals("（２）資金配分", ReportText.budgetCaption(table));
	}

	@Test
	void amountsHaveThousandsSeparators() {
		assertEquals("44,856", ReportText.amount(new BigDecimal("44856")));
		assertEquals("1,234,567.25", ReportText.amount(new BigDecimal("1234567.25")));
		assertEquals("-4,662", ReportText.amount(new BigDecimal("-4662")));
		assertEquals("979", ReportText.amount(new BigDecimal("979")));
		assertEquals("0.5", ReportText.amount(new BigDecimal("0.5")));
		assertEquals("", ReportText.amount(null));
	}

	/** A project not named yet, as a new evaluation's are, has no blank after its letter in headings and sheets. */
	@Test
	void aProjectIsTitledByItsLetterAndItsNameIfItHasOne() {
		Project project = ProgramFactory.eINSTANCE.createProject();
		project.setLetterCode("A");
		assertEquals("研究開発課題A", ReportText.subjectTitle(project));
		project.setNameJa("糖鎖利用による創薬基盤");
		assertEquals("研究開発課題A 糖鎖利用による創薬基盤", ReportText.subjectTitle(project));
	}

	@Test
	void aLeadersOrganizationIsNamedOnceWhenThePositionSaysItAlready() {
		Organization hokudai = BaseFactory.eINSTANCE.createOrganization();
		hokudai.setNameJa("北海道大学");
		Person maenaka = BaseFactory.eINSTANCE.createPerson();
		maenaka.setNameJa("前仲 勝美");
		RoleAssignment printedWithIt = leader(maenaka, hokudai, "プロジェクトリーダー", "北海道大学 教授");
		RoleAssignment printedAlone = leader(maenaka, hokudai, "PI", "教授");
		assertEquals("プロジェクトリーダー 前仲 勝美 北海道大学 教授\nPI 前仲 勝美 北海道大学 教授",
				ReportText.leaders(List.of(printedWithIt, printedAlone)));
	}

	@Test
	void theCoverDateIsTheLastMeetingElseTheFiscalYearEvaluated() throws IOException {
		assertEquals("2022年2月24日", ReportText.coverDate(sample("soyaku-kiban-2021")), "the written deliberation's resolution");
		assertEquals("2022年度（令和4年度）", ReportText.coverDate(sample("saisei-iryo-2022")), "no meetings printed");
		assertNull(ReportText.coverDate(HyokaFactory.eINSTANCE.createEvaluationReport()));
	}

	private static RoleAssignment leader(Person person, Organization organization, String role, String position) {
		RoleAssignment leader = BaseFactory.eINSTANCE.createRoleAssignment();
		leader.setPerson(person);
		leader.setOrganization(organization);
		leader.setRolePrinted(role);
		leader.setPositionText(position);
		return leader;
	}

	@Test
	void aTotalsRowLeftEmptyPrintsTheSumsOfTheLinesAndAStatedOnePrintsItself() {
		BudgetTable table = FinanceFactory.eINSTANCE.createBudgetTable();
		for (int year : new int[] { 2024, 2025 }) {
			FiscalYearColumn column = FinanceFactory.eINSTANCE.createFiscalYearColumn();
			column.setFiscalYear(year);
			table.getColumns().add(column);
			// as the editor makes them: a stated total per year, its amount not entered
			FiscalYearAmount total = FinanceFactory.eINSTANCE.createFiscalYearAmount();
			total.setFiscalYear(year);
			table.getStatedTotals().add(total);
		}
		for (String[] amounts : new String[][] { { "120", "150" }, { "30", "20" } }) {
			BudgetLine line = FinanceFactory.eINSTANCE.createBudgetLine();
			for (int at = 0; at < 2; at++) {
				FiscalYearAmount cell = FinanceFactory.eINSTANCE.createFiscalYearAmount();
				cell.setFiscalYear(2024 + at);
				cell.setAmount(new BigDecimal(amounts[at]));
				line.getCells().add(cell);
			}
			table.getLines().add(line);
		}
		assertEquals(List.of("合計（明細の合計）", "150", "170"), ReportText.totals(table));
		table.getStatedTotals().get(1).setAmount(new BigDecimal("171"));
		assertEquals(List.of("合計", "", "171"), ReportText.totals(table), "what the report states, even where it disagrees");
	}
}
