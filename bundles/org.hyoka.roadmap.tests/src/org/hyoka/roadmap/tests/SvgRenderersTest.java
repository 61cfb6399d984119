package org.hyoka.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.FiscalAxis;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.Timelines;
import org.hyoka.roadmap.Zoom;
import org.hyoka.roadmap.layout.RoadmapLayout;
import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.Style;
import org.hyoka.roadmap.output.SvgWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The roadmap's SVG as two common renderers draw it (#47): ImageMagick's own SVG reader (MSVG, which refused it
 * with "nested too deeply") and rsvg-convert. Each must give a PNG of the figure's size with the marks in their
 * colours, the Japanese labels drawn and no outline where the SVG has none. The renderers come with the Debian
 * packages releng/scripts/setup.sh installs for the tests; a missing one fails the test.
 */
class SvgRenderersTest {

	private static final Path OUT = Path.of("../org.hyoka.roadmap.tests/target/renderers"); //$NON-NLS-1$

	private static Scene scene;
	private static Path svg;

	@BeforeAll
	static void writeTheSample() throws IOException {
		System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(OUT);
		// the larger sample: over 400 shapes, where MSVG gave up
		Timeline timeline = Timelines.of(Samples.load("soyaku-kiban-2021")); //$NON-NLS-1$
		scene = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WAREKI, Zoom.YEAR), LocalDate.of(2024, 10, 1)).figure(Locale.JAPANESE);
		svg = OUT.resolve("soyaku-kiban-2021.svg"); //$NON-NLS-1$
		try (OutputStream out = Files.newOutputStream(svg)) {
			SvgWriter.write(scene, out);
		}
	}

	@Test
	void imageMagicksOwnReaderDrawsIt() throws Exception {
		Path png = OUT.resolve("soyaku-kiban-2021-msvg.png"); //$NON-NLS-1$
		String magick = onPath("magick") != null ? "magick" : "convert"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		run(List.of(magick, "MSVG:" + svg.toAbsolutePath(), png.toAbsolutePath().toString()), "imagemagick"); //$NON-NLS-1$ //$NON-NLS-2$
		assertDrawn(png);
	}

	@Test
	void rsvgDrawsIt() throws Exception {
		Path png = OUT.resolve("soyaku-kiban-2021-rsvg.png"); //$NON-NLS-1$
		run(List.of("rsvg-convert", "-o", png.toAbsolutePath().toString(), svg.toAbsolutePath().toString()), "librsvg2-bin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertDrawn(png);
	}

	private static void assertDrawn(Path png) throws IOException {
		BufferedImage image = ImageIO.read(png.toFile());
		assertNotNull(image, png + " is a PNG"); //$NON-NLS-1$
		assertEquals((int) Math.ceil(scene.width()), image.getWidth(), "width"); //$NON-NLS-1$
		assertEquals((int) Math.ceil(scene.height()), image.getHeight(), "height"); //$NON-NLS-1$
		for (Style style : List.of(Style.PERIOD, Style.ROADMAP_ITEM, Style.EVALUATION, Style.TARGET_MET, Style.MILESTONE)) {
			assertTrue(scene.shapes().stream().filter(shape -> shape.style() == style && !(shape instanceof Shape.Text))
					.anyMatch(shape -> near(image, centre(shape), style.fill(), 3)), style + " drawn in " + style.fill()); //$NON-NLS-1$
		}
		Shape.Line status = first(Shape.Line.class, Style.STATUS_LINE);
		int middle = (int) ((status.y1() + status.y2()) / 2);
		assertTrue(reddish(image, (int) Math.floor(status.x1()), middle) || reddish(image, (int) Math.ceil(status.x1()), middle),
				"the status date's line"); //$NON-NLS-1$
		// the program's row label is all Japanese: drawn only with a Japanese font
		Shape.Text label = first(Shape.Text.class, Style.ROW_LABEL);
		int dark = 0;
		for (int y = (int) (label.y() - label.size()); y <= label.y() + 2; y++) {
			for (int x = (int) label.x(); x < label.x() + 200; x++) {
				dark += luminance(image.getRGB(x, y)) < 120 ? 1 : 0;
			}
		}
		assertTrue(dark > 100, label.text() + " drawn: " + dark + " dark pixels"); //$NON-NLS-1$ //$NON-NLS-2$
		// a row band has no outline: its top edge is its own pale colour, not black
		Shape.Rect band = first(Shape.Rect.class, Style.ROW_BAND);
		assertTrue(near(image, new int[] { (int) band.x() + 2, (int) band.y() }, Style.ROW_BAND.fill(), 3), "no outline on " + band); //$NON-NLS-1$
	}

	private static <T extends Shape> T first(Class<T> kind, Style style) {
		return scene.shapes().stream().filter(shape -> kind.isInstance(shape) && shape.style() == style).map(kind::cast).findFirst().orElseThrow();
	}

	private static int[] centre(Shape shape) {
		return switch (shape) {
		case Shape.Rect r -> new int[] { (int) (r.x() + r.width() / 2), (int) (r.y() + r.height() / 2) };
		case Shape.Diamond d -> new int[] { (int) d.x(), (int) d.y() };
		case Shape.Circle c -> new int[] { (int) c.x(), (int) c.y() };
		case Shape.Line l -> new int[] { (int) ((l.x1() + l.x2()) / 2), (int) ((l.y1() + l.y2()) / 2) };
		case Shape.Text t -> new int[] { (int) t.x(), (int) t.y() };
		};
	}

	/** Whether the pixel is the colour {@code #rrggbb}, each channel within {@code tolerance}. */
	private static boolean near(BufferedImage image, int[] at, String colour, int tolerance) {
		int rgb = image.getRGB(at[0], at[1]);
		int expected = Integer.parseInt(colour.substring(1), 16);
		for (int shift = 0; shift <= 16; shift += 8) {
			if (Math.abs((rgb >> shift & 0xff) - (expected >> shift & 0xff)) > tolerance) {
				return false;
			}
		}
		return true;
	}

	private static boolean reddish(BufferedImage image, int x, int y) {
		int rgb = image.getRGB(x, y);
		return (rgb >> 16 & 0xff) > 200 && (rgb >> 8 & 0xff) < 140 && (rgb & 0xff) < 140;
	}

	private static int luminance(int rgb) {
		return ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
	}

	/** Runs the renderer, failing with how to install it when it is not there. */
	private static void run(List<String> command, String debianPackage) throws IOException, InterruptedException {
		if (onPath(command.get(0)) == null) {
			fail(command.get(0) + " is not installed: releng/scripts/setup.sh installs the Debian package " + debianPackage //$NON-NLS-1$
					+ " with the tests' packages"); //$NON-NLS-1$
		}
		Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(2, TimeUnit.MINUTES), String.join(" ", command) + " finished"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Path onPath(String program) {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) { //$NON-NLS-1$ //$NON-NLS-2$
			Path candidate = Path.of(directory, program);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}
}
