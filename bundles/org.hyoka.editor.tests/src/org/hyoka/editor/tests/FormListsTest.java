package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.handlers.IHandlerService;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.edit.ui.ListEditor;
import org.hyoka.edit.ui.PropertyLabels;
import org.hyoka.edit.ui.Spreadsheet;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.CommentsPage;
import org.hyoka.editor.internal.CommitteePage;
import org.hyoka.editor.internal.FindingsPage;
import org.hyoka.editor.internal.Messages;
import org.hyoka.editor.internal.OutputsPage;
import org.hyoka.editor.internal.OverviewPage;
import org.hyoka.editor.internal.ProjectsPage;
import org.hyoka.editor.internal.Texts;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Organization;
import org.hyoka.model.base.Person;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.Meeting;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.evaluation.WGReview;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.program.NarrativeSection;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchTask;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.ResultsPackage;
import org.hyoka.model.results.TargetRevision;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.editor.EvaluationRun;
import org.hyoka.testing.editor.OpenedEditors;
import org.hyoka.testing.editor.Words;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.Labels;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The lists and fields of the form pages on the real reports, through their buttons, cells, fields and dialogs: Up,
 * Down and Remove on representative lists, removing a project with its evaluation, a task's performers, investigator
 * and research items, the fields that were read-only, narratives, the target a revision revised, and the marks of
 * budget totals; each step undone.
 */
class FormListsTest {

	private static final String EDIT_UI = "org.hyoka.edit.ui"; //$NON-NLS-1$

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();
	private final EvaluationRun run = new EvaluationRun(bot, "forms"); //$NON-NLS-1$

	@Test
	void upDownAndRemoveReorderAndRemoveRowsOfRepresentativeListsAndUndoRestoresThem() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		EvaluationReport report = editor.report();
		CommitteePage committee = OpenedEditors.show(bot, editor, CommitteePage.ID);
		exercise(editor, bot.syncCall(() -> committee.tables().get(0)), report.getCommittee().getMembers(),
				EvaluationPackage.Literals.COMMITTEE_MEMBER, "members");

		// the program's output indicators: the list shows its outcome indicators after them, each moves in its own list
		OutputsPage outputs = OpenedEditors.show(bot, editor, OutputsPage.ID);
		exercise(editor, bot.syncCall(() -> outputs.lists().get(0)), report.getProgram().getOutputIndicators(), ResultsPackage.Literals.INDICATOR,
				"indicators");

		ProjectsPage projects = OpenedEditors.show(bot, editor, ProjectsPage.ID);
		Project a = report.getProgram().getProjects().get(0);
		BudgetTable allocation = a.getBudgetTables().get(1);
		assertEquals(a, bot.syncCall(projects::shown));
		ListEditor<?> lines = bot.syncCall(() -> projects.budgetLists().stream()
				.filter(list -> list.table().viewer().getTable().getData() == allocation).findFirst().orElseThrow());
		exercise(editor, lines, allocation.getLines(), FinancePackage.Literals.BUDGET_LINE, "budget-lines");

