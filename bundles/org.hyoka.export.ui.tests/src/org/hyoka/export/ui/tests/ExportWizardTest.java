package org.hyoka.export.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** An evaluator exports sample 000 through File > Export… and opens what it wrote. */
class ExportWizardTest {

	private static final String PROJECT = "ExportSamples";
	private static final String SAMPLE = "soyaku-kiban-2021.hyoka";
	private static final String OPTION = "org.hyoka.export.option";
	private static final Path SCREENSHOTS = Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"));

	private final WorkbenchBot bot = new WorkbenchBot();
	private IProject project;
	private Path source;

	@BeforeEach
	void importSample() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(SAMPLE);
		try (InputStream in = Files.newInputStream(Path.of("../org.hyoka.samples/samples", SAMPLE))) {
			file.create(in, true, null);
		}
		source = file.getLocation().toPath();
	}

	@AfterEach
	void deleteProject() throws CoreException {
		project.delete(true, true, null);
	}

	@Test
	void exportsSample000AsTheTechnicalEvaluationReport() throws Exception {
		ShellBot wizard = openWizard();
		wizard.textWithLabel("Evaluation file:").setText(source.resolveSibling("notes.txt").toString());
		assertTrue(wizard.textContaining("is not an evaluation file").contains("notes.txt"));
		assertFalse(bot.syncCall(() -> wizard.button("Finish").widget().isEnabled()), "nothing to export yet");

		wizard.textWithLabel("Evaluation file:").setText(source.toString());
		Table formats = wizard.find(Table.class, "the format list", Table::isVisible);
		assertEquals(List.of("Evaluation report (HTML)", "Evaluation report (PDF)", "Evaluation report (Word DOCX)", "Table (CSV)", "Tables (Excel workbook)"),
				bot.syncCall(() -> Arrays.stream(formats.getItems()).map(TableItem::getText).toList()), "every installed exporter");
		selectFormat(wizard, "Evaluation report (HTML)");
		Path target = source.resolveSibling("soyaku-report.html");
		wizard.textWithLabel("To file:").setText(target.toString());
		Button finish = wizard.button("Finish").widget();
		bot.waitUntil("Finish is enabled once the page is complete", finish::isEnabled);
		leaveClosed(wizard);
		wizard.screenshot(SCREENSHOTS.resolve("export-wizard-html.png"));
		wizard.button("Finish").click();
		wizard.waitUntilClosed();
		bot.waitForJobs();

		byte[] bytes = Files.readAllBytes(target);
		Document html = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
		String text = html.getDocumentElement().getTextContent();
		assertTrue(text.contains("次世代治療・診断実現のための創薬基盤技術開発事業"), "the program");
		assertTrue(text.contains("第1部 事業の概要") && text.contains("第2部 評価"));
		assertTrue(text.contains("糖鎖利用による革新的創薬技術開発"), "project A");
		assertTrue(project.getFile("soyaku-report.html").exists(), "the workspace sees the new file");
	}

	@Test
	void exportsTheBudgetTableAsCsvWithAByteOrderMark() throws Exception {
		ShellBot wizard = openWizard();
		wizard.textWithLabel("Evaluation file:").setText(source.toString());
		selectFormat(wizard, "Table (CSV)");
		assertEquals(source.resolveSibling("soyaku-kiban-2021.csv").toString(), wizard.textWithLabel("To file:").getText(),
				"the destination is proposed beside the evaluation, with the format's extension");
		Combo table = wizard.find(Combo.class, "the table option", c -> "table".equals(c.getData(OPTION)));
		bot.syncRun(() -> {
			table.select(Arrays.asList(table.getItems()).indexOf("Budgets"));
			table.notifyListeners(SWT.Selection, new Event());
		});
		Button bom = wizard.find(Button.class, "the BOM option", b -> "bom".equals(b.getData(OPTION)));
		wizard.button(bot.syncCall(bom::getText)).click();
		bot.waitUntil("the BOM option is on", bom::getSelection);
		assertTrue(bot.syncCall(() -> {
			Rectangle box = bom.getBounds();
			return bom.getParent().getClientArea().contains(box.x + box.width - 1, box.y + box.height - 1);
		}), "the dialog grew to show every option");
		assertEquals("Budgets", bot.syncCall(table::getText));
		leaveClosed(wizard);
		wizard.screenshot(SCREENSHOTS.resolve("export-wizard-csv.png"));
		wizard.button("Finish").click();
		wizard.waitUntilClosed();
		bot.waitForJobs();

		byte[] bytes = Files.readAllBytes(source.resolveSibling("soyaku-kiban-2021.csv"));
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
		List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
		assertEquals("subject,table,kind,row,fiscal_year,amount,status,unit", lines.get(0));
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("次世代治療・診断実現のための創薬基盤技術開発事業,執行額,EXECUTED,合計,2018,5744,")),
				"the program's printed total for 2018");
	}

	/** File > Export…, the Hyoka Workbench category, Evaluation Report, Next. */
	private ShellBot openWizard() {
		ShellBot dialog = bot.selectWizard("Export", "Hyoka Workbench", "Evaluation Report");
		dialog.screenshot(SCREENSHOTS.resolve("export-select-wizard.png"));
		dialog.button("Next >").click();
		dialog.textWithLabel("Evaluation file:");
		return dialog;
	}

	/** The file written is read here, not opened in the desktop's application (ExportedFileTest checks that). */
	private void leaveClosed(ShellBot wizard) {
		Button open = wizard.button("Open the file when it is written").widget();
		bot.syncRun(() -> open.setSelection(false));
	}

	private void selectFormat(ShellBot wizard, String label) {
		Table formats = wizard.find(Table.class, "the format list", Table::isVisible);
		bot.syncRun(() -> {
			int index = Arrays.asList(formats.getItems()).stream().map(i -> i.getText()).toList().indexOf(label);
			assertTrue(index >= 0, label + " is offered");
			formats.setSelection(index);
			Event select = new Event();
			select.item = formats.getItem(index);
			formats.notifyListeners(SWT.Selection, select);
		});
	}
}
