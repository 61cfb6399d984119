package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.hyoka.core.budget.Budgets;
import org.hyoka.core.report.ReportText;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.CommitteePage;
import org.hyoka.editor.internal.Messages;
import org.hyoka.editor.internal.ModelOutlinePage;
import org.hyoka.editor.internal.OverviewPage;
import org.hyoka.editor.internal.ProblemMarkers;
import org.hyoka.editor.internal.ProjectsPage;
import org.hyoka.editor.internal.TreePage;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.Meeting;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchItem;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.editor.OpenedEditors;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Navigation in the evaluation editor: the Outline's order and filter, selecting there opens the page showing the
 * object, the keyboard kept across the editor's pages, the Properties view follows the pages, a problem opens in the cell it names, and quick fixes are commands
 * that Undo names.
 */
class NavigationTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void theOutlineReadsLikeTheReportAndFilters() {
		EvaluationEditor editor = open("saisei-iryo-2022");
		ModelOutlinePage outline = OpenedEditors.outline(bot, editor);
		EvaluationReport report = editor.report();
		Tree tree = bot.syncCall(() -> outline.viewer().getTree());
		bot.screenshot("outline.png");

		List<String> top = bot.syncCall(() -> labels(tree.getItem(0).getItems()));
		assertTrue(top.get(0).contains(report.getProgram().getNameJa()), "the program comes first: " + top);
		assertEquals(NLS.bind(Messages.outlineOrganizations, report.getOrganizations().size()), top.get(top.size() - 2));
		assertEquals(NLS.bind(Messages.outlinePeople, report.getPersons().size()), top.get(top.size() - 1));

		// the program's projects, then under each project its evaluation
		List<Object> program = bot.syncCall(() -> data(tree.getItem(0).getItem(0).getItems()));
		List<Project> projects = report.getProgram().getProjects();
		assertEquals(projects, program.subList(0, projects.size()));
		Project b = projects.get(1);
		bot.syncRun(() -> outline.viewer().expandToLevel(b, 1));
		List<Object> underB = bot.syncCall(() -> data(((TreeItem) outline.viewer().testFindItem(b)).getItems()));
		assertEquals(report.getEvaluations().stream().filter(e -> e.getTarget() == b).toList().get(0), underB.get(0));

