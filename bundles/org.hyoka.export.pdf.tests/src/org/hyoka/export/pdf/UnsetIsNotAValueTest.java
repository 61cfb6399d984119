package org.hyoka.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.csv.CsvExporter;
import org.hyoka.export.docx.DocxExporter;
import org.hyoka.export.html.HtmlExporter;
import org.hyoka.export.xlsx.XlsxExporter;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.RoleAssignment;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.evaluation.Recommendation;
import org.hyoka.model.evaluation.ScoreTable;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinanceFactory;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.Project;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.ResultsFactory;
import org.junit.jupiter.api.Test;

/**
 * Unset is not a value (#45): a report with one object of each class the editor's pages create and every attribute
 * of them left unset. For each enum and number attribute, the exports (HTML, DOCX, PDF text, CSV of every table,
 * XLSX) of three reports are compared: the attribute unset, set to its first literal (or 0), and set to another
 * literal (or 7). Where the last two print differently the format prints the attribute, and then the unset one must
 * not print like the first literal or 0: that would show a value the report never gave.
 */
class UnsetIsNotAValueTest {

	/**
	 * Attributes whose unset value is still printed as the first literal or 0 in some format, each with the reason
	 * (the test fails when one is no longer, so that the list stays true). An attribute that
	 * is not unsettable cannot tell "not stated" from its default: it needs a file-format revision that makes it
	 * unsettable and reads older files' missing attribute as the default (as format 1.4 did for an evaluation's type).
	 */
	private static final Set<EAttribute> KNOWN = Set.of(
			// an int: a cell always has a year, 0 when none was entered
			FinancePackage.Literals.FISCAL_YEAR_AMOUNT__FISCAL_YEAR,
			// an int: a score's column, 0 when none was entered, places the score under the first member
			EvaluationPackage.Literals.EVALUATOR_SCORE__COLUMN);

	/** Attributes whose first literal is printed as nothing, so that unset and first print alike rightly. */
	private static final Set<EAttribute> FIRST_PRINTS_NOTHING = Set.of(
			// 実績: the reports print actual amounts without a word, so the grand total's status prints none either
			FinancePackage.Literals.BUDGET_TABLE__GRAND_TOTAL_STATUS,
			// a meeting held in person: the reports print only a written one's format (書面)
			EvaluationPackage.Literals.MEETING__FORMAT);

	private static final Map<String, Exporter> DOCUMENTS = Map.of("HTML", new HtmlExporter(), "DOCX", new DocxExporter(), "PDF", new PdfExporter());

	@Test
	void noExportPrintsAnUnsetAttributeAsItsFirstLiteralOrZero() throws Exception {
		EvaluationReport report = unset();
		List<String> formats = List.of("HTML", "DOCX", "PDF", "CSV", "XLSX"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		Map<String, String> unset = new HashMap<>();
		for (String format : formats) {
			unset.put(format, text(format, report));
		}
		Map<EAttribute, List<String>> shown = new LinkedHashMap<>();
		for (Map.Entry<EObject, EAttribute> entry : enumsAndNumbers(report)) {
			EAttribute attribute = entry.getValue();
			if (FIRST_PRINTS_NOTHING.contains(attribute)) {
				continue;
			}
			EvaluationReport first = with(report, entry.getKey(), attribute, first(attribute));
			EvaluationReport other = with(report, entry.getKey(), attribute, other(attribute));
			for (String format : formats) {
				String asFirst = text(format, first);
				// the other literal's export only where the first one prints like unset
				if (asFirst.equals(unset.get(format)) && !asFirst.equals(text(format, other))) {
					shown.computeIfAbsent(attribute, key -> new ArrayList<>()).add(format);
				}
			}
		}
		Map<String, List<String>> unexpected = new LinkedHashMap<>();
		shown.forEach((attribute, printing) -> {
			if (!KNOWN.contains(attribute)) {
				unexpected.put(attribute.getEContainingClass().getName() + "." + attribute.getName(), printing); //$NON-NLS-1$
			}
		});
		assertEquals(Map.of(), unexpected, "unset attributes printed as their first literal or 0");
		// the list of known ones stays true: one no longer printed as a value is taken off it
		assertEquals(List.of(), KNOWN.stream().filter(attribute -> !shown.containsKey(attribute))
				.map(attribute -> attribute.getEContainingClass().getName() + "." + attribute.getName()).toList(), //$NON-NLS-1$
				"known attributes that are no longer printed as their first literal or 0");
	}

	/** The first literal, or 0. */
	private static Object first(EAttribute attribute) {
		if (attribute.getEAttributeType() instanceof EEnum enumeration) {
			return enumeration.getELiterals().get(0).getInstance();
		}
		return number(attribute, 0);
	}

	/** The second literal, or 7. */
	private static Object other(EAttribute attribute) {
		if (attribute.getEAttributeType() instanceof EEnum enumeration) {
			return enumeration.getELiterals().get(1).getInstance();
		}
		return number(attribute, 7);
	}

	private static Object number(EAttribute attribute, int value) {
		return attribute.getEAttributeType().getInstanceClass() == BigDecimal.class ? BigDecimal.valueOf(value) : Integer.valueOf(value);
	}

	/** Every single-valued enum or number attribute of every object of the report. */
	private static List<Map.Entry<EObject, EAttribute>> enumsAndNumbers(EvaluationReport report) {
		List<Map.Entry<EObject, EAttribute>> found = new ArrayList<>();
		report.eAllContents().forEachRemaining(object -> object.eClass().getEAllAttributes().stream()
				.filter(attribute -> !attribute.isMany() && attribute.isChangeable() && !attribute.isDerived())
				.filter(attribute -> attribute.getEAttributeType() instanceof EEnum
						|| List.of(BigDecimal.class, Integer.class, int.class).contains(attribute.getEAttributeType().getInstanceClass()))
				.forEach(attribute -> found.add(Map.entry(object, attribute))));
		return found;
	}

	/** A copy of the report in which one attribute of one object is set. */
	private static EvaluationReport with(EvaluationReport report, EObject object, EAttribute attribute, Object value) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		EvaluationReport copy = (EvaluationReport) copier.copy(report);
		copier.copyReferences();
		copier.get(object).eSet(attribute, value);
		return copy;
	}

