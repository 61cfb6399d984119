package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IFileEditorInput;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.OutputsPage;
import org.hyoka.editor.internal.OverviewPage;
import org.hyoka.editor.internal.ProjectsPage;
import org.hyoka.editor.internal.TreePage;
import org.hyoka.model.program.Program;
import org.hyoka.model.results.TargetRevision;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.editor.OpenedEditors;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The workbench started with {@code -nl ja} (this class runs in its own test execution, see pom.xml): menus,
 * wizard, editor pages and labels are Japanese.
 */
class JapaneseEditorTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void everyPageOfTheEditorIsJapanese() throws CoreException {
		IFile file = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null);
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		List<String> tabs = bot.syncCall(() -> {
			List<String> texts = new ArrayList<>();
			for (CTabItem item : ((CTabFolder) editor.getActivePageInstance().getPartControl().getParent()).getItems()) {
				texts.add(item.getText());
			}
			return texts;
		});
		assertTrue(tabs.containsAll(List.of("概要", "評点", "ツリー")), tabs.toString());

		List<String> pageIds = bot.syncCall(editor::pageIds);
		assertEquals(tabs.size(), pageIds.size());
		for (String id : pageIds) {
			bot.syncRun(() -> editor.setActivePage(id));
			bot.flush();
			bot.screenshot("ja-" + id.substring(id.lastIndexOf('.') + 1) + ".png");
		}

		bot.syncRun(() -> editor.setActivePage(TreePage.ID));
		bot.flush();
		Tree tree = bot.windowShell().find(Tree.class, "the editor's tree", t -> t.getItemCount() > 0
				&& t.getItem(0).getText().startsWith("技術評価報告書"));
		List<String> labels = bot.syncCall(() -> {
			List<String> texts = new ArrayList<>();
			for (TreeItem item : tree.getItems()[0].getItems()) {
				texts.add(item.getText());
			}
			return texts;
		});
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("組織 経済産業省")), labels.toString());
	}

	/** #48: the banner saying why a file is read-only wraps, in Japanese too, on every page at the window's size. */
	@Test
	void theReadOnlyBannerIsShownInFull() throws Exception {
		EvaluationEditor editor = FileChangedOutsideTest.openReadOnly(bot, FileChangedOutsideTest.brokenCopyOfSample("ja-read-only"));
		String banner = bot.syncCall(editor::readOnlyReason);
		assertTrue(banner.startsWith("読み取り専用："), banner);
		FileChangedOutsideTest.assertEveryPageShowsInFull(bot, editor, banner, "ja-read-only");
	}

	@Test
	void menusAndTheNewEvaluationWizardAreJapanese() {
		List<String> samples = bot.windowShell().menu("ファイル", "サンプルを開く").itemLabels();
		assertEquals(2, samples.size(), samples.toString());
		assertTrue(samples.get(0).contains("創薬基盤技術開発"), samples.toString());
		bot.windowShell().menu("ファイル", "新規", "評価").click();
		ShellBot wizard = bot.shell("新規評価");
		// each test starts with no project: the wizard proposes a folder and says that Finish makes it
		String message = bot.syncCall(() -> ((IMessageProvider) ((WizardDialog) wizard.widget().getData()).getCurrentPage()).getMessage());
		assertEquals("フォルダー 評価 はまだありません。「完了」で作成されます。", message);
		bot.screenshot("ja-new-evaluation.png");
		assertEquals("キャンセル", IDialogConstants.CANCEL_LABEL, "JFace's buttons are Japanese (org.hyoka.nl.ja.jface)");
		wizard.button("キャンセル").click();
		wizard.waitUntilClosed();
	}

	/** #45: the column of the target a revision revised, and the target named as the report prints it. */
	@Test
	void aRevisedTargetIsNamedByItsYearInJapanese() throws CoreException {
		IFile file = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null);
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		OutputsPage page = bot.syncCall(() -> (OutputsPage) editor.setActivePage(OutputsPage.ID));
		bot.flush();
		// project C prints 10 → 20 for its 2025 target
		TargetRevision revision = bot.syncCall(() -> editor.report().getProgram().getProjects().get(2).getOutcomeIndicators().get(0).getRevisions().get(1));
		Table table = bot.syncCall(() -> page.revisions().stream().map(list -> list.table()).filter(each -> each.rowOf(revision) != null).findFirst()
				.orElseThrow().viewer().getTable());
		List<String> row = bot.syncCall(() -> {
			UiBot.reveal(table);
			List<String> texts = new ArrayList<>();
			for (int column = 0; column < table.getColumnCount(); column++) {
				texts.add(table.getColumn(column).getText() + "=" + table.getItem(1).getText(column));
			}
			return texts;
		});
		assertTrue(row.contains("変更した目標=2025年度 20 件"), row.toString());
		bot.screenshot("ja-revised-target.png");
	}

	@Test
	void undoNamesTheFieldInJapanese() throws CoreException {
		IFile file = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null);
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		OverviewPage page = bot.syncCall(() -> (OverviewPage) editor.setActivePage(OverviewPage.ID));
		Program program = bot.syncCall(() -> editor.report().getProgram());
		String name = bot.syncCall(program::getNameJa);
		Text field = bot.find(page.getPartControl(), Text.class, "事業名の欄", text -> text.getText().equals(name));
		bot.syncRun(() -> {
			UiBot.reveal(field);
			field.setFocus();
			field.setText(name + "（改）");
			field.notifyListeners(SWT.FocusOut, new Event());
		});
		bot.flush();
		assertEquals(name + "（改）", bot.syncCall(program::getNameJa));
		bot.windowShell().menu("編集", "事業名の設定を元に戻す").click();
		bot.waitUntil("元に戻すで事業名が戻る", () -> name.equals(program.getNameJa()));
	}

	/**
	 * The projects the workbench makes are named in Japanese in the Project Explorer: the samples' copies, and the
	 * links to files opened from outside the workspace.
	 */
	@Test
	void theProjectsTheWorkbenchMakesAreNamedInJapanese(@TempDir Path folder) throws Exception {
		IFile sample = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null);
		assertEquals("サンプル", sample.getProject().getName());
		Path outside = Files.copy(sample.getLocation().toPath(), folder.resolve("外の評価.hyoka"));
		EvaluationEditor editor = OpenedEditors.openOutside(bot, outside);
		IFile linked = ((IFileEditorInput) editor.getEditorInput()).getFile();
		assertEquals("開いたファイル", linked.getProject().getName());
		assertEquals(outside, linked.getLocation().toPath());
	}

	/**
	 * A name typed into a cell with an input method on is composed from its first key: the key that opens the cell goes
	 * through the cell's input method, as the keys after it. A table has none, and with a Japanese one 「suiso」 came out
	 * as 「sういそ」. The keys are typed through the window system, as a keyboard's are; the input method of this test
	 * run (pom.xml, GTK_IM_MODULE) is GTK's Cyrillic transliteration, which is always there and turns 「a」 into 「а」.
	 */
	@Test
	void aNameTypedThroughAnInputMethodIsComposedFromItsFirstKey() throws CoreException {
		IFile file = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null);
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		ProjectsPage page = OpenedEditors.show(bot, editor, ProjectsPage.ID);
		Table table = bot.syncCall(() -> page.master().viewer().getTable());
		bot.syncRun(() -> {
			UiBot.reveal(table);
			table.setFocus();
			page.master().spreadsheet().focus(0, 1);
		});
		bot.flush();
		bot.typeThroughWindowSystem(table, "ab");
		bot.waitUntil("the cell shows both keys through the input method", () -> bot.display().getFocusControl() instanceof Text text
				&& text.getParent() == table && text.getText().length() == 2);
		assertEquals("\u0430\u0431", bot.syncCall(() -> ((Text) bot.display().getFocusControl()).getText()), "а and б, not a Latin a");
		bot.screenshot("ja-typed-through-input-method.png");
		bot.pressKey(bot.syncCall(bot.display()::getFocusControl), SWT.ESC);
	}
}
