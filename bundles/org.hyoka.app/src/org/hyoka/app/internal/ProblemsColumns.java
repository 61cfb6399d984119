package org.hyoka.app.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.views.markers.MarkerField;

/**
 * The Problems view's columns as a finding is read: what is wrong, then where. A Problems view made new (a new
 * workspace, or the view opened again after it was closed) shows Description, Location and Resource, in that order;
 * the platform's order put Location fourth, after Resource and Path, off the view's right edge on a 1280-pixel
 * screen, and the description leaves out the object the Location column names. Path and Type (always "Hyoka
 * problem") stay in the view's Configure Columns dialog. The findings are one list, errors first, as a spreadsheet's
 * rows: the platform's groups by severity came closed, and a user saw "Warnings (12 items)" and no finding until they
 * opened each one. Group By in the view's menu brings the groups back.
 * <p>
 * The first time a workspace shows the Problems view, its Description column also takes the width the view has to
 * spare. The platform gives it fifty characters whatever the view's width, and a finding names its rule and both
 * values with where each was printed: on a wide screen the messages were cut beside empty space. From then on the
 * view keeps the columns and widths its user leaves it with, as it does for every column.
 */
final class ProblemsColumns implements IPartListener2, Listener {

	/** The workspace preference (node {@value UpdateSite#NODE}) set once the column was widened. */
	static final String WIDENED = "problemsDescriptionWidened"; //$NON-NLS-1$
	/** The key under which the Problems view keeps each column's field, and the description field's id. */
	private static final String FIELD = "MARKER_FIELD"; //$NON-NLS-1$
	private static final String DESCRIPTION = "org.eclipse.ui.ide.severityAndDescriptionField"; //$NON-NLS-1$
	/** The platform's fields shown first, in order (org.eclipse.ui.ide's problemsGenerator). */
	private static final String[] FIRST_FIELDS = { DESCRIPTION, "org.eclipse.ui.ide.locationField", "org.eclipse.ui.ide.resourceField" }; //$NON-NLS-1$ //$NON-NLS-2$
	/** The memento's key and value for no groups (the platform's CachedMarkerBuilder). */
	private static final String GROUPS = "categoryGroup"; //$NON-NLS-1$
	private static final String NO_GROUPS = "none"; //$NON-NLS-1$
	/** The persisted state a view part is made with and keeps its memento in (the platform's WorkbenchPartReference). */
	private static final String MEMENTO = "memento"; //$NON-NLS-1$

	private final IWorkbenchWindow window;

	private ProblemsColumns(IWorkbenchWindow window) {
		this.window = window;
	}

	/**
	 * Before the first window: a view part is made from its descriptor's persisted state, so the memento the Problems
	 * view reads its visible fields from goes there; a part the workspace saved keeps its own.
	 */
	static void chooseFirstColumns(IWorkbench workbench) {
		workbench.getViewRegistry(); // which makes the views' descriptors, if the saved model had none
		workbench.getService(MApplication.class).getDescriptors().stream()
				.filter(descriptor -> IPageLayout.ID_PROBLEM_VIEW.equals(descriptor.getElementId())).findFirst()
				.ifPresent(descriptor -> descriptor.getPersistedState().computeIfAbsent(MEMENTO, key -> firstColumns()));
	}

	/** The memento of a Problems view showing {@link #FIRST_FIELDS} without groups, in the form the view saves its own. */
	private static String firstColumns() {
		XMLMemento memento = XMLMemento.createWriteRoot("view"); //$NON-NLS-1$
		memento.putString(GROUPS, NO_GROUPS);
		for (String field : FIRST_FIELDS) {
			memento.createChild("visible", field); //$NON-NLS-1$
		}
		StringWriter text = new StringWriter();
		try {
			memento.save(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return text.toString();
	}

	static void install(IWorkbenchWindow window) {
		if (OncePerWorkspace.done(WIDENED)) {
			return;
		}
		ProblemsColumns columns = new ProblemsColumns(window);
		window.getPartService().addPartListener(columns);
		IWorkbenchPage page = window.getActivePage();
		IViewPart open = page == null ? null : page.findView(IPageLayout.ID_PROBLEM_VIEW);
		if (open != null) {
			columns.widen(open);
		}
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		if (IPageLayout.ID_PROBLEM_VIEW.equals(reference.getId())) {
			widen(reference.getPart(false));
		}
	}

	private void widen(IWorkbenchPart part) {
		if (part != null && part.getSite().getSelectionProvider() instanceof TreeViewer viewer) {
			Tree tree = viewer.getTree();
			if (tree.getClientArea().width > 0) {
				widen(tree);
			} else {
				tree.addListener(SWT.Resize, this); // when the view's first layout gives it its width
			}
		}
	}

	@Override
	public void handleEvent(Event event) {
		if (event.widget instanceof Tree tree && tree.getClientArea().width > 0) {
			tree.removeListener(SWT.Resize, this);
			// after the layout that resized it, in which the view sets its columns' first widths
			tree.getDisplay().asyncExec(() -> {
				if (!tree.isDisposed()) {
					widen(tree);
				}
			});
		}
	}

	private void widen(Tree tree) {
		window.getPartService().removePartListener(this);
		Optional<TreeColumn> description = Arrays.stream(tree.getColumns()).filter(column -> column.getData(FIELD) instanceof MarkerField field
				&& field.getConfigurationElement() != null && DESCRIPTION.equals(field.getConfigurationElement().getAttribute("id"))).findFirst(); //$NON-NLS-1$
		if (description.isEmpty()) {
			return; // another view's layout of columns: left as it is
		}
		int others = Arrays.stream(tree.getColumns()).filter(column -> column != description.get()).mapToInt(TreeColumn::getWidth).sum();
		int spare = tree.getClientArea().width - others;
		if (spare > description.get().getWidth()) {
			description.get().setWidth(spare);
		}
		OncePerWorkspace.remember(WIDENED);
	}
}
