package org.hyoka.editor.walks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.ide.IDE;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.editor.IFormPage;
import org.hyoka.editor.pages.RevealingPage;
import org.hyoka.core.indicator.Achievement;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.edit.ui.ListEditor;
import org.hyoka.edit.ui.PropertyLabels;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.CommentsPage;
import org.hyoka.editor.internal.CommitteePage;
import org.hyoka.editor.internal.FindingsPage;
import org.hyoka.editor.internal.Messages;
import org.hyoka.editor.internal.OutputsPage;
import org.hyoka.editor.internal.OverviewPage;
import org.hyoka.editor.internal.ProblemMarkers;
import org.hyoka.editor.internal.ProjectsPage;
import org.hyoka.editor.internal.ScoresPage;
import org.hyoka.editor.internal.TreePage;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.evaluation.Recommendation;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.persistence.ReadAhead;
import org.hyoka.model.program.NarrativeSection;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchItem;
import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.ResultsPackage;
import org.hyoka.model.results.TargetKind;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.editor.EvaluationRun;
import org.hyoka.testing.editor.OpenedEditors;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An evaluator opens the real evaluations, reads every page, edits scores, undoes, saves and follows a problem. */
class EvaluationEditorTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void aNewEvaluationsTitleIsEditedOnTheOverviewAndItsScoresTypedPerMemberWhileAnonymousScoresGetNoColumns() throws Exception {
		IProject folder = ResourcesPlugin.getWorkspace().getRoot().getProject("typed");
		folder.create(null);
		folder.open(null);
		EvaluationEditor editor = new EvaluationRun(bot, "typed").newEvaluation("typed", "typed", "手入力事業", 2022, 2024,
				List.of("甲野 一郎,座長,東京大学", "乙野 二郎,委員,京都大学"));
		// the cover's title, made by the wizard from the program's name, is edited beside that name
		bot.syncRun(() -> editor.setActivePage(OverviewPage.ID));
		String title = bot.syncCall(() -> editor.report().getTitleJa());
		Text titleField = bot.windowShell().find(Text.class, "the report title's field", text -> title.equals(text.getText()));
		bot.syncRun(() -> {
			titleField.setText("手入力事業 中間評価 技術評価報告書");
			titleField.notifyListeners(SWT.FocusOut, new Event());
		});
		bot.waitUntil("the title is set", () -> "手入力事業 中間評価 技術評価報告書".equals(editor.report().getTitleJa()));

		ScoresPage page = bot.syncCall(() -> (ScoresPage) editor.setActivePage(ScoresPage.ID));
		ScoresPage.ScoreView view = bot.syncCall(() -> page.views().get(0));
		List<String> headers = bot.syncCall(() -> Arrays.stream(view.viewer().getTable().getColumns()).map(TableColumn::getText).toList());
		assertEquals(List.of("甲野 一郎", "乙野 二郎"), headers.subList(1, 3), "a column per member before any score: " + headers);
		ItemScore row = bot.syncCall(() -> view.evaluation().getScoreTable().getRows().get(0));
		bot.editCell(view.viewer(), row, 2, "3");
		EvaluatorScore typed = bot.syncCall(() -> row.getScores().get(0));
		assertEquals(List.of(2, 3, "乙野 二郎"), bot.syncCall(() -> List.of(typed.getColumn(), typed.getValue(), typed.getMember().getPerson().getNameJa())),
				"the score typed is the member's");
		Section scored = bot.syncCall(() -> (Section) view.viewer().getTable().getParent().getParent());
		bot.waitUntil("the section counts the member who scored", //$NON-NLS-1$
				() -> scored.getDescription().equals(NLS.bind(Messages.scoresDescription, 1)));

