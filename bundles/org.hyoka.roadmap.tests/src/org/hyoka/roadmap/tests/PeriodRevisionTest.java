package org.hyoka.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.ReportOutline;
import org.hyoka.export.outline.SectionRegistry;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Program;
import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.FiscalAxis;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.PeriodRevision;
import org.hyoka.roadmap.RoadmapFactory;
import org.hyoka.roadmap.Roadmaps;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.Timelines;
import org.hyoka.roadmap.Zoom;
import org.hyoka.roadmap.layout.RoadmapLayout;
import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.Style;
import org.hyoka.roadmap.output.PdfWriter;
import org.hyoka.roadmap.output.PngWriter;
import org.hyoka.roadmap.output.SvgWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A revision of a period (PeriodRevision in a subject's extensions): the planned period is a thin hollow bar under the
 * current one, in the layout and every output, and a line of the report's table. 再生医療's program runs 2015–2027年度;
 * the revision here says it was planned to end in 2024年度 (the samples record none, as their sources give none).
 */
class PeriodRevisionTest {

	private static final String REASON = "中間評価の結果を受けて延長"; //$NON-NLS-1$

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The sample with its program's period revised from 2015–2024年度, decided in 2022年度. */
	static EvaluationReport revised() {
		EvaluationReport report = Samples.load("saisei-iryo-2022"); //$NON-NLS-1$
		report.getProgram().getExtensions().add(revision(2015, 2024, 2022, REASON));
		return report;
	}

	static PeriodRevision revision(Integer start, Integer end, Integer decided, String reason) {
		PeriodRevision revision = RoadmapFactory.eINSTANCE.createPeriodRevision();
		revision.setPlannedStartFY(start);
		revision.setPlannedEndFY(end);
		revision.setDecidedFY(decided);
		revision.setReason(reason);
		return revision;
	}

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022", "soyaku-kiban-2021" })
	void theSamplesHaveNoPlannedPeriod(String sample) {
		Timeline timeline = Timelines.of(Samples.load(sample));
		assertFalse(timeline.rows().stream().flatMap(row -> row.marks().stream()).anyMatch(Mark.PlannedPeriod.class::isInstance));
	}

	/**
	 * With the add-on's new class registered the samples' roadmaps load and save as before: what is saved loads back
	 * equal and saves again byte for byte (the samples themselves are written as the core writes them without the
	 * add-on, SampleMigrationTest); a revision saved loads back with its values.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022", "soyaku-kiban-2021" })
	void samplesKeepTheirRoadmapsThroughASaveAndARevisionIsKept(String sample, @TempDir Path folder) throws IOException {
		EvaluationReport report = Samples.load(sample);
		Path first = folder.resolve("first.hyoka"); //$NON-NLS-1$
		Path second = folder.resolve("second.hyoka"); //$NON-NLS-1$
		HyokaFiles.save(report, first);
		EvaluationReport reloaded = HyokaFiles.load(first);
		assertFalse(Roadmaps.of(report.getProgram()).isEmpty(), "the sample has roadmaps");
		assertTrue(EcoreUtil.equals(report.getProgram().getExtensions(), reloaded.getProgram().getExtensions()));
		HyokaFiles.save(reloaded, second);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

		reloaded.getProgram().getExtensions().add(revision(2015, 2024, 2022, REASON));
		HyokaFiles.save(reloaded, second);
		List<PeriodRevision> kept = Roadmaps.periodRevisions(HyokaFiles.load(second).getProgram());
		assertEquals(1, kept.size());
		assertEquals(List.of(2015, 2024, 2022, REASON),
				List.of(kept.get(0).getPlannedStartFY(), kept.get(0).getPlannedEndFY(), kept.get(0).getDecidedFY(), kept.get(0).getReason()));
	}

	@Test
	void theProgramRowCarriesThePlannedBesideTheCurrentPeriod() {
		EvaluationReport report = revised();
		Program program = report.getProgram();
		assertEquals(2015, program.getPeriod().getStartFY());
		assertEquals(2027, program.getPeriod().getEndFY());
		List<Mark> marks = Timelines.of(report).rows().get(0).marks();
		Mark.PlannedPeriod planned = marks.stream().filter(Mark.PlannedPeriod.class::isInstance).map(Mark.PlannedPeriod.class::cast)
				.findFirst().orElseThrow();
		assertEquals(new Mark.PlannedPeriod(2015, 2024, 2015, 2027, 2022, REASON, program.getExtensions().get(program.getExtensions().size() - 1)),
				planned);
	}

	@Test
	void theLayoutDrawsAThinHollowBarUnderTheCurrentOneOverThePlannedYears() {
		Timeline timeline = Timelines.of(revised());
		RoadmapLayout layout = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.YEAR));
		Scene scene = layout.window(0, 1);
		Shape.Rect planned = rect(scene, Style.PLANNED_PERIOD);
		Shape.Rect current = rect(scene, Style.PERIOD);
		assertEquals(layout.x(2015), planned.x(), 1e-9);
		assertEquals(layout.x(2025) - layout.x(2015), planned.width(), 1e-9, "over 2015–2024年度, both included");
		assertEquals(layout.x(2028) - layout.x(2015), current.width(), 1e-9, "the current period still to 2027年度");
		assertTrue(planned.y() >= current.y() + current.height(), "under the current bar");
		assertTrue(planned.height() < current.height() / 2, "thin");
		assertEquals(null, Style.PLANNED_PERIOD.fill(), "hollow");
		assertEquals("計画 2015年度～2024年度（現在 2015年度～2027年度）、2022年度に変更：" + REASON, planned.tip()); //$NON-NLS-1$
	}

	@Test
	void aPlannedYearMissingIsOneYearWideAndDashed() {
		EvaluationReport report = Samples.load("saisei-iryo-2022"); //$NON-NLS-1$
		report.getProgram().getExtensions().add(revision(null, 2030, null, null));
		Timeline timeline = Timelines.of(report);
		assertEquals(2030, timeline.lastYear(), "the axis reaches the planned end");
		RoadmapLayout layout = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.YEAR));
		Shape.Rect planned = rect(layout.window(0, 1), Style.PLANNED_PERIOD);
		assertEquals(layout.x(2030), planned.x(), 1e-9);
		assertEquals(Zoom.YEAR.yearWidth(), planned.width(), 1e-9);
		assertTrue(planned.dashed());
		assertEquals("計画 ?～2030年度（現在 2015年度～2027年度）", planned.tip()); //$NON-NLS-1$
	}

	@Test
	void svgPngAndPdfDrawIt() throws IOException {
		Timeline timeline = Timelines.of(revised());
		RoadmapLayout layout = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.YEAR));
		Scene scene = layout.layout();
		String svg = SvgWriter.inline(scene);
		assertTrue(svg.contains(" fill=\"none\" stroke=\"" + Style.PLANNED_PERIOD.stroke() + "\""), "a hollow rect"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(svg.contains("<title>計画 2015年度～2024年度（現在 2015年度～2027年度）、2022年度に変更：" + REASON + "</title>"), "with its tip"); //$NON-NLS-1$ //$NON-NLS-2$

		ByteArrayOutputStream png = new ByteArrayOutputStream();
		PngWriter.write(scene, 1, png);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
		int top = (int) (RoadmapLayout.rowTop(0) + RoadmapLayout.PLANNED_TOP);
		int inPlan = (int) ((layout.x(2020) + layout.x(2021)) / 2);
		int afterPlan = (int) ((layout.x(2026) + layout.x(2027)) / 2);
		assertTrue(bluish(image.getRGB(inPlan, top)), "the planned bar's edge in 2020年度: " + Integer.toHexString(image.getRGB(inPlan, top)));
		assertEquals(0xffffff, image.getRGB(inPlan, top + 2) & 0xffffff, "hollow inside");
		assertEquals(0xffffff, image.getRGB(afterPlan, top) & 0xffffff, "nothing after the planned end");

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfWriter.write(scene, pdf);
		ByteArrayOutputStream withoutRevision = new ByteArrayOutputStream();
		Timeline plain = Timelines.of(Samples.load("saisei-iryo-2022")); //$NON-NLS-1$
		PdfWriter.write(new RoadmapLayout(plain, FiscalAxis.of(plain, Era.WESTERN, Zoom.YEAR)).layout(), withoutRevision);
		assertEquals(strokes(withoutRevision.toByteArray()) + 1, strokes(pdf.toByteArray()), "one more outline, not filled, in the PDF");
	}

	@Test
	void theReportTableListsTheRevisionUnderTheProgramPeriod() {
		List<Block> blocks = ReportOutline.of(revised(), SectionRegistry.installed(), new NullProgressMonitor());
		Block.Table table = (Block.Table) blocks.get(RoadmapSectionTest.indexOf(blocks, "roadmap-prg") + 2); //$NON-NLS-1$
		assertEquals("2015年度（平成27年度）～2027年度（令和9年度）\n計画 2015年度（平成27年度）～2024年度（令和6年度）" //$NON-NLS-1$
				+ "（現在 2015年度（平成27年度）～2027年度（令和9年度））、2022年度（令和4年度）に変更：" + REASON, table.rows().get(1).get(2).text()); //$NON-NLS-1$
	}

	private static Shape.Rect rect(Scene scene, Style style) {
		return scene.shapes().stream().filter(shape -> shape instanceof Shape.Rect r && r.style() == style).map(Shape.Rect.class::cast)
				.findFirst().orElseThrow(() -> new AssertionError("no " + style)); //$NON-NLS-1$
	}

	/** The stroke colour blended with white by antialiasing: clearly more blue than red. */
	private static boolean bluish(int rgb) {
		return (rgb & 0xff) - ((rgb >> 16) & 0xff) > 30;
	}

	/** How often the PDF's page strokes a path without filling it: the operator S on a line of its own. */
	private static long strokes(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String content = new String(document.getPage(0).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
			return content.lines().filter("S"::equals).count(); //$NON-NLS-1$
		}
	}
}
