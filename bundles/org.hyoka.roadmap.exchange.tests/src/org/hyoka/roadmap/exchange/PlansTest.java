package org.hyoka.roadmap.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.roadmap.LaneKind;
import org.hyoka.roadmap.Milestone;
import org.hyoka.roadmap.MilestoneKind;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapElement;
import org.hyoka.roadmap.RoadmapFactory;
import org.hyoka.roadmap.RoadmapItem;
import org.hyoka.roadmap.RoadmapLane;
import org.hyoka.roadmap.Roadmaps;
import org.hyoka.roadmap.exchange.internal.PlanDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Roadmaps through MS Project XML and GanttProject files and back, and plans written by hand read in. */
class PlansTest {

	@TempDir
	Path folder;

	/**
	 * A plan read again into a roadmap of the sample: its lanes are the roadmap's by id where they have one, else by
	 * name (blanks around it aside), each of the roadmap's once; the others get ids of the roadmap's no object has.
	 */
	@Test
	void aPlansLanesAreMatchedToARoadmapsByIdElseByName() throws Exception {
		EvaluationReport report = HyokaFiles.load(Path.of("../org.hyoka.samples/samples/soyaku-kiban-2021.hyoka")); //$NON-NLS-1$
		Roadmap roadmap = Roadmaps.of(report).stream().filter(each -> each.getLanes().size() >= 2).findFirst().orElseThrow();
		RoadmapLane first = roadmap.getLanes().get(0);
		RoadmapLane second = roadmap.getLanes().get(1);
		Roadmap read = RoadmapFactory.eINSTANCE.createRoadmap();
		RoadmapLane byName = lane(read, " " + second.getNameJa() + " ", null); //$NON-NLS-1$ //$NON-NLS-2$
		RoadmapLane byId = lane(read, "改名した行", first.getId()); //$NON-NLS-1$
		RoadmapLane twice = lane(read, second.getNameJa(), null);
		RoadmapLane fresh = lane(read, "新しい行", null); //$NON-NLS-1$
		assertEquals(java.util.Map.of(byName, second, byId, first), Plans.matchLanes(roadmap, read));

		// the sample's lanes are ln-A-1…, so the first numbers are free; the UI test has one taken
		Plans.identifyLanes(roadmap, List.of(twice, fresh), report);
		assertEquals(List.of(roadmap.getId() + "-lane-1", roadmap.getId() + "-lane-2"), List.of(twice.getId(), fresh.getId())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static RoadmapLane lane(Roadmap roadmap, String name, String id) {
		RoadmapLane lane = RoadmapFactory.eINSTANCE.createRoadmapLane();
		lane.setNameJa(name);
		lane.setId(id);
		roadmap.getLanes().add(lane);
		return lane;
	}

	@ParameterizedTest
	@ValueSource(strings = { ".xml", ".gan" })
	void theSamplesRoadmapsComeBackWithTheirLanesAndDatedElements(String extension) throws Exception {
		int compared = 0;
		for (String sample : List.of("saisei-iryo-2022", "soyaku-kiban-2021")) { //$NON-NLS-1$ //$NON-NLS-2$
			EvaluationReport report = HyokaFiles.load(Path.of("../org.hyoka.samples/samples", sample + ".hyoka")); //$NON-NLS-1$ //$NON-NLS-2$
			for (Roadmap roadmap : Roadmaps.of(report)) {
				Path plan = folder.resolve(roadmap.getId() + "-" + sample + extension); //$NON-NLS-1$
				List<LeftOut> leftOut = Plans.write(roadmap, plan);
				Roadmap back = Plans.read(plan);
				// in the plan's order, which is the lanes'
				assertEquals(Set.copyOf(roadmap.getElements().stream().filter(element -> PlanDates.from(element) == null).toList()),
						Set.copyOf(leftOut.stream().map(LeftOut::element).toList()), "only the undated are left out"); //$NON-NLS-1$
				assertEquals(roadmap.getElements().size(), leftOut.size() + back.getElements().size());
				assertEquals(roadmap.getTitleJa(), back.getTitleJa());
				assertEquals(lanes(roadmap), lanes(back));
				List<RoadmapElement> dated = roadmap.getElements().stream().filter(element -> PlanDates.from(element) != null).toList();
				assertEquals(describe(dated, roadmap.getLanes()), describe(back.getElements(), back.getLanes()), roadmap.getId());
				compared += dated.size();
			}
		}
		// 5 milestones of 再生医療, 5 bars of 創薬基盤 with an end year only
		assertEquals(10, compared);
	}

	@ParameterizedTest
	@ValueSource(strings = { ".xml", ".gan" })
	void monthsAndYearsComeBackAsTheyWere(String extension) throws Exception {
		Roadmap roadmap = RoadmapFactory.eINSTANCE.createRoadmap();
		roadmap.setTitleJa("研究開発ロードマップ"); //$NON-NLS-1$
		RoadmapLane lane = RoadmapFactory.eINSTANCE.createRoadmapLane();
		lane.setNameJa("創薬開発"); //$NON-NLS-1$
		roadmap.getLanes().add(lane);
		RoadmapLane empty = RoadmapFactory.eINSTANCE.createRoadmapLane();
		empty.setNameJa("波及効果"); //$NON-NLS-1$
		empty.setKind(LaneKind.SPILLOVER);
		roadmap.getLanes().add(empty);
		item(roadmap, "非臨床試験", 2019, null, 2023, null, lane); //$NON-NLS-1$
		item(roadmap, "治験", 2024, 7, 2026, 2, lane); //$NON-NLS-1$
		item(roadmap, "基盤整備", 2020, 10, 2020, 12, null); //$NON-NLS-1$
		milestone(roadmap, "薬事申請", 2026, 3, lane).setKind(MilestoneKind.REGULATORY_FILING); //$NON-NLS-1$
		milestone(roadmap, "上市", 2027, null, lane).setKind(MilestoneKind.MARKET_LAUNCH); //$NON-NLS-1$
		milestone(roadmap, "本事業終了", 2023, 12, null).setKind(MilestoneKind.PROJECT_END); //$NON-NLS-1$
		Path plan = folder.resolve("plan" + extension); //$NON-NLS-1$
		assertEquals(List.of(), Plans.write(roadmap, plan));
		Roadmap back = Plans.read(plan);
		assertEquals(List.of("創薬開発 RESEARCH", "波及効果 SPILLOVER"), lanes(back)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(
				"RoadmapItem 基盤整備 2020/10-2020/12 -", //$NON-NLS-1$
				"Milestone PROJECT_END 本事業終了 2023/12-null/null -", //$NON-NLS-1$
				"RoadmapItem 非臨床試験 2019/null-2023/null 創薬開発", //$NON-NLS-1$
				"RoadmapItem 治験 2024/7-2026/2 創薬開発", //$NON-NLS-1$
				"Milestone REGULATORY_FILING 薬事申請 2026/3-null/null 創薬開発", //$NON-NLS-1$
				"Milestone MARKET_LAUNCH 上市 2027/null-null/null 創薬開発"), //$NON-NLS-1$
				back.getElements().stream().map(PlansTest::attributes).toList());
	}

	@Test
	void theDaysOfAPlanAreTheFiscalYearsAndMonths() {
		Roadmap roadmap = RoadmapFactory.eINSTANCE.createRoadmap();
		RoadmapItem item = item(roadmap, "x", 2024, 7, 2026, 2, null); //$NON-NLS-1$
		assertEquals(LocalDate.of(2024, 7, 1), PlanDates.from(item));
		assertEquals(LocalDate.of(2027, 2, 28), PlanDates.to(item), "2026年度 2月 is February 2027"); //$NON-NLS-1$
		Milestone endOfYear = milestone(roadmap, "y", 2025, null, null); //$NON-NLS-1$
		assertEquals(LocalDate.of(2026, 3, 31), PlanDates.from(endOfYear), "2025年度末"); //$NON-NLS-1$
		Milestone march = milestone(roadmap, "z", 2025, 3, null); //$NON-NLS-1$
		assertEquals(LocalDate.of(2026, 3, 15), PlanDates.from(march));
		RoadmapItem endOnly = item(roadmap, "w", null, null, 2025, null, null); //$NON-NLS-1$
		assertEquals(LocalDate.of(2025, 4, 1), PlanDates.from(endOnly));
		assertEquals(LocalDate.of(2026, 3, 31), PlanDates.to(endOnly));
	}

	@Test
	void aPlanWrittenInMsProjectsShapeIsRead() throws Exception {
		Roadmap roadmap = Plans.read(Path.of("../org.hyoka.roadmap.exchange.tests/plans/regenerative-medicine.xml")); //$NON-NLS-1$
		assertEquals("再生医療等製品の実用化ロードマップ", roadmap.getTitleJa()); //$NON-NLS-1$
		// another tool's plan has no kinds' column: the default lane kind, milestones of kind other
		assertEquals(List.of("研究開発 RESEARCH", "事業化 RESEARCH"), lanes(roadmap)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(
				"RoadmapItem 細胞製造技術の開発 2020/null-2022/9 研究開発", //$NON-NLS-1$
				"RoadmapItem 品質評価法の確立 2021/6-2023/3 研究開発", //$NON-NLS-1$
				"Milestone OTHER 中間評価 2022/null-null/null 研究開発", //$NON-NLS-1$
				"RoadmapItem 第I相試験 2024/null-2024/null 事業化", //$NON-NLS-1$
				"RoadmapItem 第II相試験 2025/null-2026/null 事業化", //$NON-NLS-1$
				"Milestone OTHER 承認申請 2027/7-null/null 事業化"), //$NON-NLS-1$
				roadmap.getElements().stream().map(PlansTest::attributes).toList());
	}

	@Test
	void aPlanWrittenInGanttProjectsShapeIsRead() throws Exception {
		Roadmap roadmap = Plans.read(Path.of("../org.hyoka.roadmap.exchange.tests/plans/drug-discovery.gan")); //$NON-NLS-1$
		assertEquals("創薬基盤ロードマップ", roadmap.getTitleJa()); //$NON-NLS-1$
		assertEquals(List.of("本研究開発"), roadmap.getLanes().stream().map(RoadmapLane::getNameJa).toList()); //$NON-NLS-1$
		assertEquals(List.of(
				"RoadmapItem 事前調査 2017/10-2017/12 -", //$NON-NLS-1$
				"RoadmapItem 糖鎖利用技術 2018/4-2022/3 本研究開発", //$NON-NLS-1$
				"Milestone OTHER 中間評価 2020/11-null/null 本研究開発"), //$NON-NLS-1$
				roadmap.getElements().stream().map(PlansTest::attributes).toList());
	}

	@Test
	void writingOverAPlanThatCannotBeWrittenLeavesItAsItWas() throws Exception {
		Path plan = folder.resolve("kept.txt"); //$NON-NLS-1$
		Files.writeString(plan, "kept"); //$NON-NLS-1$
		Roadmap roadmap = RoadmapFactory.eINSTANCE.createRoadmap();
		String message = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> Plans.write(roadmap, plan)).getMessage();
		assertTrue(message.startsWith(plan.toString()), message);
		assertEquals("kept", Files.readString(plan)); //$NON-NLS-1$
		assertFalse(Files.exists(folder.resolve("kept.txt.part"))); //$NON-NLS-1$
	}

	private static RoadmapItem item(Roadmap roadmap, String label, Integer startFY, Integer startMonth, Integer endFY, Integer endMonth,
			RoadmapLane lane) {
		RoadmapItem item = RoadmapFactory.eINSTANCE.createRoadmapItem();
		item.setLabelJa(label);
		item.setStartFY(startFY);
		item.setStartMonth(startMonth);
		item.setEndFY(endFY);
		item.setEndMonth(endMonth);
		item.setLane(lane);
		roadmap.getElements().add(item);
		return item;
	}

	private static Milestone milestone(Roadmap roadmap, String label, int year, Integer month, RoadmapLane lane) {
		Milestone milestone = RoadmapFactory.eINSTANCE.createMilestone();
		milestone.setLabelJa(label);
		milestone.setStartFY(year);
		milestone.setStartMonth(month);
		milestone.setLane(lane);
		roadmap.getElements().add(milestone);
		return milestone;
	}

	/** What a plan keeps of elements: kind, label, lane and days, in the plan's order (no lane first, then by lane). */
	private static List<String> describe(List<RoadmapElement> elements, List<RoadmapLane> lanes) {
		List<String> described = new ArrayList<>();
		elements.stream().filter(element -> element.getLane() == null).forEach(element -> described.add(days(element)));
		for (RoadmapLane lane : lanes) {
			elements.stream().filter(element -> element.getLane() == lane).forEach(element -> described.add(days(element)));
		}
		return described;
	}

	/** Each lane's name and kind. */
	private static List<String> lanes(Roadmap roadmap) {
		return roadmap.getLanes().stream().map(lane -> lane.getNameJa() + " " + lane.getKind()).toList(); //$NON-NLS-1$
	}

	/** The element's class, and a milestone's kind. */
	private static String type(RoadmapElement element) {
		return element.eClass().getName() + (element instanceof Milestone milestone ? " " + milestone.getKind() : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String days(RoadmapElement element) {
		return type(element) + " " + element.getLabelJa() + " " + PlanDates.from(element) + "–" + PlanDates.to(element) + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ (element.getLane() == null ? "-" : element.getLane().getNameJa()); //$NON-NLS-1$
	}

	private static String attributes(RoadmapElement element) {
		return type(element) + " " + element.getLabelJa() + " " + element.getStartFY() + "/" + element.getStartMonth() + "-" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ element.getEndFY() + "/" + element.getEndMonth() + " " + (element.getLane() == null ? "-" : element.getLane().getNameJa()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
