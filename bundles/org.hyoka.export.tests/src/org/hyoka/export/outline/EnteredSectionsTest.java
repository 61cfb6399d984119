package org.hyoka.export.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.Samples;
import org.hyoka.export.internal.TableRows;
import org.hyoka.export.outline.Block.Bullet;
import org.hyoka.export.outline.Block.Bullets;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Kind;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.SourceDocument;
import org.hyoka.model.base.SourceRef;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationBody;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.evaluation.Recommendation;
import org.hyoka.model.evaluation.Response;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutputIndicator;
import org.hyoka.model.results.ResultsFactory;
import org.hyoka.model.results.TargetKind;
import org.junit.jupiter.api.Test;

/**
 * What users enter on the Findings, Outputs and Comments pages is in the outline that every format prints (#44):
 * previous findings with their responses, indicator tables with targets, actuals and achievement, comments under
 * the item they were written on.
 */
class EnteredSectionsTest {

	private static List<Block> outline(EvaluationReport report) {
		return ReportOutline.of(report, SectionRegistry.builtIn(), new NullProgressMonitor());
	}

	@Test
	void theFindingsOfEverySubjectAreInTheirSubjectsTableInOrder() throws Exception {
		EvaluationReport report = Samples.load(Samples.SOYAKU);
		List<EvaluationSubject> subjects = new ArrayList<>(List.of(report.getProgram()));
		subjects.addAll(report.getProgram().getProjects());
		List<String> entered = subjects.stream().flatMap(subject -> subject.getPreviousFindings().stream()).map(PreviousFinding::getText).toList();
		assertEquals(12, entered.size(), "sample 000 holds 12 previous findings");
		List<Block> blocks = outline(report);
		List<String> printed = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i) instanceof Heading heading && heading.text().equals(ReportText.get("findings"))) {
				((Table) blocks.get(i + 1)).rows().stream().skip(1).forEach(row -> printed.add(row.get(1).text()));
			}
		}
		assertEquals(entered.size(), printed.size());
		for (int i = 0; i < entered.size(); i++) {
			// under its item when the report names one: ＜研究開発内容及び事業アウトプットの妥当性＞
			assertTrue(printed.get(i).endsWith(entered.get(i)), printed.get(i));
		}
	}

	@Test
	void aFindingWithoutPrintedLabelIsHeadedByItsEvaluationYearMeetingAndBody() {
		EvaluationReport report = report();
		PreviousFinding finding = EvaluationFactory.eINSTANCE.createPreviousFinding();
		finding.setSourceEvaluationType(EvaluationType.INTERIM);
		finding.setSourceFY(2019);
		finding.setWgMeetingNumber(53);
		finding.setSourceBody(EvaluationBody.EVALUATION_WG);
		finding.setText("目標について");
		report.getProgram().getPreviousFindings().add(finding);

		Table table = outline(report).stream().filter(block -> block instanceof Table each && each.rows().get(0).get(1).text().equals("指摘事項"))
				.map(Table.class::cast).findFirst().orElseThrow();
		assertEquals(List.of("【中間評価（2019年度）】（第53回評価WGの所見）", "目標について", ""), table.rows().get(1).stream().map(Cell::text).toList());
	}

	@Test
	void anIndicatorsTableHoldsItsTargetsActualsAndAchievement() {
		EvaluationReport report = report();
		OutputIndicator indicator = ResultsFactory.eINSTANCE.createOutputIndicator();
		indicator.setNameJa("設計ルールの開発数");
		indicator.setUnit("件");
		IndicatorTarget target = ResultsFactory.eINSTANCE.createIndicatorTarget();
		target.setKind(TargetKind.FINAL);
		target.setFiscalYear(2020);
		target.setTargetValue(new BigDecimal("25"));
		target.setActualValue(new BigDecimal("20"));
		target.setAchievementRatePrinted(new BigDecimal("80"));
		target.setStatus(AchievementStatus.NOT_ACHIEVED);
		indicator.getTargets().add(target);
		report.getProgram().getOutputIndicators().add(indicator);

		Table table = outline(report).stream().filter(block -> block instanceof Table each && each.rows().get(0).get(0).text().equals("アウトプット指標"))
				.map(Table.class::cast).findFirst().orElseThrow();
		assertEquals(List.of("設計ルールの開発数", "最終目標", ReportText.fiscalYear(2020), "25 件", "20 件", "80%", "未達", ""),
				table.rows().get(1).stream().map(Cell::text).toList());
	}

	/**
	 * A target typed in the workbench states the rate and status its numbers give at the evaluation, as the Outputs page
	 * shows them; one read from the report's print (a source line names the document the report was read from) states
	 * only what that report printed.
	 */
	@Test
	void aTypedTargetStatesItsComputedRateAndStatusOneReadFromAReportOnlyWhatItPrinted() {
		EvaluationReport report = report();
		Evaluation evaluation = programEvaluation(report);
		evaluation.setFiscalYear(2026);
		OutputIndicator indicator = ResultsFactory.eINSTANCE.createOutputIndicator();
		indicator.setNameJa("水電解効率");
		indicator.setUnit("%");
		IndicatorTarget due = target(2026, "80", "75");
		IndicatorTarget later = target(2028, "90", "75");
		IndicatorTarget read = target(2026, "80", "75");
		SourceDocument print = BaseFactory.eINSTANCE.createSourceDocument();
		report.getSourceDocuments().add(print);
		report.getSources().add(source(print, 1));
		read.getSources().add(source(print, 12));
		indicator.getTargets().addAll(List.of(due, later, read));
		report.getProgram().getOutputIndicators().add(indicator);

		Table table = outline(report).stream().filter(block -> block instanceof Table each && each.rows().get(0).get(0).text().equals("アウトプット指標"))
				.map(Table.class::cast).findFirst().orElseThrow();
		assertEquals(List.of("94%", "未達"), table.rows().get(1).subList(5, 7).stream().map(Cell::text).toList(), "due at the evaluation: 75 of 80");
		assertEquals(List.of("83%", "－"), table.rows().get(2).subList(5, 7).stream().map(Cell::text).toList(), "due after it");
		assertEquals(List.of("", ""), table.rows().get(3).subList(5, 7).stream().map(Cell::text).toList(), "the printed report stated none");

		List<List<Object>> data = TableRows.indicators(report, new NullProgressMonitor());
		assertEquals(Arrays.asList("NOT_ACHIEVED", "未達"), data.get(0).subList(8, 10), "the sheets and CSV state the same status");
		assertEquals(Arrays.asList(null, null), data.get(2).subList(8, 10));
	}

	private static SourceRef source(SourceDocument document, int line) {
		SourceRef source = BaseFactory.eINSTANCE.createSourceRef();
		source.setDocument(document);
		source.setLine(line);
		return source;
	}

	private static IndicatorTarget target(int fiscalYear, String goal, String actual) {
		IndicatorTarget target = ResultsFactory.eINSTANCE.createIndicatorTarget();
		target.setKind(TargetKind.INTERIM);
		target.setFiscalYear(fiscalYear);
		target.setTargetValue(new BigDecimal(goal));
		target.setActualValue(new BigDecimal(actual));
		return target;
	}

	@Test
	void commentsAreGroupedUnderTheirItemPraiseFirst() {
		EvaluationReport report = report();
		Evaluation evaluation = programEvaluation(report);
		evaluation.getComments().addAll(List.of(comment(EvaluationItem.I2, CommentPolarity.NEGATIVE, "改善点2"),
				comment(EvaluationItem.I1, CommentPolarity.POSITIVE, "評価1"), comment(EvaluationItem.I2, CommentPolarity.POSITIVE, "評価2")));

		List<String> printed = new ArrayList<>();
		for (Block block : outline(report)) {
			if (block instanceof Heading heading && heading.level() == 3) {
				printed.add(heading.text());
			} else if (block instanceof Bullets bullets && bullets.role().equals("comments")) {
				bullets.items().stream().map(Bullet::marker).forEach(printed::add);
				bullets.items().stream().map(Bullet::text).forEach(printed::add);
			}
		}
		assertEquals(List.of(ReportText.itemTitle(EvaluationItem.I2), "○", "●", "評価2", "改善点2", ReportText.itemTitle(EvaluationItem.I1), "○", "評価1",
				ReportText.get("scores")), printed);
	}

	/** A Word user ends a paragraph with Enter: the report prints no empty line for it, in a list or a table. */
	@Test
	void anEnterAfterTheLastLineOfACommentOrResponsePrintsNoEmptyLine() {
		EvaluationReport report = report();
		Evaluation evaluation = programEvaluation(report);
		evaluation.getComments().add(comment(EvaluationItem.I1, CommentPolarity.NOTE, "目標値が明確である。\n根拠を示すこと。\n"));
		Recommendation recommendation = EvaluationFactory.eINSTANCE.createRecommendation();
		recommendation.setText("根拠を明確にすること。\r\n");
		Response response = EvaluationFactory.eINSTANCE.createResponse();
		response.setText("令和8年度までに整備する。\n\u3000\n");
		recommendation.setResponse(response);
		evaluation.getRecommendations().add(recommendation);

		List<Block> outline = outline(report);
		List<String> comments = outline.stream().filter(Bullets.class::isInstance).map(Bullets.class::cast)
				.flatMap(bullets -> bullets.items().stream()).map(Bullet::text).toList();
		assertEquals(List.of("目標値が明確である。\n根拠を示すこと。"), comments, "as typed, line break and all, but the Enter at its end");
		Table table = outline.stream().filter(block -> block instanceof Table candidate && candidate.kind() == Kind.RECOMMENDATIONS)
				.map(Table.class::cast).findFirst().orElseThrow();
		assertEquals(List.of("根拠を明確にすること。", "令和8年度までに整備する。"), table.rows().get(1).stream().map(Cell::text).toList());
	}

	private static EvaluationComment comment(EvaluationItem item, CommentPolarity polarity, String text) {
		EvaluationComment comment = EvaluationFactory.eINSTANCE.createEvaluationComment();
		comment.setItem(item);
		comment.setPolarity(polarity);
		comment.setText(text);
		return comment;
	}

	/** An evaluation of the report's program, in the report. */
	private static Evaluation programEvaluation(EvaluationReport report) {
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
		evaluation.setId("evaluation");
		evaluation.setTarget(report.getProgram());
		report.getEvaluations().add(evaluation);
		return evaluation;
	}

	private static EvaluationReport report() {
		EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
		Program program = ProgramFactory.eINSTANCE.createProgram();
		program.setId("program");
		program.setNameJa("事業");
		report.setProgram(program);
		return report;
	}
}
