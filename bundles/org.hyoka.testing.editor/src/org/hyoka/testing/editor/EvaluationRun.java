package org.hyoka.testing.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.part.PageBookView;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.edit.ui.ListEditor;
import org.hyoka.edit.ui.PropertyLabels;
import org.hyoka.edit.ui.Spreadsheet;
import org.hyoka.edit.ui.widgets.DateField;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.CommentsPage;
import org.hyoka.editor.internal.CommitteePage;
import org.hyoka.editor.internal.OutputsPage;
import org.hyoka.editor.internal.OverviewPage;
import org.hyoka.editor.internal.ProjectsPage;
import org.hyoka.editor.internal.wizard.CommitteeMembersPage;
import org.hyoka.editor.internal.wizard.EvaluationDetailsPage;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.Recommendation;
import org.hyoka.model.finance.AmountKind;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.program.Project;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.ResultsPackage;
import org.hyoka.model.results.TargetRevision;
import org.hyoka.testing.ui.ButtonBot;
import org.hyoka.testing.ui.Labels;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.TableBot;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;

/**
 * What a secretariat does to write an evaluation, step by step through the GUI alone, in the language the workbench
 * was started in: buttons, menus and fields are found by the product's own labels ({@link Words}). The model is only
 * read, to wait for a step to land. A screenshot per step, and every label the run saw, for the language check.
 */
public final class EvaluationRun {

	public static final String EDITOR = "org.hyoka.editor"; //$NON-NLS-1$
	private static final String EDIT_UI = "org.hyoka.edit.ui"; //$NON-NLS-1$
	private static final String SCORE_SHEETS_UI = "org.hyoka.scoresheets.ui"; //$NON-NLS-1$
	private static final String EXPORT_UI = "org.hyoka.export.ui"; //$NON-NLS-1$
	private static final String IDE = "org.eclipse.ui.ide"; //$NON-NLS-1$
	private static final String IDE_MESSAGES = "org/eclipse/ui/internal/ide/messages"; //$NON-NLS-1$
	private static final String WORKBENCH = "org.eclipse.ui.workbench"; //$NON-NLS-1$
	private static final String WORKBENCH_MESSAGES = "org/eclipse/ui/internal/messages"; //$NON-NLS-1$
	public static final String RECOMMENDATION = "成果の実用化に向けて、企業との連携を一層強化すべきである。";
	public static final String RESPONSE = "令和7年度から企業との共同研究枠を設け、連携を強化する。";
	public static final String COMMENT = "研究開発の目標設定は明確であるが、進捗管理に課題がある。";
	private static final String REVISION_REASON = "中間評価の指摘を受けて目標値を引き上げた。";
	public static final String AFFILIATION = "北海道大学 教授";

	private final WorkbenchBot bot;
	private final String prefix;
	private final Set<String> seen = new LinkedHashSet<>();
	private int step;

	/** @param prefix starts the name of each screenshot: {@code prefix-01-wizard.png} */
	public EvaluationRun(WorkbenchBot bot, String prefix) {
		this.bot = bot;
		this.prefix = prefix;
	}

