package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.edit.ui.ListEditor;
import org.hyoka.edit.ui.PropertyLabels;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.CommentsPage;
import org.hyoka.editor.internal.CommitteePage;
import org.hyoka.editor.internal.OutputsPage;
import org.hyoka.editor.internal.OverviewPage;
import org.hyoka.editor.internal.ProjectsPage;
import org.hyoka.editor.internal.wizard.EvaluationDetailsPage;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.Recommendation;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.Project;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A secretariat writes a small evaluation from File > New on, through the forms alone: projects, committee, a
 * meeting, indicators with targets, a budget table, a comment and a 提言 with its 対処方針; undoes and redoes a
 * step, saves, and finds everything in the file. A screenshot per step.
 */
class AuthoringTest {

	private static final String FOLDER = "Authoring";
	private static final List<String> PROJECTS = List.of("課題B 高度製造技術", "課題C 評価手法", "課題D 基盤整備");
	private static final List<String> MEMBERS = List.of("山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健");
	private static final String RECOMMENDATION = "成果の実用化に向けて、企業との連携を一層強化すべきである。";
	private static final String RESPONSE = "令和7年度から企業との共同研究枠を設け、連携を強化する。";

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();
	private int step;

	@Test
	void aNewEvaluationIsWrittenThroughTheFormsSavedAndReadBack() throws Exception {
		IProject folder = ResourcesPlugin.getWorkspace().getRoot().getProject(FOLDER);
		folder.create(null);
		folder.open(null);
		EvaluationEditor editor = newEvaluation();
		addProjects(editor);
		addCommittee(editor);
		addIndicators(editor);
		addBudget(editor);
		addCommentAndRecommendation(editor);

		// the last step, as the Edit menu names it
		bot.windowShell().menu("Edit", "Undo Set Response (対処方針)").click();
		bot.flush();
		Recommendation recommendation = bot.syncCall(() -> editor.report().getEvaluations().get(0).getRecommendations().get(0));
		bot.waitUntil("the 対処方針 is undone", () -> recommendation.getResponse() == null);
		screenshot("undone");
		bot.windowShell().menu("Edit", "Redo Set Response (対処方針)").click();
		bot.waitUntil("the 対処方針 is back", () -> recommendation.getResponse() != null && RESPONSE.equals(recommendation.getResponse().getText()));
		screenshot("redone");

		bot.windowShell().menu("File", "Save").click();
		bot.waitUntil("the editor is saved", () -> !editor.isDirty());
		screenshot("saved");
		IFile file = folder.getFile("authoring.hyoka");
		assertEverythingIsIn(HyokaFiles.load(file.getLocation().toPath()));
	}

	private EvaluationEditor newEvaluation() {
		bot.windowShell().menu("File", "New", "Evaluation").click();
		ShellBot wizard = bot.shell("New Evaluation");
		wizard.textWithLabel("Enter or select the parent folder:").setText(FOLDER);
		wizard.textWithLabel("File name:").setText("authoring");
		wizard.button("Next >").click();
		bot.waitUntil("the details page shows",
				() -> ((WizardDialog) wizard.widget().getData()).getCurrentPage().getName().equals("details"));
		wizard.textWithLabel("Program name:").setText("次世代評価技術開発事業");
		year(wizard, "end", 2024);
		year(wizard, "start", 2022);
		screenshot("wizard");
		wizard.button("Finish").click();
		wizard.waitUntilClosed();
		bot.waitForJobs();
		bot.waitUntil("the new evaluation is open", () -> bot.page().getActiveEditor() instanceof EvaluationEditor);
		return bot.syncCall(() -> (EvaluationEditor) bot.page().getActiveEditor());
	}

	private void addProjects(EvaluationEditor editor) {
		ProjectsPage page = show(editor, ProjectsPage.ID);
		Program program = bot.syncCall(() -> editor.report().getProgram());
		for (String name : PROJECTS) {
			Control list = bot.syncCall(() -> page.master().viewer().getControl().getParent().getParent());
			Project added = add(list, "Add Project", program.getProjects()::size,
					() -> program.getProjects().get(program.getProjects().size() - 1));
			bot.editCell(page.master().viewer(), added, 1, name);
		}
		assertEquals(List.of("A", "B", "C", "D"), bot.syncCall(() -> program.getProjects().stream().map(Project::getLetterCode).toList()));
		screenshot("projects");
	}

