package org.hyoka.roadmap.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.UsageException;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.Timelines;
import org.hyoka.roadmap.layout.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code hyoka roadmap} on both samples, and its one-line refusals of bad arguments and files. */
class RoadmapCommandTest {

	@TempDir
	Path folder;

	private final CommandRun command = new CommandRun();

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022", "soyaku-kiban-2021" })
	void svgHoldsTheFileYearsAndRows(String sample) throws Exception {
		Path svg = folder.resolve(sample + ".svg"); //$NON-NLS-1$
		assertEquals(Command.OK, run(sample(sample).toString(), "-o", svg.toString(), "--era", "wareki")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(svg.toString(), command.out().strip());
		Timeline timeline = Timelines.of(HyokaFiles.load(sample(sample)));
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		List<String> axis = axisLabels(document);
		List<String> expected = new ArrayList<>();
		for (int year = timeline.firstYear(); year <= timeline.lastYear(); year++) {
			expected.add(Era.WAREKI.label(year));
		}
		assertEquals(expected, axis);
		String text = Files.readString(svg);
		for (Row row : timeline.rows()) {
			assertTrue(text.contains(">" + row.label().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "<"), row.label()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		}
	}

	@Test
	void fromAndToChooseTheYears() throws Exception {
		Path svg = folder.resolve("range.svg"); //$NON-NLS-1$
		run(sample("soyaku-kiban-2021").toString(), "-o", svg.toString(), "--from", "2018", "--to", "2026"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		List<String> axis = axisLabels(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile()));
		assertEquals(List.of("2018年度", "2019年度", "2020年度", "2021年度", "2022年度", "2023年度", "2024年度", "2025年度", "2026年度"), axis); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
	}

	@Test
	void pngIsAnImage() throws Exception {
		System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		Path png = folder.resolve("soyaku.PNG"); //$NON-NLS-1$
		run(sample("soyaku-kiban-2021").toString(), "-o", png.toString(), "--zoom", "quarter"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(ImageIO.read(png.toFile()).getWidth() > 1000);
	}

	@Test
	void pdfHoldsTheRowsAndTheYearsAsked() throws Exception {
		Path pdf = folder.resolve("soyaku.pdf"); //$NON-NLS-1$
		String sample = "soyaku-kiban-2021"; //$NON-NLS-1$
		assertEquals(Command.OK, run(sample(sample).toString(), "-o", pdf.toString(), "--from", "2018", "--to", "2026", "--era", "wareki")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		assertEquals(pdf.toString(), command.out().strip());
		String text = pdfText(pdf);
		for (Row row : Timelines.of(HyokaFiles.load(sample(sample))).rows()) {
			assertTrue(text.contains(row.label()), row.label());
		}
		for (int year = 2018; year <= 2026; year++) {
			assertTrue(text.contains(Era.WAREKI.label(year)), Era.WAREKI.label(year));
		}
	}

	@Test
	void theStatusLineIsAtTheStatusDateAsked() throws Exception {
		Path svg = folder.resolve("status.svg"); //$NON-NLS-1$
		run(sample("soyaku-kiban-2021").toString(), "-o", svg.toString(), "--status-date", "2020-06-30"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		NodeList lines = document.getElementsByTagName("line"); //$NON-NLS-1$
		List<String> status = new ArrayList<>();
		for (int i = 0; i < lines.getLength(); i++) {
			Element line = (Element) lines.item(i);
			if (line.getAttribute("stroke").equals(Style.STATUS_LINE.stroke())) { //$NON-NLS-1$
				status.add(line.getParentNode().getTextContent()); // the title of its group
			}
		}
		// the line over the rows, titled with its date, and the legend's sample of it, titled with its words
		assertEquals(List.of("2020-06-30"), status.stream().filter(title -> title.matches("\\d{4}-\\d{2}-\\d{2}")).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, status.size(), status.toString());
	}

	@Test
	void badArgumentsAndFilesAreOneLineNamingTheFile() throws IOException {
		String sample = sample("saisei-iryo-2022").toString(); //$NON-NLS-1$
		String svg = folder.resolve("x.svg").toString(); //$NON-NLS-1$
		command.refused("-o is required", sample); //$NON-NLS-1$
		command.refused("x.gif", sample, "-o", folder.resolve("x.gif").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		command.refused("--from abc", sample, "-o", svg, "--from", "abc"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		command.refused("--from 2026", sample, "-o", svg, "--from", "2026", "--to", "2018"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		command.refused("--era showa", sample, "-o", svg, "--era", "showa"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		command.refused("--zoom week", sample, "-o", svg, "--zoom", "week"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		command.refused("--status-date 2020-02-30", sample, "-o", svg, "--status-date", "2020-02-30"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Path missing = folder.resolve("missing.hyoka"); //$NON-NLS-1$
		command.refused(missing.toString(), missing.toString(), "-o", svg); //$NON-NLS-1$
		Path broken = folder.resolve("broken.hyoka"); //$NON-NLS-1$
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<hyoka:EvaluationReport\n"); //$NON-NLS-1$
		command.refused("broken.hyoka", broken.toString(), "-o", svg); //$NON-NLS-1$ //$NON-NLS-2$
		Path copy = folder.resolve("copy.svg"); //$NON-NLS-1$
		Files.copy(sample("saisei-iryo-2022"), copy); //$NON-NLS-1$
		command.refused("copy.svg", copy.toString(), "-o", copy.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Files.readString(sample("saisei-iryo-2022")), Files.readString(copy)); //$NON-NLS-1$
		assertFalse(Files.exists(Path.of(svg)));
	}

	@Test
	void anOutputOfNoInstalledFormatIsRefusedListingTheFormats() {
		Path xyz = folder.resolve("out.xyz"); //$NON-NLS-1$
		UsageException refusal = assertThrows(UsageException.class, () -> run(sample("saisei-iryo-2022").toString(), "-o", xyz.toString())); //$NON-NLS-1$ //$NON-NLS-2$
		String message = refusal.getMessage();
		// the formats of org.hyoka.roadmap's plugin.xml, read from the extension point, in its order
		assertTrue(message.startsWith(xyz.toString()) && message.contains(".svg, .png, .pdf"), message); //$NON-NLS-1$
		assertFalse(message.contains("\n"), message); //$NON-NLS-1$
		assertFalse(Files.exists(xyz));
	}

	/** A sample evaluation shipped with the product. */
	private static Path sample(String name) {
		return Path.of("../org.hyoka.samples/samples", name + ".hyoka"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private int run(String... arguments) throws UsageException {
		return command.run(arguments);
	}

	/** The labels of the axis' year ticks, in order: the only centred texts in the axis' colour. */
	private static List<String> axisLabels(Document document) {
		List<String> labels = new ArrayList<>();
		NodeList texts = document.getElementsByTagName("text"); //$NON-NLS-1$
		for (int i = 0; i < texts.getLength(); i++) {
			Element text = (Element) texts.item(i);
			if ("middle".equals(text.getAttribute("text-anchor")) && Style.AXIS_TEXT.fill().equals(text.getAttribute("fill"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				labels.add(text.getTextContent());
			}
		}
		return labels;
	}
}