	/** A text of the application's menus and views. */
	public static String app(String key) {
		return Words.text("org.hyoka.app", "org/hyoka/app/internal/messages", key); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The label of a JFace button, as shown. */
	private static String jface(String label) {
		return Labels.plain(label);
	}

	/** File > New > Evaluation: the folder, the file, the program and its fiscal years; Finish opens the editor. */
	public EvaluationEditor newEvaluation(String folder, String file, String program, int first, int last) {
		return newEvaluation(folder, file, program, first, last, List.of());
	}

	/**
	 * File > New > Evaluation with the committee's first members, lines of name, role and affiliation as
	 * {@code hyoka new --members @members.csv} reads them.
	 */
	public EvaluationEditor newEvaluation(String folder, String file, String program, int first, int last, List<String> members) {
		bot.windowShell().menu(app("Menu_file"), app("Menu_new"), Words.text(EDITOR, "plugin", "newEvaluationWizard")).click(); //$NON-NLS-1$ //$NON-NLS-2$
		ShellBot wizard = bot.shell(wizardText("wizardTitle")); //$NON-NLS-1$
		// the file page is the platform's, in Japanese from the language pack
		wizard.textWithLabel(platformText(IDE, IDE_MESSAGES, "ContainerGroup_message")).setText(folder); //$NON-NLS-1$
		wizard.textWithLabel(platformText(IDE, IDE_MESSAGES, "WizardNewFileCreationPage_fileLabel")).setText(file); //$NON-NLS-1$
		see(wizard.widget());
		screenshot("wizard-file"); //$NON-NLS-1$
		wizard.button(jface(IDialogConstants.NEXT_LABEL)).click();
		bot.waitUntil("the details page shows", //$NON-NLS-1$
				() -> ((WizardDialog) wizard.widget().getData()).getCurrentPage().getName().equals("details")); //$NON-NLS-1$
		wizard.textWithLabel(wizardText("programName")).setText(program); //$NON-NLS-1$
		year(wizard, "end", last); //$NON-NLS-1$
		year(wizard, "start", first); //$NON-NLS-1$
		if (!members.isEmpty()) {
			see(wizard.widget());
			screenshot("wizard"); //$NON-NLS-1$
			wizard.button(jface(IDialogConstants.NEXT_LABEL)).click();
			bot.waitUntil("the members page shows", //$NON-NLS-1$
					() -> ((WizardDialog) wizard.widget().getData()).getCurrentPage().getName().equals("members")); //$NON-NLS-1$
			// pasted into the table with Ctrl+V, as lines copied from a members CSV
			Table table = wizard.find(Table.class, "the members' table", t -> t.getData(CommitteeMembersPage.MEMBERS_TABLE) != null); //$NON-NLS-1$
			bot.setClipboard(String.join("\n", members)); //$NON-NLS-1$
			bot.syncRun(table::setFocus);
			bot.pressKey(table, 'v', SWT.MOD1);
		}
		finish(wizard, members.isEmpty() ? "wizard" : "wizard-members"); //$NON-NLS-1$ //$NON-NLS-2$
		bot.waitUntil("the new evaluation is open", () -> bot.page().getActiveEditor() instanceof EvaluationEditor); //$NON-NLS-1$
		return bot.syncCall(() -> (EvaluationEditor) bot.page().getActiveEditor());
	}

	/** A text of a platform bundle, in Japanese where the language pack translates it. */
	private static String platformText(String bundle, String base, String key) {
		return Words.text(bundle, base, key);
	}

	private static String wizardText(String key) {
		return Words.text(EDITOR, "org/hyoka/editor/internal/wizard/messages", key); //$NON-NLS-1$
	}

	/** Adds the projects after the wizard's A on the Projects page and names them. */
	public void addProjects(EvaluationEditor editor, List<String> names) {
		ProjectsPage page = show(editor, ProjectsPage.ID);
		Program program = bot.syncCall(() -> editor.report().getProgram());
		for (String name : names) {
			Control list = bot.syncCall(() -> page.master().viewer().getControl().getParent().getParent());
			Project added = add(editor, list, ProgramPackage.Literals.PROJECT, program.getProjects()::size,
					() -> program.getProjects().get(program.getProjects().size() - 1));
			bot.editCell(page.master().viewer(), added, 1, name);
		}
		screenshot("projects"); //$NON-NLS-1$
	}

	/** Selects the project in the Projects page's list, as a click does, and types its short name and purpose. */
	public void describeProject(EvaluationEditor editor, Project project, String shortName, String purpose) {
		ProjectsPage page = show(editor, ProjectsPage.ID);
		bot.syncRun(() -> page.master().viewer().setSelection(new StructuredSelection(project), true));
		bot.waitUntil("the page shows the project", () -> page.shown() == project); //$NON-NLS-1$
		// with its buttons over it, the projects' list shows their names, not only their letters, in Japanese too
		int shown = bot.syncCall(() -> page.master().viewer().getTable().getClientArea().width);
		assertTrue(shown >= 150, "the projects' list shows " + shown + " pixels of its rows"); //$NON-NLS-1$ //$NON-NLS-2$
		Control details = bot.syncCall(page::getPartControl);
		Text shortField = bot.find(details, Text.class, "the short name", text -> Labels.matches(labelBefore(text), editorText("fieldShortName"))); //$NON-NLS-1$ //$NON-NLS-2$
		type(shortField, shortName);
		// the field reaches the details' right edge: focusing it must not scroll them sideways, cutting off their left
		assertEquals(0, (int) bot.syncCall(() -> {
			Control form = shortField;
			while (!(form instanceof ScrolledComposite)) {
				form = form.getParent();
			}
			return ((ScrolledComposite) form).getOrigin().x;
		}), "the project's details scrolled sideways"); //$NON-NLS-1$
		type(bot.find(details, Text.class, "the purpose", text -> Labels.matches(labelBefore(text), editorText("fieldPurpose"))), purpose); //$NON-NLS-1$ //$NON-NLS-2$
		bot.waitUntil("the project has its short name and purpose", () -> shortName.equals(project.getShortName()) && purpose.equals(project.getPurpose())); //$NON-NLS-1$
		// the period starts a year later: the first year typed into the period's row, one command
		bot.editCell(bot.syncCall(() -> page.period().viewer()), project, 0, "2023"); //$NON-NLS-1$
		assertEquals(List.of(2023, 2024), bot.syncCall(() -> List.of(project.getPeriod().getStartFY(), project.getPeriod().getEndFY())));
		assertEquals(NLS.bind(editUiText("setCommand"), editorText("columnPeriodStart")), undoLabel(editor)); //$NON-NLS-1$ //$NON-NLS-2$
		screenshot("project-described"); //$NON-NLS-1$
	}

	private static String editorText(String key) {
		return Words.text(EDITOR, "org/hyoka/editor/internal/messages", key); //$NON-NLS-1$
	}

	private static String labelBefore(Control control) {
		Control[] siblings = control.getParent().getChildren();
		int index = Arrays.asList(siblings).indexOf(control);
		return index > 0 && siblings[index - 1] instanceof Label label ? label.getText() : null;
	}

	/** The committee on its page, the first member made 座長, and a meeting. */
	public void addCommittee(EvaluationEditor editor, List<String> names) {
		CommitteePage page = show(editor, CommitteePage.ID);
		ListEditor<?> members = bot.syncCall(() -> page.tables().get(0));
		List<CommitteeMember> list = bot.syncCall(() -> editor.report().getCommittee().getMembers());
		for (String name : names) {
			CommitteeMember member = add(editor, members.control(), EvaluationPackage.Literals.COMMITTEE_MEMBER, list::size,
					() -> list.get(list.size() - 1));
			bot.editCell(members.table().viewer(), member, 1, name);
			bot.editCell(members.table().viewer(), member, 2, AFFILIATION);
		}
		CommitteeMember first = bot.syncCall(() -> list.get(0));
		bot.editCell(members.table().viewer(), first, 0, label(editor, first, EvaluationPackage.Literals.COMMITTEE_MEMBER__ROLE, CommitteeRole.CHAIR));
		assertEquals(CommitteeRole.CHAIR, bot.syncCall(first::getRole));
		screenshot("committee"); //$NON-NLS-1$

		ListEditor<?> meetings = bot.syncCall(() -> page.tables().get(1));
		var held = bot.syncCall(() -> editor.report().getCommittee().getMeetings());
		var meeting = add(editor, meetings.control(), EvaluationPackage.Literals.MEETING, held::size, () -> held.get(0));
		bot.editCell(meetings.table().viewer(), meeting, 2, "2024-12-01"); //$NON-NLS-1$
		assertEquals(LocalDate.of(2024, 12, 1), bot.syncCall(meeting::getDate));
		screenshot("meeting"); //$NON-NLS-1$

		// the resolution date from the cell's calendar: picking is one command, named after the column
		bot.syncRun(() -> meetings.table().viewer().editElement(meeting, 7));
		bot.flush();
		pick(bot.syncCall(meetings.table().viewer()::getTable), LocalDate.of(2024, 12, 10), "meeting-calendar"); //$NON-NLS-1$
		assertEquals(LocalDate.of(2024, 12, 10), bot.syncCall(meeting::getResolutionDate));
		assertEquals(NLS.bind(editUiText("setCommand"), editorText("columnResolution")), undoLabel(editor)); //$NON-NLS-1$ //$NON-NLS-2$
		// the score sheets' deadline, a field of the page: the field says the format until a date is picked
		Composite deadline = bot.find(bot.syncCall(() -> page.getManagedForm().getForm()), Composite.class, "the deadline's date field", //$NON-NLS-1$
				field -> field.getData(DateField.KEY) != null && field.isVisible());
		assertEquals(Words.text(EDIT_UI, "org/hyoka/edit/ui/widgets/messages", "dateFormat"), //$NON-NLS-1$ //$NON-NLS-2$
				bot.syncCall(() -> ((DateField) deadline.getData(DateField.KEY)).text().getMessage()));
		pick(deadline, LocalDate.of(2024, 11, 20), "deadline-calendar"); //$NON-NLS-1$
		assertEquals(LocalDate.of(2024, 11, 20), bot.syncCall(() -> editor.report().getCommittee().getScoreSheetDeadline()));
		assertEquals(NLS.bind(editUiText("setCommand"), editorText("fieldDeadline")), undoLabel(editor)); //$NON-NLS-1$ //$NON-NLS-2$
		screenshot("dates-picked"); //$NON-NLS-1$
		// or typed as a secretariat writes dates in Excel and in letters, and shown as the file keeps it
		Text typed = bot.syncCall(() -> ((DateField) deadline.getData(DateField.KEY)).text());
		for (String written : List.of("2024/11/21", "令和６年１１月２２日")) { //$NON-NLS-1$ //$NON-NLS-2$
			bot.syncRun(() -> typed.setText(written));
			bot.pressEnter(typed);
			assertEquals(null, bot.syncCall(page::problem), written);
		}
		assertEquals(LocalDate.of(2024, 11, 22), bot.syncCall(() -> editor.report().getCommittee().getScoreSheetDeadline()));
		assertEquals("2024-11-22", bot.syncCall(typed::getText)); //$NON-NLS-1$
	}

	/** Picks a date as a user does: the drop-down button of the date field under the root, the day, Set Date. */
	private void pick(Control root, LocalDate date, String shot) {
		Composite field = bot.find(root, Composite.class, "a date field", candidate -> candidate.getData(DateField.KEY) != null && candidate.isVisible()); //$NON-NLS-1$
		Button drop = bot.find(field, Button.class, "the date field's drop-down button", button -> (button.getStyle() & SWT.ARROW) != 0); //$NON-NLS-1$
		bot.display().asyncExec(() -> drop.notifyListeners(SWT.Selection, new Event()));
		bot.waitUntil("the calendar drops down", () -> calendar() != null); //$NON-NLS-1$
		Shell popup = bot.syncCall(this::calendar);
		DateTime days = bot.find(popup, DateTime.class, "the calendar", calendar -> true); //$NON-NLS-1$
		bot.syncRun(() -> days.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth()));
		bot.flush();
		screenshot(shot);
		Button set = bot.find(popup, Button.class, "Set Date", button -> "pick".equals(button.getData(DateField.CALENDAR))); //$NON-NLS-1$ //$NON-NLS-2$
		bot.display().asyncExec(() -> set.notifyListeners(SWT.Selection, new Event()));
		bot.waitUntil("the calendar closes", () -> calendar() == null); //$NON-NLS-1$
		bot.flush();
	}

