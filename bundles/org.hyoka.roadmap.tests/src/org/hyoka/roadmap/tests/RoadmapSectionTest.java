package org.hyoka.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.ReportOutline;
import org.hyoka.export.outline.SectionRegistry;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.roadmap.Milestone;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapFactory;
import org.hyoka.roadmap.RoadmapItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ロードマップ（年度別） section of both samples' reports, placed after each subject's progress: a figure and a table. */
class RoadmapSectionTest {

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022", "soyaku-kiban-2021" })
	void everySubjectWithAPeriodHasItsTable(String sample) {
		EvaluationReport report = Samples.load(sample);
		List<Block> blocks = ReportOutline.of(report, SectionRegistry.installed(), new NullProgressMonitor());
		for (EvaluationSubject subject : TimelinesTest.subjects(report)) {
			int heading = indexOf(blocks, "roadmap-" + subject.getId()); //$NON-NLS-1$
			assertTrue(heading >= 0, subject.getNameJa());
			Block.Heading title = (Block.Heading) blocks.get(heading);
			assertEquals("ロードマップ（年度別）", title.text()); //$NON-NLS-1$
			Block.Figure figure = (Block.Figure) blocks.get(heading + 1);
			assertTrue(figure.caption().endsWith(subject.getNameJa()), figure.caption());
			assertTrue(figure.svg().startsWith("<svg") && figure.svg().contains(subject.getNameJa()), subject.getNameJa()); //$NON-NLS-1$
			assertEquals(2 * (int) Math.ceil(figure.width()), pngWidth(figure.png()));
			assertTrue(figure.svg().contains("凡例") && figure.svg().contains("マイルストーン"), "the legend, in the report's Japanese"); //$NON-NLS-1$ //$NON-NLS-2$
			Block.Table table = (Block.Table) blocks.get(heading + 2);
			List<Block.Cell> first = table.rows().get(1);
			assertTrue(first.get(2).text().contains(String.valueOf(subject.getPeriod().getStartFY()) + "年度"), first.get(2).text()); //$NON-NLS-1$
		}
	}

	@Test
	void programRowListsItsEvaluationsAndTargetsWithStatus() {
		EvaluationReport report = Samples.load("saisei-iryo-2022"); //$NON-NLS-1$
		List<Block> blocks = ReportOutline.of(report, SectionRegistry.installed(), new NullProgressMonitor());
		Block.Table table = (Block.Table) blocks.get(indexOf(blocks, "roadmap-prg") + 2); //$NON-NLS-1$
		String marks = table.rows().get(1).get(3).text();
		assertTrue(marks.contains("中間評価：2020年度（令和2年度）"), marks); //$NON-NLS-1$
		assertTrue(marks.contains("終了時評価（予定）：2028年度（令和10年度）"), marks); //$NON-NLS-1$
		assertTrue(marks.contains("（期限前）") || marks.contains("（達成）") || marks.contains("（未達成）"), marks); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("2015年度（平成27年度）～2027年度（令和9年度）", table.rows().get(1).get(2).text()); //$NON-NLS-1$
	}

	@Test
	void itemsAndMilestonesWithMonthsListTheirMonths() {
		EvaluationReport report = Samples.load("saisei-iryo-2022"); //$NON-NLS-1$
		RoadmapItem trial = Samples.months(Samples.element(RoadmapFactory.eINSTANCE.createRoadmapItem(), "月単位の項目", 2024, 2025), 7, 2); //$NON-NLS-1$
		Milestone filing = Samples.months(Samples.element(RoadmapFactory.eINSTANCE.createMilestone(), "月単位の申請", 2025, null), 1, null); //$NON-NLS-1$
		Roadmap roadmap = Samples.roadmap(report, trial, filing);
		roadmap.setTitleJa("月単位"); //$NON-NLS-1$
		List<Block> blocks = ReportOutline.of(report, SectionRegistry.installed(), new NullProgressMonitor());
		Block.Table table = (Block.Table) blocks.get(indexOf(blocks, "roadmap-prg") + 2); //$NON-NLS-1$
		List<Block.Cell> row = table.rows().stream().filter(cells -> cells.get(2).text().contains("月単位の項目")).findFirst().orElseThrow(); //$NON-NLS-1$
		assertEquals("月単位の項目：2024年度（令和6年度） 7月～2025年度（令和7年度） 2月", row.get(2).text()); //$NON-NLS-1$
		assertTrue(row.get(3).text().contains("月単位の申請：2025年度（令和7年度） 1月"), row.get(3).text()); //$NON-NLS-1$
	}

	@Test
	void sectionFollowsProgress() {
		EvaluationReport report = Samples.load("soyaku-kiban-2021"); //$NON-NLS-1$
		List<Block> blocks = ReportOutline.of(report, SectionRegistry.installed(), new NullProgressMonitor());
		int roadmap = indexOf(blocks, "roadmap-prj-A"); //$NON-NLS-1$
		int next = -1;
		for (int i = roadmap + 1; i < blocks.size() && next < 0; i++) {
			if (blocks.get(i) instanceof Block.Heading heading && heading.level() <= 3) {
				next = i;
			}
		}
		assertTrue(roadmap > 0 && next > roadmap);
		assertEquals(List.of(), SectionRegistry.installed().problems());
	}

	/** The width in the PNG's header (IHDR), which must come first. */
	private static int pngWidth(byte[] png) {
		assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)); //$NON-NLS-1$
		return java.nio.ByteBuffer.wrap(png, 16, 4).getInt();
	}

	static int indexOf(List<Block> blocks, String id) {
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i) instanceof Block.Heading heading && id.equals(heading.id())) {
				return i;
			}
		}
		return -1;
	}
}
