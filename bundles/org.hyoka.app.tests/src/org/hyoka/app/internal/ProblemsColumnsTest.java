package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Problems view shows what is wrong, then where: Description, Location, Resource, and the findings as one list, not
 * in closed groups by severity. The first time a workspace shows it, its Description column takes the width the other
 * columns leave; the platform's fifty characters left a wide view's messages cut beside empty space.
 */
class ProblemsColumnsTest {

	private final WorkbenchBot bot = new WorkbenchBot();
	private Point size;

	@BeforeEach
	void wideWindowWithoutTheProblemsView() {
		bot.syncRun(() -> {
			IViewPart open = bot.page().findView(IPageLayout.ID_PROBLEM_VIEW);
			if (open != null) {
				bot.page().hideView(open);
			}
			InstanceScope.INSTANCE.getNode(UpdateSite.NODE).remove(ProblemsColumns.WIDENED);
			Shell shell = bot.window().getShell();
			size = shell.getSize();
			// a wide screen's window: the view has room beyond the platform's default columns
			shell.setSize(2200, size.y);
			shell.layout(true, true);
		});
	}

	@AfterEach
	void restoreWindow() {
		bot.syncRun(() -> bot.window().getShell().setSize(size));
	}

	@Test
	void theDescriptionTakesTheWidthTheOtherColumnsLeaveTheFirstTime() {
		bot.syncRun(() -> ProblemsColumns.install(bot.window()));
		Tree tree = showProblemsTree();
		bot.waitUntil("the workspace remembers the column was widened", () -> bot.syncCall(() -> OncePerWorkspace.done(ProblemsColumns.WIDENED)));
		bot.screenshot("problems-description-widened.png"); //$NON-NLS-1$
		bot.syncRun(() -> {
			TreeColumn description = Arrays.stream(tree.getColumns()).filter(column -> "Description".equals(column.getText())).findFirst().orElseThrow(); //$NON-NLS-1$
			int others = Arrays.stream(tree.getColumns()).filter(column -> column != description).mapToInt(TreeColumn::getWidth).sum();
			int client = tree.getClientArea().width;
			assertTrue(client > 1000, "the view is wide: " + client);
			assertEquals(client - others, description.getWidth(), "Description fills what the " + (tree.getColumnCount() - 1) + " other columns leave"); //$NON-NLS-1$
		});
	}

	@Test
	void aProblemsViewShowsDescriptionLocationAndResourceInThatOrder() {
		Tree tree = showProblemsTree();
		bot.screenshot("problems-columns.png"); //$NON-NLS-1$
		// the platform's own order was Description, Resource, Path, Location, Type
		assertEquals(List.of("Description", "Location", "Resource"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				bot.syncCall(() -> Arrays.stream(tree.getColumns()).map(TreeColumn::getText).toList()));
	}

	@Test
	void theFindingsAreRowsOfOneListNotHiddenInGroups() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("problems-list"); //$NON-NLS-1$
		project.create(null);
		project.open(null);
		try {
			IMarker finding = project.createMarker(IMarker.PROBLEM);
			finding.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
			finding.setAttribute(IMarker.MESSAGE, "HY-XX-01 a finding"); //$NON-NLS-1$
			Tree tree = showProblemsTree();
			// grouped, the top level would be "Warnings (1 item)" with the finding inside, closed
			bot.waitUntil("the finding is a row at the list's top level", () -> bot.syncCall(() -> Arrays.stream(tree.getItems())
					.anyMatch(item -> "HY-XX-01 a finding".equals(item.getText(0))))); //$NON-NLS-1$
			bot.screenshot("problems-one-list.png"); //$NON-NLS-1$
		} finally {
			project.delete(true, true, null);
		}
	}

	/** Shows the Problems view; its tree of findings. */
	private Tree showProblemsTree() {
		IViewPart view = bot.showView(IPageLayout.ID_PROBLEM_VIEW);
		return bot.syncCall(() -> ((TreeViewer) view.getSite().getSelectionProvider()).getTree());
	}
}
