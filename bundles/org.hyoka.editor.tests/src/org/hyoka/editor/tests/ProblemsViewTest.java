package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.markers.MarkerItem;
import org.hyoka.core.rules.RuleRegistry;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.ProblemMarkers;
import org.hyoka.ip.IPAgreement;
import org.hyoka.model.program.Program;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The validator's findings reach the Problems view, and a double-click there opens the element in the editor. */
class ProblemsViewTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void doubleClickingAProblemSelectsItsElement() throws Exception {
		IFile file = SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null);
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		Tree tree = showProblemsView();
		// C's 知財合意書 declares 14 partners against 13 performers: a finding on an object deep in the tree. Waiting
		// for it, not for any row, as the view may still list the markers of an earlier test's files.
		bot.waitUntil("the Problems view lists the findings of 002", () -> ipFinding(tree).isPresent());
		bot.screenshot("problems-view.png");
		TreeItem item = ipFinding(tree).orElseThrow();
		IMarker marker = bot.syncCall(() -> ((MarkerItem) item.getData()).getMarker());
		assertEquals(file, marker.getResource());
		EObject expected = editor.model().resource().getEObject(attribute(item, ProblemMarkers.OBJECT));
		assertTrue(expected instanceof IPAgreement agreement && "知財合意書".equals(agreement.getTitleJa()), String.valueOf(expected));

		bot.syncRun(() -> {
			tree.setSelection(item);
			tree.notifyListeners(SWT.Selection, selectionEvent(item));
			tree.notifyListeners(SWT.DefaultSelection, selectionEvent(item));
		});
		// the IP add-on's page claims the records of the IP schemes (RevealingPage)
		bot.waitUntil("the editor shows the element on the IP page",
				() -> bot.syncCall(() -> "org.hyoka.ip.ui.page".equals(editor.getActivePageInstance().getId())));
		IStructuredSelection selection = (IStructuredSelection) bot
				.syncCall(() -> editor.getSite().getSelectionProvider().getSelection());
		assertEquals(expected, selection.getFirstElement());
		bot.screenshot("problems-view-opened.png");
	}

	@Test
	void aContributedRuleIsListedLikeTheBuiltInOnes() throws Exception {
		IFile file = SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null);
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		Tree tree = showProblemsView();
		bot.waitUntil("the Problems view lists the contributed rule's finding", () -> finding(tree, "TS-ED-01").isPresent());
		TreeItem item = finding(tree, "TS-ED-01").orElseThrow();
		// the errors and warnings come first: fold them so the row shows in the screenshot
		bot.syncRun(() -> {
			for (TreeItem group : tree.getItems()) {
				group.setExpanded(group == item.getParentItem());
			}
			tree.setTopItem(item.getParentItem());
		});
		bot.flush();
		bot.screenshot("problems-view-contributed-rule.png");
		IMarker marker = bot.syncCall(() -> ((MarkerItem) item.getData()).getMarker());
		Program program = editor.report().getProgram();
		String label = ObjectLabels.describe(program);
		assertEquals("TS-ED-01 " + RuleRegistry.installed().rule("TS-ED-01").orElseThrow().message(label), marker.getAttribute(IMarker.MESSAGE));
		assertEquals(IMarker.SEVERITY_INFO, marker.getAttribute(IMarker.SEVERITY));
		assertEquals(label, marker.getAttribute(IMarker.LOCATION));
		assertEquals(program, editor.model().resource().getEObject((String) marker.getAttribute(ProblemMarkers.OBJECT)));
	}

	/** Shows the Problems view; its tree. */
	private Tree showProblemsView() {
		bot.syncRun(() -> {
			try {
				bot.page().showView(IPageLayout.ID_PROBLEM_VIEW);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		return bot.windowShell().find(Tree.class, "the Problems view's tree", ProblemsViewTest::isProblemsTree);
	}

	private static Event selectionEvent(TreeItem item) {
		Event event = new Event();
		event.item = item;
		return event;
	}

	private String attribute(TreeItem item, String name) {
		return bot.syncCall(() -> item.getData() instanceof MarkerItem marker && marker.getMarker() != null
				? marker.getMarker().getAttribute(name, null)
				: null);
	}

	private Optional<TreeItem> ipFinding(Tree tree) {
		return finding(tree, "HY-IP-03");
	}

	private Optional<TreeItem> finding(Tree tree, String code) {
		return markerItems(tree).stream().filter(i -> code.equals(attribute(i, ProblemMarkers.RULE))).findFirst();
	}

	/** The rows of markers, under their severity groups, expanding the groups. */
	private List<TreeItem> markerItems(Tree tree) {
		return bot.syncCall(() -> {
			List<TreeItem> found = new ArrayList<>();
			for (TreeItem group : tree.getItems()) {
				group.setExpanded(true);
				tree.notifyListeners(SWT.Expand, selectionEvent(group));
				for (TreeItem child : group.getItems()) {
					if (child.getData() instanceof MarkerItem marker && marker.getMarker() != null) {
						found.add(child);
					}
				}
			}
			return found;
		});
	}

	/** The Problems view's tree is the one whose first column is the findings' description. */
	private static boolean isProblemsTree(Tree tree) {
		return tree.getColumnCount() > 1 && "Description".equals(tree.getColumn(0).getText());
	}
}