	private void addCommittee(EvaluationEditor editor) {
		CommitteePage page = show(editor, CommitteePage.ID);
		ListEditor<?> members = bot.syncCall(() -> page.tables().get(0));
		List<CommitteeMember> list = bot.syncCall(() -> editor.report().getCommittee().getMembers());
		for (String name : MEMBERS) {
			CommitteeMember member = add(members.control(), "Add Committee Member", list::size, () -> list.get(list.size() - 1));
			bot.editCell(members.table().viewer(), member, 1, name);
			bot.editCell(members.table().viewer(), member, 2, "北海道大学 教授");
		}
		CommitteeMember first = bot.syncCall(() -> list.get(0));
		bot.editCell(members.table().viewer(), first, 0, label(first, EvaluationPackage.Literals.COMMITTEE_MEMBER__ROLE, CommitteeRole.CHAIR));
		assertEquals(CommitteeRole.CHAIR, bot.syncCall(first::getRole));
		screenshot("committee");

		ListEditor<?> meetings = bot.syncCall(() -> page.tables().get(1));
		var held = bot.syncCall(() -> editor.report().getCommittee().getMeetings());
		var meeting = add(meetings.control(), "Add Meeting", held::size, () -> held.get(0));
		bot.editCell(meetings.table().viewer(), meeting, 2, "2024-12-01");
		screenshot("meeting");
	}

	private void addIndicators(EvaluationEditor editor) {
		OutputsPage page = show(editor, OutputsPage.ID);
		Project a = bot.syncCall(() -> editor.report().getProgram().getProjects().get(0));
		// the program's indicators and targets come first, then those of project A
		ListEditor<?> indicators = bot.syncCall(() -> page.lists().get(2));
		ListEditor<?> targets = bot.syncCall(() -> page.lists().get(3));
		for (int i = 1; i <= 2; i++) {
			int number = i;
			Indicator indicator = add(indicators.control(), "Add Output Indicator", a.getOutputIndicators()::size,
					() -> a.getOutputIndicators().get(number - 1));
			bot.editCell(indicators.table().viewer(), indicator, 1, "特許出願件数" + number);
			bot.editCell(indicators.table().viewer(), indicator, 2, "件");
			IndicatorTarget target = add(targets.control(), "Add Indicator Target", indicator.getTargets()::size,
					() -> indicator.getTargets().get(0));
			bot.editCell(targets.table().viewer(), target, 3, String.valueOf(10 * number));
		}
		screenshot("indicators");
	}

	private void addBudget(EvaluationEditor editor) {
		OverviewPage page = show(editor, OverviewPage.ID);
		Program program = bot.syncCall(() -> editor.report().getProgram());
		BudgetTable table = add(bot.syncCall(() -> page.budgetLists().get(0).control()), "Add Budget Table", program.getBudgetTables()::size,
				() -> program.getBudgetTables().get(0));
		bot.editCell(bot.syncCall(() -> page.budgetLists().get(0).table().viewer()), table, 0, "執行額");
		for (int year = 1; year <= 3; year++) {
			// each new year builds the table's section again: find its list anew
			add(bot.syncCall(() -> page.budgetLists().get(1).control()), "Add Fiscal Year Column", table.getColumns()::size,
					() -> table.getColumns().get(0));
		}
		assertEquals(List.of(2022, 2023, 2024), bot.syncCall(() -> table.getColumns().stream().map(FiscalYearColumn::getFiscalYear).toList()));
		ListEditor<?> lines = bot.syncCall(() -> page.budgetLists().get(1));
		for (String label : List.of("研究開発費", "管理費")) {
			BudgetLine line = add(lines.control(), "Add Budget Line", table.getLines()::size, () -> table.getLines().get(table.getLines().size() - 1));
			bot.editCell(lines.table().viewer(), line, 0, label);
			for (int year = 1; year <= 3; year++) {
				bot.editCell(lines.table().viewer(), line, year, String.valueOf(100 * year));
			}
		}
		EObjectTable<?> totals = bot.syncCall(() -> page.budgetTotals().get(0));
		bot.editCell(totals.viewer(), table, 1, "200");
		bot.editCell(totals.viewer(), table, 2, "999");
		bot.flush();
		assertEquals("999 ≠ 400", bot.syncCall(() -> totals.viewer().getTable().getItem(0).getText(2)),
				"a printed total that differs shows the computed sum beside it");
		screenshot("budget");
	}

	private void addCommentAndRecommendation(EvaluationEditor editor) {
		CommentsPage page = show(editor, CommentsPage.ID);
		Evaluation evaluation = bot.syncCall(() -> editor.report().getEvaluations().get(0));
		ListEditor<?> comments = bot.syncCall(() -> page.lists().get(0));
		EvaluationComment comment = add(comments.control(), "Add Evaluation Comment", evaluation.getComments()::size,
				() -> evaluation.getComments().get(0));
		type(comments.control(), 0, "研究開発の目標設定は明確であるが、進捗管理に課題がある。");
		bot.editCell(comments.table().viewer(), comment, 1,
				label(comment, EvaluationPackage.Literals.EVALUATION_COMMENT__POLARITY, CommentPolarity.NEGATIVE));
		assertEquals("●", bot.syncCall(() -> comments.table().viewer().getTable().getItem(0).getText(1)));

		ListEditor<?> recommendations = bot.syncCall(() -> page.lists().get(1));
		add(recommendations.control(), "Add Recommendation", evaluation.getRecommendations()::size, () -> evaluation.getRecommendations().get(0));
		type(recommendations.control(), 0, RECOMMENDATION);
		type(recommendations.control(), 1, RESPONSE);
		assertEquals(RESPONSE, bot.syncCall(() -> recommendations.table().viewer().getTable().getItem(0).getText(1)),
				"the 対処方針 shows next to its 提言");
		screenshot("comments");
	}

