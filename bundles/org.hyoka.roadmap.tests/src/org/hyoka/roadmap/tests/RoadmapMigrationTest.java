package org.hyoka.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.AddOnContent;
import org.hyoka.model.persistence.FileFormat.Version;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.persistence.HyokaResource;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.Project;
import org.hyoka.roadmap.LaneKind;
import org.hyoka.roadmap.Milestone;
import org.hyoka.roadmap.MilestoneKind;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapItem;
import org.hyoka.roadmap.RoadmapLane;
import org.hyoka.roadmap.RoadmapPackage;
import org.hyoka.roadmap.Roadmaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file written in format 1.2, when the roadmaps were the core's results classes in the subjects' {@code roadmaps},
 * opens with the roadmap add-on installed: every roadmap arrives in the add-on's package, in its subject's slot, with
 * every lane, element, attribute and reference.
 */
class RoadmapMigrationTest {

	private static final String FORMAT_1_2 = """
			<?xml version="1.0" encoding="UTF-8"?>
			<hyoka:EvaluationReport xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
			xmlns:hyoka="http://www.hyoka.org/model/1.2" xmlns:results="http://www.hyoka.org/model/1.2/results" id="report">
			  <sourceDocuments id="src" nameJa="技術評価報告書"/>
			  <program id="prg" nameJa="事業">
			    <outcomeIndicators id="ind-prg" nameJa="導出件数" unit="件"/>
			    <roadmaps id="rm-prg" titleJa="事業のロードマップ" axisYears="2016 2020 2025" outcomeIndicators="ind-prg" figureOnly="true">
			      <sources document="src" line="12" endLine="14" note="図"/>
			      <lanes id="ln-1" nameJa="本研究開発" kind="RESEARCH"/>
			      <lanes id="ln-2" nameJa="製薬企業、診断薬企業" kind="ACTOR">
			        <actors>製薬企業</actors>
			        <actors>診断薬企業</actors>
			      </lanes>
			      <elements xsi:type="results:RoadmapItem" labelJa="臨床試験" lane="ln-1" startFY="2021" endFY="2024" researchItem="itm-A-1">
			        <sources document="src" line="13"/>
			      </elements>
			      <elements xsi:type="results:Milestone" labelJa="上市" lane="ln-2" yearsUncertain="true" kind="MARKET_LAUNCH"/>
			    </roadmaps>
			    <projects id="prj-A" nameJa="課題A">
			      <researchItems id="itm-A-1" nameJa="項目１" code="1"/>
			      <roadmaps id="rm-A" titleJa="課題のロードマップ">
			        <elements xsi:type="results:Milestone" labelJa="本事業終了" startFY="2025" kind="PROJECT_END"/>
			      </roadmaps>
			    </projects>
			  </program>
			</hyoka:EvaluationReport>
			""";

	@TempDir
	Path dir;

	@Test
	void everyRoadmapArrivesInTheAddOnsPackageWithAllItsContent() throws IOException {
		Path file = dir.resolve("format-1.2.hyoka");
		Files.writeString(file, FORMAT_1_2, StandardCharsets.UTF_8);
		Resource resource = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(file), true);
		assertEquals(new Version(1, 2), ((HyokaResource) resource).migratedFrom().orElseThrow());
		assertEquals(List.of(), AddOnContent.missing(resource), "the add-on is installed: nothing is left unread");
		EvaluationReport report = (EvaluationReport) resource.getContents().get(0);
		assertEquals(List.of(RoadmapPackage.eNS_URI), report.getAddOns().stream().map(addOn -> addOn.getNamespace()).toList(),
				"the report records the add-on, as a save with it installed does");
		assertEquals("org.hyoka.roadmap.feature", report.getAddOns().get(0).getFeature());

		Program program = report.getProgram();
		Roadmap roadmap = Roadmaps.of(program).get(0);
		assertSame(RoadmapPackage.eINSTANCE, roadmap.eClass().getEPackage());
		assertEquals(1, program.getExtensions().size());
		assertEquals("rm-prg", roadmap.getId());
		assertEquals("事業のロードマップ", roadmap.getTitleJa());
		assertEquals(List.of(2016, 2020, 2025), roadmap.getAxisYears());
		assertTrue(roadmap.isFigureOnly());
		assertEquals(List.of(program.getOutcomeIndicators().get(0)), roadmap.getOutcomeIndicators());
		assertEquals(1, roadmap.getSources().size());
		assertEquals(12, roadmap.getSources().get(0).getLine());
		assertEquals("図", roadmap.getSources().get(0).getNote());

		assertEquals(List.of("本研究開発", "製薬企業、診断薬企業"), roadmap.getLanes().stream().map(RoadmapLane::getNameJa).toList());
		RoadmapLane research = roadmap.getLanes().get(0);
		RoadmapLane actors = roadmap.getLanes().get(1);
		assertEquals("ln-1", research.getId());
		assertEquals(LaneKind.RESEARCH, research.getKind());
		assertEquals(LaneKind.ACTOR, actors.getKind());
		assertEquals(List.of("製薬企業", "診断薬企業"), actors.getActors());

		assertEquals(2, roadmap.getElements().size());
		RoadmapItem item = assertInstanceOf(RoadmapItem.class, roadmap.getElements().get(0));
		assertEquals("臨床試験", item.getLabelJa());
		assertSame(research, item.getLane());
		assertEquals(2021, item.getStartFY());
		assertEquals(2024, item.getEndFY());
		assertFalse(item.isYearsUncertain());
		Project project = program.getProjects().get(0);
		assertSame(project.getResearchItems().get(0), item.getResearchItem());
		assertEquals(13, item.getSources().get(0).getLine());
		Milestone launch = assertInstanceOf(Milestone.class, roadmap.getElements().get(1));
		assertEquals("上市", launch.getLabelJa());
		assertSame(actors, launch.getLane());
		assertNull(launch.getStartFY());
		assertTrue(launch.isYearsUncertain());
		assertEquals(MilestoneKind.MARKET_LAUNCH, launch.getKind());

		Roadmap projectRoadmap = Roadmaps.of(project).get(0);
		assertEquals("課題のロードマップ", projectRoadmap.getTitleJa());
		Milestone end = assertInstanceOf(Milestone.class, projectRoadmap.getElements().get(0));
		assertEquals(2025, end.getStartFY());
		assertEquals(MilestoneKind.PROJECT_END, end.getKind());
	}

	@Test
	void aSavedMigratedFileIsWrittenInTheCurrentFormatWithTheRoadmapsInTheSlots() throws IOException {
		Path file = dir.resolve("format-1.2.hyoka");
		Files.writeString(file, FORMAT_1_2, StandardCharsets.UTF_8);
		Resource resource = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(file), true);
		resource.save(null);
		String saved = Files.readString(file, StandardCharsets.UTF_8);
		assertFalse(saved.contains("<roadmaps"), saved);
		assertFalse(saved.contains("results:"), saved);
		assertTrue(saved.contains("<extensions xsi:type=\"roadmap:Roadmap\" id=\"rm-prg\""), saved);
		assertTrue(saved.contains("xsi:type=\"roadmap:Milestone\""), saved);

		EvaluationReport reloaded = HyokaFiles.load(file);
		assertEquals(2, Roadmaps.of(reloaded.getProgram()).get(0).getLanes().size());
	}
}