	private Shell calendar() {
		return Arrays.stream(bot.display().getShells()).filter(shell -> !shell.isDisposed() && shell.isVisible())
				.filter(shell -> shell.getData(DateField.CALENDAR) != null).findFirst().orElse(null);
	}

	private String undoLabel(EvaluationEditor editor) {
		return bot.syncCall(() -> editor.model().commandStack().getUndoCommand().getLabel());
	}

	private static String editUiText(String key) {
		return Words.text(EDIT_UI, "org/hyoka/edit/ui/messages", key); //$NON-NLS-1$
	}

	/** Two output indicators of project A, each with a target of 10 × its number. */
	public void addIndicators(EvaluationEditor editor) {
		OutputsPage page = show(editor, OutputsPage.ID);
		Project a = bot.syncCall(() -> editor.report().getProgram().getProjects().get(0));
		// the program's indicators and targets come first, then those of project A
		ListEditor<?> indicators = bot.syncCall(() -> page.lists().get(2));
		ListEditor<?> targets = bot.syncCall(() -> page.lists().get(3));
		for (int i = 1; i <= 2; i++) {
			int number = i;
			Indicator indicator = add(editor, indicators.control(), ResultsPackage.Literals.OUTPUT_INDICATOR, a.getOutputIndicators()::size,
					() -> a.getOutputIndicators().get(number - 1));
			bot.editCell(indicators.table().viewer(), indicator, 1, "特許出願件数" + number);
			bot.editCell(indicators.table().viewer(), indicator, 2, "件");
			IndicatorTarget target = add(editor, targets.control(), ResultsPackage.Literals.INDICATOR_TARGET, indicator.getTargets()::size,
					() -> indicator.getTargets().get(0));
			bot.editCell(targets.table().viewer(), target, 3, String.valueOf(10 * number));
		}
		// the first indicator's target was raised from 10 to 12 in 2023, for a reason
		ListEditor<?> revisions = bot.syncCall(() -> page.revisions().get(1));
		Indicator first = bot.syncCall(() -> a.getOutputIndicators().get(0));
		bot.syncRun(() -> indicators.table().viewer().setSelection(new StructuredSelection(first), true));
		TargetRevision revision = add(editor, revisions.control(), ResultsPackage.Literals.TARGET_REVISION, first.getRevisions()::size,
				() -> first.getRevisions().get(0));
		// column 1 is the target revised, chosen from the indicator's targets
		bot.editCell(revisions.table().viewer(), revision, 2, "2023"); //$NON-NLS-1$
		bot.editCell(revisions.table().viewer(), revision, 3, "10"); //$NON-NLS-1$
		bot.editCell(revisions.table().viewer(), revision, 4, "12"); //$NON-NLS-1$
		type(revisions.control(), 0, REVISION_REASON);
		bot.waitUntil("the revision has its reason", () -> REVISION_REASON.equals(revision.getReason())); //$NON-NLS-1$
		assertEquals(List.of(2023, "10", "12"), bot.syncCall(() -> List.<Object> of(revision.getDecidedFY(), revision.getOldValue().toPlainString(), //$NON-NLS-1$ //$NON-NLS-2$
				revision.getNewValue().toPlainString())));
		screenshot("indicators"); //$NON-NLS-1$
	}

