package org.hyoka.help.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;

/**
 * Which help F1 opens: the context id that {@code IWorkbenchHelpSystem.setHelp} put on the focused control or one
 * around it, then the id of the editor page shown, then the id of the active view or editor, the first of them that
 * a contexts file of the guide describes. So a page or view contributed by any bundle has its help by its id, with
 * no code: the bundle's contexts file names it (docs/help.md).
 */
final class ContextHelp {

	/** Where {@code WorkbenchHelpSystem.setHelp} keeps a control's context id. */
	private static final String HELP_KEY = "org.eclipse.ui.help"; //$NON-NLS-1$

	private ContextHelp() {
	}

	/** The ids F1 tries in the window, most specific first. */
	static List<String> candidates(IWorkbenchWindow window) {
		List<String> ids = new ArrayList<>();
		for (Control control = window.getShell().getDisplay().getFocusControl(); control != null; control = control.getParent()) {
			if (control.getData(HELP_KEY) instanceof String id) {
				ids.add(id);
			}
		}
		IWorkbenchPage page = window.getActivePage();
		IWorkbenchPart part = page == null ? null : page.getActivePart();
		if (part instanceof FormEditor editor) {
			IFormPage shown = editor.getActivePageInstance();
			if (shown != null) {
				ids.add(shown.getId());
			}
		}
		if (part != null) {
			ids.add(part.getSite().getId());
		}
		return ids;
	}

	/** The first described context among the candidates, or {@code null}. */
	static IContext find(IWorkbenchWindow window) {
		for (String id : candidates(window)) {
			IContext context = HelpSystem.getContext(id);
			if (context != null && hasTopic(context)) {
				return context;
			}
		}
		return null;
	}

	private static boolean hasTopic(IContext context) {
		IHelpResource[] topics = context.getRelatedTopics();
		return topics != null && topics.length > 0;
	}
}
