package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.hyoka.edit.ui.Spreadsheet;
import org.hyoka.edit.ui.Spreadsheet.Position;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.ProblemMarkers;
import org.hyoka.editor.internal.wizard.CommitteeMembersPage;
import org.hyoka.editor.internal.wizard.EvaluationDetailsPage;
import org.hyoka.editor.internal.wizard.NewEvaluationWizard;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Project;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.editor.OpenedEditors;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.TextBot;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A secretariat starts a new evaluation with File > New > Evaluation. */
class NewEvaluationWizardTest {

	private static final String PROJECT = "Evaluations";
	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void theWizardCreatesAValidEvaluationAndOpensIt() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		project.create(null);
		project.open(null);
		bot.windowShell().menu("File", "New", "Evaluation").click();
		ShellBot wizard = bot.shell("New Evaluation");
		wizard.textWithLabel("Enter or select the parent folder:").setText(PROJECT);
		wizard.textWithLabel("File name:").setText("jisedai");
		wizard.button("Next >").click();
		bot.waitUntil("the details page shows", () -> bot.syncCall(() -> page(wizard).getName()).equals("details"));

		assertNull(errorMessage(wizard), "a fresh page names no error yet");
		assertFalse(bot.syncCall(() -> dialog(wizard).getCurrentPage().isPageComplete()), "but needs a program name");
		TextBot programName = wizard.textWithLabel("Program name:").setText("x");
		bot.syncRun(() -> programName.widget().setText("")); // as the Delete key leaves it
		assertEquals("Enter the name of the program.", errorMessage(wizard));
		programName.setText("次世代評価技術開発事業");
		assertNull(errorMessage(wizard));

		Spinner first = spinner(wizard, "start");
		Spinner last = spinner(wizard, "end");
		setYear(last, 2000);
		assertTrue(errorMessage(wizard).contains("before the first"), errorMessage(wizard));
		setYear(first, 2022);
		setYear(last, 2026);
		assertNull(errorMessage(wizard));

		for (String name : List.of("課題B", "課題C")) {
			wizard.button("Add Project").click();
			bot.flush();
			typeIntoCellEditor(name);
		}
		bot.screenshot("new-evaluation-wizard.png");

		// the lines of a members CSV, as hyoka new --members @members.csv reads them, pasted into the members' table:
		// a second chair is named by its row, and Finish waits until the role typed over it is 委員
		wizard.button("Next >").click();
		bot.waitUntil("the members page shows", () -> bot.syncCall(() -> page(wizard).getName()).equals("members"));
		Table members = membersTable(wizard);
		bot.setClipboard("name,role,affiliation\n山田 太郎,座長,北海道大学 教授\n佐藤 花子,座長,");
		bot.syncRun(members::setFocus);
		bot.pressKey(members, 'v', SWT.MOD1);
		assertEquals(List.of("山田 太郎|座長|北海道大学 教授", "佐藤 花子|座長|"), memberRows(members).subList(0, 2));
		assertEquals("Row 2 names a second 座長: a committee has one chair.", errorMessage(wizard));
		assertFalse(bot.syncCall(() -> wizard.button("Finish").widget().isEnabled()), "no Finish with two chairs");
		Spreadsheet sheet = bot.syncCall(() -> Spreadsheet.on(members));
		bot.syncRun(() -> sheet.focus(1, 1));
		bot.pressKey(members, '委');
		typeIntoCellEditor("委員");
		assertEquals(List.of("山田 太郎|座長|北海道大学 教授", "佐藤 花子|委員|"), memberRows(members).subList(0, 2));
		assertNull(errorMessage(wizard));
		wizard.button("Finish").click();
		wizard.waitUntilClosed();
		bot.waitForJobs();

