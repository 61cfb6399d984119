package org.hyoka.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.docx.DocxExporter;
import org.hyoka.export.html.HtmlExporter;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportOutline;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationBody;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.evaluation.Recommendation;
import org.hyoka.model.evaluation.ResponseKind;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.ResultsFactory;
import org.hyoka.model.results.ResultsPackage;
import org.hyoka.model.results.TargetKind;
import org.junit.jupiter.api.Test;

/**
 * Nothing typed is lost on the way to print (#44): every attribute of the classes the Findings, Outputs and Comments
 * pages edit, filled in a new evaluation, is found in the text of the HTML, DOCX and PDF exports (read back with
 * PDFBox and POI). The attributes come from the metamodel, so a new one that is not printed fails this test until it
 * is printed or named in {@link #NOT_PRINTED} with the reason.
 */
class EverythingPrintedTest {

	/** The classes whose objects the editor's Findings, Outputs and Comments pages create and edit. */
	private static final List<EClass> EDITED = List.of(EvaluationPackage.Literals.PREVIOUS_FINDING, EvaluationPackage.Literals.FINDING_RESPONSE,
			ResultsPackage.Literals.OUTPUT_INDICATOR, ResultsPackage.Literals.OUTCOME_INDICATOR, ResultsPackage.Literals.INDICATOR_TARGET,
			ResultsPackage.Literals.TARGET_REVISION, EvaluationPackage.Literals.EVALUATION_COMMENT, EvaluationPackage.Literals.RECOMMENDATION,
			EvaluationPackage.Literals.RESPONSE);

	/** Attributes that are legitimately not printed, each with the reason. */
	private static final Set<EAttribute> NOT_PRINTED = Set.of(
			// a key for references and tools; the report names things by their names
			BasePackage.Literals.IDENTIFIABLE__ID,
			// the report is Japanese; the English name is for the workbench
			BasePackage.Literals.NAMED__NAME_EN,
			// other spellings of the name, which validation uses to match an indicator across tables
			BasePackage.Literals.NAMED__ALIASES,
			// further items a comment touches: the report prints a comment once, under the item it was written on
			EvaluationPackage.Literals.EVALUATION_COMMENT__OTHER_ITEMS,
			// the report prints 提言 and 対処方針 in one table for the evaluation, without their items
			EvaluationPackage.Literals.RECOMMENDATION__ITEM);

	/** For each enum, a literal other than the first (which an attribute holds when unset) and the word printed for it. */
	private static final Map<EEnum, Map.Entry<Object, String>> CHOSEN = Map.of(
			ResultsPackage.Literals.TARGET_KIND, Map.entry(TargetKind.FINAL, "最終目標"),
			ResultsPackage.Literals.ACHIEVEMENT_STATUS, Map.entry(AchievementStatus.ON_TRACK, "達成見込み"),
			EvaluationPackage.Literals.RESPONSE_KIND, Map.entry(ResponseKind.STATUS, "対応状況"),
			EvaluationPackage.Literals.EVALUATION_TYPE, Map.entry(EvaluationType.FOLLOW_UP, "追跡評価"),
			EvaluationPackage.Literals.EVALUATION_BODY, Map.entry(EvaluationBody.EXTERNAL_EXPERTS, "外部有識者"),
			EvaluationPackage.Literals.EVALUATION_ITEM, Map.entry(EvaluationItem.I4, "事業アウトカム"),
			EvaluationPackage.Literals.COMMENT_POLARITY, Map.entry(CommentPolarity.NEGATIVE, "●"));

	private static final Map<String, Exporter> FORMATS = Map.of("HTML", new HtmlExporter(), "DOCX", new DocxExporter(), "PDF", new PdfExporter());

