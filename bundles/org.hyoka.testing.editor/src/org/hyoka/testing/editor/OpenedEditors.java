package org.hyoka.testing.editor;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.ModelOutlinePage;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;

/**
 * Opening an evaluation as its user does: the editor shows first, its findings reach the Problems view just after;
 * its pages and its Outline; and a screenshot of the editor maximized.
 */
public final class OpenedEditors {

	private OpenedEditors() {
	}

	/** Opens the file and waits for its first validation, which the editor runs once it has been painted. */
	public static EvaluationEditor openValidated(WorkbenchBot bot, IFile file) {
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		validated(bot, editor);
		return editor;
	}

	/**
	 * Opens a file from outside the workspace as File &gt; Open File…, Recent Files and a double-click in the file
	 * manager do; the editor has it as a link in the project Opened Files.
	 */
	public static EvaluationEditor openOutside(WorkbenchBot bot, Path file) {
		return (EvaluationEditor) bot.syncCall(() -> {
			try {
				return IDE.openEditorOnFileStore(bot.page(), EFS.getLocalFileSystem().getStore(file.toUri()));
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	/** A screenshot of the active editor maximized, the control scrolled into view and painted; then restored. */
	public static void shotMaximized(WorkbenchBot bot, Control control, String name) {
		IWorkbenchPartReference editor = bot.syncCall(() -> bot.page().getActivePartReference());
		bot.syncRun(() -> bot.page().setPartState(editor, IWorkbenchPage.STATE_MAXIMIZED));
		bot.syncRun(() -> UiBot.reveal(control));
		bot.settlePainting(control);
		bot.screenshot(name);
		bot.syncRun(() -> bot.page().setPartState(editor, IWorkbenchPage.STATE_RESTORED));
		bot.flush();
	}

	/** Shows a page of the editor, as clicking its tab does. */
	@SuppressWarnings("unchecked")
	public static <P> P show(WorkbenchBot bot, EvaluationEditor editor, String page) {
		P shown = (P) bot.syncCall(() -> editor.setActivePage(page));
		bot.flush();
		return shown;
	}

	/** Shows the Outline view and waits until it shows the editor's evaluation; the editor's page of it. */
	public static ModelOutlinePage outline(WorkbenchBot bot, EvaluationEditor editor) {
		bot.showView(IPageLayout.ID_OUTLINE);
		ModelOutlinePage outline = (ModelOutlinePage) bot.syncCall(() -> editor.getAdapter(IContentOutlinePage.class));
		bot.waitUntil("the Outline shows the evaluation", () -> bot.syncCall(() -> outline.viewer() != null
				&& outline.viewer().getTree().getItemCount() > 0));
		return outline;
	}

	public static void validated(WorkbenchBot bot, EvaluationEditor editor) {
		bot.waitUntil("the editor has validated " + editor.getEditorInput().getName(), editor::validated); //$NON-NLS-1$
	}
}
