package org.hyoka.editor.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.IPageSite;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.hyoka.edit.ui.ItemProviderContentProvider;
import org.hyoka.edit.ui.TreeEditing;
import org.hyoka.editor.EvaluationEditor;

/**
 * The Outline view of an evaluation: program, projects and their evaluations first, organizations and people last
 * ({@link OutlineContent}), under a field that filters the tree by name. Selecting an object opens the editor's page
 * that shows it; the Properties view follows the selection. Its context menu and drag and drop are the Tree page's.
 */
public final class ModelOutlinePage extends Page implements IContentOutlinePage {

	private final EvaluationEditor editor;
	private final SelectionForwarder selection = new SelectionForwarder();
	private Composite control;
	private Text filterText;
	private TreeViewer viewer;

	public ModelOutlinePage(EvaluationEditor editor) {
		this.editor = editor;
	}

	@Override
	public void init(IPageSite pageSite) {
		super.init(pageSite);
		pageSite.setSelectionProvider(this);
	}

	@Override
	public void createControl(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(control);
		filterText = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage(Messages.outlineFilter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		viewer = new TreeViewer(control, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		LabelFilter filter = new LabelFilter();
		viewer.addFilter(filter);
		// the tree once the editor shows: its items to level 3 were a tenth of the wait for the editor
		editor.whenShown(() -> {
			if (!viewer.getControl().isDisposed()) {
				configure(viewer, new OutlineContent(editor.model().adapterFactory()), editor);
				expand();
			}
		});
		filterText.addModifyListener(event -> filter(filter, filterText.getText()));
		selection.track(viewer);
		viewer.addSelectionChangedListener(this::selected);
		// the Tree page's menu and drag and drop, and the Edit menu (Find/Replace too) on the tree or the filter field
		TreeEditing editing = TreeEditing.install(viewer, editor.model().domain());
		IActionBars bars = getSite().getActionBars();
		EditActions.register(bars, () -> viewer.getControl().isFocusControl() ? editing : null);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoRedo().undo());
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.undoRedo().redo());
		bars.setGlobalActionHandler(ActionFactory.FIND.getId(), FindDialog.action(() -> editor));
		bars.updateActionBars();
	}

	private void filter(LabelFilter filter, String text) {
		filter.match(text);
		if (viewer.getInput() == null) {
			return; // not filled yet; it is filtered when it is
		}
		viewer.getControl().setRedraw(false);
		try {
			viewer.refresh();
			expand();
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	/** Three levels deep, or every match with what is above it while the filter holds text. */
	private void expand() {
		if (filterText.getText().isBlank()) {
			viewer.expandToLevel(3);
		} else {
			viewer.expandAll();
		}
	}

	/** Opens the page showing the object without taking the keyboard. */
	private void selected(SelectionChangedEvent event) {
		if (event.getSelection() instanceof IStructuredSelection chosen && chosen.getFirstElement() instanceof EObject object) {
			editor.reveal(object, null, false);
		}
	}

	/** Shows another resource, e.g. the file read again; before the editor is shown, it is read then. */
	public void setInput(Object input) {
		if (viewer != null && viewer.getContentProvider() != null) {
			viewer.setInput(input);
			expand();
		}
	}

	/** The tree, for tests. */
	public TreeViewer viewer() {
		return viewer;
	}

	/** The filter field, for tests. */
	public Text filterText() {
		return filterText;
	}

	@Override
	public Control getControl() {
		return control;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public ISelection getSelection() {
		return selection.getSelection();
	}

	@Override
	public void setSelection(ISelection newSelection) {
		if (viewer != null) {
			viewer.setSelection(newSelection, true);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selection.addSelectionChangedListener(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selection.removeSelectionChangedListener(listener);
	}

	/** A tree of the editor's model with item provider labels and icons, in the model's own order. */
	static TreeViewer modelTree(Composite parent, int style, EvaluationEditor editor) {
		TreeViewer viewer = new TreeViewer(parent, style | SWT.V_SCROLL | SWT.H_SCROLL);
		configure(viewer, new ItemProviderContentProvider(editor.model().adapterFactory()), editor);
		return viewer;
	}

	private static void configure(TreeViewer viewer, ItemProviderContentProvider content, EvaluationEditor editor) {
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new ModelLabelProvider(editor.model().adapterFactory()));
		viewer.setUseHashlookup(true);
		viewer.setInput(editor.model().resource());
	}

	/**
	 * Keeps the objects whose label contains the text, ignoring case, and the objects above them, so that a match
	 * shows where it is. What it found is kept until the text changes.
	 */
	private static final class LabelFilter extends ViewerFilter {

		private final Map<Object, Boolean> kept = new HashMap<>();
		private String text = ""; //$NON-NLS-1$

		void match(String typed) {
			text = typed.strip().toLowerCase(Locale.ROOT);
			kept.clear();
		}

		@Override
		public boolean select(Viewer viewer, Object parent, Object element) {
			return text.isEmpty() || keeps((TreeViewer) viewer, element);
		}

		private boolean keeps(TreeViewer viewer, Object element) {
			Boolean known = kept.get(element);
			if (known != null) {
				return known;
			}
			String label = ((ILabelProvider) viewer.getLabelProvider()).getText(element);
			boolean keep = label != null && label.toLowerCase(Locale.ROOT).contains(text);
			if (!keep) {
				for (Object child : ((ITreeContentProvider) viewer.getContentProvider()).getChildren(element)) {
					if (keeps(viewer, child)) {
						keep = true;
						break;
					}
				}
			}
			kept.put(element, keep);
			return keep;
		}
	}
}