	/** A report with one object of each class the editor's pages create, every attribute unset. */
	private static EvaluationReport unset() {
		EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
		Program program = ProgramFactory.eINSTANCE.createProgram();
		program.setPeriod(BaseFactory.eINSTANCE.createPeriod());
		RoleAssignment leader = BaseFactory.eINSTANCE.createRoleAssignment();
		leader.setPerson(BaseFactory.eINSTANCE.createPerson());
		program.getLeaders().add(leader);
		program.getNarratives().add(ProgramFactory.eINSTANCE.createNarrativeSection());
		program.getEvaluationSchedule().add(ProgramFactory.eINSTANCE.createScheduledEvaluation());
		program.getBudgetTables().add(budget());
		report.setProgram(program);
		Project project = ProgramFactory.eINSTANCE.createProject();
		project.getResearchItems().add(ProgramFactory.eINSTANCE.createResearchItem());
		project.getResearchTasks().add(ProgramFactory.eINSTANCE.createResearchTask());
		program.getProjects().add(project);
		PreviousFinding finding = EvaluationFactory.eINSTANCE.createPreviousFinding();
		finding.setResponse(EvaluationFactory.eINSTANCE.createFindingResponse());
		program.getPreviousFindings().add(finding);
		program.getOutputIndicators().add(indicator(ResultsFactory.eINSTANCE.createOutputIndicator()));
		program.getOutcomeIndicators().add(indicator(ResultsFactory.eINSTANCE.createOutcomeIndicator()));
		EvaluationCommittee committee = EvaluationFactory.eINSTANCE.createEvaluationCommittee();
		CommitteeMember member = EvaluationFactory.eINSTANCE.createCommitteeMember();
		member.setPerson(BaseFactory.eINSTANCE.createPerson());
		committee.getMembers().add(member);
		committee.getMeetings().add(EvaluationFactory.eINSTANCE.createMeeting());
		report.setCommittee(committee);
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
		evaluation.setTarget(program);
		ScoreTable scores = EvaluationFactory.eINSTANCE.createScoreTable();
		ItemScore row = EvaluationFactory.eINSTANCE.createItemScore();
		EvaluatorScore score = EvaluationFactory.eINSTANCE.createEvaluatorScore();
		score.setMember(member);
		row.getScores().add(score);
		scores.getRows().add(row);
		evaluation.setScoreTable(scores);
		evaluation.getComments().add(EvaluationFactory.eINSTANCE.createEvaluationComment());
		Recommendation recommendation = EvaluationFactory.eINSTANCE.createRecommendation();
		recommendation.setResponse(EvaluationFactory.eINSTANCE.createResponse());
		evaluation.getRecommendations().add(recommendation);
		report.getEvaluations().add(evaluation);
		return report;
	}

	private static BudgetTable budget() {
		BudgetTable table = FinanceFactory.eINSTANCE.createBudgetTable();
		FiscalYearColumn column = FinanceFactory.eINSTANCE.createFiscalYearColumn();
		table.getColumns().add(column);
		BudgetLine line = FinanceFactory.eINSTANCE.createBudgetLine();
		FiscalYearAmount cell = FinanceFactory.eINSTANCE.createFiscalYearAmount();
		line.getCells().add(cell);
		table.getLines().add(line);
		return table;
	}

	private static <T extends Indicator> T indicator(T indicator) {
		indicator.getTargets().add(ResultsFactory.eINSTANCE.createIndicatorTarget());
		indicator.getRevisions().add(ResultsFactory.eINSTANCE.createTargetRevision());
		return indicator;
	}

	/** The export's text: the documents' text without white space (as {@link EverythingPrintedTest} reads it), the tables' cells. */
	private static String text(String format, EvaluationReport report) throws IOException {
		return switch (format) {
		case "CSV" -> csv(report); //$NON-NLS-1$
		case "XLSX" -> xlsx(bytes(new XlsxExporter(), report, ExportOptions.DEFAULTS)); //$NON-NLS-1$
		default -> EverythingPrintedTest.text(format, DOCUMENTS.get(format), report);
		};
	}

	private static String csv(EvaluationReport report) throws IOException {
		StringBuilder text = new StringBuilder();
		for (String table : CsvExporter.TABLE.choices()) {
			text.append(new String(bytes(new CsvExporter(), report, ExportOptions.DEFAULTS.with(CsvExporter.TABLE, table)), StandardCharsets.UTF_8));
		}
		return text.toString();
	}

	private static byte[] bytes(Exporter exporter, EvaluationReport report, ExportOptions options) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.export(report, options, new NullProgressMonitor(), out);
		return out.toByteArray();
	}

	private static String xlsx(byte[] bytes) throws IOException {
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append(cell).append('\n');
					}
				}
			}
		}
		return text.toString();
	}
}