		IFile file = project.getFile("jisedai.hyoka");
		assertTrue(file.exists(), "the wizard adds the .hyoka extension");
		bot.waitUntil("the new evaluation is open", () -> activeEditor() instanceof EvaluationEditor);
		EvaluationEditor editor = (EvaluationEditor) activeEditor();
		OpenedEditors.validated(bot, editor);
		EvaluationReport report = editor.report();
		assertEquals("次世代評価技術開発事業", report.getProgram().getNameJa());
		assertEquals(List.of("A", "B", "C"), report.getProgram().getProjects().stream().map(Project::getLetterCode).toList());
		assertEquals(List.of("", "課題B", "課題C"), report.getProgram().getProjects().stream().map(Project::getNameJa).toList());
		assertEquals(2022, report.getProgram().getPeriod().getStartFY());
		assertEquals(2026, report.getProgram().getPeriod().getEndFY());
		assertTrue(report.getEvaluations().stream().allMatch(e -> e.getType() == EvaluationType.INTERIM));
		assertFalse(bot.syncCall(() -> activeEditor().isDirty()));
		assertEquals(List.of("山田 太郎", "佐藤 花子"), report.getCommittee().getMembers().stream().map(member -> member.getPerson().getNameJa()).toList());
		assertEquals(List.of(CommitteeRole.CHAIR, CommitteeRole.MEMBER), report.getCommittee().getMembers().stream().map(CommitteeMember::getRole).toList());
		assertEquals("北海道大学 教授", report.getCommittee().getMembers().get(0).getAffiliationPrinted());

