package org.hyoka.core.skeleton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.indicator.Achievement;
import org.hyoka.core.skeleton.NextEvaluation.Origin;
import org.hyoka.core.skeleton.NextEvaluation.YearProblem;
import org.hyoka.core.validation.Validation;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.ReportStatus;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.base.SourceDocument;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.evaluation.Recommendation;
import org.hyoka.model.evaluation.ResponseKind;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NextEvaluationTest {

	private static final String SAMPLES = "../org.hyoka.samples/samples/"; //$NON-NLS-1$
	private static final Origin ORIGIN = new Origin("evaluations/last.hyoka", "0123456789abcdef0123456789abcdef01234567");

	@TempDir
	Path folder;

	private static EvaluationReport load(String sample) throws IOException {
		return HyokaFiles.load(Path.of(SAMPLES + sample));
	}

	private static EvaluationReport next(EvaluationReport previous) {
		return NextEvaluation.create(previous, EvaluationType.FINAL, NextEvaluation.latestYear(previous) + 1, ORIGIN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022.hyoka", "soyaku-kiban-2021.hyoka" })
	void everyRecommendationBecomesOneFindingOfItsSubjectWithTextResponseAndId(String sample) throws IOException {
		EvaluationReport previous = load(sample);
		List<Recommendation> recommendations = previous.getEvaluations().stream()
				.flatMap(e -> e.getRecommendations().stream()).toList();
		assertFalse(recommendations.isEmpty(), "the sample has 提言");
		EvaluationReport next = next(previous);
		for (Recommendation recommendation : recommendations) {
			Evaluation old = (Evaluation) recommendation.eContainer();
			Identifiable found = byId(next, recommendation.getId());
			PreviousFinding finding = assertInstance(PreviousFinding.class, found, recommendation.getId());
			EvaluationSubject subject = (EvaluationSubject) finding.eContainer();
			assertEquals(old.getTarget().getId(), subject.getId());
			assertEquals(recommendation.getText(), finding.getText());
			assertEquals(old.getType(), finding.getSourceEvaluationType());
			assertEquals(old.getFiscalYear(), finding.getSourceFY());
			assertEquals(old.getBody(), finding.getSourceBody());
			assertEquals(recommendation.getResponse().getText(), finding.getResponse().getText());
			assertEquals(ResponseKind.PLANNED, finding.getResponse().getKind());
		}
		long findingsBefore = count(previous, PreviousFinding.class);
		assertEquals(findingsBefore + recommendations.size(), count(next, PreviousFinding.class));
		assertEquals(0, count(next, Recommendation.class));
		// the last report is left as it was read
		assertEquals(recommendations.size(), count(previous, Recommendation.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022.hyoka", "soyaku-kiban-2021.hyoka" })
	void projectsIndicatorsAndCommitteeAreCarriedScoresCommentsAndMeetingsAreNot(String sample) throws IOException {
		EvaluationReport previous = load(sample);
		assertTrue(previous.getEvaluations().stream().anyMatch(e -> !e.getComments().isEmpty()), "the sample has comments");
		EvaluationReport next = next(previous);
		assertEquals(ids(previous.getProgram().getProjects()), ids(next.getProgram().getProjects()));
		assertEquals(ids(all(previous, Indicator.class)), ids(all(next, Indicator.class)));
		List<IndicatorTarget> targets = all(next, IndicatorTarget.class);
		assertEquals(ids(all(previous, IndicatorTarget.class)), ids(targets));
		assertEquals(all(previous, IndicatorTarget.class).stream().map(IndicatorTarget::getTargetValue).toList(),
				targets.stream().map(IndicatorTarget::getTargetValue).toList());
		List<CommitteeMember> members = next.getCommittee().getMembers();
		assertEquals(ids(previous.getCommittee().getMembers()), ids(members));
		assertEquals(previous.getCommittee().getMembers().get(0).getPerson().getNameJa(), members.get(0).getPerson().getNameJa());
		assertTrue(next.getCommittee().getMeetings().isEmpty());
		assertEquals(0, count(next, EvaluatorScore.class));
		assertEquals(0, next.getEvaluations().stream().mapToInt(e -> e.getComments().size()).sum());
		for (Evaluation evaluation : next.getEvaluations()) {
			assertEquals(EvaluationType.FINAL, evaluation.getType());
			assertEquals("終了時評価", evaluation.getTypePrinted());
			assertEquals(NextEvaluation.latestYear(previous) + 1, evaluation.getFiscalYear());
			for (ItemScore row : evaluation.getScoreTable() == null ? List.<ItemScore>of() : evaluation.getScoreTable().getRows()) {
				assertNull(row.getStatedAverage());
				assertNull(row.getExplanation());
			}
		}
		assertEquals(ReportStatus.DRAFT, next.getStatus());
		assertNull(next.getApprovalText());
	}

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022.hyoka", "soyaku-kiban-2021.hyoka" })
	void targetsKeepTheirNumbersAndSourcesAndStateWhatTheNewYearGivesNotWhatTheLastReportSaid(String sample)
			throws IOException {
		EvaluationReport previous = load(sample);
		List<IndicatorTarget> before = all(previous, IndicatorTarget.class);
		assertTrue(before.stream().anyMatch(IndicatorTarget::isSetStatus), "the sample states statuses");
		assertTrue(before.stream().anyMatch(t -> t.getAchievementRatePrinted() != null || t.getReason() != null),
				"the sample prints rates or reasons");
		assertTrue(before.stream().anyMatch(t -> !t.isSetStatus() && Achievement.status(t).isPresent()
				&& Achievement.statedStatus(t).isEmpty()), "the sample has targets whose report printed no status");
		EvaluationReport next = next(previous);
		assertTrue(next.getSources().isEmpty(), "the new report is not read from the last one's print");
		List<IndicatorTarget> after = all(next, IndicatorTarget.class);
		for (int i = 0; i < after.size(); i++) {
			IndicatorTarget target = after.get(i);
			assertEquals(before.get(i).getActualValue(), target.getActualValue());
			assertEquals(before.get(i).getSources().size(), target.getSources().size(), "its source lines are kept");
			assertFalse(target.isSetStatus(), target.getId());
			assertNull(target.getStatusPrinted(), target.getId());
			assertNull(target.getAchievementRatePrinted(), target.getId());
			assertNull(target.getReason(), target.getId());
			assertEquals(Achievement.statusAtEvaluation(target), Achievement.statedStatus(target), target.getId());
			assertEquals(Achievement.rate(target), Achievement.statedRate(target), target.getId());
		}
		assertTrue(after.stream().anyMatch(t -> Achievement.statedStatus(t).isPresent()), "some target is judged anew");
	}

	@Test
	void scoreRowsStayWithoutTheirScores() throws IOException {
		EvaluationReport previous = load("saisei-iryo-2022.hyoka");
		assertTrue(count(previous, EvaluatorScore.class) > 0, "the sample has scores");
		EvaluationReport next = next(previous);
		assertEquals(0, count(next, EvaluatorScore.class));
		assertEquals(count(previous, ItemScore.class), count(next, ItemScore.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022.hyoka", "soyaku-kiban-2021.hyoka" })
	void theNewFileNamesTheLastOneAndHasNoErrorTheLastDidNotHave(String sample) throws IOException {
		EvaluationReport previous = load(sample);
		EvaluationReport next = next(previous);
		SourceDocument origin = next.getSourceDocuments().get(next.getSourceDocuments().size() - 1);
		assertEquals(ORIGIN.commit() + ":" + ORIGIN.path(), origin.getFileName());
		assertEquals(previous.getTitleJa(), origin.getNameJa());
		Path file = folder.resolve("next.hyoka");
		HyokaFiles.save(next, file);
		EvaluationReport reloaded = HyokaFiles.load(file);
		Set<String> before = errors(previous);
		List<String> added = new ArrayList<>(errors(reloaded));
		added.removeAll(before);
		assertEquals(List.of(), added);
	}

	@ParameterizedTest
	@ValueSource(ints = { 2022, 2021, 1988, 2100 })
	void aYearNotAfterTheLastEvaluationOrOutOfRangeIsRefused(int year) throws IOException {
		EvaluationReport previous = load("saisei-iryo-2022.hyoka");
		YearProblem problem = NextEvaluation.yearProblem(previous, year);
		assertEquals(year <= 2022 && year >= 1989 ? YearProblem.NOT_LATER : YearProblem.OUT_OF_RANGE, problem);
		assertThrows(IllegalArgumentException.class,
				() -> NextEvaluation.create(previous, EvaluationType.INTERIM, year, ORIGIN));
		assertNull(NextEvaluation.yearProblem(previous, 2023));
	}

	private static Set<String> errors(EvaluationReport report) {
		return Validation.validate(report).getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR)
				.map(Diagnostic::getMessage).collect(Collectors.toSet());
	}

	private static <T> List<T> all(EObject root, Class<T> type) {
		List<T> found = new ArrayList<>();
		root.eAllContents().forEachRemaining(o -> {
			if (type.isInstance(o)) {
				found.add(type.cast(o));
			}
		});
		return found;
	}

	private static long count(EObject root, Class<?> type) {
		return all(root, type).size();
	}

	private static Identifiable byId(EObject root, String id) {
		return all(root, Identifiable.class).stream().filter(o -> id.equals(o.getId())).findFirst().orElse(null);
	}

	private static List<String> ids(List<? extends Identifiable> objects) {
		return objects.stream().map(Identifiable::getId).toList();
	}

	private static <T> T assertInstance(Class<T> type, Object object, String id) {
		assertNotNull(object, id);
		assertTrue(type.isInstance(object), id + " is " + object.getClass().getSimpleName());
		return type.cast(object);
	}
}