		bot.syncRun(() -> outline.filterText().setText("遺伝子治療"));
		bot.flush();
		List<TreeItem> shown = bot.syncCall(() -> items(tree.getItems()));
		bot.screenshot("outline-filtered.png");
		List<String> matches = bot.syncCall(() -> shown.stream().map(TreeItem::getText).filter(l -> l.contains("遺伝子治療")).toList());
		assertFalse(matches.isEmpty(), "something matches");
		for (TreeItem item : shown) {
			// every row shown matches, or a row under it does
			assertTrue(bot.syncCall(() -> item.getText().contains("遺伝子治療")
					|| items(item.getItems()).stream().anyMatch(i -> i.getText().contains("遺伝子治療"))), bot.syncCall(item::getText));
		}
		Project c = report.getProgram().getProjects().get(2);
		assertFalse(c.getNameJa().contains("遺伝子治療"));
		assertTrue(bot.syncCall(() -> shown.stream().noneMatch(i -> i.getData() == c)), "project C does not match");
		assertTrue(bot.syncCall(() -> shown.stream().anyMatch(i -> i.getData() == b)), "project B matches");
		bot.syncRun(() -> outline.filterText().setText(""));
		bot.flush();
		assertTrue(bot.syncCall(() -> labels(tree.getItem(0).getItems()).equals(top)), "clearing the filter shows all again");
	}

	@Test
	void selectingInTheOutlineOpensThePageShowingTheObject() {
		EvaluationEditor editor = open("saisei-iryo-2022");
		ModelOutlinePage outline = OpenedEditors.outline(bot, editor);
		EvaluationReport report = editor.report();

		CommitteeMember member = report.getCommittee().getMembers().get(0);
		select(outline, member);
		assertEquals(CommitteePage.ID, activePage(editor));
		CommitteePage committee = (CommitteePage) bot.syncCall(editor::getActivePageInstance);
		assertEquals(member, selected(committee.tables().get(0).table().viewer()));
		bot.screenshot("outline-reveals-member.png");

		Project b = report.getProgram().getProjects().get(1);
		ResearchItem item = b.getResearchItems().get(b.getResearchItems().size() - 1);
		select(outline, item);
		assertEquals(ProjectsPage.ID, activePage(editor));
		ProjectsPage projects = (ProjectsPage) bot.syncCall(editor::getActivePageInstance);
		assertEquals(b, bot.syncCall(projects::shown));
		assertEquals(item, selected(projects.researchItems().viewer()));
		bot.screenshot("outline-reveals-research-item.png");

		// a contributed page claims what it shows
		select(outline, report.getWgReviews().get(0));
		assertEquals(ReviewsPage.ID, activePage(editor));

		// no form page shows an organization: the Tree page does
		EObject organization = report.getOrganizations().get(0);
		select(outline, organization);
		assertEquals(TreePage.ID, activePage(editor));
		TreePage treePage = (TreePage) bot.syncCall(editor::getActivePageInstance);
		assertEquals(organization, selected(treePage.viewer()));
	}

	@Test
	void thePropertiesViewFollowsThePagesAndTheOutline() {
		EvaluationEditor editor = open("saisei-iryo-2022");
		PropertySheet properties = (PropertySheet) bot.showView(IPageLayout.ID_PROP_SHEET);
		CommitteeMember member = editor.report().getCommittee().getMembers().get(0);
		CommitteePage committee = OpenedEditors.show(bot, editor, CommitteePage.ID);
		bot.syncRun(() -> {
			bot.page().activate(editor);
			TableViewer members = committee.tables().get(0).table().viewer();
			members.getControl().setFocus();
			members.setSelection(new StructuredSelection(member), true);
		});
		bot.waitUntil("the Properties view shows the member's affiliation",
				() -> propertyValues(properties).contains(member.getAffiliationPrinted()));
		bot.screenshot("properties-follow-committee-page.png");

		Project c = editor.report().getProgram().getProjects().get(2);
		ModelOutlinePage outline = OpenedEditors.outline(bot, editor);
		bot.syncRun(() -> bot.page().activate(bot.page().findView(IPageLayout.ID_OUTLINE)));
		select(outline, c);
		bot.waitUntil("the Properties view shows the project selected in the Outline",
				() -> propertyValues(properties).contains(c.getNameJa()));
		bot.screenshot("properties-follow-outline.png");
	}

	@Test
	void anotherPageAndBackLeaveTheKeyboardWhereItWas() {
		EvaluationEditor editor = open("saisei-iryo-2022");
		String programName = editor.report().getProgram().getNameJa();
		OverviewPage overview = OpenedEditors.show(bot, editor, OverviewPage.ID);
		// the program's name: the Overview's second field, not the one the page would focus first
		Text name = bot.find(bot.syncCall(() -> overview.getManagedForm().getForm()), Text.class, "the program's name field",
				text -> text.getText().equals(programName));
		bot.syncRun(() -> {
			name.getShell().forceActive(); // no window manager gives it back after the last dialog
			bot.page().activate(editor);
		});
		bot.flush();
		bot.syncRun(() -> {
			name.setFocus();
			name.setSelection(3);
		});
		bot.flush();
		assertTrue(bot.syncCall(name::isFocusControl), "the keyboard is in the program's name");
		OpenedEditors.show(bot, editor, ProjectsPage.ID);
		assertFalse(bot.syncCall(name::isFocusControl), "the Projects page has the keyboard");
		OpenedEditors.show(bot, editor, OverviewPage.ID);
		assertTrue(bot.syncCall(name::isFocusControl), "back on the Overview, the keyboard is in the program's name");
		assertEquals(new Point(3, 3), bot.syncCall(name::getSelection), "with the caret where it was");

		TreePage tree = OpenedEditors.show(bot, editor, TreePage.ID);
		Project c = editor.report().getProgram().getProjects().get(2);
		bot.syncRun(() -> tree.viewer().setSelection(new StructuredSelection(c), true));
		OpenedEditors.show(bot, editor, OverviewPage.ID);
		OpenedEditors.show(bot, editor, TreePage.ID);
		assertTrue(bot.syncCall(() -> tree.viewer().getTree().isFocusControl()), "back on the Tree page, the tree has the keyboard");
		assertEquals(c, selected(tree.viewer()), "on the project selected before");
	}

	@Test
	void aProblemOpensInTheCellItNamesAndIsFixedByAnUndoableCommand() throws Exception {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		IFile file = file(editor);
		Meeting second = editor.report().getCommittee().getMeetings().get(1);
		run(editor, "renumber", SetCommand.create(editor.getEditingDomain(), second, EvaluationPackage.Literals.MEETING__ORDINAL, 5));
		IMarker marker = marker(editor, "HY-CM-02", second);
		assertEquals("ordinal", marker.getAttribute(ProblemMarkers.FEATURE));

		bot.syncRun(() -> {
			try {
				IDE.openEditor(bot.page(), marker);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		bot.flush();
		assertEquals(CommitteePage.ID, activePage(editor));
		CommitteePage committee = (CommitteePage) bot.syncCall(editor::getActivePageInstance);
		TableViewer meetings = committee.tables().get(1).table().viewer();
		assertEquals(second, selected(meetings));
		assertTrue(bot.syncCall(meetings::isCellEditorActive), "the meeting's number is being edited");
		Control focus = bot.syncCall(() -> bot.display().getFocusControl());
		assertEquals(meetings.getTable(), bot.syncCall(focus::getParent), "the keyboard is in the cell");
		bot.screenshot("problem-opens-meeting-number.png");
		bot.syncRun(() -> meetings.cancelEditing());

		IMarkerResolution renumber = resolution(marker);
		assertEquals(NLS.bind(Messages.fixMeetingNumber, 5, 2), renumber.getLabel());
		bot.syncRun(() -> renumber.run(marker));
		bot.flush();
		assertEquals(2, second.getOrdinal());
		assertEquals(renumber.getLabel(), undoLabel(editor));
		assertTrue(markers(file, "HY-CM-02").isEmpty(), "the finding is gone");
		bot.screenshot("quick-fix-meeting-number.png");
		undo(editor);
		assertEquals(5, second.getOrdinal());

		// a printed yearly total set to the sum of its cells: a marker's fix is for its own year, of several wrong ones
		BudgetTable table = (BudgetTable) object(editor, markers(file, "HY-BU-01").get(0));
		Map<Integer, BigDecimal> sums = Budgets.columnSums(table);
		List<FiscalYearAmount> totals = table.getStatedTotals().stream()
				.filter(total -> Budgets.counts(total) && sums.containsKey(total.getFiscalYear())).toList();
		assertTrue(totals.size() >= 2, "the table prints several yearly totals");
		CompoundCommand offTotals = new CompoundCommand("every total off");
		for (FiscalYearAmount total : totals) {
			offTotals.append(SetCommand.create(editor.getEditingDomain(), total, FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT,
					sums.get(total.getFiscalYear()).add(BigDecimal.TEN)));
		}
		run(editor, "every total off", offTotals);
		FiscalYearAmount secondYear = totals.get(1);
		IMarker sum = markers(file, "HY-BU-01").stream()
				.filter(m -> editor.model().resource().getEObject(m.getAttribute(ProblemMarkers.HOLDER, "")) == secondYear).findFirst()
				.orElseThrow(() -> new AssertionError("no HY-BU-01 marker holds the second year's total"));
		IMarkerResolution[] fixes = bot.syncCall(() -> IDE.getMarkerHelpRegistry().getResolutions(sum));
		assertEquals(1, fixes.length, "one fix, for the marker's year");
		IMarkerResolution setTotal = fixes[0];
		bot.syncRun(() -> setTotal.run(sum));
		bot.flush();
		assertEquals(0, secondYear.getAmount().compareTo(sums.get(secondYear.getFiscalYear())), "the marker's year is set to its sum");
		assertTrue(totals.stream().filter(total -> total != secondYear)
				.allMatch(total -> total.getAmount().compareTo(sums.get(total.getFiscalYear())) != 0), "the other years keep their wrong totals");
		assertTrue(setTotal.getLabel().contains(ReportText.amount(sums.get(secondYear.getFiscalYear()))), setTotal.getLabel());
		assertEquals(setTotal.getLabel(), undoLabel(editor));
		bot.screenshot("quick-fix-budget-total.png");
		undo(editor);
		assertTrue(secondYear.getAmount().compareTo(sums.get(secondYear.getFiscalYear())) != 0, "Undo restores the printed total");
		undo(editor);

		// a line's printed total set to the sum of its cells (HY-BU-02)
		BudgetLine line = bot.syncCall(() -> {
			List<BudgetLine> lines = new ArrayList<>();
			editor.model().resource().getAllContents().forEachRemaining(content -> {
				if (content instanceof BudgetLine candidate && candidate.eContainer() instanceof BudgetTable && candidate.getStatedRowTotal() != null
						&& candidate.getCells().stream().anyMatch(Budgets::counts)
						&& candidate.getStatedRowTotal().compareTo(Budgets.rowSum(candidate)) == 0) {
					lines.add(candidate);
				}
			});
			return lines.get(0);
		});
		BigDecimal rowSum = bot.syncCall(() -> Budgets.rowSum(line));
		run(editor, "line total off", SetCommand.create(editor.getEditingDomain(), line, FinancePackage.Literals.BUDGET_LINE__STATED_ROW_TOTAL, rowSum.add(BigDecimal.TEN)));
		List<IMarker> rowMarkers = markers(file, "HY-BU-02");
		IMarker lineSum = rowMarkers.stream().filter(m -> editor.model().resource().getEObject(m.getAttribute(ProblemMarkers.OBJECT, "")) == line).findFirst()
				.orElseThrow(() -> new AssertionError("no HY-BU-02 marker holds the line " + ObjectLabels.describe(line) + " in "
						+ rowMarkers.stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList()));
		IMarkerResolution setLine = resolution(lineSum);
		assertTrue(setLine.getLabel().contains(ReportText.amount(rowSum)), setLine.getLabel());
		bot.syncRun(() -> setLine.run(lineSum));
		bot.flush();
		assertEquals(0, line.getStatedRowTotal().compareTo(rowSum), "the line's printed total is its sum");
		assertEquals(setLine.getLabel(), undoLabel(editor));
		undo(editor);
		assertEquals(0, line.getStatedRowTotal().compareTo(rowSum.add(BigDecimal.TEN)), "Undo restores the printed total");
		undo(editor);

		// a committee of one member without a chair: that member becomes the chair
		EvaluationCommittee committeeOf = editor.report().getCommittee();
		CommitteeMember only = committeeOf.getMembers().get(0);
		CompoundCommand shrink = new CompoundCommand("shrink");
		shrink.append(RemoveCommand.create(editor.getEditingDomain(), committeeOf, EvaluationPackage.Literals.EVALUATION_COMMITTEE__MEMBERS,
				new ArrayList<>(committeeOf.getMembers().subList(1, committeeOf.getMembers().size()))));
		shrink.append(SetCommand.create(editor.getEditingDomain(), only, EvaluationPackage.Literals.COMMITTEE_MEMBER__ROLE, CommitteeRole.MEMBER));
		run(editor, "shrink", shrink);
		IMarker chair = marker(editor, "HY-CM-01", committeeOf);
		IMarkerResolution makeChair = resolution(chair);
		assertTrue(makeChair.getLabel().contains(only.getPerson().getNameJa()), makeChair.getLabel());
		bot.syncRun(() -> makeChair.run(chair));
		bot.flush();
		assertEquals(CommitteeRole.CHAIR, only.getRole());
		assertEquals(makeChair.getLabel(), undoLabel(editor));
		bot.screenshot("quick-fix-chair.png");
		undo(editor);
		assertEquals(CommitteeRole.MEMBER, only.getRole());
	}

	// ----- helpers

	private EvaluationEditor open(String sample) {
		try {
			return OpenedEditors.openValidated(bot, SampleEvaluations.install(SampleEvaluations.find(sample).orElseThrow(), null));
		} catch (CoreException e) {
			throw new IllegalStateException(sample, e);
		}
	}

	private static IFile file(EvaluationEditor editor) {
		return ((org.eclipse.ui.IFileEditorInput) editor.getEditorInput()).getFile();
	}

	private void select(ModelOutlinePage outline, EObject object) {
		bot.syncRun(() -> outline.viewer().setSelection(new StructuredSelection(object), true));
		bot.flush();
	}

	private String activePage(EvaluationEditor editor) {
		return bot.syncCall(() -> editor.getActivePageInstance().getId());
	}

	private Object selected(org.eclipse.jface.viewers.StructuredViewer viewer) {
		return bot.syncCall(() -> ((IStructuredSelection) viewer.getSelection()).getFirstElement());
	}

	private static List<String> labels(TreeItem[] items) {
		return Arrays.stream(items).map(TreeItem::getText).toList();
	}

	private static List<Object> data(TreeItem[] items) {
		return Arrays.stream(items).map(TreeItem::getData).toList();
	}

	/** The rows of a tree that are made and expanded, depth first. */
	private static List<TreeItem> items(TreeItem[] items) {
		List<TreeItem> all = new ArrayList<>();
		for (TreeItem item : items) {
			if (item.getData() != null) {
				all.add(item);
				if (item.getExpanded()) {
					all.addAll(items(item.getItems()));
				}
			}
		}
		return all;
	}

	private List<String> propertyValues(PropertySheet properties) {
		return bot.syncCall(() -> {
			Control control = properties.getCurrentPage().getControl();
			List<String> values = new ArrayList<>();
			if (control instanceof Tree tree) {
				for (TreeItem item : items(tree.getItems())) {
					values.add(item.getText(1));
				}
			}
			return values;
		});
	}

	private void run(EvaluationEditor editor, String what, org.eclipse.emf.common.command.Command command) {
		bot.syncRun(() -> {
			assertTrue(command.canExecute(), what);
			editor.getEditingDomain().getCommandStack().execute(command);
			editor.updateMarkers();
		});
		bot.flush();
	}

	private IMarker marker(EvaluationEditor editor, String rule, EObject about) throws CoreException {
		IMarker found = markers(file(editor), rule).stream().filter(m -> object(editor, m) == about).findFirst()
				.orElseThrow(() -> new AssertionError("no " + rule + " marker"));
		assertNotNull(found);
		return found;
	}

	private static EObject object(EvaluationEditor editor, IMarker marker) {
		return editor.model().resource().getEObject(marker.getAttribute(ProblemMarkers.OBJECT, ""));
	}

	private static List<IMarker> markers(IFile file, String rule) throws CoreException {
		return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> rule.equals(m.getAttribute(ProblemMarkers.RULE, ""))).toList();
	}

	/** The first quick fix the Problems view offers for the marker. */
	private IMarkerResolution resolution(IMarker marker) {
		IMarkerResolution[] found = bot.syncCall(() -> IDE.getMarkerHelpRegistry().getResolutions(marker));
		assertTrue(found.length > 0, "a quick fix for " + marker.getAttribute(IMarker.MESSAGE, ""));
		return found[0];
	}

	private String undoLabel(EvaluationEditor editor) {
		return bot.syncCall(() -> editor.model().commandStack().getUndoCommand().getLabel());
	}

	private void undo(EvaluationEditor editor) {
		bot.syncRun(() -> editor.model().commandStack().undo());
		bot.flush();
	}
}
