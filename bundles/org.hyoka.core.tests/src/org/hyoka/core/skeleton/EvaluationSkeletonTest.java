package org.hyoka.core.skeleton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.hyoka.core.skeleton.EvaluationSkeleton.ProjectSpec;
import org.hyoka.core.skeleton.EvaluationSkeleton.Spec;
import org.hyoka.core.skeleton.EvaluationSkeleton.SpecProblem;
import org.hyoka.core.validation.Validation;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EvaluationSkeletonTest {

	private static Spec spec(EvaluationType type, String... letters) {
		List<ProjectSpec> projects = Arrays.stream(letters).map(l -> new ProjectSpec(l, "課題" + l)).toList();
		return new Spec("次世代評価技術開発事業", type, projects, 2021, 2025, 2023);
	}

	@ParameterizedTest
	@EnumSource(EvaluationType.class)
	void everyTypeOfSkeletonValidatesWithoutErrors(EvaluationType type) {
		EvaluationReport report = EvaluationSkeleton.create(spec(type, "A", "B", "C"));
		Diagnostic diagnostic = Validation.validate(report);
		List<String> errors = diagnostic.getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR)
				.map(Diagnostic::getMessage).toList();
		assertEquals(List.of(), errors);
	}

	@Test
	void projectsGetTheirLettersNamesPeriodAndAnEvaluationWithItemsOneToSeven() {
		EvaluationReport report = EvaluationSkeleton.create(spec(EvaluationType.INTERIM, "A", "B"));
		assertEquals("次世代評価技術開発事業 中間評価 技術評価報告書", report.getTitleJa());
		List<Project> projects = report.getProgram().getProjects();
		assertEquals(List.of("A", "B"), projects.stream().map(Project::getLetterCode).toList());
		assertEquals("課題B", projects.get(1).getNameJa());
		assertEquals(2021, projects.get(0).getPeriod().getStartFY());
		assertEquals(2025, projects.get(0).getPeriod().getEndFY());
		assertEquals(2, report.getEvaluations().size());
		Evaluation evaluation = report.getEvaluations().get(1);
		assertEquals(projects.get(1), evaluation.getTarget());
		assertEquals(EvaluationType.INTERIM, evaluation.getType());
		assertEquals(2023, evaluation.getFiscalYear());
		assertEquals(List.of(EvaluationItem.I1, EvaluationItem.I2, EvaluationItem.I3, EvaluationItem.I4, EvaluationItem.I5,
				EvaluationItem.I6, EvaluationItem.I7),
				evaluation.getScoreTable().getRows().stream().map(ItemScore::getItem).toList());
		assertEquals(List.of("１．当省が実施することの必要性", "２．研究開発内容及び事業アウトプット", "３．研究開発の実施・マネジメント体制等",
				"４．事業アウトカム", "５．事業アウトカムに至るまでのロードマップ", "６．費用対効果", "７．総合評価"),
				evaluation.getScoreTable().getRows().stream().map(ItemScore::getItemLabelPrinted).toList(), "labelled as reports print them");
	}

	@Test
	void theUsersDefaultItemsAreListedInTheirOrderAndNumbered() {
		List<EvaluationItem> items = List.of(EvaluationItem.I7, EvaluationItem.I1, EvaluationItem.I4);
		Evaluation evaluation = EvaluationSkeleton.create(spec(EvaluationType.EX_ANTE, "A"), items).getEvaluations().get(0);
		assertEquals(items, evaluation.getScoreTable().getRows().stream().map(ItemScore::getItem).toList());
		assertEquals(List.of("１．総合評価", "２．当省が実施することの必要性", "３．事業アウトカム"),
				evaluation.getScoreTable().getRows().stream().map(ItemScore::getItemLabelPrinted).toList());
		assertThrows(IllegalArgumentException.class, () -> EvaluationSkeleton.create(spec(EvaluationType.EX_ANTE, "A"), List.of()));
	}

	@Test
	void aSkeletonSurvivesSaveAndLoad(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("new.hyoka");
		HyokaFiles.save(EvaluationSkeleton.create(spec(EvaluationType.FINAL, "A")), file);
		EvaluationReport loaded = HyokaFiles.load(file);
		assertEquals("A", loaded.getProgram().getProjects().get(0).getLetterCode());
		assertEquals(loaded.getProgram().getProjects().get(0), loaded.getEvaluations().get(0).getTarget());
	}

	@Test
	void unusableSpecificationsNameTheirProblem() {
		assertNull(spec(EvaluationType.FINAL, "A", "B1").problem());
		assertEquals(SpecProblem.Kind.PROGRAM_NAME_MISSING,
				new Spec(" ", EvaluationType.FINAL, List.of(), 2021, 2025, 2023).problem().kind());
		assertEquals(SpecProblem.Kind.PERIOD_REVERSED,
				new Spec("X", EvaluationType.FINAL, List.of(), 2025, 2021, 2023).problem().kind());
		assertEquals(SpecProblem.Kind.YEAR_OUT_OF_RANGE,
				new Spec("X", EvaluationType.FINAL, List.of(), -5, 2021, 2023).problem().kind());
		assertEquals(new SpecProblem(SpecProblem.Kind.LETTER_CODE_DUPLICATE, "A"),
				spec(EvaluationType.FINAL, "A", "B", "A").problem());
		assertEquals(new SpecProblem(SpecProblem.Kind.LETTER_CODE_INVALID, "a"),
				spec(EvaluationType.FINAL, "a").problem());
		assertThrows(IllegalArgumentException.class, () -> EvaluationSkeleton.create(spec(EvaluationType.FINAL, "A", "A")));
	}
}