	@Test
	void everyValueEnteredIsInEveryFormat() throws Exception {
		Filled filled = new Filled();
		EvaluationReport report = filled.report();
		// the report derives some values only when their printed twin is unset: one export more without each twin
		List<EvaluationReport> variants = new ArrayList<>(List.of(report));
		for (EAttribute twin : filled.expected.keySet()) {
			if (twin.getName().endsWith("Printed")) { //$NON-NLS-1$
				EvaluationReport without = EcoreUtil.copy(report);
				without.eAllContents().forEachRemaining(object -> {
					if (object.eClass().getEAllAttributes().contains(twin)) {
						object.eUnset(twin);
					}
				});
				variants.add(without);
			}
		}
		for (Map.Entry<String, Exporter> format : FORMATS.entrySet()) {
			List<String> texts = new ArrayList<>();
			for (EvaluationReport variant : variants) {
				texts.add(text(format.getKey(), format.getValue(), variant));
			}
			List<String> missing = new ArrayList<>();
			filled.expected.forEach((attribute, value) -> {
				if (texts.stream().noneMatch(text -> text.contains(compact(value)))) {
					missing.add(attribute.getEContainingClass().getName() + "." + attribute.getName() + " = " + value); //$NON-NLS-1$ //$NON-NLS-2$
				}
			});
			assertEquals(List.of(), missing, format.getKey() + " prints every value entered");
		}
	}

	@Test
	void theTwelveFindingsOfSample000AreInEveryFormatInOrder() throws Exception {
		EvaluationReport report = HyokaFiles.load(Path.of("../org.hyoka.samples/samples/soyaku-kiban-2021.hyoka"));
		List<PreviousFinding> findings = new ArrayList<>();
		report.eAllContents().forEachRemaining(object -> {
			if (object instanceof PreviousFinding finding) {
				findings.add(finding);
			}
		});
		assertEquals(12, findings.size());
		for (Map.Entry<String, Exporter> format : FORMATS.entrySet()) {
			String text = text(format.getKey(), format.getValue(), report);
			int from = 0;
			for (PreviousFinding finding : findings) {
				int at = text.indexOf(compact(finding.getText()), from);
				assertTrue(at >= 0, format.getKey() + " prints finding " + finding.getId() + " after the one before");
				int response = text.indexOf(compact(finding.getResponse().getText()), at);
				assertTrue(response >= 0, format.getKey() + " prints the response to " + finding.getId() + " after it");
				from = at + 1;
			}
		}
	}

	@Test
	void anUnsetStatusOrKindIsNotPrintedAsTheFirstLiteral() {
		EvaluationReport report = new Filled().report();
		report.eAllContents().forEachRemaining(object -> {
			if (object instanceof IndicatorTarget target) {
				target.unsetStatus();
				target.setStatusPrinted(null);
				target.eUnset(ResultsPackage.Literals.INDICATOR_TARGET__KIND);
			}
		});
		List<Table> indicators = ReportOutline.of(report, new NullProgressMonitor()).stream()
				.filter(block -> block instanceof Table table && table.rows().get(0).get(0).text().endsWith("指標")).map(Table.class::cast).toList(); //$NON-NLS-1$
		assertEquals(2, indicators.size());
		for (Table table : indicators) {
			List<Cell> target = table.rows().get(1);
			assertEquals("", target.get(1).text(), "no kind of target where none was entered"); //$NON-NLS-1$
			assertEquals("", target.get(6).text(), "no status where none was entered"); //$NON-NLS-1$
		}
	}

	/** A new report with one object of each edited class, every attribute filled with a value of its own. */
	private static final class Filled {

		private final Map<EAttribute, String> expected = new LinkedHashMap<>();
		private int number = 611;
		private int year = 2041;

