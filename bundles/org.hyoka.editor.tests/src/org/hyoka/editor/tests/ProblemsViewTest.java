package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.views.markers.MarkerItem;
import org.hyoka.core.rules.RuleRegistry;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.OutputsPage;
import org.hyoka.editor.internal.ProblemMarkers;
import org.hyoka.editor.internal.ScoresPage;
import org.hyoka.ip.IPAgreement;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.program.Program;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.ResultsPackage;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.editor.OpenedEditors;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator's findings reach the Problems view, and a double-click there opens the element in the editor, in the
 * field or cell the finding names.
 */
class ProblemsViewTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void doubleClickingAProblemSelectsItsElement() throws Exception {
		IFile file = SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null);
		EvaluationEditor editor = OpenedEditors.openValidated(bot, file);
		Tree tree = showProblemsView();
		// C's 知財合意書 declares 14 partners against 13 performers: a finding on an object deep in the tree. Waiting
		// for it, not for any row, as the view may still list the markers of an earlier test's files.
		bot.waitUntil("the Problems view lists the findings of 002", () -> ipFinding(tree).isPresent());
		bot.screenshot("problems-view.png");
		TreeItem item = ipFinding(tree).orElseThrow();
		// severities show the IDE's icons: an image the workbench never declared is drawn as a 6-pixel red square
		List<String> icons = bot.syncCall(() -> {
			List<String> sizes = new ArrayList<>();
			for (TreeItem row : List.of(tree.getItem(0), item)) {
				sizes.add(row.getText() + ": " + (row.getImage() == null ? "none" : row.getImage().getBounds().width + " px"));
			}
			return sizes;
		});
		assertTrue(icons.stream().allMatch(icon -> icon.endsWith(": 16 px")), "icons of the first row and the finding's: " + icons);
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

	/**
	 * File > Open File…, Recent Files, a double-click in the file manager and {@code hyoka FILE} open files outside the
	 * workspace, which could hold no markers: their findings never reached the Problems view. The editor has such a file
	 * as a link in the project Opened Files, keeping its name; opening it again finds that editor.
	 */
	@Test
	void aFileFromOutsideTheWorkspaceHasItsFindingsInTheProblemsView(@TempDir Path folder) throws Exception {
		IFile sample = SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null);
		List<Path> files = new ArrayList<>();
		for (String desk : List.of("a", "b")) {
			Path file = Files.createDirectories(folder.resolve(desk)).resolve("評価.hyoka");
			Files.copy(sample.getLocation().toPath(), file);
			files.add(file);
		}
		EvaluationEditor first = OpenedEditors.openOutside(bot, files.get(0));
		IFile linked = ((IFileEditorInput) first.getEditorInput()).getFile();
		assertEquals(files.get(0), linked.getLocation().toPath());
		assertEquals("評価.hyoka", linked.getName());
		OpenedEditors.validated(bot, first);
		assertTrue(linked.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length > 0, "the findings are markers of the file");
		Tree tree = showProblemsView();
		bot.waitUntil("the Problems view lists the findings of the file from outside", () -> ipFinding(tree).isPresent());
		bot.screenshot("problems-view-file-from-outside.png");

		assertSame(first, OpenedEditors.openOutside(bot, files.get(0)), "opened again, the file's editor comes to the front");
		EvaluationEditor second = OpenedEditors.openOutside(bot, files.get(1));
		IFile other = ((IFileEditorInput) second.getEditorInput()).getFile();
		assertEquals(files.get(1), other.getLocation().toPath());
		assertEquals("評価.hyoka", other.getName(), "a file of the same name elsewhere keeps its name too");
		assertEquals(2, bot.syncCall(() -> bot.page().getEditorReferences().length));

		// a file deleted since: its link goes when the next file is linked; the file still there keeps its own
		bot.syncRun(() -> bot.page().closeAllEditors(false));
		Files.delete(files.get(1));
		Path third = Files.createDirectories(folder.resolve("c")).resolve("別の評価.hyoka");
		Files.copy(files.get(0), third);
		OpenedEditors.openOutside(bot, third);
		bot.waitForJobs();
		assertFalse(other.exists(), "the link of the deleted file is gone");
		assertTrue(linked.exists(), "the link of the file still there stays");
		assertTrue(Files.exists(files.get(0)));
	}

	@Test
	void aContributedRuleIsListedLikeTheBuiltInOnes() throws Exception {
		IFile file = SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null);
		EvaluationEditor editor = OpenedEditors.openValidated(bot, file);
		Tree tree = showProblemsView();
		bot.waitUntil("the Problems view lists the contributed rule's finding", () -> finding(tree, "TS-ED-01").isPresent());
		// the marker, not the row: the view refills its rows as markers come, and a row may come to show another one
		IMarker marker = bot.syncCall(() -> marker(finding(tree, "TS-ED-01").orElseThrow()));
		TreeItem item = finding(tree, "TS-ED-01").orElseThrow();
		// the errors and warnings come first: the row at the top, so that it shows in the screenshot
		bot.syncRun(() -> tree.setTopItem(item));
		bot.flush();
		bot.screenshot("problems-view-contributed-rule.png");
		Program program = editor.report().getProgram();
		String label = ObjectLabels.describe(program);
		String message = RuleRegistry.installed().rule("TS-ED-01").orElseThrow().message(label);
		assertTrue(message.startsWith(label + ": "), message);
		// the Location column names the program: the description starts with the finding's point
		assertEquals("TS-ED-01 " + message.substring((label + ": ").length()), marker.getAttribute(IMarker.MESSAGE));
		assertEquals(IMarker.SEVERITY_INFO, marker.getAttribute(IMarker.SEVERITY));
		assertEquals(label, marker.getAttribute(IMarker.LOCATION));
		assertEquals(program, editor.model().resource().getEObject((String) marker.getAttribute(ProblemMarkers.OBJECT)));
	}

	@Test
	void doubleClickingAProblemFocusesTheFieldOrCellItNames() throws Exception {
		IFile file = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null);
		EvaluationEditor editor = OpenedEditors.openValidated(bot, file);
		Tree tree = showProblemsView();

		// HY-BU-01 is about a budget table; its field is the printed total of the year whose column does not add up
		bot.waitUntil("the Problems view lists HY-BU-01", () -> finding(tree, "HY-BU-01").isPresent());
		TreeItem sum = finding(tree, "HY-BU-01").orElseThrow();
		EObject holder = bot.syncCall(() -> editor.model().resource().getEObject(attribute(sum, ProblemMarkers.HOLDER)));
		assertTrue(holder instanceof FiscalYearAmount, String.valueOf(holder));
		FiscalYearAmount total = (FiscalYearAmount) holder;
		assertTrue(bot.syncCall(() -> editor.model().resource().getEObject(attribute(sum, ProblemMarkers.OBJECT))) == total.eContainer(),
				"the finding is the table's");
		doubleClick(tree, sum);
		assertFocusIn(editor, "the printed total of " + bot.syncCall(total::getFiscalYear), bot.syncCall(() -> total.getAmount().toPlainString()));
		bot.flush();
		bot.screenshot("problem-focuses-budget-total.png");

		// a target of a year outside the subject's period: the target's year on the Outputs page
		IndicatorTarget target = bot.syncCall(() -> editor.report().getProgram().getOutputIndicators().stream()
				.flatMap(indicator -> indicator.getTargets().stream()).findFirst().orElseThrow());
		int outside = bot.syncCall(() -> editor.report().getProgram().getPeriod().getEndFY() + 3);
		change(editor, SetCommand.create(editor.getEditingDomain(), target, ResultsPackage.Literals.INDICATOR_TARGET__FISCAL_YEAR, outside));
		bot.waitUntil("the Problems view lists HY-IN-09", () -> finding(tree, "HY-IN-09").isPresent());
		doubleClick(tree, finding(tree, "HY-IN-09").orElseThrow());
		assertEquals(OutputsPage.ID, bot.syncCall(() -> editor.getActivePageInstance().getId()));
		assertFocusIn(editor, "the target's year", Integer.toString(outside));
		bot.flush();
		bot.screenshot("problem-focuses-target-year.png");

		// a score out of the scale: its evaluator's cell on the Scores page (of 002, which prints score tables)
		IFile scored = SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null);
		EvaluationEditor scores = OpenedEditors.openValidated(bot, scored);
		ItemScore row = bot.syncCall(() -> scores.report().getEvaluations().stream().filter(e -> e.getScoreTable() != null).findFirst()
				.orElseThrow().getScoreTable().getRows().get(0));
		EvaluatorScore score = bot.syncCall(() -> row.getScores().get(0));
		change(scores, SetCommand.create(scores.getEditingDomain(), score, EvaluationPackage.Literals.EVALUATOR_SCORE__VALUE, 5));
		bot.waitUntil("the Problems view lists HY-SC-01", () -> finding(tree, "HY-SC-01").isPresent());
		doubleClick(tree, finding(tree, "HY-SC-01").orElseThrow());
		assertEquals(ScoresPage.ID, bot.syncCall(() -> scores.getActivePageInstance().getId()));
		assertFocusIn(scores, "the score's cell", "5");
		bot.flush();
		bot.screenshot("problem-focuses-score.png");
	}

	@Test
	void aRevealedCellShowsWholeWithContextInAShortEditor() throws Exception {
		IFile file = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null);
		EvaluationEditor editor = OpenedEditors.openValidated(bot, file);
		Tree tree = showProblemsView();
		Shell shell = bot.syncCall(() -> bot.window().getShell());
		Point size = bot.syncCall(shell::getSize);
		// every view beside the editor (the Outline's column also holds the add-ons' Deadlines): all but the Problems view
		List<String> sideViews = bot.syncCall(() -> Arrays.stream(bot.page().getViewReferences()).map(IViewReference::getId)
				.filter(id -> !id.equals(IPageLayout.ID_PROBLEM_VIEW)).distinct().toList());
		try {
			// a short window: the editor, above the Problems view, shows a few rows of a page; as wide as the window,
			// as a narrow table cuts off its last columns (no horizontal scrolling)
			bot.syncRun(() -> {
				sideViews.stream().map(bot.page()::findView).filter(Objects::nonNull).forEach(bot.page()::hideView);
				shell.setSize(size.x, 560);
			});
			bot.flush();
			bot.waitUntil("the Problems view lists HY-BU-01", () -> finding(tree, "HY-BU-01").isPresent());
			TreeItem sum = finding(tree, "HY-BU-01").orElseThrow();
			FiscalYearAmount total = (FiscalYearAmount) bot
					.syncCall(() -> editor.model().resource().getEObject(attribute(sum, ProblemMarkers.HOLDER)));
			doubleClick(tree, sum);
			assertFocusIn(editor, "the printed total", bot.syncCall(() -> total.getAmount().toPlainString()));
			assertShowsWithContext("the printed total's cell");
			bot.screenshot("reveal-short-editor-budget-total.png");

			IndicatorTarget target = bot.syncCall(() -> editor.report().getProgram().getOutputIndicators().stream()
					.flatMap(indicator -> indicator.getTargets().stream()).reduce((first, second) -> second).orElseThrow());
			int outside = bot.syncCall(() -> editor.report().getProgram().getPeriod().getEndFY() + 3);
			change(editor, SetCommand.create(editor.getEditingDomain(), target, ResultsPackage.Literals.INDICATOR_TARGET__FISCAL_YEAR, outside));
			bot.waitUntil("the Problems view lists HY-IN-09", () -> finding(tree, "HY-IN-09").isPresent());
			doubleClick(tree, finding(tree, "HY-IN-09").orElseThrow());
			assertFocusIn(editor, "the last target's year", Integer.toString(outside));
			assertShowsWithContext("the last target's year");
			bot.screenshot("reveal-short-editor-target-year.png");
		} finally {
			bot.syncRun(() -> shell.setSize(size));
			sideViews.forEach(bot::showView);
		}
	}

	/**
	 * The control with the keyboard shows whole in the page and in each scrolled part around it (a master's details),
	 * in the upper half of the nearest, so with rows below it as context, unless that is scrolled to its end.
	 */
	private void assertShowsWithContext(String what) {
		bot.flush();
		List<String> problems = bot.syncCall(() -> {
			Control focus = bot.display().getFocusControl();
			List<String> found = new ArrayList<>();
			int scrolledParts = 0;
			for (Composite parent = focus.getParent(); parent != null; parent = parent.getParent()) {
				if (parent instanceof ScrolledComposite scrolled) {
					Rectangle client = scrolled.getClientArea();
					Rectangle shown = bot.display().map(focus.getParent(), scrolled, focus.getBounds());
					if (shown.isEmpty() || !client.contains(shown.x, shown.y)
							|| !client.contains(shown.x + shown.width - 1, shown.y + shown.height - 1)) {
						found.add(what + " at " + shown + " is cut by " + client + " of " + scrolled);
					}
					boolean atEnd = scrolled.getOrigin().y >= scrolled.getContent().getSize().y - client.height;
					if (scrolledParts++ == 0 && shown.y > client.height / 2 && !atEnd) {
						found.add(what + " at " + shown + " is in the lower half of " + client);
					}
				}
			}
			if (scrolledParts == 0) {
				found.add(what + " is in no scrolled page");
			}
			return found;
		});
		assertEquals(List.of(), problems);
	}

	private void change(EvaluationEditor editor, Command command) {
		bot.syncRun(() -> {
			editor.getEditingDomain().getCommandStack().execute(command);
			editor.updateMarkers();
		});
		bot.flush();
	}

	/** What the Problems view does on a double-click: the row selected, then opened. */
	private void doubleClick(Tree tree, TreeItem item) {
		bot.syncRun(() -> {
			tree.setFocus();
			tree.setSelection(item);
			tree.notifyListeners(SWT.Selection, selectionEvent(item));
			tree.notifyListeners(SWT.DefaultSelection, selectionEvent(item));
		});
		bot.flush();
	}

	/** The keyboard is in a cell editor of a table in the editor, showing the value. */
	private void assertFocusIn(EvaluationEditor editor, String what, String value) {
		bot.waitUntil("the keyboard is in " + what, () -> bot.display().getFocusControl() instanceof Text text
				&& text.getParent() instanceof Table && value.equals(text.getText()));
		Control focus = bot.syncCall(() -> bot.display().getFocusControl());
		assertTrue(bot.syncCall(() -> isWithin(focus, editor.getActivePageInstance().getPartControl())), what + " is on the editor's page");
	}

	private static boolean isWithin(Control control, Control ancestor) {
		for (Control parent = control; parent != null; parent = parent.getParent()) {
			if (parent == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** Shows the Problems view; its tree. */
	private Tree showProblemsView() {
		bot.showView(IPageLayout.ID_PROBLEM_VIEW);
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

	/** The row of the finding of that rule, found in one go on the display thread, where the view refills its rows. */
	private Optional<TreeItem> finding(Tree tree, String code) {
		return bot.syncCall(() -> markerItems(tree).stream().filter(i -> code.equals(attribute(i, ProblemMarkers.RULE))).findFirst());
	}

	private static IMarker marker(TreeItem item) {
		return ((MarkerItem) item.getData()).getMarker();
	}

	/** The rows of markers: the list's, and those in groups where the view has them (Group By), expanding the groups. */
	private List<TreeItem> markerItems(Tree tree) {
		return bot.syncCall(() -> {
			List<TreeItem> found = new ArrayList<>();
			for (TreeItem row : tree.getItems()) {
				if (isMarker(row)) {
					found.add(row);
					continue;
				}
				row.setExpanded(true);
				tree.notifyListeners(SWT.Expand, selectionEvent(row));
				Arrays.stream(row.getItems()).filter(ProblemsViewTest::isMarker).forEach(found::add);
			}
			return found;
		});
	}

	private static boolean isMarker(TreeItem row) {
		return row.getData() instanceof MarkerItem marker && marker.getMarker() != null;
	}

	/** The Problems view's tree is the one whose first column is the findings' description. */
	private static boolean isProblemsTree(Tree tree) {
		return tree.getColumnCount() > 1 && "Description".equals(tree.getColumn(0).getText());
	}
}
