package org.hyoka.export.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaPackage;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * File > Export… writes what the editor shows, unsaved changes included, as Print does, and opens the file it wrote
 * unless the user turns that off, a choice the wizard keeps.
 */
class ExportedFileTest {

	private static final String PROJECT = "ExportedFiles"; //$NON-NLS-1$
	private static final String OPEN = "Open the file when it is written"; //$NON-NLS-1$
	private static final String TITLE = "評価報告書 未保存の表題"; //$NON-NLS-1$

	private final WorkbenchBot bot = new WorkbenchBot();
	private final Consumer<Path> desktop = ExportJob.open;
	private final List<Path> opened = new CopyOnWriteArrayList<>();
	private IFile file;

	@BeforeEach
	void importSample() throws Exception {
		ExportJob.open = opened::add;
		file = SampleProject.copy(PROJECT);
	}

	@AfterEach
	void restore() throws Exception {
		ExportJob.open = desktop;
		bot.syncRun(() -> bot.page().closeAllEditors(false));
		SampleProject.delete(file);
	}

	@Test
	void theEditorsUnsavedChangesAreExportedAndTheFileOpens() throws Exception {
		IEditorPart editor = bot.openEditor(file);
		bot.syncRun(() -> {
			EvaluationReport shown = editor.getAdapter(EvaluationReport.class);
			EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(shown);
			domain.getCommandStack().execute(SetCommand.create(domain, shown, HyokaPackage.Literals.EVALUATION_REPORT__TITLE_JA, TITLE));
		});
		Path saved = file.getLocation().toPath();
		String before = Files.readString(saved, StandardCharsets.UTF_8);

		ShellBot wizard = openWizard();
		assertTrue(wizard.textContaining("has unsaved changes").contains("they are exported too"));
		selectHtml(wizard);
		Path target = saved.resolveSibling("unsaved.html");
		wizard.textWithLabel("To file:").setText(target.toString());
		Button open = wizard.button(OPEN).widget();
		bot.syncRun(() -> open.setSelection(true));
		bot.settlePainting(open);
		wizard.screenshot(Path.of("target", "screenshots", "export-wizard-unsaved.png")); //$NON-NLS-1$ //$NON-NLS-2$
		wizard.button("Finish").click();
		wizard.waitUntilClosed();
		bot.waitForJobs();

		assertTrue(Files.readString(target, StandardCharsets.UTF_8).contains(TITLE), "the title typed and not saved is in the report");
		bot.waitUntil("the written file is opened", () -> opened.equals(List.of(target)));
		assertEquals(before, Files.readString(saved, StandardCharsets.UTF_8), "exporting saves nothing");
		assertTrue(bot.syncCall(editor::isDirty));
	}

	@Test
	void theFileStaysClosedWhenTheUserSaysSoAndTheWizardKeepsTheChoice() throws Exception {
		ShellBot wizard = openWizard();
		selectHtml(wizard);
		Button open = wizard.button(OPEN).widget();
		bot.syncRun(() -> open.setSelection(false));
		wizard.button("Finish").click();
		wizard.waitUntilClosed();
		bot.waitForJobs();
		bot.flush();
		assertTrue(Files.isRegularFile(file.getLocation().toPath().resolveSibling("soyaku-kiban-2021.html")));
		assertTrue(opened.isEmpty(), "nothing opened: " + opened);

		ShellBot again = openWizard();
		assertFalse(bot.syncCall(() -> again.button(OPEN).widget().getSelection()), "the choice is kept");
		again.button("Cancel").click();
		again.waitUntilClosed();
	}

	/** File > Export…, the Hyoka Workbench category, Evaluation Report, Next; the sample is the selected file. */
	private ShellBot openWizard() {
		ShellBot dialog = bot.selectWizard("Export", "Hyoka Workbench", "Evaluation Report"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		dialog.button("Next >").click(); //$NON-NLS-1$
		dialog.textWithLabel("Evaluation file:").setText(file.getLocation().toPath().toString()); //$NON-NLS-1$
		return dialog;
	}

	private void selectHtml(ShellBot wizard) {
		Table formats = wizard.find(Table.class, "the format list", Table::isVisible); //$NON-NLS-1$
		bot.syncRun(() -> {
			int index = Arrays.stream(formats.getItems()).map(item -> item.getText()).toList().indexOf("Evaluation report (HTML)"); //$NON-NLS-1$
			formats.setSelection(index);
			Event select = new Event();
			select.item = formats.getItem(index);
			formats.notifyListeners(SWT.Selection, select);
		});
	}
}
