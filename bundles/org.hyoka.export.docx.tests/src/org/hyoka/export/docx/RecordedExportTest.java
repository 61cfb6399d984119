package org.hyoka.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyoka.export.ExportOptions;
import org.hyoka.model.persistence.HyokaFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text of the DOCX export of both samples, paragraph by paragraph with its style and table by table, equals the
 * one recorded in {@code expected/}, so that moving report code cannot change what users get. After a deliberate
 * change, copy the new text from {@code target/exports/recorded/} over the expectation and review the difference.
 * These tests run with the IP add-on installed (org.hyoka.ip is required for it), so the recordings, made before IP
 * management moved out of the core, also show that the add-on prints its section exactly as the core did.
 */
class RecordedExportTest {

	private static final Path ACTUAL = Path.of("../org.hyoka.export.docx.tests/target/exports/recorded");

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void theDocumentsTextIsTheRecordedOne(String sample) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new DocxExporter().export(HyokaFiles.load(Path.of("../org.hyoka.samples/samples", sample + ".hyoka")), ExportOptions.DEFAULTS,
				new NullProgressMonitor(), out);
		List<String> lines = new ArrayList<>();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					lines.add(paragraph.getStyle() + "\t" + paragraph.getText());
				} else if (element instanceof XWPFTable table) {
					table.getRows().forEach(row -> lines.add("|\t" + String.join("\t|\t", row.getTableCells().stream().map(XWPFTableCell::getText).toList())));
				}
			}
		}
		String text = String.join("\n", lines) + "\n";
		Files.createDirectories(ACTUAL);
		Files.writeString(ACTUAL.resolve(sample + ".txt"), text, StandardCharsets.UTF_8);
		assertEquals(Files.readString(Path.of("../org.hyoka.export.docx.tests/expected", sample + ".txt"), StandardCharsets.UTF_8), text, sample);
	}
}