		EvaluationReport onDisk = HyokaFiles.load(file.getLocation().toPath());
		assertEquals(3, onDisk.getEvaluations().size());
		IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO);
		assertTrue(Arrays.stream(markers).noneMatch(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR),
				() -> "a new evaluation has no errors: " + Arrays.stream(markers).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
		bot.screenshot("new-evaluation-opened.png");
	}

	@Test
	void inAnEmptyWorkspaceTheWizardMakesTheFolder() throws Exception {
		assertEquals(0, ResourcesPlugin.getWorkspace().getRoot().getProjects().length, "each test starts with no project");
		bot.windowShell().menu("File", "New", "Evaluation").click();
		ShellBot wizard = bot.shell("New Evaluation");
		TextBot folder = wizard.textWithLabel("Enter or select the parent folder:");
		assertEquals("Evaluations", folder.getText(), "a folder is proposed");
		assertEquals("The folder Evaluations does not exist yet: Finish creates it.", message(wizard));
		assertNull(errorMessage(wizard));

		TextBot fileName = wizard.textWithLabel("File name:");
		bot.syncRun(() -> fileName.widget().setText("")); // as the Delete key leaves it
		assertEquals("Enter a file name.", errorMessage(wizard));
		assertFalse(bot.syncCall(() -> wizard.button("Next >").widget().isEnabled()), "no Next without a name");
		folder.setText("令和8年度/中間評価");
		fileName.setText("jisedai");
		assertNull(errorMessage(wizard));
		assertEquals("The folder 令和8年度/中間評価 does not exist yet: Finish creates it.", message(wizard));
		bot.screenshot("new-evaluation-new-folder.png");

		wizard.button("Next >").click();
		bot.waitUntil("the details page shows", () -> bot.syncCall(() -> page(wizard).getName()).equals("details"));
		wizard.textWithLabel("Program name:").setText("次世代評価技術開発事業");
		wizard.button("Finish").click();
		wizard.waitUntilClosed();
		bot.waitForJobs();

		IProject created = ResourcesPlugin.getWorkspace().getRoot().getProject("令和8年度");
		assertTrue(created.isOpen(), "the top folder is made as a project, open");
		assertTrue(created.getFile("中間評価/jisedai.hyoka").exists());
		bot.waitUntil("the new evaluation is open", () -> activeEditor() instanceof EvaluationEditor);
	}

	@Test
	void projectsCopiedFromASpreadsheetArePastedAndTabMovesFromCellToCell() throws Exception {
		bot.windowShell().menu("File", "New", "Evaluation").click();
		ShellBot wizard = bot.shell("New Evaluation");
		wizard.textWithLabel("File name:").setText("pasted");
		wizard.button("Next >").click();
		bot.waitUntil("the details page shows", () -> bot.syncCall(() -> page(wizard).getName()).equals("details"));
		wizard.textWithLabel("Program name:").setText("次世代評価技術開発事業");
		Table table = wizard.find(Table.class, "the projects table", t -> t.getColumnCount() == 2);
		assertTrue(bot.syncCall(() -> table.getSize().y >= 5 * table.getItemHeight()), "the table shows several projects");

		// letters and names, as Excel copies two columns of three rows (each row ends with a line break)
		bot.setClipboard("A\t高効率蓄電池の研究開発 \r\nB\t次世代パワー半導体の研究開発\r\nC\t水素製造触媒の研究開発\r\n");
		// nothing selected, as after Tab into the table: from A, the first project without a name
		bot.syncRun(table::setFocus);
		bot.pressKey(table, 'v', SWT.MOD1);
		assertEquals(List.of("A 高効率蓄電池の研究開発", "B 次世代パワー半導体の研究開発", "C 水素製造触媒の研究開発"), rows(table));

		// a column of names pasted into the name of a project just added: into the cells from there on, rows added
		wizard.button("Add Project").click();
		bot.setClipboard("蓄熱材料の研究開発\n電力網制御の研究開発\n");
		bot.syncRun(() -> ((Text) bot.display().getFocusControl()).paste());
		bot.waitUntil("the block is in the table", () -> rows(table).size() == 5);
		assertEquals(List.of("A 高効率蓄電池の研究開発", "B 次世代パワー半導体の研究開発", "C 水素製造触媒の研究開発",
				"D 蓄熱材料の研究開発", "E 電力網制御の研究開発"), rows(table));

		// Shift+Tab from the name of a new project F to its letter, and on to the name of E, as in the editor's tables
		wizard.button("Add Project").click();
		Spreadsheet sheet = bot.syncCall(() -> Spreadsheet.on(table));
		bot.pressTab(bot.syncCall(() -> bot.display().getFocusControl()), true);
		assertEquals(new Position(5, 0), bot.syncCall(sheet::focus));
		bot.pressTab(table, true);
		assertEquals(new Position(4, 1), bot.syncCall(sheet::focus));
		bot.pressKey(table, SWT.CR);
		assertEquals(new Position(5, 1), bot.syncCall(sheet::focus), "Enter goes down a row");
		wizard.button("Remove").click();
		bot.syncRun(() -> table.setTopIndex(0));
		bot.screenshot("new-evaluation-projects-pasted.png");
		bot.screenshot("new-evaluation-projects-pasted.png");

		wizard.button("Finish").click();
		wizard.waitUntilClosed();
		bot.waitForJobs();
		bot.waitUntil("the new evaluation is open", () -> activeEditor() instanceof EvaluationEditor);
		EvaluationReport report = ((EvaluationEditor) activeEditor()).report();
		assertEquals(List.of("A", "B", "C", "D", "E"), report.getProgram().getProjects().stream().map(Project::getLetterCode).toList());
		assertEquals("電力網制御の研究開発", report.getProgram().getProjects().get(4).getNameJa());
	}

	/**
	 * The members' table is edited as a sheet: a block copied from one with its Japanese header goes under the columns
	 * the header names, a role typed is read as the CSV reads it and one that is no role is refused naming its cell,
	 * rows left empty add no one, and Add Member types into the first empty row or adds one.
	 */
	@Test
	void membersAreTypedAndPastedIntoATableAsIntoASheet() throws Exception {
		bot.windowShell().menu("File", "New", "Evaluation").click();
		ShellBot wizard = bot.shell("New Evaluation");
		wizard.textWithLabel("File name:").setText("committee");
		wizard.button("Next >").click();
		bot.waitUntil("the details page shows", () -> bot.syncCall(() -> page(wizard).getName()).equals("details"));
		wizard.textWithLabel("Program name:").setText("次世代評価技術開発事業");
		wizard.button("Next >").click();
		bot.waitUntil("the members page shows", () -> bot.syncCall(() -> page(wizard).getName()).equals("members"));
		Table members = membersTable(wizard);
		assertEquals("|座長|", memberRows(members).getFirst(), "the first row chairs, as the first name given to hyoka new does");
		assertTrue(bot.syncCall(() -> wizard.button("Finish").widget().isEnabled()), "an empty table adds no one and keeps Finish");

		// the columns in the sheet's order: affiliation, name, role; the header sends each to its column
		bot.setClipboard("所属\t氏名\t役割\r\n北海道大学 教授\t山田 太郎\t委員長\r\n京都大学\t佐藤 花子\t\r\n");
		bot.syncRun(members::setFocus);
		bot.pressKey(members, 'v', SWT.MOD1);
		assertEquals(List.of("山田 太郎|座長|北海道大学 教授", "佐藤 花子|委員|京都大学"), memberRows(members).subList(0, 2));
		assertNull(errorMessage(wizard));
		assertEquals("2 members; chair: 山田 太郎", bot.syncCall(() -> wizard.find(org.eclipse.swt.widgets.Label.class, "the summary",
				label -> label.getText().startsWith("2 members")).getText()));

		Spreadsheet sheet = bot.syncCall(() -> Spreadsheet.on(members));
		bot.syncRun(() -> sheet.focus(1, 1));
		bot.pressKey(members, '議');
		typeIntoCellEditor("議長");
		assertEquals("Row 2, column \"Role\": \"議長\" is not a role: write 座長 (chair) or 委員 (member), or leave it empty for a member.",
				errorMessage(wizard));
		assertEquals("佐藤 花子|委員|京都大学", memberRows(members).get(1), "the role refused is not kept");

		// Add Member types into the first row left empty; with none left, into a row it adds
		wizard.button("Add Member").click();
		typeIntoCellEditor("鈴木 一郎");
		assertNull(errorMessage(wizard), "the next edit clears the refusal");
		assertEquals("鈴木 一郎|委員|", memberRows(members).get(2));
		for (String name : List.of("高橋 二郎", "田中 三郎", "伊藤 四郎")) {
			wizard.button("Add Member").click();
			typeIntoCellEditor(name);
		}
		assertEquals(List.of("高橋 二郎|委員|", "田中 三郎|委員|", "伊藤 四郎|委員|"), memberRows(members).subList(3, 6), "the sixth row added");
		bot.screenshot("new-evaluation-members.png");

		wizard.button("Finish").click();
		wizard.waitUntilClosed();
		bot.waitForJobs();
		bot.waitUntil("the new evaluation is open", () -> activeEditor() instanceof EvaluationEditor);
		EvaluationReport report = ((EvaluationEditor) activeEditor()).report();
		assertEquals(List.of("山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 二郎", "田中 三郎", "伊藤 四郎"),
				report.getCommittee().getMembers().stream().map(member -> member.getPerson().getNameJa()).toList());
		assertEquals(List.of(CommitteeRole.CHAIR, CommitteeRole.MEMBER, CommitteeRole.MEMBER, CommitteeRole.MEMBER, CommitteeRole.MEMBER, CommitteeRole.MEMBER),
				report.getCommittee().getMembers().stream().map(CommitteeMember::getRole).toList());
		assertEquals("京都大学", report.getCommittee().getMembers().get(1).getAffiliationPrinted());
	}

	private Table membersTable(ShellBot wizard) {
		return wizard.find(Table.class, "the members' table", table -> table.getData(CommitteeMembersPage.MEMBERS_TABLE) != null);
	}

	/** The members' rows as name|role|affiliation. */
	private List<String> memberRows(Table table) {
		return bot.syncCall(() -> Arrays.stream(table.getItems()).map(item -> item.getText(0) + "|" + item.getText(1) + "|" + item.getText(2)).toList());
	}

	/**
	 * Ctrl+N, a new document in Word and Excel, opens the New Evaluation wizard itself, not the platform's list of
	 * wizards; pressed while an evaluation is edited, the new one goes beside it.
	 */
	@Test
	void ctrlNStartsANewEvaluationBesideTheOneEdited() throws Exception {
		IFile sample = SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("令和4年度");
		project.create(null);
		project.open(null);
		project.getFolder("中間評価").create(false, true, null);
		IFile own = project.getFile("中間評価/saisei.hyoka");
		sample.copy(own.getFullPath(), false, null);
		bot.openEditor(own);
		assertEquals("令和4年度/中間評価", proposedFolder(ctrlN()), "the folder of the evaluation edited");
	}

	/**
	 * A secretariat's first step is often a sample, and with it the samples' project: their own evaluation does not go
	 * among the samples, nor among the links to files opened from outside, even with that project selected.
	 */
	@Test
	void aNewEvaluationIsNotProposedAmongTheSamplesOrTheFilesOpenedFromOutside(@TempDir Path folder) throws Exception {
		IFile sample = SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null);
		bot.openEditor(sample);
		assertEquals(PROJECT, proposedFolder(ctrlN()), "the wizard's own folder while a sample is edited");

		bot.syncRun(() -> {
			NewEvaluationWizard wizard = new NewEvaluationWizard();
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(sample.getProject()));
			WizardDialog dialog = new WizardDialog(bot.window().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
		});
		assertEquals(PROJECT, proposedFolder(bot.shell("New Evaluation")), "the wizard's own folder with the samples' project selected");

		Path outside = folder.resolve("評価.hyoka");
		Files.copy(sample.getLocation().toPath(), outside);
		IFile linked = ((IFileEditorInput) OpenedEditors.openOutside(bot, outside).getEditorInput()).getFile();
		assertTrue(linked.isLinked(), "opened from outside: " + linked.getFullPath());
		assertEquals(PROJECT, proposedFolder(ctrlN()), "the wizard's own folder while a file opened from outside is edited");

		IProject own = ResourcesPlugin.getWorkspace().getRoot().getProject("令和8年度");
		own.create(null);
		own.open(null);
		bot.syncRun(() -> bot.page().closeAllEditors(false));
		assertEquals(PROJECT, proposedFolder(ctrlN()), "with a project of the user's but nothing of it selected or edited too");
	}

	private ShellBot ctrlN() {
		bot.pressKeyOpening(bot.windowShell().widget(), 'n', SWT.MOD1);
		ShellBot wizard = bot.shell("New Evaluation");
		assertEquals("evaluation.hyoka", wizard.textWithLabel("File name:").getText());
		return wizard;
	}

	/** The folder the wizard proposes; the wizard is cancelled. */
	private static String proposedFolder(ShellBot wizard) {
		String folder = wizard.textWithLabel("Enter or select the parent folder:").getText();
		wizard.button("Cancel").click();
		wizard.waitUntilClosed();
		return folder;
	}

	@Test
	void aProjectsCellIsEditedAsInASheetByADoubleClickTypingOrF2AndEnterStaysInTheTable() {
		bot.windowShell().menu("File", "New", "Evaluation").click();
		ShellBot wizard = bot.shell("New Evaluation");
		wizard.textWithLabel("File name:").setText("typed");
		wizard.button("Next >").click();
		bot.waitUntil("the details page shows", () -> bot.syncCall(() -> page(wizard).getName()).equals("details"));
		Table table = wizard.find(Table.class, "the projects table", t -> t.getColumnCount() == 2);
		Spreadsheet sheet = bot.syncCall(() -> Spreadsheet.on(table));
		assertTrue(sheet != null, "the projects table is a spreadsheet");
		assertEquals(List.of("A "), rows(table), "the page starts with project A, its letter shown");

		// a double-click through GTK, as a user's: the name's editor opens and stays open for typing
		Rectangle nameOfA = bot.syncCall(() -> table.getItem(0).getBounds(1));
		bot.click(table, new Point(nameOfA.x + nameOfA.width / 2, nameOfA.y + nameOfA.height / 2), 2);
		bot.waitUntil("the cell editor is open", () -> bot.syncCall(() -> bot.display().getFocusControl() instanceof Text text && text.getParent() == table));
		bot.flush();
		assertTrue(bot.syncCall(() -> bot.display().getFocusControl() instanceof Text), "the double-click left the editor open");
		typeIntoCellEditor("連続生産技術の開発");
		assertEquals(List.of("A 連続生産技術の開発"), rows(table));

		// a character typed on a cell edits it with what was typed; Enter commits and goes down, not to Finish
		wizard.button("Add Project").click();
		bot.pressKey(bot.syncCall(() -> bot.display().getFocusControl()), SWT.ESC);
		bot.syncRun(() -> sheet.focus(1, 1));
		bot.pressKey(table, '品');
		assertEquals("品", bot.syncCall(() -> ((Text) bot.display().getFocusControl()).getText()), "the key typed starts the name");
		typeIntoCellEditor("品質評価手法");
		assertEquals(List.of("A 連続生産技術の開発", "B 品質評価手法"), rows(table));
		bot.syncRun(() -> sheet.focus(0, 1));
		Event enter = UiBot.newEvent();
		enter.keyCode = SWT.CR;
		enter.character = SWT.CR;
		assertFalse(bot.syncCall(() -> table.traverse(SWT.TRAVERSE_RETURN, enter)), "Enter is the table's, not the wizard's Finish");
		bot.pressKey(table, SWT.CR);
		assertEquals(new Position(1, 1), bot.syncCall(sheet::focus), "Enter goes down a row");

		// F2 edits the value as it is
		bot.pressKey(table, SWT.F2);
		assertEquals("品質評価手法", bot.syncCall(() -> ((Text) bot.display().getFocusControl()).getText()));
		bot.screenshot("new-evaluation-projects-typed.png");
		bot.pressKey(bot.syncCall(() -> bot.display().getFocusControl()), SWT.ESC);
		wizard.button("Cancel").click();
		wizard.waitUntilClosed();
	}

	private List<String> rows(Table table) {
		return bot.syncCall(() -> Arrays.stream(table.getItems()).map(item -> item.getText(0) + " " + item.getText(1)).toList());
	}

	private void typeIntoCellEditor(String text) {
		bot.syncRun(() -> {
			Control focus = bot.display().getFocusControl();
			assertTrue(focus instanceof Text, "the new project's name is being edited: " + focus);
			((Text) focus).setText(text);
			focus.notifyListeners(SWT.DefaultSelection, new Event());
		});
		bot.flush();
	}

	private void setYear(Spinner spinner, int year) {
		bot.syncRun(() -> {
			spinner.setSelection(year);
			spinner.notifyListeners(SWT.Modify, new Event());
		});
	}

	private Spinner spinner(ShellBot wizard, String label) {
		return wizard.find(Spinner.class, "spinner " + label, s -> label.equals(s.getData(EvaluationDetailsPage.YEAR_FIELD)));
	}

	private static WizardDialog dialog(ShellBot wizard) {
		return (WizardDialog) wizard.widget().getData();
	}

	private org.eclipse.jface.wizard.IWizardPage page(ShellBot wizard) {
		return dialog(wizard).getCurrentPage();
	}

	private String message(ShellBot wizard) {
		return bot.syncCall(() -> ((org.eclipse.jface.dialogs.DialogPage) page(wizard)).getMessage());
	}

	private String errorMessage(ShellBot wizard) {
		return bot.syncCall(() -> ((org.eclipse.jface.dialogs.DialogPage) page(wizard)).getErrorMessage());
	}

	private IEditorPart activeEditor() {
		return bot.syncCall(() -> bot.page().getActiveEditor());
	}
}
