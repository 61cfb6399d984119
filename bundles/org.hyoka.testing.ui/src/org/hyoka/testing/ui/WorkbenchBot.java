package org.hyoka.testing.ui;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** A {@link UiBot} that also knows the Eclipse workbench: its window, perspective, views and jobs. */
public class WorkbenchBot extends UiBot {

	private final IWorkbench workbench;

	public WorkbenchBot() {
		this(PlatformUI.getWorkbench());
	}

	public WorkbenchBot(IWorkbench workbench) {
		super(workbench.getDisplay());
		this.workbench = workbench;
		waitUntil("a workbench window is open", () -> workbench.getWorkbenchWindowCount() > 0); //$NON-NLS-1$
	}

	public IWorkbenchWindow window() {
		return syncCall(() -> {
			IWorkbenchWindow active = workbench.getActiveWorkbenchWindow();
			return active != null ? active : workbench.getWorkbenchWindows()[0];
		});
	}

	public IWorkbenchPage page() {
		return syncCall(() -> Objects.requireNonNull(window().getActivePage(), "no active page")); //$NON-NLS-1$
	}

	/**
	 * Opens File > Import… or Export… ({@code dialogTitle} "Import" or "Export") and selects a wizard in a category,
	 * as a click would; the caller goes on with Next.
	 */
	public ShellBot selectWizard(String dialogTitle, String category, String wizard) {
		windowShell().menu("File", dialogTitle + "...").click(); //$NON-NLS-1$ //$NON-NLS-2$
		return selectWizard(shell(dialogTitle), category, wizard);
	}

	/**
	 * Selects a wizard in a category of the Import, Export or New dialog already open, as a click would; for menus
	 * in another language than English. The caller goes on with Next.
	 */
	public ShellBot selectWizard(ShellBot dialog, String category, String wizard) {
		Tree tree = dialog.find(Tree.class, "the wizard tree", t -> t.isVisible() && t.getItemCount() > 0); //$NON-NLS-1$
		waitUntil("the category " + category + " is listed", () -> item(tree.getItems(), category) != null); //$NON-NLS-1$ //$NON-NLS-2$
		syncRun(() -> {
			TreeItem categoryItem = item(tree.getItems(), category);
			Event expand = UiBot.newEvent();
			expand.item = categoryItem;
			tree.notifyListeners(SWT.Expand, expand);
			categoryItem.setExpanded(true);
			TreeItem wizardItem = item(categoryItem.getItems(), wizard);
			tree.setSelection(wizardItem);
			Event select = UiBot.newEvent();
			select.item = wizardItem;
			tree.notifyListeners(SWT.Selection, select);
		});
		return dialog;
	}

	private static TreeItem item(TreeItem[] items, String label) {
		return Arrays.stream(items).filter(i -> Labels.matches(i.getText(), label)).findFirst().orElse(null);
	}

	/** The main window's shell, for menus and widget lookups. */
	public ShellBot windowShell() {
		return new ShellBot(this, syncCall(() -> window().getShell()));
	}

	public String activePerspectiveId() {
		return syncCall(() -> page().getPerspective().getId());
	}

	/** Shows the view in the active page, as Window &gt; Show View does, and lets it paint; the view. */
	public IViewPart showView(String viewId) {
		IViewPart view = syncCall(() -> {
			try {
				return page().showView(viewId);
			} catch (PartInitException e) {
				throw new AssertionError("cannot show the view " + viewId, e); //$NON-NLS-1$
			}
		});
		flush();
		return view;
	}

	/** The user-visible title of a view of the active page, or null when the view is not there. */
	public String viewTitle(String viewId) {
		return syncCall(() -> Arrays.stream(page().getViewReferences()).filter(v -> v.getId().equals(viewId))
				.map(IViewReference::getPartName).findFirst().orElse(null));
	}

	/** Opens the file in its default editor, as a double-click in the Project Explorer does. */
	public IEditorPart openEditor(IFile file) {
		return syncCall(() -> {
			try {
				return IDE.openEditor(page(), file);
			} catch (PartInitException e) {
				throw new AssertionError("cannot open " + file.getFullPath(), e); //$NON-NLS-1$
			}
		});
	}

	/** Waits until no job is running or waiting to run. */
	public void waitForJobs() {
		waitForJobs(DEFAULT_TIMEOUT);
	}

	public void waitForJobs(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!Job.getJobManager().isIdle()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Jobs still running after " + timeout.toSeconds() + " s: " //$NON-NLS-1$ //$NON-NLS-2$
						+ Arrays.stream(Job.getJobManager().find(null)).map(job -> job.getName() + " (" + job.getState() + ")").toList()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			pause(50);
		}
		flush();
	}
}
