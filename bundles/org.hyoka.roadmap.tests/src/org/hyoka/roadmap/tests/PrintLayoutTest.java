package org.hyoka.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.EcoreFactory;

import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.FiscalAxis;
import org.hyoka.roadmap.Flag;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.RowKind;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.Timelines;
import org.hyoka.roadmap.Zoom;
import org.hyoka.roadmap.layout.PageSetup;
import org.hyoka.roadmap.layout.PageSetup.Paper;
import org.hyoka.roadmap.layout.PrintLayout;
import org.hyoka.roadmap.layout.PrintLayout.Page;
import org.hyoka.roadmap.layout.RoadmapLayout;
import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.UndatedList;
import org.hyoka.roadmap.output.PdfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The roadmap on printed pages (#47), with numbers worked out by hand for the sample of 53 rows over the 14 fiscal
 * years 2015 to 2028 (1,392 layout units wide: a 380-unit label column, 72 a year and 4 of padding). A4 landscape
 * is 841.89 × 595.28 points; 10 mm margins leave 785.197 × 538.587.
 */
class PrintLayoutTest {

	private static final Path OUT = Path.of("../org.hyoka.roadmap.tests/target/print"); //$NON-NLS-1$
	private static final double MARGIN = 10 * 72 / 25.4;

	private static RoadmapLayout saisei() {
		Timeline timeline = Timelines.of(Samples.load("saisei-iryo-2022")); //$NON-NLS-1$
		return new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.YEAR));
	}

	@Test
	void onePageWideIsTwoA4LandscapePages() throws IOException {
		RoadmapLayout layout = saisei();
		assertEquals(53, layout.rowCount());
		PrintLayout print = new PrintLayout(layout, PageSetup.DEFAULT, Locale.ENGLISH);
		// the whole width on the page: 785.197 / 1392 points a unit
		assertEquals((841.89 - 2 * MARGIN) / 1392, print.scale(), 1e-9);
		// 538.587 points are 954.8 units: less 28.4 for the number and 64 for the header, 862.4 units hold 30 rows
		assertEquals(List.of(new Page(1, 0, 30, 2015, 2028, false), new Page(2, 30, 23, 2015, 2028, true)), print.pages());

		Scene first = print.page(print.pages().get(0));
		Scene second = print.page(print.pages().get(1));
		Set<String> firstTexts = texts(first);
		Set<String> secondTexts = texts(second);
		for (Set<String> texts : List.of(firstTexts, secondTexts)) {
			assertTrue(texts.containsAll(List.of("2015年度", "2028年度")), "the year scale on every page: " + texts); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		assertTrue(firstTexts.contains("Page 1 of 2") && secondTexts.contains("Page 2 of 2"), "numbered"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(secondTexts.contains("Legend") && !firstTexts.contains("Legend"), "the legend under the last rows"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<String> tips = layout.layout().shapes().stream().filter(Shape.Text.class::isInstance).map(Shape::tip).toList();
		// the rows' labels in order: 30 on the first page, the other 23 on the second, right under the header
		Shape.Text row30 = (Shape.Text) second.shapes().stream().filter(shape -> shape instanceof Shape.Text t && t.x() < RoadmapLayout.LABEL_WIDTH
				&& t.y() > RoadmapLayout.HEADER_HEIGHT && t.y() < RoadmapLayout.HEADER_HEIGHT + RoadmapLayout.ROW_HEIGHT).findFirst().orElseThrow();
		assertEquals(RoadmapLayout.HEADER_HEIGHT + RoadmapLayout.ROW_HEIGHT / 2 + 4, row30.y(), 1e-9);
		assertTrue(tips.indexOf(row30.tip()) > tips.indexOf(lastRowLabel(first).tip()), "the second page goes on from the first"); //$NON-NLS-1$
		for (Scene page : List.of(first, second)) {
			for (Shape shape : page.shapes()) {
				assertTrue(within(shape, page), shape + " on the page"); //$NON-NLS-1$
			}
		}
		// the pages as a PDF, to look at
		Files.createDirectories(OUT);
		for (Scene page : List.of(first, second)) {
			try (OutputStream out = Files.newOutputStream(OUT.resolve("saisei-a4-landscape-" + page.firstRow() + ".pdf"))) { //$NON-NLS-1$ //$NON-NLS-2$
				PdfWriter.write(page, out);
			}
		}
	}

	@Test
	void twoPagesWideSplitTheYearsAndRepeatTheLabels() {
		RoadmapLayout layout = saisei();
		PrintLayout print = new PrintLayout(layout, new PageSetup(Paper.A4, true, 2, 10), Locale.JAPANESE);
		// seven years a page: 380 + 7 × 72 + 4 = 888 units on 785.197 points
		assertEquals((841.89 - 2 * MARGIN) / 888, print.scale(), 1e-9);
		// 609.1 units high hold 18 rows; the last 17 leave no room for the legend's lines, which get one page of their own,
		// without years
		assertEquals(List.of(new Page(1, 0, 18, 2015, 2021, false), new Page(2, 0, 18, 2022, 2028, false), new Page(3, 18, 18, 2015, 2021, false),
				new Page(4, 18, 18, 2022, 2028, false), new Page(5, 36, 17, 2015, 2021, false), new Page(6, 36, 17, 2022, 2028, false),
				new Page(7, 53, 0, 2015, 2028, true)), print.pages());
		Scene right = print.page(print.pages().get(1));
		Set<String> texts = texts(right);
		assertTrue(texts.contains("2022年度") && !texts.contains("2021年度"), "the second page's years: " + texts); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(texts.contains("2 / 7 ページ"), "numbered in Japanese"); //$NON-NLS-1$ //$NON-NLS-2$
		Set<String> legendPage = texts(print.page(print.pages().get(6)));
		assertTrue(!texts.contains("凡例") && legendPage.contains("凡例"), "the legend in Japanese"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(legendPage.stream().noneMatch(text -> text.matches("\\d{4}年度")), "no years over the legend alone: " + legendPage); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(lastRowLabel(print.page(print.pages().get(0))).tip(), lastRowLabel(right).tip(), "the label column on both pages of a band"); //$NON-NLS-1$
		// the years start right of the label column, at the page's first year
		double axisLeft = right.shapes().stream().filter(shape -> shape instanceof Shape.Text t && t.centred() && "2022年度".equals(t.text())) //$NON-NLS-1$
				.mapToDouble(shape -> ((Shape.Text) shape).x()).findFirst().orElseThrow();
		assertEquals(RoadmapLayout.LABEL_WIDTH + 36, axisLeft, 1e-9);
	}

	@Test
	void aShortRoadmapIsNotBlownUpAndBadSetupsAreRefused() {
		PrintLayout print = new PrintLayout(saisei(), new PageSetup(Paper.A3, true, 20, 0), Locale.ENGLISH);
		assertEquals(1, print.scale(), "one point a unit at most"); //$NON-NLS-1$
		assertEquals(14, print.pages().stream().filter(page -> page.firstRow() == 0).count(), "no more pages wide than years"); //$NON-NLS-1$
		assertThrows(IllegalArgumentException.class, () -> new PageSetup(Paper.A4, true, 0, 10));
		assertThrows(IllegalArgumentException.class, () -> new PageSetup(Paper.A4, true, 1, 51));
		assertThrows(IllegalArgumentException.class, () -> new PageSetup(Paper.A4, true, 1, Double.NaN));
		assertEquals(612, new PageSetup(Paper.LETTER, false, 1, 0).width(), 1e-9);
		assertEquals(612, new PageSetup(Paper.LETTER, true, 1, 0).height(), 1e-9);
		assertFalse(print.pages().isEmpty());
	}

	/**
	 * A roadmap of 32 lanes, each with one undated item: the undated list prints after the rows and the legend, over
	 * the pages it needs. Three years are 600 units (380 + 3 × 72 + 4), so one unit is a point and a page 785.197 ×
	 * 538.587 units: 458.587 for rows under the header and above the number, 16 rows a page. The two bands of rows
	 * leave 10.587 units, too few for the English legend, whose 18 entries take five lines at this width
	 * (5 × 18 + 4 = 94 units), so it starts a page; under it 364.587 units hold 20 of the list's 32 lines (each lane's
	 * item is a line of its own: 20 × 18 + 4 = 364), and the other 12 go on a page of their own, under the list's
	 * heading repeated, left of the first of them as on the page before.
	 */
	@Test
	void theUndatedItemsPrintAfterTheRowsOnPagesOfTheirOwn() {
		List<Row> lanes = IntStream.rangeClosed(1, 32).mapToObj(n -> new Row(RowKind.LANE, 0, "Lane " + n, EcoreFactory.eINSTANCE.createEObject(), //$NON-NLS-1$
				List.of(new Mark.Bar(Mark.BarKind.ROADMAP_ITEM, null, null, "Item " + n, Set.of(Flag.UNDATED), EcoreFactory.eINSTANCE.createEObject())))) //$NON-NLS-1$
				.toList();
		Timeline timeline = new Timeline("Lanes", lanes, 2020, 2022, null); //$NON-NLS-1$
		PrintLayout print = new PrintLayout(new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.YEAR)), PageSetup.DEFAULT, Locale.ENGLISH);
		assertEquals(1, print.scale(), 1e-9);
		assertEquals(List.of(new Page(1, 0, 16, 2020, 2022, false), new Page(2, 16, 16, 2020, 2022, false), new Page(3, 32, 0, 2020, 2022, true, 0, 20),
				new Page(4, 32, 0, 2020, 2022, false, 20, 12)), print.pages());
		Scene third = print.page(print.pages().get(2));
		Scene fourth = print.page(print.pages().get(3));
		assertTrue(texts(third).containsAll(List.of("Legend", "Undated", "Item 1", "Item 20")) && !texts(third).contains("Item 21"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"under the legend, the list's first 20 lines: " + texts(third)); //$NON-NLS-1$
		assertTrue(texts(fourth).containsAll(List.of("Item 21", "Item 32")) && !texts(fourth).contains("Item 20") && !texts(fourth).contains("Legend"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"the other 12 on a page of their own: " + texts(fourth)); //$NON-NLS-1$
		assertTrue(print.pages().subList(0, 2).stream().map(print::page).noneMatch(page -> texts(page).contains("Undated")), "not among the rows"); //$NON-NLS-1$ //$NON-NLS-2$
		// the heading's line right under the legend (64 + 94), and line 20 right under the header of the last page
		assertEquals(64 + 94 + 13, text(third, "Undated").y(), 1e-9); //$NON-NLS-1$
		assertEquals(64 + 13, text(fourth, "Item 21").y(), 1e-9); //$NON-NLS-1$
		assertEquals(List.of(64.0 + 13), fourth.shapes().stream().filter(shape -> shape instanceof Shape.Text t && t.text().equals("Undated")) //$NON-NLS-1$
				.map(shape -> ((Shape.Text) shape).y()).toList(), "the heading repeated once, on the line of the first item there"); //$NON-NLS-1$
		assertEquals(text(third, "Undated").x(), text(fourth, "Undated").x(), 1e-9); //$NON-NLS-1$ //$NON-NLS-2$
		// where the first page of the list has its heading and its first line's words
		assertEquals(text(third, "Lane 1:").x(), text(fourth, "Lane 21:").x(), 1e-9); //$NON-NLS-1$ //$NON-NLS-2$
		for (Scene page : List.of(third, fourth)) {
			for (Shape shape : page.shapes()) {
				assertTrue(within(shape, page), shape + " on the page"); //$NON-NLS-1$
			}
		}
	}

	/**
	 * The sample 創薬基盤 prints its undated items after its rows, each once, in the rows' order, over the pages they
	 * need: one page wide, and two, where the list goes on from the first page across to the second rather than
	 * printing twice; the pages are written as PDF to look at.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 1, 2 })
	void aSamplesUndatedItemsPrintAfterItsRowsEachOnce(int pagesWide) throws IOException {
		Timeline timeline = Timelines.of(Samples.load("soyaku-kiban-2021")); //$NON-NLS-1$
		RoadmapLayout layout = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.YEAR));
		PrintLayout print = new PrintLayout(layout, new PageSetup(Paper.A4, true, pagesWide, 10), Locale.JAPANESE);
		List<Page> listing = print.pages().stream().filter(page -> page.undatedLines() > 0).toList();
		int rows = layout.rowCount();
		assertFalse(listing.isEmpty(), "the sample has undated items"); //$NON-NLS-1$
		assertTrue(listing.stream().allMatch(page -> page.rowCount() == 0 || page.firstRow() + page.rowCount() == rows), "after the rows"); //$NON-NLS-1$
		assertEquals(pagesWide, listing.stream().filter(page -> page.rowCount() > 0).count(), "under the last rows, on each page across"); //$NON-NLS-1$
		List<String> tips = new UndatedList(timeline, Locale.JAPANESE, 0, print.width()).entries().stream().map(entry -> Timelines.undatedLabel(entry.bar()))
				.toList();
		Set<String> wanted = new HashSet<>(tips);
		List<String> printed = print.pages().stream().map(print::page).flatMap(page -> page.shapes().stream())
				.filter(shape -> shape instanceof Shape.Text text && wanted.contains(text.tip())).map(Shape::tip).toList();
		assertEquals(tips, printed);
		Files.createDirectories(OUT);
		for (Page page : listing) {
			try (OutputStream out = Files.newOutputStream(OUT.resolve("soyaku-undated-" + pagesWide + "-" + page.number() + ".pdf"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				PdfWriter.write(print.page(page), out);
			}
		}
	}

	private static Shape.Text text(Scene scene, String words) {
		return scene.shapes().stream().filter(shape -> shape instanceof Shape.Text t && t.text().equals(words)).map(Shape.Text.class::cast).findFirst()
				.orElseThrow();
	}

	private static Shape.Text lastRowLabel(Scene page) {
		return page.shapes().stream().filter(shape -> shape instanceof Shape.Text t && t.x() < RoadmapLayout.LABEL_WIDTH && t.y() > RoadmapLayout.HEADER_HEIGHT)
				.map(Shape.Text.class::cast).filter(t -> t.tip() != null).reduce((a, b) -> b).orElseThrow();
	}

	private static Set<String> texts(Scene scene) {
		return scene.shapes().stream().filter(Shape.Text.class::isInstance).map(shape -> ((Shape.Text) shape).text()).collect(Collectors.toSet());
	}

	/** Whether a shape's anchor or box is inside the page. */
	private static boolean within(Shape shape, Scene page) {
		return switch (shape) {
		case Shape.Rect r -> r.x() >= 0 && r.y() >= 0 && r.x() + r.width() <= page.width() + 1e-9 && r.y() + r.height() <= page.height() + 1e-9;
		case Shape.Line l -> Math.min(l.x1(), l.x2()) >= 0 && Math.max(l.x1(), l.x2()) <= page.width() && Math.max(l.y1(), l.y2()) <= page.height();
		case Shape.Diamond d -> d.x() >= 0 && d.x() <= page.width() && d.y() <= page.height();
		case Shape.Circle c -> c.x() >= 0 && c.x() <= page.width() && c.y() <= page.height();
		case Shape.Text t -> t.x() >= 0 && t.x() <= page.width() && t.y() <= page.height();
		};
	}
}
