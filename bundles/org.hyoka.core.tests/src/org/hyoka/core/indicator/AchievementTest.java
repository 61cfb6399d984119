package org.hyoka.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.SourceDocument;
import org.hyoka.model.base.SourceRef;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutputIndicator;
import org.hyoka.model.results.ResultsFactory;
import org.junit.jupiter.api.Test;

public class AchievementTest {

	@Test
	void aTargetReachedIsAchievedWhateverItsYear() {
		assertEquals(Optional.of(AchievementStatus.ACHIEVED), Achievement.status(target(2025, "20", "20"), 2021));
		assertEquals(Optional.of(AchievementStatus.ACHIEVED), Achievement.status(target(2020, "5", "9"), 2021));
	}

	@Test
	void aTargetNotReachedIsNotYetDueBeforeItsYear() {
		// 000 program outcome A: 15 of 20 by FY2025, evaluated in FY2021
		assertEquals(Optional.of(AchievementStatus.NOT_YET_DUE), Achievement.status(target(2025, "20", "15"), 2021));
		assertEquals(Optional.of(AchievementStatus.NOT_ACHIEVED), Achievement.status(target(2021, "20", "15"), 2021));
		assertEquals(Optional.of(AchievementStatus.NOT_ACHIEVED), Achievement.status(target(2020, "20", "15"), 2021));
	}

	@Test
	void withoutAnActualValueThereIsNoStatus() {
		assertEquals(Optional.empty(), Achievement.status(target(2025, "10", null), 2021));
		assertEquals(Optional.empty(), Achievement.rate(target(2025, "10", null)));
	}

	@Test
	void aStatedStatusAndPrintedRateAreKeptAndOnlyATypedTargetStatesComputedOnes() {
		IndicatorTarget stated = target(2025, "20", "15");
		stated.setStatus(AchievementStatus.ON_TRACK);
		stated.setAchievementRatePrinted(new BigDecimal("70"));
		assertEquals(Optional.of(AchievementStatus.ON_TRACK), Achievement.statedStatus(stated));
		assertEquals(Optional.of(new BigDecimal("70")), Achievement.statedRate(stated));

		IndicatorTarget typed = target(2020, "20", "15");
		assertEquals(Optional.of(AchievementStatus.NOT_ACHIEVED), Achievement.statedStatus(typed), "no evaluation year: once due");
		assertEquals(Optional.of(new BigDecimal("75")), Achievement.statedRate(typed));

		IndicatorTarget read = target(2020, "20", "15");
		read.getSources().add(BaseFactory.eINSTANCE.createSourceRef());
		assertEquals(Optional.empty(), Achievement.statedStatus(read), "read from a report that printed none");
		assertEquals(Optional.empty(), Achievement.statedRate(read));
	}

	@Test
	void aTargetStatesComputedOnesUnlessASourceLineNamesADocumentTheReportItselfWasReadFrom() {
		EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
		SourceDocument print = BaseFactory.eINSTANCE.createSourceDocument();
		SourceDocument lastReport = BaseFactory.eINSTANCE.createSourceDocument();
		report.getSourceDocuments().addAll(List.of(print, lastReport));
		report.getSources().add(source(print));
		report.setProgram(ProgramFactory.eINSTANCE.createProgram());
		OutputIndicator indicator = ResultsFactory.eINSTANCE.createOutputIndicator();
		report.getProgram().getOutputIndicators().add(indicator);
		IndicatorTarget read = target(2020, "20", "15");
		read.getSources().add(source(print));
		IndicatorTarget carried = target(2020, "20", "15");
		carried.getSources().add(source(lastReport));
		indicator.getTargets().addAll(List.of(read, carried));

		assertEquals(Optional.empty(), Achievement.statedStatus(read), "read from the report's print");
		assertEquals(Optional.empty(), Achievement.statedRate(read));
		assertEquals(Optional.of(AchievementStatus.NOT_ACHIEVED), Achievement.statedStatus(carried), "read from another");
		assertEquals(Optional.of(new BigDecimal("75")), Achievement.statedRate(carried));
	}

	private static SourceRef source(SourceDocument document) {
		SourceRef source = BaseFactory.eINSTANCE.createSourceRef();
		source.setDocument(document);
		source.setLine(1);
		return source;
	}

	private static IndicatorTarget target(int fiscalYear, String goal, String actual) {
		IndicatorTarget target = ResultsFactory.eINSTANCE.createIndicatorTarget();
		target.setFiscalYear(fiscalYear);
		target.setTargetValue(new BigDecimal(goal));
		target.setActualValue(actual == null ? null : new BigDecimal(actual));
		return target;
	}
}