		CommentsPage comments = OpenedEditors.show(bot, editor, CommentsPage.ID);
		exercise(editor, bot.syncCall(() -> comments.lists().get(0)), report.getEvaluations().get(0).getComments(),
				EvaluationPackage.Literals.EVALUATION_COMMENT, "comments");
	}

	@Test
	void removingAProjectRemovesItsEvaluationInOneCommandThatUndoRestores() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		EvaluationReport report = editor.report();
		ProjectsPage page = OpenedEditors.show(bot, editor, ProjectsPage.ID);
		Project b = report.getProgram().getProjects().get(1);
		Evaluation evaluation = report.getEvaluations().stream().filter(e -> e.getTarget() == b).findFirst().orElseThrow();
		int evaluations = report.getEvaluations().size();
		bot.syncRun(() -> page.master().viewer().setSelection(new StructuredSelection(b), true));
		bot.flush();
		bot.button(bot.syncCall(() -> page.master().control().getParent()), editUi("remove")).click();
		bot.waitUntil("project B is removed", () -> !report.getProgram().getProjects().contains(b));
		bot.flush();
		assertFalse(report.getEvaluations().contains(evaluation), "its evaluation went with it");
		assertEquals(evaluations - 1, report.getEvaluations().size());
		assertEquals(NLS.bind(editUi("removeCommand"), typeName(editor, ProgramPackage.Literals.PROJECT)), undoLabel(editor),
				"one command");
		bot.screenshot("forms-project-removed.png");
		undo(editor);
		bot.waitUntil("project B is back", () -> report.getProgram().getProjects().indexOf(b) == 1);
		assertTrue(report.getEvaluations().contains(evaluation), "its evaluation is back with it");
		assertSame(b, evaluation.getTarget());
		assertEquals(evaluations, report.getEvaluations().size());
	}

	@Test
	void aTasksPerformersInvestigatorAndItemsAreChosenInADialog() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		EvaluationReport report = editor.report();
		ProjectsPage page = OpenedEditors.show(bot, editor, ProjectsPage.ID);
		Project a = report.getProgram().getProjects().get(0);
		// a new letter shows in the heading at once, not only after another project was shown
		assertTrue(bot.syncCall(page::heading).contains(" A "), bot.syncCall(page::heading));
		bot.syncRun(() -> editor.model().commandStack().execute(
				SetCommand.create(editor.getEditingDomain(), a, ProgramPackage.Literals.PROJECT__LETTER_CODE, "E")));
		bot.waitUntil("the heading names project E", () -> bot.syncCall(page::heading).contains(" E "));
		bot.syncRun(() -> editor.model().commandStack().undo());
		bot.waitUntil("the heading names project A again", () -> bot.syncCall(page::heading).contains(" A "));
		ResearchTask task = a.getResearchTasks().get(0);
		ListEditor<ResearchTask> tasks = bot.syncCall(page::researchTaskList);
		bot.syncRun(() -> tasks.table().viewer().setSelection(new StructuredSelection(task), true));
		List<Organization> before = List.copyOf(task.getPerformers());
		Organization other = report.getOrganizations().stream().filter(organization -> !before.contains(organization)).findFirst().orElseThrow();
		int organizations = report.getOrganizations().size();

		bot.button(tasks.control(), Labels.plain(Messages.choosePerformers)).click();
		ShellBot dialog = bot.shell(NLS.bind(Messages.chooseTitle, Messages.columnPerformers, task.getNameJa()));
		Table choices = dialog.find(Table.class, "the organizations", table -> true);
		bot.syncRun(() -> Arrays.stream(choices.getItems()).forEach(item -> item.setChecked(item.getData() == other)));
		bot.syncRun(() -> dialog.find(Text.class, "the new name", text -> true).setText("新規研究所"));
		bot.screenshot("forms-performers-dialog.png");
		dialog.button(Labels.plain(IDialogConstants.OK_LABEL)).click();
		bot.waitUntil("the performers are set", () -> task.getPerformers().size() == 2);
		assertSame(other, task.getPerformers().get(0), "the one checked, the others unchecked");
		Organization created = task.getPerformers().get(1);
		assertEquals("新規研究所", created.getNameJa());
		assertTrue(report.getOrganizations().contains(created), "the new organization is the file's");
		assertNotNull(created.getId());
		assertEquals(NLS.bind(editUi("setCommand"), Messages.columnPerformers), undoLabel(editor), "one command");
		bot.flush();
		assertTrue(cell(tasks.table(), 0, 2).contains("新規研究所"), cell(tasks.table(), 0, 2));
		shot(tasks.control(), "forms-performers-chosen.png");
		undo(editor);
		bot.waitUntil("the performers are back", () -> task.getPerformers().equals(before));
		assertEquals(organizations, report.getOrganizations().size(), "the new organization went too");

		// a new principal investigator, then none
		bot.button(tasks.control(), Labels.plain(Messages.chooseInvestigator)).click();
		ShellBot investigator = bot.shell(NLS.bind(Messages.chooseTitle, Messages.columnInvestigator, task.getNameJa()));
		bot.syncRun(() -> investigator.find(Text.class, "the new name", text -> true).setText("研究 太郎"));
		investigator.button(Labels.plain(IDialogConstants.OK_LABEL)).click();
		bot.waitUntil("the investigator is set", () -> task.getPrincipalInvestigator() != null
				&& "研究 太郎".equals(task.getPrincipalInvestigator().getNameJa()));
		Person person = task.getPrincipalInvestigator();
		assertTrue(report.getPersons().contains(person));
		bot.button(tasks.control(), Labels.plain(Messages.chooseInvestigator)).click();
		ShellBot none = bot.shell(NLS.bind(Messages.chooseTitle, Messages.columnInvestigator, task.getNameJa()));
		Table people = none.find(Table.class, "the people", table -> true);
		bot.syncRun(() -> people.setSelection(0));
		none.button(Labels.plain(IDialogConstants.OK_LABEL)).click();
		bot.waitUntil("the task has no investigator", () -> task.getPrincipalInvestigator() == null);
		assertTrue(report.getPersons().contains(person), "the person stays in the file");

		// the research items it covers: the project's last item only
		bot.button(tasks.control(), Labels.plain(Messages.chooseItems)).click();
		ShellBot items = bot.shell(NLS.bind(Messages.chooseTitle, Messages.columnItems, task.getNameJa()));
		Table itemChoices = items.find(Table.class, "the research items", table -> true);
		assertEquals(a.getResearchItems().size(), bot.syncCall(itemChoices::getItemCount), "the project's items are offered");
		bot.syncRun(() -> Arrays.stream(itemChoices.getItems()).forEach(item -> item.setChecked(item.getData() == a.getResearchItems().get(4))));
		items.button(Labels.plain(IDialogConstants.OK_LABEL)).click();
		bot.waitUntil("the items are set", () -> task.getItems().equals(List.of(a.getResearchItems().get(4))));
		assertEquals(NLS.bind(editUi("setCommand"), Messages.columnItems), undoLabel(editor));
		undo(editor);
		bot.waitUntil("the items are back", () -> !task.getItems().equals(List.of(a.getResearchItems().get(4))));
	}

	@Test
	void aBudgetColumnsYearIsSetWithItsCellsAndRefusedWhenTakenOrOutOfRange() {
		EvaluationEditor editor = open("saisei-iryo-2022");
		ProjectsPage page = OpenedEditors.show(bot, editor, ProjectsPage.ID);
		BudgetTable table = allocationOfProjectC(editor, page);
		FiscalYearColumn last = table.getColumns().get(4);
		assertEquals(2024, last.getFiscalYear());
		// the years of the first table, then of the second
		ListEditor<?> years = bot.syncCall(() -> page.budgetYears().get(1));
		bot.editCell(years.table().viewer(), last, 0, "2020");
		assertEquals(2024, last.getFiscalYear(), "a year the table has is refused");
		assertEquals(NLS.bind(editUi("fieldProblem"), Messages.columnFiscalYear, NLS.bind(Messages.fiscalYearTaken, Texts.year(2020))),
				formMessage(page));
		shot(years.control(), "forms-year-taken.png");
		bot.editCell(years.table().viewer(), last, 0, "2200");
		assertEquals(2024, last.getFiscalYear(), "a year out of range is refused");
		assertTrue(formMessage(page).startsWith(Messages.columnFiscalYear), formMessage(page));
		Control yearsTable = bot.syncCall(() -> years.table().viewer().getControl());
		bot.settlePainting(yearsTable);
		assertTrue(markPixels(yearsTable) > 0, "an error mark beside the list");

		bot.editCell(bot.syncCall(() -> page.budgetYears().get(1)).table().viewer(), last, 0, "2026");
		bot.waitUntil("the year is changed", () -> last.getFiscalYear() == 2026);
		bot.waitUntil("the message is gone", () -> formMessage(page) == null);
		bot.settlePainting(yearsTable);
		assertEquals(0, markPixels(yearsTable), "the mark has gone with its message");
		assertTrue(table.getLines().stream().allMatch(line -> line.getCells().get(4).getFiscalYear() == 2026), "its cells moved with it");
		assertEquals(2026, table.getStatedTotals().get(4).getFiscalYear());
		shot(bot.syncCall(() -> page.budgetYears().get(1)).control(), "forms-year-changed.png");
		undo(editor);
		bot.waitUntil("the year is back", () -> last.getFiscalYear() == 2024);
		assertTrue(table.getLines().stream().allMatch(line -> line.getCells().get(4).getFiscalYear() == 2024));

		// a year typed before the table's first goes first, as the report prints the years in order
		bot.editCell(bot.syncCall(() -> page.budgetYears().get(1)).table().viewer(), last, 0, "2019");
		bot.waitUntil("the year is changed", () -> last.getFiscalYear() == 2019);
		assertSame(last, bot.syncCall(() -> table.getColumns().get(0)), "the column goes to its place among the years");
		undo(editor);
		bot.waitUntil("the year is back at its place", () -> last.getFiscalYear() == 2024 && table.getColumns().get(4) == last);
	}

	/**
	 * The red pixels of an error mark, drawn at the top left of the control (the decoration's place), as the screen
	 * shows them.
	 */
	private int markPixels(Control control) {
		return bot.syncCall(() -> {
			Rectangle area = control.getDisplay().map(control.getParent(), null, control.getBounds());
			ImageData data = UiBot.capture(control.getDisplay(), new Rectangle(area.x - 12, area.y, 12, 12));
			int count = 0;
			for (int y = 0; y < data.height; y++) {
				for (int x = 0; x < data.width; x++) {
					RGB rgb = data.palette.getRGB(data.getPixel(x, y));
					count += rgb.red > 160 && rgb.green < 110 && rgb.blue < 110 ? 1 : 0;
				}
			}
			return count;
		});
	}

	/**
	 * Sample 002's 資金配分 of project C prints 300 for 2020 over cells adding up to 299: within rounding, so marked as
	 * information; a mistyped total is marked as an error. Each total shows its sum, equal or not.
	 */
	@Test
	void budgetTotalsShowTheirSumsAndMarkMismatchesAsValidationJudgesThem() {
		EvaluationEditor editor = open("saisei-iryo-2022");
		ProjectsPage page = OpenedEditors.show(bot, editor, ProjectsPage.ID);
		BudgetTable table = allocationOfProjectC(editor, page);
		assertEquals("bud-C-alloc", table.getId());
		EObjectTable<?> totals = bot.syncCall(() -> page.budgetTotals().get(1));
		assertEquals(NLS.bind(Messages.budgetTotalAndSum, "300", "299"), cell(totals, 0, 1));
		assertEquals(NLS.bind(Messages.budgetTotalAndSum, "620", "620"), cell(totals, 0, 2), "the sum shows where it agrees too");
		assertNull(bot.syncCall(() -> totals.viewer().getTable().getItem(0).getImage(2)), "no mark where they agree");
		assertNotNull(bot.syncCall(() -> totals.viewer().getTable().getItem(0).getImage(1)), "a mark where they differ");
		assertEquals(SWT.COLOR_DARK_BLUE, foreground(totals, 1), "information, not an error");
		String tooltip = tooltip(totals, table, 1);
		assertTrue(tooltip.contains("300") && tooltip.contains("299") && tooltip.contains("HY-BU-01") && tooltip.contains("2.5"), tooltip);
		shot(totals.viewer().getControl(), "forms-budget-total-rounding.png");

		bot.editCell(totals.viewer(), table, 1, "390");
		bot.waitUntil("the total is mistyped", () -> table.getStatedTotals().get(0).getAmount().compareTo(new BigDecimal("390")) == 0);
		bot.flush();
		EObjectTable<?> after = bot.syncCall(() -> page.budgetTotals().get(1));
		assertEquals(NLS.bind(Messages.budgetTotalAndSum, "390", "299"), cell(after, 0, 1));
		assertEquals(SWT.COLOR_RED, foreground(after, 1), "an error as validation reports it");
		String error = tooltip(after, table, 1);
		assertTrue(error.contains("390") && error.contains("299") && error.contains("91") && error.contains("HY-BU-01"), error);
		shot(after.viewer().getControl(), "forms-budget-total-error.png");
		undo(editor);
		bot.waitUntil("the printed total is back", () -> table.getStatedTotals().get(0).getAmount().compareTo(new BigDecimal("300")) == 0);
	}

	@Test
	void committeeNameMeetingTimesAndAgendaDivisionPeriodAndFindingsAreEdited() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		EvaluationReport report = editor.report();
		CommitteePage committee = OpenedEditors.show(bot, editor, CommitteePage.ID);
		EvaluationCommittee body = report.getCommittee();
		String name = body.getNameJa();
		Text nameField = bot.find(bot.syncCall(() -> committee.getManagedForm().getForm()), Text.class, "the committee's name",
				text -> name.equals(text.getText()));
		run.type(nameField, "新しい評価検討会");
		bot.waitUntil("the committee is renamed", () -> "新しい評価検討会".equals(body.getNameJa()));
		ListEditor<?> meetings = bot.syncCall(() -> committee.tables().get(1));
		Meeting first = body.getMeetings().get(0);
		bot.editCell(meetings.table().viewer(), first, 3, "13:00");
		bot.editCell(meetings.table().viewer(), first, 4, "15:30");
		bot.waitUntil("the times are set", () -> "13:00".equals(first.getStartTime()) && "15:30".equals(first.getEndTime()));
		List<String> agenda = List.copyOf(first.getAgenda());
		bot.syncRun(() -> meetings.table().viewer().setSelection(new StructuredSelection(first), true));
		bot.flush();
		run.type(bot.find(meetings.control(), Text.class, "the agenda", text -> ListEditor.ROLE_TEXT.equals(text.getData(ListEditor.ROLE))),
				"開会\n\n評価の進め方について\n閉会");
		bot.waitUntil("the agenda is set", () -> first.getAgenda().equals(List.of("開会", "評価の進め方について", "閉会")));
		assertEquals(NLS.bind(editUi("setCommand"), Messages.columnAgenda), undoLabel(editor));
		shot(meetings.control(), "forms-committee.png");
		undo(editor);
		bot.waitUntil("the agenda is back", () -> first.getAgenda().equals(agenda));

		OverviewPage overview = OpenedEditors.show(bot, editor, OverviewPage.ID);
		Program program = report.getProgram();
		Organization division = report.getOrganizations().get(2);
		bot.button(bot.syncCall(() -> overview.divisionButton().getParent()), Labels.plain(Messages.chooseButton)).click();
		ShellBot dialog = bot.shell(Messages.fieldDivision);
		Table choices = dialog.find(Table.class, "the organizations", table -> true);
		// "(none)" first
		bot.syncRun(() -> choices.setSelection(3));
		dialog.button(Labels.plain(IDialogConstants.OK_LABEL)).click();
		bot.waitUntil("the division is set", () -> program.getResponsibleDivision() == division);
		// the program's 執行額 prints 3 of its 14 years: its grand total is no sum of them, and no mark says it is wrong
		EObjectTable<?> programTotals = bot.syncCall(() -> overview.budgetTotals().get(0));
		int grand = bot.syncCall(() -> programTotals.viewer().getTable().getColumnCount() - 1);
		assertEquals("44,856", cell(programTotals, 0, grand), "as the report prints it");
		assertNull(bot.syncCall(() -> programTotals.viewer().getTable().getItem(0).getImage(grand)));
		EObjectTable<?> period = bot.syncCall(overview::period);
		bot.editCell(period.viewer(), program, 1, "2027");
		bot.waitUntil("the program's period ends later", () -> program.getPeriod().getEndFY() == 2027);
		bot.flush();
		shot(period.viewer().getControl(), "forms-overview.png");

		FindingsPage findings = OpenedEditors.show(bot, editor, FindingsPage.ID);
		PreviousFinding finding = program.getPreviousFindings().get(0);
		ListEditor<PreviousFinding> list = bot.syncCall(() -> findings.lists().get(0));
		bot.editCell(list.table().viewer(), finding, 2, "2016");
		bot.editCell(list.table().viewer(), finding, 1, label(editor, finding, EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_EVALUATION_TYPE,
				EvaluationType.FINAL));
		bot.waitUntil("the finding's source is set", () -> finding.getSourceFY() == 2016 && finding.getSourceEvaluationType() == EvaluationType.FINAL);
		shot(list.control(), "forms-findings.png");
	}

	/**
	 * An evaluation WG's review is added on the Findings page, of the program and the report's evaluation; its meeting
	 * typed in the list titles its section of findings in place, and a finding added there is the review's.
	 */
	@Test
	void anEvaluationWgReviewIsAddedOnTheFindingsPageWithASectionForItsFindings() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		EvaluationReport report = editor.report();
		int before = bot.syncCall(() -> report.getWgReviews().size());
		FindingsPage page = OpenedEditors.show(bot, editor, FindingsPage.ID);
		int sections = bot.syncCall(() -> page.lists().size());
		ListEditor<WGReview> reviews = bot.syncCall(page::reviews);
		bot.syncRun(() -> UiBot.reveal(reviews.control()));
		bot.button(reviews.control(), NLS.bind(editUi("add"), typeName(editor, EvaluationPackage.Literals.WG_REVIEW))).click(); //$NON-NLS-1$
		bot.waitUntil("the review is added", () -> bot.syncCall(() -> report.getWgReviews().size()) == before + 1);
		WGReview review = bot.syncCall(() -> report.getWgReviews().get(before));
		Evaluation evaluation = bot.syncCall(() -> report.getEvaluations().get(0));
		assertEquals(List.of(report.getProgram(), evaluation.getType(), evaluation.getFiscalYear()),
				bot.syncCall(() -> List.<Object> of(review.getTarget(), review.getEvaluationType(), review.getFiscalYear())));
		bot.waitUntil("its findings have a section", () -> bot.syncCall(() -> page.lists().size()) == sections + 1);

		ListEditor<WGReview> shown = bot.syncCall(page::reviews);
		bot.editCell(shown.table().viewer(), review, 3, "64"); //$NON-NLS-1$
		bot.waitUntil("the meeting is set", () -> bot.syncCall(review::getMeetingNumber) != null);
		ListEditor<PreviousFinding> findings = bot.syncCall(() -> page.lists().get(sections));
		Section section = bot.syncCall(() -> {
			Control control = findings.control();
			while (!(control instanceof Section)) {
				control = control.getParent();
			}
			return (Section) control;
		});
		assertFalse(bot.syncCall(shown.control()::isDisposed), "the page was built again");
		String title = bot.syncCall(section::getText);
		assertTrue(title.contains("64") && title.contains(bot.syncCall(() -> report.getProgram().getNameJa())), title);

		bot.syncRun(() -> UiBot.reveal(findings.control()));
		bot.button(findings.control(), NLS.bind(editUi("add"), typeName(editor, EvaluationPackage.Literals.PREVIOUS_FINDING))).click(); //$NON-NLS-1$
		bot.waitUntil("the finding is the review's", () -> bot.syncCall(() -> review.getFindings().size()) == 1);
		shot(section, "forms-wg-review.png"); //$NON-NLS-1$
	}

	@Test
	void theTargetARevisionRevisedIsChosenAmongItsIndicatorsTargetsByYearAndValue() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		OutputsPage page = OpenedEditors.show(bot, editor, OutputsPage.ID);
		// project C prints 5 → 9 for its 2020 target and 10 → 20 for its 2025 target
		Indicator indicator = editor.report().getProgram().getProjects().get(2).getOutcomeIndicators().get(0);
		IndicatorTarget in2020 = indicator.getTargets().get(0);
		IndicatorTarget in2025 = indicator.getTargets().get(1);
		TargetRevision revision = indicator.getRevisions().get(1);
		assertSame(in2025, revision.getTarget());
		ListEditor<?> list = bot.syncCall(() -> page.revisions().stream().filter(each -> each.table().rowOf(revision) != null).findFirst().orElseThrow());
		int column = bot.syncCall(() -> Arrays.asList(list.table().viewer().getTable().getColumns()).stream().map(TableColumn::getText).toList()
				.indexOf(Messages.columnRevisedTarget));
		assertEquals("FY2025 20 件", label(editor, revision, ResultsPackage.Literals.TARGET_REVISION__TARGET, in2025),
				"named by its year and value, as the report prints it");
		assertEquals(label(editor, revision, ResultsPackage.Literals.TARGET_REVISION__TARGET, in2025),
				bot.syncCall(() -> cellText(list.table(), revision, column)), "the cell shows what the Properties view shows");

		bot.editCell(list.table().viewer(), revision, column, label(editor, revision, ResultsPackage.Literals.TARGET_REVISION__TARGET, in2020));
		bot.waitUntil("the revision is of the 2020 target", () -> revision.getTarget() == in2020);
		assertEquals(NLS.bind(editUi("setCommand"), Messages.columnRevisedTarget), undoLabel(editor), "one command");
		assertEquals("FY2020 9 件", bot.syncCall(() -> cellText(list.table(), revision, column)));
		shot(list.control(), "forms-revised-target.png");
		undo(editor);
		bot.waitUntil("the revision is of the 2025 target again", () -> revision.getTarget() == in2025);

		bot.editCell(list.table().viewer(), revision, column, "");
		bot.waitUntil("the revision is tied to no target", () -> revision.getTarget() == null && !revision.eIsSet(ResultsPackage.Literals.TARGET_REVISION__TARGET));
		undo(editor);
		bot.waitUntil("the revision is of the 2025 target again", () -> revision.getTarget() == in2025);

		// a revision added while a target is selected is of that target
		ListEditor<?> targets = bot.syncCall(() -> page.lists().stream().filter(each -> each.table().rowOf(in2020) == in2020).findFirst().orElseThrow());
		bot.syncRun(() -> targets.table().viewer().setSelection(new StructuredSelection(in2020), true));
		bot.flush();
		int count = indicator.getRevisions().size();
		bot.button(list.control(), NLS.bind(editUi("add"), typeName(editor, ResultsPackage.Literals.TARGET_REVISION))).click();
		bot.waitUntil("a revision is added", () -> indicator.getRevisions().size() == count + 1);
		assertSame(in2020, indicator.getRevisions().get(count).getTarget());
		undo(editor);
		bot.waitUntil("the revision added is gone", () -> indicator.getRevisions().size() == count);
	}

	@Test
	void narrativesAreAddedTypedAndRemovedOnThePageOfTheirSubject() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		ProjectsPage page = OpenedEditors.show(bot, editor, ProjectsPage.ID);
		Project a = editor.report().getProgram().getProjects().get(0);
		int count = a.getNarratives().size();
		ListEditor<?> narratives = bot.syncCall(() -> page.narratives().get(0));
		assertEquals(count, bot.syncCall(() -> narratives.table().viewer().getTable().getItemCount()), "the project's narratives show");
		bot.button(narratives.control(), NLS.bind(editUi("add"), typeName(editor, ProgramPackage.Literals.NARRATIVE_SECTION))).click();
		bot.waitUntil("a narrative is added", () -> a.getNarratives().size() == count + 1);
		bot.flush();
		NarrativeSection added = a.getNarratives().get(count);
		ListEditor<?> list = bot.syncCall(() -> page.narratives().get(0));
		bot.editCell(list.table().viewer(), added, 0, "今後の課題");
		bot.syncRun(() -> list.table().viewer().setSelection(new StructuredSelection(added), true));
		bot.flush();
		run.type(bot.find(list.control(), Text.class, "the narrative's text", text -> ListEditor.ROLE_TEXT.equals(text.getData(ListEditor.ROLE))),
				"実用化に向けた課題を整理する。\n次年度に検討する。");
		bot.waitUntil("the text is typed", () -> "実用化に向けた課題を整理する。\n次年度に検討する。".equals(added.getText()));
		assertEquals("今後の課題", added.getHeadingPrinted());
		shot(list.control(), "forms-narratives.png");
		bot.button(list.control(), editUi("remove")).click();
		bot.waitUntil("the narrative is removed", () -> a.getNarratives().size() == count);
		undo(editor);
		bot.waitUntil("the narrative is back", () -> a.getNarratives().contains(added));
	}

	/**
	 * A secretariat types a new row at once, as in a sheet after inserting a row: every Add of every page of a new
	 * evaluation puts the keyboard in the row it adds (its first cell, else the first field under the table); a first
	 * cell that is a list of choices, passed with Tab, states nothing.
	 */
	@Test
	void everyAddOfANewEvaluationPutsTheKeyboardInTheRowItAdds() {
		EvaluationEditor editor = run.newEvaluation("評価", "adds", "水素社会実装技術開発事業", 2024, 2028);
		List<String> added = new ArrayList<>();
		List<String> missed = new ArrayList<>();
		List<String> choicesPassed = new ArrayList<>();
		for (String page : List.of(OverviewPage.ID, ProjectsPage.ID, OutputsPage.ID, CommitteePage.ID, CommentsPage.ID, FindingsPage.ID)) {
			OpenedEditors.show(bot, editor, page);
			// found again after each Add: a new row may rebuild the page
			for (int index = 0;; index++) {
				int nth = index;
				Button add = bot.syncCall(() -> addButtons(editor.getActivePageInstance().getPartControl()).stream().skip(nth).findFirst().orElse(null));
				if (add == null) {
					break;
				}
				String label = bot.syncCall(add::getText);
				Object before = bot.syncCall(() -> editor.model().commandStack().getMostRecentCommand());
				int members = bot.syncCall(() -> members(editor).size());
				bot.syncRun(() -> UiBot.reveal(add));
				bot.button(bot.syncCall(add::getParent), label).click();
				bot.flush();
				if (bot.syncCall(() -> editor.model().commandStack().getMostRecentCommand()) == before) {
					continue; // nowhere to add yet, e.g. a target before any indicator
				}
				added.add(label);
				try {
					bot.waitUntil(label, () -> bot.syncCall(() -> typingInListOf(bot.display().getFocusControl(), label)), Duration.ofSeconds(3));
				} catch (AssertionError e) {
					missed.add(label + " left the keyboard on " + bot.syncCall(() -> String.valueOf(bot.display().getFocusControl())));
				}
				Control typing = bot.syncCall(bot.display()::getFocusControl);
				if (bot.syncCall(() -> typing != null && typing.getParent() instanceof CCombo)) {
					// a list of choices passed with Tab, as a sheet's user passes a cell, states nothing (not its first)
					Object beforeTab = bot.syncCall(() -> editor.model().commandStack().getMostRecentCommand());
					TableItem row = bot.syncCall(() -> ((Table) typing.getParent().getParent()).getSelection()[0]);
					bot.pressTab(typing, false);
					choicesPassed.add(label);
					assertSame(beforeTab, bot.syncCall(() -> editor.model().commandStack().getMostRecentCommand()),
							label + ": Tab through its first cell, a list of choices, changed " + bot.syncCall(() -> editor.model().commandStack().getMostRecentCommand()));
					assertEquals("", bot.syncCall(() -> row.getText(0)), label + ": its first cell shows a choice no one made"); //$NON-NLS-1$
				}
				if (bot.syncCall(() -> members(editor).size()) > members) {
					// its role is stated already (委員): what is typed at once is the member's name
					Control focus = bot.syncCall(bot.display()::getFocusControl);
					assertTrue(focus instanceof Text, label + " opened " + focus);
					bot.syncRun(() -> ((Text) focus).setText("水素 太郎"));
					bot.pressEnter(focus);
					bot.waitUntil("the name typed after " + label + " is the new member's", () -> bot.syncCall(() -> {
						List<CommitteeMember> now = members(editor);
						Person person = now.get(now.size() - 1).getPerson();
						return person != null && "水素 太郎".equals(person.getNameJa());
					}));
				}
				// ends the cell's editing
				bot.syncRun(() -> addButtons(editor.getActivePageInstance().getPartControl()).get(0).setFocus());
			}
			bot.screenshot("adds-" + page.substring(page.lastIndexOf('.') + 1) + ".png");
		}
		assertEquals(List.of(), missed, "after Add the keyboard is in the new row");
		assertTrue(choicesPassed.contains(NLS.bind(editUi("add"), typeName(editor, EvaluationPackage.Literals.EVALUATION_COMMENT))), //$NON-NLS-1$
				"a new comment's first cell is its item, a list of choices: " + choicesPassed);
		assertTrue(added.size() >= 8, "the Adds of a new evaluation: " + added);
	}

	/**
	 * A new budget table adds its own section, so the Add builds the page again: the keyboard still ends in the new
	 * table's row, in the list built in place of the one whose Add was clicked, not nowhere.
	 */
	@Test
	void anAddThatBuildsThePageAgainLeavesTheKeyboardInTheNewRow() {
		EvaluationEditor editor = run.newEvaluation("評価", "rebuilt", "水素社会実装技術開発事業", 2024, 2028); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		addFirstBudgetTable(editor, OpenedEditors.show(bot, editor, OverviewPage.ID));
		bot.screenshot("forms-add-rebuilt.png"); //$NON-NLS-1$
	}

	@Test
	void tabAfterNamingABudgetTableGoesToItsKind() {
		EvaluationEditor editor = run.newEvaluation("評価", "named", "水素社会実装技術開発事業", 2024, 2028); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		OverviewPage page = OpenedEditors.show(bot, editor, OverviewPage.ID);
		BudgetTable added = addFirstBudgetTable(editor, page);
		ListEditor<?> tables = bot.syncCall(() -> page.budgetLists().get(0));
		Text name = bot.syncCall(() -> (Text) bot.display().getFocusControl());
		bot.syncRun(() -> name.setText("予算額等")); //$NON-NLS-1$
		bot.pressTab(name, false);
		assertEquals("予算額等", bot.syncCall(added::getTitlePrinted)); //$NON-NLS-1$
		// the section's title follows the name without building the page again, which took the keyboard away
		assertFalse(bot.syncCall(tables.control()::isDisposed), "the page was built again");
		Table table = bot.syncCall(() -> tables.table().viewer().getTable());
		// the table itself, or a cell's editor on it
		bot.waitUntil("the keyboard is in the table's kind cell", () -> bot.syncCall(() -> {
			Control focus = bot.display().getFocusControl();
			return tables.table().spreadsheet().focus().column() == 1 && focus != null && (focus == table || focus.getParent() == table);
		}), Duration.ofSeconds(3));
		bot.screenshot("forms-tab-after-name.png"); //$NON-NLS-1$
	}

	/**
	 * A new table has a column for each year of the program's period. A year typed over the one a new year's cell
	 * proposes, then Enter: the table's columns follow in place and the keyboard stays in the list of years, where it
	 * went nowhere when the year built the page again.
	 */
	@Test
	void aYearTypedInTheOverviewsListOfYearsLeavesTheKeyboardThere() {
		EvaluationEditor editor = run.newEvaluation("評価", "years", "水素社会実装技術開発事業", 2024, 2028); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		OverviewPage page = OpenedEditors.show(bot, editor, OverviewPage.ID);
		BudgetTable added = addFirstBudgetTable(editor, page);
		List<Integer> period = List.of(2024, 2025, 2026, 2027, 2028);
		assertEquals(period, bot.syncCall(() -> added.getColumns().stream().map(FiscalYearColumn::getFiscalYear).toList()), "the period's years");
		assertEquals(period, bot.syncCall(() -> added.getStatedTotals().stream().map(FiscalYearAmount::getFiscalYear).toList()),
				"a printed total for each");
		ListEditor<?> years = bot.syncCall(() -> page.budgetYears().get(0));
		bot.syncRun(() -> UiBot.reveal(years.control()));
		bot.button(years.control(), NLS.bind(editUi("add"), typeName(editor, FinancePackage.Literals.FISCAL_YEAR_COLUMN))).click(); //$NON-NLS-1$
		bot.waitUntil("the year is added", () -> bot.syncCall(() -> added.getColumns().size()) == 6);
		assertEquals(2029, bot.syncCall(() -> added.getColumns().get(5).getFiscalYear()), "the year after the last");
		Table table = bot.syncCall(() -> years.table().viewer().getTable());
		bot.waitUntil("the keyboard is in the new year's cell", () -> bot.syncCall(() -> bot.display().getFocusControl() instanceof Text text
				&& text.getParent() == table));
		Text cell = bot.syncCall(() -> (Text) bot.display().getFocusControl());
		bot.syncRun(() -> cell.setText("2023")); //$NON-NLS-1$
		bot.pressEnter(cell);
		// before the period's first year: it goes first, in the order the report prints the years
		bot.waitUntil("the year is set", () -> bot.syncCall(() -> added.getColumns().get(0).getFiscalYear()) == 2023);
		assertFalse(bot.syncCall(years.control()::isDisposed), "the page was built again");
		// the keyboard's cell goes with the year, as the selection (the Properties view) does
		bot.waitUntil("the keyboard's cell is on the year typed, now first", () -> bot.syncCall(() -> years.table().viewer().getTable().getItemCount() == 6
				&& new Spreadsheet.Position(0, 0).equals(years.table().spreadsheet().focus())));
		assertSame(bot.syncCall(() -> added.getColumns().get(0)),
				bot.syncCall(() -> ((IStructuredSelection) years.table().viewer().getSelection()).getFirstElement()));
		Control focus = bot.syncCall(() -> bot.display().getFocusControl());
		assertTrue(focus == table || focus != null && bot.syncCall(focus::getParent) == table, "the keyboard is in the list of years: " + focus);
		Table lines = bot.syncCall(() -> page.budgetLists().get(1).table().viewer().getTable());
		assertEquals(Texts.year(2023), bot.syncCall(() -> lines.getColumn(1).getText()), "the lines' first year column titled with the year typed");
		bot.screenshot("forms-year-typed.png"); //$NON-NLS-1$
	}

	/**
	 * The first budget table of the program, added with the Overview's Add, which builds the page again (the table's
	 * section is new); the keyboard in the new row's first cell all the same.
	 */
	private BudgetTable addFirstBudgetTable(EvaluationEditor editor, OverviewPage page) {
		Program program = bot.syncCall(() -> editor.report().getProgram());
		int before = bot.syncCall(() -> program.getBudgetTables().size());
		ListEditor<?> tables = bot.syncCall(() -> page.budgetLists().get(0));
		bot.syncRun(() -> UiBot.reveal(tables.control()));
		bot.button(tables.control(), NLS.bind(editUi("add"), typeName(editor, FinancePackage.Literals.BUDGET_TABLE))).click(); //$NON-NLS-1$
		bot.waitUntil("the table is added", () -> bot.syncCall(() -> program.getBudgetTables().size()) == before + 1);
		bot.flush();
		assertTrue(bot.syncCall(tables.control()::isDisposed), "the page was built again");
		BudgetTable added = bot.syncCall(() -> program.getBudgetTables().get(before));
		bot.waitUntil("the keyboard is in the new table's row", () -> bot.syncCall(() -> {
			EObjectTable<?> shown = page.budgetLists().get(0).table();
			return shown.viewer().isCellEditorActive() && ((IStructuredSelection) shown.viewer().getSelection()).getFirstElement() == added
					&& bot.display().getFocusControl() instanceof Text;
		}), Duration.ofSeconds(3));
		return added;
	}

	private static List<CommitteeMember> members(EvaluationEditor editor) {
		EvaluationCommittee committee = editor.report().getCommittee();
		return committee == null ? List.of() : committee.getMembers();
	}

	/** Whether the control is a cell or field of the list whose Add is labelled so, not one of its buttons. */
	private static boolean typingInListOf(Control focus, String label) {
		if (focus == null || focus instanceof Button) {
			return false;
		}
		for (Control list = focus; list != null; list = list.getParent()) {
			if (list instanceof Composite composite && Arrays.stream(composite.getChildren())
					.anyMatch(child -> child instanceof Composite buttons && addButtons(buttons).stream().anyMatch(add -> add.getText().equals(label)))) {
				return true;
			}
		}
		return false;
	}

	private static List<Button> addButtons(Control control) {
		List<Button> buttons = new ArrayList<>();
		if (control instanceof Button button && ListEditor.ROLE_ADD.equals(button.getData(ListEditor.ROLE)) && button.isVisible()) {
			buttons.add(button);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				buttons.addAll(addButtons(child));
			}
		}
		return buttons;
	}

	/**
	 * On a list of at least three rows: the second row moved down, up, and removed through the buttons, the model's
	 * order checked after each, each undone.
	 */
	private void exercise(EvaluationEditor editor, ListEditor<?> list, List<? extends EObject> model, EClass type, String shot) {
		List<EObject> before = List.copyOf(model);
		assertTrue(before.size() >= 3, shot + " has rows enough");
		EObject second = before.get(1);
		String noun = typeName(editor, type);

		click(list, second, "down");
		bot.waitUntil("the row moves down", () -> model.indexOf(second) == 2);
		assertEquals(swapped(before, 1, 2), List.copyOf(model));
		assertEquals(NLS.bind(editUi("downCommand"), noun), undoLabel(editor));
		shot(list.control(), "forms-" + shot + "-down.png");
		undo(editor);
		bot.waitUntil("the order is back", () -> before.equals(List.copyOf(model)));

		click(list, second, "up");
		bot.waitUntil("the row moves up", () -> model.indexOf(second) == 0);
		assertEquals(swapped(before, 0, 1), List.copyOf(model));
		assertEquals(NLS.bind(editUi("upCommand"), noun), undoLabel(editor));
		undo(editor);
		bot.waitUntil("the order is back", () -> before.equals(List.copyOf(model)));

		click(list, second, "remove");
		bot.waitUntil("the row is removed", () -> !model.contains(second));
		List<EObject> without = new ArrayList<>(before);
		without.remove(second);
		assertEquals(without, List.copyOf(model));
		assertEquals(NLS.bind(editUi("removeCommand"), noun), undoLabel(editor));
		shot(list.control(), "forms-" + shot + "-removed.png");
		undo(editor);
		bot.waitUntil("the row is back in its place", () -> before.equals(List.copyOf(model)));
	}

	/** Shows project C of sample 002 and returns its 資金配分, its second budget table. */
	private BudgetTable allocationOfProjectC(EvaluationEditor editor, ProjectsPage page) {
		Project c = editor.report().getProgram().getProjects().get(2);
		bot.syncRun(() -> page.select(c));
		bot.flush();
		return c.getBudgetTables().get(1);
	}

	/** A screenshot of the editor, maximized for it, with the control scrolled into view. */
	private void shot(Control control, String name) {
		OpenedEditors.shotMaximized(bot, control, name);
	}

	/** Selects the row and clicks the list's button, found by its label. */
	private void click(ListEditor<?> list, EObject row, String button) {
		bot.syncRun(() -> list.table().viewer().setSelection(new StructuredSelection(row), true));
		bot.flush();
		bot.button(list.control(), editUi(button)).click();
	}

	private static List<EObject> swapped(List<EObject> rows, int first, int second) {
		List<EObject> swapped = new ArrayList<>(rows);
		swapped.set(first, rows.get(second));
		swapped.set(second, rows.get(first));
		return swapped;
	}

	private String cellText(EObjectTable<?> table, Object row, int column) {
		return ((ColumnLabelProvider) table.viewer().getLabelProvider(column)).getText(row);
	}

	private String cell(EObjectTable<?> table, int row, int column) {
		return bot.syncCall(() -> table.viewer().getTable().getItem(row).getText(column));
	}

	/** Which system colour a cell of the first row is drawn in. */
	private int foreground(EObjectTable<?> table, int column) {
		return bot.syncCall(() -> {
			TableItem item = table.viewer().getTable().getItem(0);
			for (int colour : new int[] { SWT.COLOR_DARK_BLUE, SWT.COLOR_RED }) {
				if (item.getForeground(column).equals(item.getDisplay().getSystemColor(colour))) {
					return colour;
				}
			}
			return SWT.NONE;
		});
	}

	private String tooltip(EObjectTable<?> table, Object row, int column) {
		return bot.syncCall(() -> ((ColumnLabelProvider) table.viewer().getLabelProvider(column)).getToolTipText(row));
	}

	private String formMessage(ProjectsPage page) {
		return bot.syncCall(() -> page.problem());
	}

	private String undoLabel(EvaluationEditor editor) {
		return bot.syncCall(() -> editor.model().commandStack().getUndoCommand().getLabel());
	}

	private void undo(EvaluationEditor editor) {
		bot.syncRun(() -> {
			try {
				bot.window().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null); //$NON-NLS-1$
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		bot.flush();
	}

	private String typeName(EvaluationEditor editor, EClass type) {
		return bot.syncCall(() -> PropertyLabels.typeName(editor.model().adapterFactory(), type));
	}

	private String label(EvaluationEditor editor, EObject owner, EStructuralFeature feature, Object value) {
		return bot.syncCall(() -> PropertyLabels.of(editor.model().adapterFactory(), owner, feature, value));
	}

	private static String editUi(String key) {
		return Words.text(EDIT_UI, "org/hyoka/edit/ui/messages", key); //$NON-NLS-1$
	}

	private EvaluationEditor open(String sample) {
		try {
			return (EvaluationEditor) bot.openEditor(SampleEvaluations.install(SampleEvaluations.find(sample).orElseThrow(), null));
		} catch (CoreException e) {
			throw new IllegalStateException(sample, e);
		}
	}
}