	/**
	 * The program's 執行額 over the three fiscal years of its period, two lines of 100, 200 and 300, as in a spreadsheet: the first
	 * line typed cell by cell with Tab, then both lines pasted as a block copied from Excel; the caller types the printed
	 * totals in {@link #budgetTotals}.
	 */
	public BudgetTable addBudget(EvaluationEditor editor) {
		OverviewPage page = show(editor, OverviewPage.ID);
		Program program = bot.syncCall(() -> editor.report().getProgram());
		BudgetTable table = add(editor, bot.syncCall(() -> page.budgetLists().get(0).control()), FinancePackage.Literals.BUDGET_TABLE,
				program.getBudgetTables()::size, () -> program.getBudgetTables().get(0));
		// what its amounts are is chosen from a list, as the report heads the table with it: 予算額等（執行額）
		bot.editCell(bot.syncCall(() -> page.budgetLists().get(0).table().viewer()), table, 1,
				label(editor, table, FinancePackage.Literals.BUDGET_TABLE__KIND, AmountKind.EXECUTED));
		assertEquals(List.of(2022, 2023, 2024), bot.syncCall(() -> table.getColumns().stream().map(FiscalYearColumn::getFiscalYear).toList()),
				"a new table has a column for each year of the program's period");
		ListEditor<?> lines = bot.syncCall(() -> page.budgetLists().get(1));
		for (int line = 1; line <= 2; line++) {
			add(editor, lines.control(), FinancePackage.Literals.BUDGET_LINE, table.getLines()::size, () -> table.getLines().get(table.getLines().size() - 1));
		}
		List<String> first = List.of("研究開発費", "100", "200", "300"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		typeRow(lines.table(), first);
		assertEquals(first.subList(1, 4), bot.syncCall(() -> amounts(table.getLines().get(0))));
		paste(editor, lines.table(), first, List.of("管理費", "100", "200", "300")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(List.of("研究開発費", "管理費"), bot.syncCall(() -> table.getLines().stream().map(BudgetLine::getLabelPrinted).toList())); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(first.subList(1, 4), bot.syncCall(() -> amounts(table.getLines().get(1))));
		removeYear(editor, page, table);
		return table;
	}

	private static List<String> amounts(BudgetLine line) {
		return line.getCells().stream().map(cell -> cell.getAmount() == null ? "" : cell.getAmount().toPlainString()).toList(); //$NON-NLS-1$
	}

	/**
	 * Types the texts into the table's first row as in a spreadsheet: the first key opens the cell with what it types,
	 * the rest follows, Tab commits and goes on to the next cell.
	 */
	private void typeRow(EObjectTable<?> table, List<String> texts) {
		Table cells = bot.syncCall(() -> table.viewer().getTable());
		keyboardTo(table, 0);
		for (int column = 0; column < texts.size(); column++) {
			String text = texts.get(column);
			bot.pressKey(cells, text.charAt(0));
			bot.waitUntil("typing opens the cell", () -> bot.display().getFocusControl() instanceof Text); //$NON-NLS-1$
			Text cell = (Text) bot.syncCall(bot.display()::getFocusControl);
			bot.syncRun(() -> cell.insert(text.substring(1)));
			bot.pressTab(cell, false);
			assertEquals(new Spreadsheet.Position(0, column + 1), bot.syncCall(table.spreadsheet()::focus), "Tab goes on to the next cell"); //$NON-NLS-1$
		}
	}

	/** Pastes the rows from the table's first cell on, as Excel puts them on the clipboard; one command. */
	@SafeVarargs
	private void paste(EvaluationEditor editor, EObjectTable<?> table, List<String>... rows) {
		Table cells = bot.syncCall(() -> table.viewer().getTable());
		keyboardTo(table, 0);
		String block = Stream.of(rows).map(row -> String.join("\t", row) + "\r\n").reduce("", String::concat); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		bot.setClipboard(block);
		// Ctrl+V through the workbench's key binding, as the user's key goes
		bot.pressKey(cells, 'v', SWT.MOD1);
		assertEquals(NLS.bind(editUiText("pasteCommand"), rows.length * rows[0].size()), undoLabel(editor)); //$NON-NLS-1$
		see(undoLabel(editor));
		bot.waitUntil("the table shows the block", () -> { //$NON-NLS-1$
			for (int row = 0; row < rows.length; row++) {
				for (int column = 0; column < rows[row].size(); column++) {
					if (!cells.getItem(row).getText(column).equals(rows[row].get(column))) {
						return false;
					}
				}
			}
			return true;
		});
		screenshot("budget-pasted"); //$NON-NLS-1$
	}

	/** Gives the table the keyboard on the row's first cell, once an edit under way has ended as a click elsewhere ends it. */
	private void keyboardTo(EObjectTable<?> table, int row) {
		bot.syncRun(() -> {
			if (table.viewer().isCellEditorActive()) {
				table.viewer().applyEditorValue();
			}
			UiBot.reveal(table.viewer().getTable());
			table.viewer().getTable().setFocus();
			table.spreadsheet().focus(row, 0);
		});
		bot.flush();
	}

	/** A fourth year added and removed again: its cells and printed total go with it, as one command. */
	private void removeYear(EvaluationEditor editor, OverviewPage page, BudgetTable table) {
		FiscalYearColumn fourth = add(editor, bot.syncCall(() -> page.budgetYears().get(0).control()), FinancePackage.Literals.FISCAL_YEAR_COLUMN,
				table.getColumns()::size, () -> table.getColumns().get(3));
		assertEquals(List.of(4, 4, 4), bot.syncCall(() -> List.of(table.getLines().get(0).getCells().size(), table.getLines().get(1).getCells().size(),
				table.getStatedTotals().size())), "a cell per line and a printed total for the new year");
		ListEditor<?> years = bot.syncCall(() -> page.budgetYears().get(0));
		bot.syncRun(() -> years.table().viewer().setSelection(new StructuredSelection(fourth), true));
		screenshot("budget-year-added"); //$NON-NLS-1$
		bot.button(years.control(), editUiText("remove")).click(); //$NON-NLS-1$
		bot.waitUntil("the fourth year is removed", () -> table.getColumns().size() == 3); //$NON-NLS-1$
		bot.flush();
		assertEquals(List.of(3, 3, 3), bot.syncCall(() -> List.of(table.getLines().get(0).getCells().size(), table.getLines().get(1).getCells().size(),
				table.getStatedTotals().size())), "the year's cells and printed total went with it");
		assertEquals(NLS.bind(editUiText("removeCommand"), //$NON-NLS-1$
				bot.syncCall(() -> PropertyLabels.typeName(editor.model().adapterFactory(), FinancePackage.Literals.FISCAL_YEAR_COLUMN))),
				undoLabel(editor));
		assertEquals(List.of(2022, 2023, 2024), bot.syncCall(() -> table.getColumns().stream().map(FiscalYearColumn::getFiscalYear).toList()));
		screenshot("budget-year-removed"); //$NON-NLS-1$
	}

	/** The printed totals of the first budget table of the Overview page, one cell per fiscal year. */
	public EObjectTable<?> budgetTotals(EvaluationEditor editor) {
		OverviewPage page = bot.syncCall(() -> (OverviewPage) editor.setActivePage(OverviewPage.ID));
		return bot.syncCall(() -> page.budgetTotals().get(0));
	}

	/** A ● comment on the first evaluation, and a 提言 with its 対処方針, typed into their multi-line fields. */
	public void addCommentAndRecommendation(EvaluationEditor editor) {
		CommentsPage page = show(editor, CommentsPage.ID);
		Evaluation evaluation = bot.syncCall(() -> editor.report().getEvaluations().get(0));
		ListEditor<?> comments = bot.syncCall(() -> page.lists().get(0));
		EvaluationComment comment = add(editor, comments.control(), EvaluationPackage.Literals.EVALUATION_COMMENT, evaluation.getComments()::size,
				() -> evaluation.getComments().get(0));
		type(comments.control(), 0, COMMENT);
		bot.editCell(comments.table().viewer(), comment, 1,
				label(editor, comment, EvaluationPackage.Literals.EVALUATION_COMMENT__POLARITY, CommentPolarity.NEGATIVE));
		assertEquals("●", bot.syncCall(() -> comments.table().viewer().getTable().getItem(0).getText(1)));

		ListEditor<?> recommendations = bot.syncCall(() -> page.lists().get(1));
		add(editor, recommendations.control(), EvaluationPackage.Literals.RECOMMENDATION, evaluation.getRecommendations()::size,
				() -> evaluation.getRecommendations().get(0));
		// a list written in the fields under it takes the keyboard to its first field, not to the next button
		bot.waitUntil("the 提言 field has the keyboard", //$NON-NLS-1$
				() -> bot.display().getFocusControl() instanceof Text text && ListEditor.ROLE_TEXT.equals(text.getData(ListEditor.ROLE)));
		// and Tab goes on to the 対処方針 field, as in a form, typing no tab into the 提言
		Text first = bot.syncCall(() -> (Text) bot.display().getFocusControl());
		bot.pressTab(first, false);
		bot.waitUntil("Tab goes on to the next field", () -> bot.display().getFocusControl() instanceof Text next && next != first //$NON-NLS-1$
				&& ListEditor.ROLE_TEXT.equals(next.getData(ListEditor.ROLE)));
		assertEquals("", bot.syncCall(first::getText)); //$NON-NLS-1$
		type(recommendations.control(), 0, RECOMMENDATION);
		type(recommendations.control(), 1, RESPONSE);
		assertEquals(RESPONSE, bot.syncCall(() -> recommendations.table().viewer().getTable().getItem(0).getText(1)),
				"the 対処方針 shows next to its 提言");
		Recommendation recommendation = bot.syncCall(() -> evaluation.getRecommendations().get(0));
		bot.waitUntil("the 対処方針 is set", () -> recommendation.getResponse() != null && RESPONSE.equals(recommendation.getResponse().getText())); //$NON-NLS-1$
		screenshot("comments"); //$NON-NLS-1$
	}

	/** File > Save. */
	public void save(EvaluationEditor editor) {
		bot.windowShell().menu(app("Menu_file"), app("Menu_save")).click(); //$NON-NLS-1$ //$NON-NLS-2$
		bot.waitUntil("the editor is saved", () -> !editor.isDirty()); //$NON-NLS-1$
	}

	/** Clicks the Add button of the type under the root and waits for the new object, which the list then selects. */
	private <T extends EObject> T add(EvaluationEditor editor, Control root, EClass type, IntSupplier count, Supplier<T> added) {
		String button = NLS.bind(Words.text(EDIT_UI, "org/hyoka/edit/ui/messages", "add"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				bot.syncCall(() -> PropertyLabels.typeName(editor.model().adapterFactory(), type)));
		int before = bot.syncCall(count::getAsInt);
		bot.button(root, button).click();
		bot.waitUntil(button + " adds one", () -> count.getAsInt() == before + 1); //$NON-NLS-1$
		bot.flush();
		return bot.syncCall(added);
	}

	/** Types a long text into the list's n-th multi-line field, then leaves it. */
	private void type(Control root, int index, String text) {
		bot.waitUntil("the list has its fields", () -> fields(root).size() > index); //$NON-NLS-1$
		type(bot.syncCall(() -> fields(root).get(index)), text);
	}

	/** Types the text into the field, then leaves it, as a user clicking elsewhere does. */
	public void type(Text field, String text) {
		bot.syncRun(() -> {
			UiBot.reveal(field);
			field.setFocus();
			field.setText(text);
			field.notifyListeners(SWT.FocusOut, new Event());
		});
		bot.flush();
	}

	private static List<Text> fields(Control root) {
		return UiBot.findAll(root, Text.class, text -> ListEditor.ROLE_TEXT.equals(text.getData(ListEditor.ROLE)));
	}

	/** The label a list of choices shows for the value, in the workbench's language. */
	private String label(EvaluationEditor editor, EObject owner, EStructuralFeature feature, Object value) {
		return bot.syncCall(() -> PropertyLabels.of(editor.model().adapterFactory(), owner, feature, value));
	}

	private void year(ShellBot wizard, String which, int year) {
		Spinner spinner = wizard.find(Spinner.class, "spinner " + which, s -> which.equals(s.getData(EvaluationDetailsPage.YEAR_FIELD))); //$NON-NLS-1$
		bot.syncRun(() -> {
			spinner.setSelection(year);
			spinner.notifyListeners(SWT.Modify, new Event());
		});
	}

	/** Shows the page, as a click on its tab does, and notes what it says. */
	public <P> P show(EvaluationEditor editor, String page) {
		P shown = OpenedEditors.show(bot, editor, page);
		seeEditor(editor);
		screenshot("page-" + page.substring(page.lastIndexOf('.') + 1)); //$NON-NLS-1$
		return shown;
	}

	/** Once the window has painted what is pending: a page built again paints late. */
	public Path screenshot(String name) {
		bot.settlePainting(bot.windowShell().widget());
		return bot.screenshot(String.format("%s-%02d-%s.png", prefix, ++step, name)); //$NON-NLS-1$
	}

	/** Notes the texts of every page of the editor built so far. */
	private void seeEditor(EvaluationEditor editor) {
		see(bot.syncCall(() -> editor.getActivePageInstance().getPartControl().getParent()));
	}

	/** Notes the texts the product shows under the control: labels, buttons, titles, tabs, column headers, table rows. */
	private void see(Control root) {
		bot.syncRun(() -> collect(root, seen));
	}

	/** Notes a text the run clicked or read elsewhere (a wizard's name in the platform's list, a view's title). */
	public void see(String text) {
		seen.add(Labels.plain(text));
	}

	/**
	 * Notes the Problems view's summary ("0 errors, 11 warnings, 6 others"), its column headers and its rows, the
	 * groups ("Warnings (11 items)") with the findings under them. The tests' rule set gives every program one row.
	 */
	private void seeProblemsView() {
		IViewPart problems = bot.syncCall(() -> bot.page().findView(IPageLayout.ID_PROBLEM_VIEW));
		bot.waitUntil("the Problems view has its summary", () -> !((IWorkbenchPart2) problems).getContentDescription().isBlank()); //$NON-NLS-1$
		see(bot.syncCall(((IWorkbenchPart2) problems)::getContentDescription));
		Tree tree = bot.syncCall(() -> ((TreeViewer) problems.getSite().getSelectionProvider()).getTree());
		bot.waitUntil("the Problems view shows its rows", () -> tree.getItemCount() > 0); //$NON-NLS-1$
		bot.syncRun(() -> {
			Arrays.stream(tree.getColumns()).map(TreeColumn::getText).forEach(text -> add(seen, text));
			collect(tree.getItems(), seen);
		});
	}

	private static void collect(TreeItem[] items, Collection<String> texts) {
		for (TreeItem item : items) {
			for (int c = 0; c < Math.max(1, item.getParent().getColumnCount()); c++) {
				add(texts, item.getText(c));
			}
			if (item.getExpanded()) {
				collect(item.getItems(), texts);
			}
		}
	}

	/** Notes what the window's status line says, once it says something: the Project Explorer's "5 items selected". */
	private void seeStatusLine() {
		Shell window = bot.windowShell().widget();
		Supplier<List<String>> status = () -> bot.syncCall(() -> UiBot.findAll(window, CLabel.class,
				label -> label.isVisible() && label.getParent().getClass().getName().equals("org.eclipse.jface.action.StatusLine")) //$NON-NLS-1$
				.stream().map(CLabel::getText).filter(text -> text != null && !text.isBlank()).toList());
		bot.waitUntil("the status line says how many items are selected", //$NON-NLS-1$
				() -> status.get().stream().anyMatch(text -> Character.isDigit(text.charAt(0))));
		status.get().forEach(this::see);
	}

	/** Window > Show View > Outline with no editor open: notes what the Outline says. */
	public void seeOutlineWithoutEditor() {
		bot.syncRun(() -> bot.page().closeAllEditors(false));
		IViewPart outline = bot.showView(IPageLayout.ID_OUTLINE);
		bot.flush();
		see(bot.syncCall(() -> ((PageBookView) outline).getCurrentPage().getControl()));
		screenshot("outline-without-editor"); //$NON-NLS-1$
	}

	/** Notes every label of the menu bar, its menus and submenus. */
	public void seeMenus() {
		Shell window = bot.windowShell().widget();
		bot.syncRun(() -> collect(window.getMenuBar(), seen));
	}

	/** What the run has seen, in order, each once. */
	public List<String> seen() {
		return new ArrayList<>(seen);
	}

	private static void collect(Menu menu, Collection<String> texts) {
		menu.notifyListeners(SWT.Show, new Event()); // contribution managers fill a menu when it shows
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				add(texts, item.getText());
				if (item.getMenu() != null) {
					collect(item.getMenu(), texts);
				}
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
	}

	private static void collect(Control control, Collection<String> texts) {
		if (control.isDisposed()) {
			return;
		}
		switch (control) {
		case Shell shell -> add(texts, shell.getText());
		case Label label -> add(texts, label.getText());
		case CLabel label -> add(texts, label.getText());
		case Link link -> add(texts, link.getText().replaceAll("</?a[^>]*>", "")); //$NON-NLS-1$ //$NON-NLS-2$
		case Button button -> add(texts, button.getText());
		case Group group -> add(texts, group.getText());
		case ExpandableComposite section -> add(texts, section.getText());
		case Form form -> add(texts, form.getText());
		case CTabFolder folder -> Arrays.stream(folder.getItems()).map(CTabItem::getText).forEach(text -> add(texts, text));
		case Table table -> {
			Arrays.stream(table.getColumns()).map(TableColumn::getText).forEach(text -> add(texts, text));
			for (TableItem item : table.getItems()) {
				for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
					add(texts, item.getText(c));
				}
			}
		}
		default -> {
			// no text of its own
		}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, texts);
			}
		}
	}

