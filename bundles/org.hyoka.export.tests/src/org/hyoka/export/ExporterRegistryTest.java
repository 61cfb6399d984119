package org.hyoka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.export.csv.CsvExporter;
import org.hyoka.export.html.HtmlExporter;
import org.junit.jupiter.api.Test;

/** Exporters come from the extension registry in OSGi and from descriptors in plain Java. */
class ExporterRegistryTest {

	@Test
	void theExtensionRegistryOffersTheHtmlAndCsvExporters() throws Exception {
		ExporterRegistry registry = ExporterRegistry.read(RegistryFactory.getRegistry());
		assertEquals(List.of(), registry.problems());
		ExporterDescriptor html = registry.find("org.hyoka.export.html").orElseThrow();
		ExporterDescriptor csv = registry.find("org.hyoka.export.csv").orElseThrow();
		assertEquals("html", html.fileExtension());
		assertEquals("csv", csv.fileExtension());
		assertTrue(html.label().contains("HTML") && !html.label().startsWith("%"), "translated label: " + html.label());
		assertInstanceOf(HtmlExporter.class, html.create());
		assertInstanceOf(CsvExporter.class, csv.create());
		assertEquals("report.html", html.fileName("report"));
	}

	@Test
	void plainJavaBuildsARegistryFromDescriptorsAndReportsRepeatedIds() {
		ExporterDescriptor html = new ExporterDescriptor("html", "HTML", "html", null, HtmlExporter::new);
		ExporterRegistry registry = ExporterRegistry.of(List.of(html, new ExporterDescriptor("html", "Other", "htm", "", CsvExporter::new)));
		assertEquals(List.of(html), registry.exporters());
		assertEquals(1, registry.problems().size());
		assertTrue(registry.problems().get(0).getMessage().contains("html"));
	}

	@Test
	void optionsAreTypedWithDefaultsAndParseFromText() {
		ExportOptions options = ExportOptions.DEFAULTS.with(CsvExporter.BOM, true);
		assertEquals(Boolean.TRUE, options.get(CsvExporter.BOM));
		assertEquals("scores", options.get(CsvExporter.TABLE), "default");
		assertEquals(Boolean.FALSE, ExportOptions.DEFAULTS.get(CsvExporter.BOM));
		assertEquals("budgets", CsvExporter.TABLE.parse("Budgets"));
		IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> CsvExporter.TABLE.parse("pivot"));
		assertTrue(wrong.getMessage().contains("table") && wrong.getMessage().contains("indicators"), wrong.getMessage());
		assertEquals(List.of(CsvExporter.TABLE, CsvExporter.BOM), new CsvExporter().options());
	}
}
