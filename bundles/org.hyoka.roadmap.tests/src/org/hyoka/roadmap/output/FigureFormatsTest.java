package org.hyoka.roadmap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.Style;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * The roadmap figure's formats come from the extension point: org.hyoka.roadmap's SVG, PNG and PDF first, then what
 * other bundles add, each picked by a file's extension; a bad contribution is left out naming its bundle.
 */
class FigureFormatsTest {

	private static final String PARTNER = "org.example.partner"; //$NON-NLS-1$

	private static final Scene SCENE = new Scene(120, 40, 0, 1, List.of(new Shape.Rect(0, 0, 120, 40, Style.BACKGROUND, 1, false, ""), //$NON-NLS-1$
			new Shape.Text(5, 20, "研究開発", 12, false, Style.TITLE, ""), new Shape.Text(60, 20, "評価", 12, false, Style.TITLE, ""))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** A partner's format: the figure's labels, one a line. */
	private static final FigureFormat LABELS = new FigureFormat("org.example.labels", "txt", "Labels", null, null, PARTNER, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			() -> (scene, out) -> out.write(scene.shapes().stream().filter(Shape.Text.class::isInstance).map(shape -> ((Shape.Text) shape).text())
					.collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<String> ids(FigureFormats formats) {
		return formats.formats().stream().map(FigureFormat::id).toList();
	}

	private static List<String> messages(FigureFormats formats) {
		return formats.problems().stream().map(IStatus::getMessage).toList();
	}

	private static byte[] written(FigureFormat format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		format.write(SCENE, out);
		return out.toByteArray();
	}

	@Test
	void theBuiltInFormatsAreSvgPngAndPdfInThisOrder() throws IOException {
		for (FigureFormats formats : List.of(FigureFormats.read(RegistryFactory.getRegistry()), FigureFormats.installed(), FigureFormats.builtIn())) {
			assertEquals(List.of("svg", "png", "pdf"), ids(formats)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(List.of("svg", "png", "pdf"), formats.extensions()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(List.of(), formats.problems());
			for (FigureFormat format : formats.formats()) {
				assertEquals(FigureFormats.PLUGIN_ID, format.bundle());
				assertTrue(format.label().toUpperCase(Locale.ROOT).contains(format.fileExtension().toUpperCase(Locale.ROOT)) && !format.label().startsWith("%"), //$NON-NLS-1$
						"a translated label: " + format.label()); //$NON-NLS-1$
			}
			assertTrue(new String(written(formats.forExtension("svg").orElseThrow()), StandardCharsets.UTF_8).contains("<svg")); //$NON-NLS-1$ //$NON-NLS-2$
			byte[] png = written(formats.forExtension("png").orElseThrow()); //$NON-NLS-1$
			assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII)); //$NON-NLS-1$
			assertEquals("%PDF", new String(written(formats.forExtension("pdf").orElseThrow()), 0, 4, StandardCharsets.US_ASCII)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void aFileNamePicksTheFormatOfItsExtensionWhateverItsCase() {
		FigureFormats formats = FigureFormats.builtIn();
		assertEquals("png", formats.forFile("out/Roadmap.PNG").orElseThrow().id()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("pdf", formats.forFile("roadmap.svg.pdf").orElseThrow().id()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Optional.empty(), formats.forFile("roadmap.gif")); //$NON-NLS-1$
		assertEquals(Optional.empty(), formats.forFile("figures.svg/roadmap")); //$NON-NLS-1$
		assertEquals(Optional.empty(), formats.forFile("svg")); //$NON-NLS-1$
	}

	@Test
	void aPartnersFormatComesAfterTheBuiltInOnesAndIsFoundByItsExtension() throws IOException {
		List<FigureFormat> descriptors = new ArrayList<>(List.of(LABELS));
		descriptors.addAll(FigureFormats.builtIn().formats());
		FigureFormats formats = FigureFormats.of(descriptors);
		assertEquals(List.of(), formats.problems());
		assertEquals(List.of("svg", "png", "pdf", "txt"), formats.extensions()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(".svg, .png, .pdf, .txt", formats.listed()); //$NON-NLS-1$
		FigureFormat labels = formats.forFile("roadmap.TXT").orElseThrow(); //$NON-NLS-1$
		assertEquals(LABELS, labels);
		assertEquals("研究開発\n評価", new String(written(labels), StandardCharsets.UTF_8)); //$NON-NLS-1$
	}

	@Test
	void aFormatRepeatingAnExtensionIsLeftOutNamingItsBundle() {
		List<FigureFormat> descriptors = new ArrayList<>(FigureFormats.builtIn().formats());
		descriptors.add(new FigureFormat("org.example.svg", "SVG", "Other SVG", null, "svg", PARTNER, LABELS.factory())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		descriptors.add(LABELS);
		FigureFormats formats = FigureFormats.of(descriptors);
		assertEquals(List.of("svg", "png", "pdf", "org.example.labels"), ids(formats), "the built-in svg kept"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		List<String> problems = messages(formats);
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains(PARTNER) && problems.get(0).contains("org.example.svg") && problems.get(0).contains(".SVG"), //$NON-NLS-1$ //$NON-NLS-2$
				problems.get(0));
		assertThrows(IllegalArgumentException.class, () -> new FigureFormat("dotted", ".txt", "Dotted", null, null, PARTNER, LABELS.factory())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void badContributionsAreLeftOutOrFailNamingTheirBundle() throws IOException {
		IExtensionRegistry registry = registryWithPartner("""
				<plugin>
				   <extension point="org.hyoka.roadmap.figureFormats">
				      <format id="org.example.wrongType" fileExtension="wrong" label="Wrong" class="java.lang.String"/>
				      <format id="org.example.noExtension" label="No extension" class="java.lang.String"/>
				      <format id="org.example.dotted" fileExtension=".txt" label="Dotted" class="java.lang.String"/>
				      <format id="org.example.png" fileExtension="png" label="Another PNG" class="java.lang.String"/>
				      <format id="svg" fileExtension="svgz" label="Repeated id" class="java.lang.String"/>
				   </extension>
				</plugin>
				"""); //$NON-NLS-1$
		FigureFormats formats = FigureFormats.read(registry);
		assertEquals(List.of("svg", "png", "pdf", "org.example.wrongType"), ids(formats)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		List<String> problems = messages(formats);
		assertEquals(4, problems.size(), problems.toString());
		assertTrue(problems.stream().allMatch(problem -> problem.contains("Bundle " + PARTNER + " ")), problems.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		for (String named : List.of("org.example.noExtension", "org.example.dotted", "org.example.png", "svg")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			assertTrue(problems.stream().anyMatch(problem -> problem.contains(" " + named + ",")), named + " in " + problems); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		// the class is created when the format is used, so that a bundle starts only then
		IOException wrong = assertThrows(IOException.class, () -> written(formats.forFile("roadmap.wrong").orElseThrow())); //$NON-NLS-1$
		assertTrue(wrong.getMessage().contains(PARTNER) && wrong.getMessage().contains(FigureWriter.class.getName()), wrong.getMessage());
		assertFalse(formats.forFile("roadmap.svgz").isPresent(), "the repeated id is not used"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** org.hyoka.roadmap's plugin.xml, which declares the point, and a partner's contributions, outside the platform's registry. */
	private static IExtensionRegistry registryWithPartner(String partnerXml) throws IOException {
		Object key = new Object();
		// the default strategy creates classes with Class.forName, so that the partner names only the JDK's
		IExtensionRegistry registry = RegistryFactory.createRegistry(null, key, null);
		try (InputStream roadmap = FrameworkUtil.getBundle(FigureFormats.class).getEntry("plugin.xml").openStream(); //$NON-NLS-1$
				InputStream partner = new ByteArrayInputStream(partnerXml.getBytes(StandardCharsets.UTF_8))) {
			assertTrue(registry.addContribution(roadmap, ContributorFactorySimple.createContributor(FigureFormats.PLUGIN_ID), false,
					FigureFormats.PLUGIN_ID, null, key));
			assertTrue(registry.addContribution(partner, ContributorFactorySimple.createContributor(PARTNER), false, PARTNER, null, key));
		}
		return registry;
	}
}