	private static void add(Collection<String> texts, String text) {
		String plain = Labels.plain(text);
		if (!plain.isBlank()) {
			texts.add(plain);
		}
	}

	/**
	 * File > Export… > Hyoka Workbench > Blank Score Sheets into the folder it proposes, the evaluation's; returns the
	 * sheets written there.
	 */
	public List<Path> writeBlankSheets(Path folder) throws IOException {
		ShellBot wizard = hyokaWizard("Menu_export", "Export", SCORE_SHEETS_UI, "blankWizardName"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(folder.toString(), wizard.textWithLabel(sheetsText("Blank_folder")).getText(), "the evaluation's folder is proposed"); //$NON-NLS-1$
		leaveClosed(wizard, sheetsText("Blank_openFolder")); //$NON-NLS-1$
		finish(wizard, "blank-sheets"); //$NON-NLS-1$
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".xlsx")).sorted().toList(); //$NON-NLS-1$
		}
	}

	/**
	 * Selects the filled sheets in the Project Explorer, then File > Import… > Hyoka Workbench > Score Sheets: the
	 * wizard lists them and imports into the open editor; returns the number of rows its preview showed.
	 */
	public int importSheets(Path evaluation, List<IFile> sheets) {
		IViewPart explorer = bot.showView(IPageLayout.ID_PROJECT_EXPLORER);
		bot.syncRun(() -> {
			((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(sheets));
			bot.page().activate(explorer);
		});
		bot.flush();
		seeStatusLine();
		screenshot("sheets-selected"); //$NON-NLS-1$
		ShellBot wizard = hyokaWizard("Menu_import", "Import", SCORE_SHEETS_UI, "importWizardName"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(evaluation.toString(), wizard.textWithLabel(sheetsText("Source_label")).getText(), "the open editor's evaluation is proposed"); //$NON-NLS-1$
		TableBot preview = wizard.table();
		bot.waitUntil("the preview lists the sheets' scores", () -> preview.rowCount() > 0); //$NON-NLS-1$
		int rows = preview.rowCount();
		finish(wizard, "import-preview"); //$NON-NLS-1$
		return rows;
	}

	/** Edit > Validate Evaluation, then Window > Show View > Problems; returns the file's errors and warnings, each with its message. */
	public List<String> validate(IFile file) throws CoreException {
		bot.windowShell().menu(app("Menu_edit"), Words.text(EDITOR, "plugin", "validateCommand")).click(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		bot.windowShell().menu(app("Menu_window"), app("Menu_showView"), app("View_problems")).click(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		bot.waitUntil("the Problems view shows", () -> bot.page().findView(IPageLayout.ID_PROBLEM_VIEW) != null); //$NON-NLS-1$
		bot.waitForJobs();
		see(bot.viewTitle(IPageLayout.ID_PROBLEM_VIEW));
		seeProblemsView();
		screenshot("problems"); //$NON-NLS-1$
		List<String> problems = new ArrayList<>();
		for (IMarker marker : file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)) {
			if (marker.getAttribute(IMarker.SEVERITY, -1) >= IMarker.SEVERITY_WARNING) {
				problems.add(marker.getAttribute(IMarker.MESSAGE, "")); //$NON-NLS-1$
			}
		}
		return problems;
	}

	/** File > Export… > Hyoka Workbench > Evaluation Report as PDF, from the saved file to the target. */
	public void exportPdf(Path source, Path target) {
		ShellBot wizard = hyokaWizard("Menu_export", "Export", EXPORT_UI, "wizardName"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		wizard.textWithLabel(exportText("Page_source")).setText(source.toString()); //$NON-NLS-1$
		String pdf = Words.text("org.hyoka.export.pdf", "plugin", "pdfLabel"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Table formats = wizard.find(Table.class, "the format list", Table::isVisible); //$NON-NLS-1$
		bot.syncRun(() -> {
			int index = Arrays.stream(formats.getItems()).map(TableItem::getText).toList().indexOf(pdf);
			assertTrue(index >= 0, pdf + " is offered"); //$NON-NLS-1$
			formats.setSelection(index);
			Event select = new Event();
			select.item = formats.getItem(index);
			formats.notifyListeners(SWT.Selection, select);
		});
		wizard.textWithLabel(exportText("Page_destination")).setText(target.toString()); //$NON-NLS-1$
		leaveClosed(wizard, exportText("Page_open")); //$NON-NLS-1$
		finish(wizard, "export-pdf"); //$NON-NLS-1$
	}

	/** Clears the wizard's box that opens what it writes: the run reads the files itself, and no desktop application stays open on the test display. */
	private void leaveClosed(ShellBot wizard, String label) {
		Button open = wizard.button(label).widget();
		bot.syncRun(() -> open.setSelection(false));
	}

	/** Once Finish is enabled: the wizard's texts noted, a screenshot, Finish, and the wizard's work done. */
	private void finish(ShellBot wizard, String shot) {
		ButtonBot finish = wizard.button(jface(IDialogConstants.FINISH_LABEL));
		bot.waitUntil("Finish is enabled", () -> finish.widget().isEnabled()); //$NON-NLS-1$
		see(wizard.widget());
		screenshot(shot);
		finish.click();
		wizard.waitUntilClosed();
		bot.waitForJobs();
	}

	/** File > Import… or Export… (the platform's dialog, titled in its own language), a Hyoka wizard, Next. */
	private ShellBot hyokaWizard(String menuKey, String dialogTitle, String bundle, String wizardKey) {
		String category = Words.text(bundle, "plugin", "categoryName"); //$NON-NLS-1$ //$NON-NLS-2$
		String name = Words.text(bundle, "plugin", wizardKey); //$NON-NLS-1$
		see(category);
		see(name);
		bot.windowShell().menu(app("Menu_file"), app(menuKey)).click(); //$NON-NLS-1$
		ShellBot dialog = bot.selectWizard(bot.shell(platformText(WORKBENCH, WORKBENCH_MESSAGES, dialogTitle + "Wizard_title")), category, name); //$NON-NLS-1$
		see(dialog.widget());
		dialog.button(jface(IDialogConstants.NEXT_LABEL)).click();
		return dialog;
	}

	private static String sheetsText(String key) {
		return Words.text(SCORE_SHEETS_UI, "org/hyoka/scoresheets/ui/internal/messages", key); //$NON-NLS-1$
	}

	private static String exportText(String key) {
		return Words.text(EXPORT_UI, "org/hyoka/export/ui/internal/messages", key); //$NON-NLS-1$
	}
}