		// saisei-iryo-2022 prints its scores without names and lists its committee: no empty column per member
		EvaluationEditor saisei = open("saisei-iryo-2022.hyoka");
		ScoresPage scores = bot.syncCall(() -> (ScoresPage) saisei.setActivePage(ScoresPage.ID));
		for (ScoresPage.ScoreView each : bot.syncCall(scores::views)) {
			int used = bot.syncCall(() -> saisei.report().getEvaluations().stream().filter(evaluation -> evaluation.getScoreTable() != null)
					.flatMap(evaluation -> evaluation.getScoreTable().getRows().stream()).flatMap(r -> r.getScores().stream())
					.mapToInt(EvaluatorScore::getColumn).max().orElseThrow());
			assertEquals(1 + used + 3, bot.syncCall(() -> each.viewer().getTable().getColumnCount()), "item, the evaluators, average, stated, flag");
		}
	}

	@Test
	void everyPageOfBothSamplesOpens() {
		for (String name : new String[] { "soyaku-kiban-2021", "saisei-iryo-2022" }) {
			EvaluationEditor editor = open(name + ".hyoka");
			for (String page : new String[] { OverviewPage.ID, ProjectsPage.ID, OutputsPage.ID, ScoresPage.ID, CommitteePage.ID,
					CommentsPage.ID, FindingsPage.ID, TreePage.ID }) {
				bot.syncRun(() -> editor.setActivePage(page));
				bot.flush();
				assertEquals(page, bot.syncCall(() -> editor.getActivePageInstance().getId()));
				bot.screenshot(name + "-" + page.substring(page.lastIndexOf('.') + 1) + ".png");
			}
			assertFalse(bot.syncCall(editor::isDirty));
		}
	}

	@Test
	void editingAScoreUpdatesAverageFlagAndChartAndUndoes() throws Exception {
		EvaluationEditor editor = open("saisei-iryo-2022.hyoka");
		ScoresPage page = OpenedEditors.show(bot, editor, ScoresPage.ID);
		ScoresPage.ScoreView view = bot.syncCall(() -> page.views().get(0));
		assertEquals(3, bot.syncCall(() -> page.views().size()), "002 prints three score tables");
		ItemScore row = view.evaluation().getScoreTable().getRows().get(0);
		EvaluatorScore first = row.getScores().stream().filter(s -> s.getColumn() == 1).findFirst().orElseThrow();
		Integer before = first.getValue();
		String averageBefore = cell(view, 0, averageColumn(view));
		double[] chartBefore = bot.syncCall(view::chartedAverages);

		type(view, row, 1, "0");
		assertEquals(Integer.valueOf(0), first.getValue());
		bot.waitUntil("the average follows the score", () -> !cell(view, 0, averageColumn(view)).equals(averageBefore));
		assertNotEquals(chartBefore[0], bot.syncCall(view::chartedAverages)[0]);
		assertTrue(bot.syncCall(editor::isDirty));
		bot.screenshot("scores-edited.png");

		// item 4 of project A averages 2.0 as printed: one more 0 takes it below 2.0 and raises the flag
		ItemScore fourth = view.evaluation().getScoreTable().getRows().get(3);
		int flagColumn = averageColumn(view) + 2;
		assertEquals("", cell(view, 3, flagColumn));
		int scored = fourth.getScores().stream().filter(s -> s.getValue() != null && s.getValue() > 0).findFirst()
				.orElseThrow().getColumn();
		type(view, fourth, scored, "0");
		bot.waitUntil("the flag follows the average", () -> !cell(view, 3, flagColumn).isEmpty());
		execute("org.eclipse.ui.edit.undo");
		bot.waitUntil("the flag goes with the undone edit", () -> cell(view, 3, flagColumn).isEmpty());

		execute("org.eclipse.ui.edit.undo");
		assertEquals(before, first.getValue());
		bot.waitUntil("the average is back", () -> cell(view, 0, averageColumn(view)).equals(averageBefore));
		assertFalse(bot.syncCall(editor::isDirty));
		execute("org.eclipse.ui.edit.redo");
		assertEquals(Integer.valueOf(0), first.getValue());

		for (String invalid : new String[] { "x", "4" }) {
			type(view, row, 2, invalid);
			String message = bot.syncCall(() -> page.problem());
			assertNotNull(message, "an inline message for " + invalid);
			assertTrue(message.contains(invalid), message);
			assertTrue(message.startsWith("Score of "), "the message names the field: " + message);
		}
		String outOfScale = bot.syncCall(() -> page.problem());
		assertTrue(outOfScale.endsWith("4 is outside the scale: scores run from 0 to 3."), "the message names the rule: " + outOfScale);
		bot.screenshot("scores-invalid.png");
		assertEquals(Integer.valueOf(0), first.getValue());
		assertEquals(1, bot.syncCall(() -> editor.model().commandStack().getUndoCommand() == null ? 0 : 1));

		execute("org.eclipse.ui.file.save");
		assertFalse(bot.syncCall(editor::isDirty));
		bot.syncRun(() -> bot.page().closeAllEditors(false));
		EvaluationEditor reopened = open("saisei-iryo-2022.hyoka");
		ItemScore saved = reopened.report().getEvaluations().stream().filter(e -> e.getScoreTable() != null).findFirst()
				.orElseThrow().getScoreTable().getRows().get(0);
		assertEquals(Integer.valueOf(0), saved.getScores().stream().filter(s -> s.getColumn() == 1).findFirst().orElseThrow().getValue());
	}

	@Test
	void eachProblemMarkerOpensTheElementItIsAbout() throws Exception {
		EvaluationEditor editor = open("saisei-iryo-2022.hyoka");
		IFile file = sample("saisei-iryo-2022.hyoka");
		// every marker that names an object, in a fixed order: one after another, as a user goes down the Problems view
		List<IMarker> markers = Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(ProblemMarkers.OBJECT, null) != null)
				.sorted(Comparator.comparing((IMarker m) -> m.getAttribute(ProblemMarkers.OBJECT, "")).thenComparing(IMarker::getId))
				.toList();
		assertTrue(markers.size() > 1, "the 002 report contradicts itself: the validator finds it");
		for (IMarker marker : markers) {
			EObject expected = editor.model().resource().getEObject(marker.getAttribute(ProblemMarkers.OBJECT, null));
			String about = marker.getAttribute(IMarker.MESSAGE, "") + " on " + expected;
			bot.syncRun(() -> IDE.gotoMarker(editor, marker));
			bot.flush();
			// the first page that shows the object, else the Tree page; its row is selected, or for an object shown as a
			// table of its own (a score table), a row of it
			String showing = bot.syncCall(() -> editor.pageIds().stream().map(editor::findPage)
					.filter(page -> page instanceof RevealingPage revealing && revealing.shows(expected)).map(IFormPage::getId)
					.findFirst().orElse(TreePage.ID));
			assertEquals(showing, bot.syncCall(() -> editor.getActivePageInstance().getId()), about);
			IStructuredSelection selection = (IStructuredSelection) bot.syncCall(() -> editor.getSite().getSelectionProvider().getSelection());
			assertTrue(selection.getFirstElement() instanceof EObject row
					&& (EcoreUtil.isAncestor(row, expected) || EcoreUtil.isAncestor(expected, row)),
					selection.getFirstElement() + " selected for " + about);
		}
		bot.screenshot("marker-opens-element.png");
	}

	@Test
	void columnsFitTheirTextsAndLongCellsHaveTooltips() {
		EvaluationEditor editor = open("soyaku-kiban-2021.hyoka");
		ProjectsPage page = OpenedEditors.show(bot, editor, ProjectsPage.ID);
		Table table = bot.syncCall(() -> page.master().viewer().getTable());
		for (Project project : editor.report().getProgram().getProjects()) {
			// the name column is as wide as each name, up to 360 pixels; beyond, the tooltip shows it whole
			int needed = bot.syncCall(() -> {
				GC gc = new GC(table);
				try {
					return Math.min(gc.textExtent(project.getNameJa()).x, 340);
				} finally {
					gc.dispose();
				}
			});
			assertTrue(bot.syncCall(() -> table.getColumn(1).getWidth()) >= needed, project.getNameJa());
			String tooltip = bot.syncCall(() -> ((ColumnLabelProvider) page.master().viewer().getLabelProvider(1)).getToolTipText(project));
			assertEquals(project.getNameJa().length() > 24 ? project.getNameJa() : null, tooltip);
		}
		bot.screenshot("projects-columns-fit.png");
	}

	@Test
	void theEditorTakesWhatWasReadAheadOfIt() throws Exception {
		IFile file = sample("saisei-iryo-2022.hyoka");
		URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		ReadAhead.start(uri);

		EvaluationEditor editor = OpenedEditors.openValidated(bot, file);

		assertEquals(Optional.empty(), ReadAhead.take(uri), "the editor took the read");
		Resource resource = bot.syncCall(() -> editor.report().eResource());
		assertEquals(uri, resource.getURI());
		assertTrue(editor.getEditingDomain().getResourceSet() == resource.getResourceSet(), "in the editor's resource set");
		assertFalse(bot.syncCall(editor::isDirty));
		bot.screenshot("read-ahead-overview.png");
	}

	@Test
	void overviewBuildsItsBudgetTablesAndNarrativesOnceTheEditorIsShown() {
		EvaluationEditor editor = open("soyaku-kiban-2021.hyoka");
		OverviewPage page = OpenedEditors.show(bot, editor, OverviewPage.ID);
		AtomicBoolean shown = new AtomicBoolean();
		bot.syncRun(() -> editor.whenShown(() -> shown.set(true)));
		bot.waitUntil("the editor has been painted", shown::get);
		Program program = editor.report().getProgram();
		// read from the widgets: the page's accessors would build what is still missing
		List<Table> tables = bot.syncCall(() -> tables(page.getManagedForm().getForm()));
		List<Table> budgets = tables.stream().filter(table -> bot.syncCall(table::getData) instanceof BudgetTable).toList();
		assertEquals(program.getBudgetTables(), budgets.stream().map(table -> bot.syncCall(table::getData)).toList());
		for (Table table : budgets) {
			assertEquals(((BudgetTable) bot.syncCall(table::getData)).getLines().size(), bot.syncCall(table::getItemCount));
			assertTrue(bot.syncCall(() -> table.getSize().y) > 0, "laid out");
		}
		Table narratives = tables.stream()
				.filter(table -> bot.syncCall(() -> table.getItemCount() > 0 && table.getItem(0).getData() instanceof NarrativeSection))
				.findFirst().orElseThrow();
		assertEquals(program.getNarratives().size(), bot.syncCall(narratives::getItemCount));
		assertTrue(bot.syncCall(() -> narratives.getSize().y) > 0, "laid out");
	}

	@Test
	void anotherProjectShowsInTheSameDetailsWhoseFieldsThenEditIt() {
		EvaluationEditor editor = open("soyaku-kiban-2021.hyoka");
		ProjectsPage page = OpenedEditors.show(bot, editor, ProjectsPage.ID);
		List<Project> projects = editor.report().getProgram().getProjects();
		Project a = projects.get(0);
		Project c = projects.get(2);
		Table items = bot.syncCall(() -> page.researchItems().viewer().getTable());
		bot.syncRun(() -> page.select(c));
		bot.flush();
		assertEquals(c, bot.syncCall(page::shown));
		assertTrue(items == bot.syncCall(() -> page.researchItems().viewer().getTable()), "the details are not built again");
		assertEquals(c.getResearchItems().stream().map(ResearchItem::getNameJa).toList(), column(items, 1));
		assertEquals(c.getBudgetTables(), bot.syncCall(() -> tables(page.getManagedForm().getForm()).stream().map(Table::getData)
				.filter(BudgetTable.class::isInstance).toList()), "the budget tables are the project's");

		// the short name's field, bound to A's before, edits C's, one command that Undo takes back
		String shortName = c.getShortName();
		Text field = bot.windowShell().find(Text.class, "the short name's field", text -> shortName.equals(text.getText()));
		bot.syncRun(() -> {
			field.setText("製造");
			field.notifyListeners(SWT.FocusOut, new Event());
		});
		assertEquals("製造", c.getShortName());
		assertEquals("糖鎖", a.getShortName());
		execute("org.eclipse.ui.edit.undo");
		assertEquals(shortName, c.getShortName());
		bot.waitUntil("the field shows the undo", () -> shortName.equals(field.getText()));
	}

	/**
	 * Projects A and B of 002 each have two budget tables of five years, A's from 2017, B's from 2018: B shows in A's
	 * tables, titled with its years, and its cells edit B.
	 */
	@Test
	void anotherProjectsBudgetsOfAsManyYearsShowInTheSameTablesWhoseCellsThenEditIt() {
		EvaluationEditor editor = open("saisei-iryo-2022.hyoka");
		ProjectsPage page = OpenedEditors.show(bot, editor, ProjectsPage.ID);
		List<Project> projects = editor.report().getProgram().getProjects();
		Project a = projects.get(0);
		Project b = projects.get(1);
		List<Table> before = budgetTableWidgets(page);
		assertEquals(a.getBudgetTables(), bot.syncCall(() -> before.stream().map(Table::getData).toList()));
		bot.syncRun(() -> page.select(b));
		bot.flush();
		assertEquals(b, bot.syncCall(page::shown));
		List<Table> after = budgetTableWidgets(page);
		assertEquals(before, after, "the same tables, not built again");
		assertTrue(bot.syncCall(() -> after.stream().noneMatch(Table::isDisposed)));
		assertEquals(b.getBudgetTables(), bot.syncCall(() -> after.stream().map(Table::getData).toList()));

		BudgetTable allocation = b.getBudgetTables().get(1);
		Table cells = after.get(1);
		assertEquals(List.of("2018", "2019", "2020", "2021", "2022"), bot.syncCall(() -> IntStream.rangeClosed(1, 5)
				.mapToObj(column -> cells.getColumn(column).getText().replaceAll("\\D*(\\d{4}).*", "$1")).toList()), "B's years head the columns");
		EObjectTable<?> lines = bot.syncCall(() -> page.budgetLists().get(2).table());
		assertEquals("845", cell(lines, 0, 1), "B's first amount of 2018");
		assertEquals("（２）資金配分", bot.syncCall(() -> {
			Control section = cells;
			while (!(section instanceof Section)) {
				section = section.getParent();
			}
			return ((Section) section).getText();
		}), "B's title");
		OpenedEditors.shotMaximized(bot, cells, "projects-B-budget-in-A-tables.png");

		// B's cell of 2019 in the column that showed A's 2018
		BigDecimal aAmount = a.getBudgetTables().get(1).getLines().get(0).getCells().get(1).getAmount();
		bot.editCell(lines.viewer(), allocation.getLines().get(0), 2, "900");
		assertEquals(0, new BigDecimal(900).compareTo(allocation.getLines().get(0).getCells().get(1).getAmount()));
		assertEquals(aAmount, a.getBudgetTables().get(1).getLines().get(0).getCells().get(1).getAmount(), "A's cell as it was");
		bot.waitUntil("the cell shows the edit", () -> "900".equals(cell(lines, 0, 2)));
		execute("org.eclipse.ui.edit.undo");
		assertEquals(0, new BigDecimal(827).compareTo(allocation.getLines().get(0).getCells().get(1).getAmount()));
		bot.waitUntil("the cell shows the undo", () -> "827".equals(cell(lines, 0, 2)));
		assertEquals(after, budgetTableWidgets(page), "still the same tables");
	}

	/**
	 * Project B of 000 has budgets of three years after A's of five: the same tables lose the two columns, and get
	 * them back for A; each column's cells, Undo label and problem edit the year its header names, the sum after them.
	 */
	@Test
	void anotherProjectsBudgetsOfOtherYearsShowInTheSameTablesWithTheirYearsColumns() {
		EvaluationEditor editor = open("soyaku-kiban-2021.hyoka");
		ProjectsPage page = OpenedEditors.show(bot, editor, ProjectsPage.ID);
		List<Project> projects = editor.report().getProgram().getProjects();
		Project a = projects.get(0);
		Project b = projects.get(1);
		assertEquals(List.of(5, 3), bot.syncCall(() -> List.of(a.getBudgetTables().get(1).getColumns().size(),
				b.getBudgetTables().get(1).getColumns().size())));
		List<Table> tables = budgetTableWidgets(page);
		EObjectTable<?> lines = bot.syncCall(() -> page.budgetLists().get(2).table());
		EObjectTable<?> totals = bot.syncCall(() -> page.budgetTotals().get(1));

		bot.syncRun(() -> page.select(b));
		bot.flush();
		assertEquals(tables, budgetTableWidgets(page), "the same tables, not built again");
		assertEquals(List.of(lines, totals), bot.syncCall(() -> List.of(page.budgetLists().get(2).table(), page.budgetTotals().get(1))));
		assertEquals(List.of("2018", "2019", "2020"), years(lines), "B's years head the columns");
		assertEquals(List.of("2018", "2019", "2020"), years(totals));
		assertEquals(Messages.budgetRowSum, bot.syncCall(() -> lines.viewer().getTable().getColumn(4).getText()), "the sum after the years");
		BudgetLine line = b.getBudgetTables().get(1).getLines().get(0);
		assertEquals(List.of("400", "450", "443"), IntStream.rangeClosed(1, 3).mapToObj(column -> cell(lines, 0, column)).toList());
		OpenedEditors.shotMaximized(bot, lines.viewer().getControl(), "projects-B-three-years-in-A-tables.png");

		assertCellEdits(editor, lines, line, 3, line.getCells().get(2), FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT, "2020");
		assertCellEdits(editor, lines, line, 4, line, FinancePackage.Literals.BUDGET_LINE__STATED_ROW_TOTAL, null);

		bot.syncRun(() -> page.select(a));
		bot.flush();
		assertEquals(tables, budgetTableWidgets(page), "the same tables again");
		assertEquals(List.of("2016", "2017", "2018", "2019", "2020"), years(lines), "A's years head the columns again");
		assertEquals(List.of("2016", "2017", "2018", "2019", "2020"), years(totals));
		BudgetLine aLine = a.getBudgetTables().get(1).getLines().get(0);
		assertCellEdits(editor, lines, aLine, 5, aLine.getCells().get(4), FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT, "2020");
		assertCellEdits(editor, lines, aLine, 6, aLine, FinancePackage.Literals.BUDGET_LINE__STATED_ROW_TOTAL, null);

		// a problem's printed total of B, from A: its cell edited, in the column of its year
		FiscalYearAmount total = b.getBudgetTables().get(1).getStatedTotals().get(2);
		bot.syncRun(() -> page.reveal(total, FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT, true));
		bot.waitUntil("B's printed total of 2020 is being edited", () -> bot.syncCall(() -> totals.viewer().isCellEditorActive()
				&& bot.display().getFocusControl() instanceof Text text && text.getText().equals(total.getAmount().toPlainString())));
		assertEquals(tables, budgetTableWidgets(page), "still the same tables");
		assertFalse(bot.syncCall(editor::isDirty));
	}

	/** The years heading a budget's columns between the first and the sum's. */
	private List<String> years(EObjectTable<?> table) {
		return bot.syncCall(() -> {
			Table widget = table.viewer().getTable();
			return IntStream.range(1, widget.getColumnCount() - 1).mapToObj(column -> widget.getColumn(column).getText().replaceAll("\\D*(\\d{4}).*", "$1"))
					.toList();
		});
	}

	/**
	 * A number typed into the row's cell sets the attribute of the object, under an Undo label naming the column
	 * (and the year, where given), and Undo takes it back.
	 */
	private void assertCellEdits(EvaluationEditor editor, EObjectTable<?> table, Object row, int column, EObject object, EAttribute attribute,
			String year) {
		Object before = bot.syncCall(() -> object.eGet(attribute));
		bot.editCell(table.viewer(), row, column, "987");
		assertEquals(0, new BigDecimal(987).compareTo((BigDecimal) bot.syncCall(() -> object.eGet(attribute))),
				"column " + column + " edits " + attribute.getName());
		String title = bot.syncCall(() -> table.viewer().getTable().getColumn(column).getText());
		assertEquals("Set " + title, bot.syncCall(() -> editor.model().commandStack().getUndoCommand().getLabel()));
		if (year != null) {
			assertTrue(title.contains(year), title);
		}
		execute("org.eclipse.ui.edit.undo");
		assertEquals(before, bot.syncCall(() -> object.eGet(attribute)));
	}

	/** The tables of the budgets' lines on the page, in their order. */
	private List<Table> budgetTableWidgets(ProjectsPage page) {
		return bot.syncCall(() -> tables(page.getManagedForm().getForm()).stream().filter(table -> table.getData() instanceof BudgetTable).toList());
	}

	@Test
	void projectsPageListsTheProjectsAndShowsTheSelectedOnesItems() {
		EvaluationEditor editor = open("soyaku-kiban-2021.hyoka");
		ProjectsPage page = OpenedEditors.show(bot, editor, ProjectsPage.ID);
		List<Project> projects = editor.report().getProgram().getProjects();
		assertEquals(List.of("A", "B", "C", "D"), column(page.master().viewer().getTable(), 0));
		assertEquals(projects.stream().map(Project::getNameJa).toList(), column(page.master().viewer().getTable(), 1));

		Project b = projects.get(1);
		bot.syncRun(() -> {
			Table table = page.master().viewer().getTable();
			table.setSelection(1);
			Event event = new Event();
			event.item = table.getItem(1);
			table.notifyListeners(SWT.Selection, event);
		});
		bot.flush();
		assertEquals(b, bot.syncCall(page::shown));
		assertEquals(b.getResearchItems().stream().map(ResearchItem::getNameJa).toList(),
				column(bot.syncCall(() -> page.researchItems().viewer().getTable()), 1));
		assertEquals(b.getResearchTasks().size(), bot.syncCall(() -> page.researchTasks().viewer().getTable().getItemCount()));
		assertTrue(column(bot.syncCall(() -> page.leaders().viewer().getTable()), 1).contains(b.getLeaders().get(0).getPerson().getNameJa()));
		assertTrue(bot.syncCall(() -> budgetTables(page.getManagedForm().getForm())) >= b.getBudgetTables().size());
		bot.screenshot("projects-B.png");
		bot.syncRun(() -> FormToolkit.ensureVisible(page.researchItems().viewer().getTable()));
		bot.flush();
		bot.screenshot("projects-B-items.png");

		ResearchItem item = b.getResearchItems().get(0);
		String name = item.getNameJa();
		bot.editCell(page.researchItems().viewer(), item, 1, "改名した研究開発項目");
		assertEquals("改名した研究開発項目", item.getNameJa());
		bot.waitUntil("the details follow the rename",
				() -> column(bot.syncCall(() -> page.researchItems().viewer().getTable()), 1).contains("改名した研究開発項目"));
		execute("org.eclipse.ui.edit.undo");
		assertEquals(name, item.getNameJa());
		bot.waitUntil("the details follow the undo", () -> column(bot.syncCall(() -> page.researchItems().viewer().getTable()), 1).contains(name));
		assertEquals(b, bot.syncCall(page::shown), "the selected project stays selected");
		assertFalse(bot.syncCall(editor::isDirty));
	}

	/** #45: a kind and a status the report never stated show as nothing, and choosing the first kind states it. */
	@Test
	void anUnstatedKindOrStatusShowsNothingAndChoosingTheFirstKindStatesIt() {
		EvaluationEditor editor = open("soyaku-kiban-2021.hyoka");
		OutputsPage page = OpenedEditors.show(bot, editor, OutputsPage.ID);
		IndicatorTarget target = target(editor, "ind-A-out-1", 1);
		bot.syncRun(() -> {
			for (EAttribute unstated : List.of(ResultsPackage.Literals.INDICATOR_TARGET__KIND, ResultsPackage.Literals.INDICATOR_TARGET__STATUS,
					ResultsPackage.Literals.INDICATOR_TARGET__STATUS_PRINTED, ResultsPackage.Literals.INDICATOR_TARGET__ACHIEVEMENT_RATE_PRINTED)) {
				editor.model().commandStack().execute(SetCommand.create(editor.model().domain(), target, unstated, SetCommand.UNSET_VALUE));
			}
		});
		assertFalse(target.isSetKind() || target.isSetStatus(), "the target states neither");
		EObjectTable<IndicatorTarget> table = tableOf(page, target);
		int row = bot.syncCall(() -> table.viewer().getTable().indexOf((TableItem) table.viewer().testFindItem(target)));
		bot.waitUntil("the unstated kind shows nothing", () -> cell(table, row, KIND).isEmpty());
		assertEquals("", cell(table, row, PRINTED), "no status was printed");
		bot.syncRun(() -> {
			UiBot.reveal(table.viewer().getControl());
			table.viewer().reveal(target);
		});
		bot.flush();
		bot.screenshot("outputs-unstated.png");

		TargetKind first = TargetKind.VALUES.get(0);
		bot.editCell(table.viewer(), target, KIND, bot.syncCall(() -> PropertyLabels.of(editor.model().adapterFactory(), target,
				ResultsPackage.Literals.INDICATOR_TARGET__KIND, first)));
		bot.waitUntil("choosing the first kind states it", target::isSetKind);
		assertEquals(first, target.getKind());
		assertFalse(cell(table, row, KIND).isEmpty(), "the stated kind shows");
	}

	@Test
	void outputsPageShowsTheStatusCoreComputesAndAnEditOfTheActualValueIsUndoable() {
		EvaluationEditor editor = open("soyaku-kiban-2021.hyoka");
		OutputsPage page = OpenedEditors.show(bot, editor, OutputsPage.ID);
		IndicatorTarget target = target(editor, "ind-A-out-1", 1);
		assertEquals(AchievementStatus.ACHIEVED, Achievement.status(target).orElseThrow());
		EObjectTable<IndicatorTarget> table = tableOf(page, target);
		int row = bot.syncCall(() -> table.viewer().getTable().indexOf((TableItem) table.viewer().testFindItem(target)));
		String achieved = statusLabel(editor, target, AchievementStatus.ACHIEVED);
		assertEquals(achieved, cell(table, row, STATUS_COMPUTED));
		assertEquals("100%", cell(table, row, RATE_COMPUTED));

		IndicatorTarget outcome = target(editor, "ind-prg-oc-A", 0);
		EObjectTable<IndicatorTarget> outcomes = tableOf(page, outcome);
		int outcomeRow = bot.syncCall(() -> outcomes.viewer().getTable().indexOf((TableItem) outcomes.viewer().testFindItem(outcome)));
		assertEquals("75%", cell(outcomes, outcomeRow, RATE_COMPUTED), "15 of 20");
		assertTrue(cell(outcomes, outcomeRow, PRINTED).endsWith("75%"), "the printed rate next to the computed one");
		assertEquals(statusLabel(editor, outcome, AchievementStatus.NOT_YET_DUE), cell(outcomes, outcomeRow, STATUS_COMPUTED),
				"15 of 20 due in FY2025 is not yet due in the FY2021 evaluation");
		bot.screenshot("outputs.png");

		bot.editCell(table.viewer(), target, ACTUAL, "20");
		assertEquals(0, new BigDecimal("20").compareTo(target.getActualValue()));
		bot.waitUntil("the status follows the actual value",
				() -> cell(table, row, STATUS_COMPUTED).equals(statusLabel(editor, target, AchievementStatus.NOT_ACHIEVED)));
		assertEquals("80%", cell(table, row, RATE_COMPUTED));
		assertEquals("20 件", cell(table, row, ACTUAL), "with the indicator's unit, as the target beside it and the report");
		assertTrue(bot.syncCall(editor::isDirty));
		bot.screenshot("outputs-edited.png");

		bot.editCell(table.viewer(), target, ACTUAL, "many");
		String message = bot.syncCall(() -> page.problem());
		assertNotNull(message, "refused text is reported in the page header");
		assertTrue(message.contains("many"), message);
		assertEquals(0, new BigDecimal("20").compareTo(target.getActualValue()), "the model keeps its value");
		ScrolledForm form = bot.syncCall(() -> page.getManagedForm().getForm());
		assertEquals(IMessageProvider.ERROR, bot.syncCall(form::getMessageType), "the header shows an error");
		String header = bot.syncCall(form::getMessage);
		assertTrue(message.startsWith(header.replace("\u2026", "")), "the header shows the message, cut at most: " + header);

		execute("org.eclipse.ui.edit.undo");
		assertEquals(0, new BigDecimal("25").compareTo(target.getActualValue()));
		bot.waitUntil("the status is back", () -> cell(table, row, STATUS_COMPUTED).equals(achieved));
		assertNull(bot.syncCall(page::problem), "a change made since takes the refusal away");
		assertEquals(IMessageProvider.NONE, bot.syncCall(form::getMessageType), "and the header's error");
		assertEquals("", Objects.toString(bot.syncCall(form::getMessage), ""), "and its message");
		assertFalse(bot.syncCall(editor::isDirty));
	}

	@Test
	void committeePageMarksTheChairAndListsTheMeetings() {
		EvaluationEditor editor = open("soyaku-kiban-2021.hyoka");
		CommitteePage page = OpenedEditors.show(bot, editor, CommitteePage.ID);
		EvaluationCommittee committee = editor.report().getCommittee();
		Table members = bot.syncCall(() -> page.tables().get(0).table().viewer().getTable());
		List<String> roles = column(members, 0);
		List<String> names = column(members, 1);
		assertEquals(committee.getMembers().size(), names.size());
		String chairLabel = bot.syncCall(() -> PropertyLabels.of(editor.model().adapterFactory(), committee.getMembers().get(0),
				EvaluationPackage.Literals.COMMITTEE_MEMBER__ROLE, CommitteeRole.CHAIR));
		int chair = roles.indexOf(chairLabel);
		assertEquals("久保庭 均", names.get(chair), "the chair of 000");
		assertEquals(1, roles.stream().filter(chairLabel::equals).count());
		assertTrue(bot.syncCall(() -> isBold(members.getItem(chair))), "the chair's row is bold");
		assertFalse(bot.syncCall(() -> isBold(members.getItem(chair == 0 ? 1 : 0))));

		Table meetings = bot.syncCall(() -> page.tables().get(1).table().viewer().getTable());
		assertEquals(List.of("会議体", "書面審議"), column(meetings, 1));
		assertTrue(column(meetings, 2).get(0).contains("2022"), column(meetings, 2).get(0));
		bot.screenshot("committee.png");
	}

	@Test
	void commentsPageShowsEachRecommendationNextToItsResponse() {
		EvaluationEditor editor = open("soyaku-kiban-2021.hyoka");
		CommentsPage page = OpenedEditors.show(bot, editor, CommentsPage.ID);
		Recommendation recommendation = editor.report().getEvaluations().get(0).getRecommendations().get(0);
		// each evaluation has its comments, then its 提言
		List<List<String>> recommendations = rows(bot.syncCall(() -> page.lists().get(1)));
		assertEquals(recommendation.getText(), recommendations.get(0).get(0), "the 提言 is shown");
		assertEquals(recommendation.getResponse().getText(), recommendations.get(0).get(1), "its 対処方針 is next to it");
		EvaluationComment negative = editor.report().getEvaluations().get(0).getComments().get(1);
		List<String> comment = rows(bot.syncCall(() -> page.lists().get(0))).get(1);
		assertEquals(negative.getText(), comment.get(2));
		assertEquals("●", comment.get(1), "a critical comment is marked ●");
		bot.screenshot("comments.png");
	}

	@Test
	void findingsPageShowsEachFindingNextToItsResponse() {
		EvaluationEditor editor = open("saisei-iryo-2022.hyoka");
		FindingsPage page = OpenedEditors.show(bot, editor, FindingsPage.ID);
		PreviousFinding finding = editor.report().getProgram().getPreviousFindings().get(0);
		// the program's findings come first
		List<String> row = rows(bot.syncCall(() -> page.lists().get(0))).get(0);
		// after the evaluation's label, type and year
		assertEquals(finding.getText(), row.get(3), "the finding is shown");
		assertTrue(row.get(4).endsWith(finding.getResponse().getText()), row.get(4));
		assertEquals(finding.getLabelPrinted(), row.get(0), "each finding names the evaluation that made it");
		PreviousFinding wg = editor.report().getWgReviews().stream().flatMap(review -> review.getFindings().stream()).findFirst().orElseThrow();
		assertTrue(cells(bot.syncCall(page::lists)).contains(wg.getText()), "the evaluation WG's findings are shown");
		bot.screenshot("findings.png");
	}

	@Test
	void pagesFollowRemovalUndoAndRevert() {
		EvaluationEditor editor = open("soyaku-kiban-2021.hyoka");
		CommentsPage comments = OpenedEditors.show(bot, editor, CommentsPage.ID);
		Recommendation recommendation = editor.report().getEvaluations().get(0).getRecommendations().get(0);
		assertTrue(cells(bot.syncCall(comments::lists)).contains(recommendation.getText()));
		// as the Tree page or the Outline delete it
		bot.syncRun(() -> editor.model().commandStack().execute(RemoveCommand.create(editor.model().domain(), recommendation)));
		bot.waitUntil("the removed 提言 goes", () -> !cells(bot.syncCall(comments::lists)).contains(recommendation.getText()));
		execute("org.eclipse.ui.edit.undo");
		bot.waitUntil("the 提言 is back", () -> cells(bot.syncCall(comments::lists)).contains(recommendation.getText()));

		OutputsPage outputs = OpenedEditors.show(bot, editor, OutputsPage.ID);
		IndicatorTarget target = target(editor, "ind-A-out-1", 1);
		bot.syncRun(() -> editor.model().commandStack().execute(SetCommand.create(editor.model().domain(), target,
				ResultsPackage.Literals.INDICATOR_TARGET__ACTUAL_VALUE, new BigDecimal("7"))));
		bot.waitUntil("the table follows the command", () -> actualShown(outputs, target).equals("7 件"));
		bot.syncRun(editor::revert);
		bot.flush();
		IndicatorTarget reread = target(editor, "ind-A-out-1", 1);
		assertEquals("25 件", actualShown(outputs, reread), "Revert shows the file's value");
		assertFalse(bot.syncCall(editor::isDirty));
	}

	private String actualShown(OutputsPage page, IndicatorTarget target) {
		EObjectTable<IndicatorTarget> table = tableOf(page, target);
		return bot.syncCall(() -> ((TableItem) table.viewer().testFindItem(target)).getText(ACTUAL));
	}

	@Test
	void everyTextOfTheEditorIsTranslated() throws Exception {
		Properties english = messages("messages.properties");
		Properties japanese = messages("messages_ja.properties");
		assertEquals(english.keySet(), japanese.keySet());
		for (String key : japanese.stringPropertyNames()) {
			assertNotEquals(english.getProperty(key), japanese.getProperty(key), key + " is a copy of the English");
		}
	}

	private static Properties messages(String name) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			assertNotNull(in, name);
			properties.load(in);
		}
		return properties;
	}

	/** Opens the workspace copy of a sample (an existing copy, e.g. one saved by the test, is kept). */
	private EvaluationEditor open(String name) {
		return OpenedEditors.openValidated(bot, sample(name));
	}

	private static IFile sample(String name) {
		try {
			return SampleEvaluations.install(SampleEvaluations.find(name.replace(".hyoka", "")).orElseThrow(), null);
		} catch (CoreException e) {
			throw new IllegalStateException(name, e);
		}
	}

	private void type(ScoresPage.ScoreView view, ItemScore row, int evaluator, String text) {
		bot.editCell(view.viewer(), row, evaluator, text);
	}

	private void execute(String command) {
		bot.syncRun(() -> {
			try {
				bot.window().getService(IHandlerService.class).executeCommand(command, null);
			} catch (Exception e) {
				throw new IllegalStateException(command, e);
			}
		});
		bot.flush();
	}

	private String cell(ScoresPage.ScoreView view, int row, int column) {
		return bot.syncCall(() -> view.viewer().getTable().getItem(row).getText(column));
	}

	private int averageColumn(ScoresPage.ScoreView view) {
		return bot.syncCall(() -> view.viewer().getTable().getColumnCount() - 3);
	}

	private static final int KIND = 1;
	private static final int ACTUAL = 4;
	private static final int STATUS_COMPUTED = 5;
	private static final int RATE_COMPUTED = 6;
	private static final int PRINTED = 7;

	private List<String> column(Table table, int column) {
		return bot.syncCall(() -> Arrays.stream(table.getItems()).map(item -> item.getText(column)).toList());
	}

	/** The texts of a list's cells, row by row. */
	private List<List<String>> rows(ListEditor<?> list) {
		return bot.syncCall(() -> Arrays.stream(list.table().viewer().getTable().getItems())
				.map(item -> IntStream.range(0, item.getParent().getColumnCount()).mapToObj(item::getText).toList()).toList());
	}

	/** Every cell of the lists. */
	private List<String> cells(List<? extends ListEditor<?>> lists) {
		return lists.stream().flatMap(list -> rows(list).stream()).flatMap(List::stream).toList();
	}

	private String cell(EObjectTable<?> table, int row, int column) {
		return bot.syncCall(() -> table.viewer().getTable().getItem(row).getText(column));
	}

	private static IndicatorTarget target(EvaluationEditor editor, String indicator, int index) {
		return ((Indicator) editor.model().resource().getEObject(indicator)).getTargets().get(index);
	}

	private EObjectTable<IndicatorTarget> tableOf(OutputsPage page, IndicatorTarget target) {
		return bot.syncCall(() -> page.tables().stream().filter(table -> table.viewer().testFindItem(target) != null).findFirst().orElseThrow());
	}

	private String statusLabel(EvaluationEditor editor, IndicatorTarget target, AchievementStatus status) {
		return bot.syncCall(() -> PropertyLabels.of(editor.model().adapterFactory(), target, ResultsPackage.Literals.INDICATOR_TARGET__STATUS, status));
	}

	private static boolean isBold(TableItem item) {
		return Arrays.stream(item.getFont(0).getFontData()).allMatch(data -> (data.getStyle() & SWT.BOLD) != 0);
	}

	private static List<Table> tables(Composite parent) {
		List<Table> tables = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Table table) {
				tables.add(table);
			} else if (child instanceof Composite composite) {
				tables.addAll(tables(composite));
			}
		}
		return tables;
	}

	private static int budgetTables(Composite parent) {
		int count = 0;
		for (Control child : parent.getChildren()) {
			count += child instanceof Table table && table.getData() instanceof BudgetTable ? 1 : 0;
			count += child instanceof Composite composite ? budgetTables(composite) : 0;
		}
		return count;
	}
}