		EvaluationReport report() {
			EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
			report.setTitleJa("技術評価報告書"); //$NON-NLS-1$
			Program program = ProgramFactory.eINSTANCE.createProgram();
			program.setId("program"); //$NON-NLS-1$
			program.setNameJa("事業"); //$NON-NLS-1$
			report.setProgram(program);
			PreviousFinding finding = fill(EvaluationFactory.eINSTANCE.createPreviousFinding());
			finding.setResponse(fill(EvaluationFactory.eINSTANCE.createFindingResponse()));
			program.getPreviousFindings().add(finding);
			program.getOutputIndicators().add(indicator(ResultsFactory.eINSTANCE.createOutputIndicator()));
			program.getOutcomeIndicators().add(indicator(ResultsFactory.eINSTANCE.createOutcomeIndicator()));
			Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
			evaluation.setId("evaluation"); //$NON-NLS-1$
			evaluation.setTarget(program);
			evaluation.getComments().add(fill(EvaluationFactory.eINSTANCE.createEvaluationComment()));
			Recommendation recommendation = fill(EvaluationFactory.eINSTANCE.createRecommendation());
			recommendation.setResponse(fill(EvaluationFactory.eINSTANCE.createResponse()));
			evaluation.getRecommendations().add(recommendation);
			report.getEvaluations().add(evaluation);
			return report;
		}

		private <T extends Indicator> T indicator(T indicator) {
			fill(indicator);
			indicator.getTargets().add(fill(ResultsFactory.eINSTANCE.createIndicatorTarget()));
			indicator.getRevisions().add(fill(ResultsFactory.eINSTANCE.createTargetRevision()));
			return indicator;
		}

		/** Every attribute of the object set to a value no other attribute has, and the text it is printed as. */
		private <T extends EObject> T fill(T object) {
			assertTrue(EDITED.contains(object.eClass()), object.eClass().getName());
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (!NOT_PRINTED.contains(attribute)) {
					set(object, attribute);
				}
			}
			return object;
		}

		private void set(EObject object, EAttribute attribute) {
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			Function<Object, String> printed = String::valueOf;
			Object value;
			if (attribute.getEAttributeType() instanceof EEnum enumeration) {
				Map.Entry<Object, String> chosen = CHOSEN.get(enumeration);
				assertTrue(chosen != null, "choose a literal of " + enumeration.getName() + " for " + attribute.getName());
				value = chosen.getKey();
				printed = literal -> chosen.getValue();
			} else if (type == String.class) {
				value = object.eClass().getName() + "." + attribute.getName() + "〆"; //$NON-NLS-1$ //$NON-NLS-2$
			} else if (type == BigDecimal.class) {
				value = BigDecimal.valueOf(number++);
			} else if (type == Integer.class) {
				value = year++;
			} else if (type == boolean.class) {
				value = true;
				printed = flag -> "（累計）"; //$NON-NLS-1$
			} else {
				throw new AssertionError("no test value for " + attribute.getName() + " of type " + type);
			}
			object.eSet(attribute, attribute.isMany() ? List.of(value) : value);
			expected.put(attribute, printed.apply(value));
		}
	}

	/** The document's text without white space, which writers break where their layout needs. */
	private static String text(String format, Exporter exporter, EvaluationReport report) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.export(report, ExportOptions.DEFAULTS, new NullProgressMonitor(), out);
		byte[] bytes = out.toByteArray();
		return compact(switch (format) {
		case "PDF" -> pdf(bytes);
		case "DOCX" -> docx(bytes);
		default -> new String(bytes, StandardCharsets.UTF_8).replaceAll("<[^>]*>", ""); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	private static String pdf(byte[] bytes) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(pdf).replaceAll("(?m)^\\d+ / \\d+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static String docx(byte[] bytes) throws IOException {
		StringBuilder text = new StringBuilder();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					text.append(paragraph.getText()).append('\n');
				} else if (element instanceof XWPFTable table) {
					table.getRows().forEach(row -> row.getTableCells().stream().map(XWPFTableCell::getText).forEach(cell -> text.append(cell).append('\n')));
				}
			}
		}
		return text.toString();
	}

	private static String compact(String text) {
		return text.replaceAll("\\s", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