	private void assertEverythingIsIn(EvaluationReport saved) {
		Program program = saved.getProgram();
		assertEquals(PROJECTS, program.getProjects().subList(1, 4).stream().map(Project::getNameJa).toList());
		for (Project project : program.getProjects()) {
			List<Evaluation> evaluations = saved.getEvaluations().stream().filter(evaluation -> evaluation.getTarget() == project).toList();
			assertEquals(1, evaluations.size(), "an added project is evaluated like the wizard's: " + project.getLetterCode());
			assertEquals(saved.getEvaluations().get(0).getType(), evaluations.get(0).getType());
			assertEquals(7, evaluations.get(0).getScoreTable().getRows().size(), "the seven items to score");
		}
		List<CommitteeMember> members = saved.getCommittee().getMembers();
		assertEquals(MEMBERS, members.stream().map(member -> member.getPerson().getNameJa()).toList());
		assertEquals(CommitteeRole.CHAIR, members.get(0).getRole());
		assertTrue(members.stream().allMatch(member -> "北海道大学 教授".equals(member.getAffiliationPrinted())));
		assertEquals("2024-12-01", saved.getCommittee().getMeetings().get(0).getDate().toString());
		List<? extends Indicator> indicators = program.getProjects().get(0).getOutputIndicators();
		assertEquals(List.of("特許出願件数1", "特許出願件数2"), indicators.stream().map(Indicator::getNameJa).toList());
		assertEquals(List.of(10, 20), indicators.stream().map(indicator -> indicator.getTargets().get(0).getTargetValue().intValue()).toList());
		BudgetTable table = program.getBudgetTables().get(0);
		assertEquals("執行額", table.getTitlePrinted());
		assertEquals(List.of("研究開発費", "管理費"), table.getLines().stream().map(BudgetLine::getLabelPrinted).toList());
		assertEquals(List.of(100, 200, 300), table.getLines().get(1).getCells().stream().map(FiscalYearAmount::getAmount)
				.map(BigDecimal::intValue).toList());
		assertEquals(0, new BigDecimal("999").compareTo(table.getStatedTotals().get(1).getAmount()));
		Evaluation evaluation = saved.getEvaluations().get(0);
		EvaluationComment comment = evaluation.getComments().get(0);
		assertEquals(CommentPolarity.NEGATIVE, comment.getPolarity());
		assertEquals("研究開発の目標設定は明確であるが、進捗管理に課題がある。", comment.getText());
		Recommendation recommendation = evaluation.getRecommendations().get(0);
		assertEquals(RECOMMENDATION, recommendation.getText());
		assertEquals(RESPONSE, recommendation.getResponse().getText());
	}

	/** Clicks an Add button under the root and waits for the new object, which the list then selects. */
	private <T extends EObject> T add(Control root, String button, IntSupplier count, Supplier<T> added) {
		int before = bot.syncCall(count::getAsInt);
		bot.button(root, button).click();
		bot.waitUntil(button + " adds one", () -> count.getAsInt() == before + 1);
		bot.flush();
		return bot.syncCall(added);
	}

	/** Types a long text into the list's n-th multi-line field, then leaves it, as a user clicking elsewhere does. */
	private void type(Control root, int index, String text) {
		bot.waitUntil("the list has its fields", () -> fields(root).size() > index);
		bot.syncRun(() -> {
			Text field = fields(root).get(index);
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

	private String label(EObject owner, EStructuralFeature feature, Object value) {
		EvaluationEditor editor = bot.syncCall(() -> (EvaluationEditor) bot.page().getActiveEditor());
		return bot.syncCall(() -> PropertyLabels.of(editor.model().adapterFactory(), owner, feature, value));
	}

	private void year(ShellBot wizard, String which, int year) {
		Spinner spinner = wizard.find(Spinner.class, "spinner " + which, s -> which.equals(s.getData(EvaluationDetailsPage.YEAR_FIELD)));
		bot.syncRun(() -> {
			spinner.setSelection(year);
			spinner.notifyListeners(SWT.Modify, new Event());
		});
	}

	@SuppressWarnings("unchecked")
	private <P> P show(EvaluationEditor editor, String page) {
		P shown = (P) bot.syncCall(() -> editor.setActivePage(page));
		bot.flush();
		screenshot("page-" + page.substring(page.lastIndexOf('.') + 1));
		return shown;
	}

	/** Once the window has painted what is pending: a page built again paints late. */
	private void screenshot(String name) {
		Shell window = bot.windowShell().widget();
		bot.syncRun(window::update);
		bot.flush();
		bot.screenshot(String.format("authoring-%02d-%s.png", ++step, name));
	}
}
