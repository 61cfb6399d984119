package org.hyoka.team.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.model.EvaluationReport;
import org.hyoka.team.Change;
import org.hyoka.team.History;
import org.hyoka.team.Version;

/**
 * The history of the active evaluation (docs/team.md): its versions, from the commits that changed it, and for the
 * selected version what it changed against the one before, by object and item; two selected versions are compared
 * with each other. An object, or the whole file, is restored from the selected version into the open editor as one
 * command, which Edit > Undo takes back. The history itself is the headless one's ({@link History}).
 */
public class HistoryView extends ViewPart {

	static final String ID = "org.hyoka.team.ui.history"; //$NON-NLS-1$

	/** Versions read, by commit: a selection reads two, and moving through the list reads each once. */
	private static final int KEPT = 8;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

	private final ISelectionListener listener = this::selected;
	private final Map<String, EvaluationReport> read = new LinkedHashMap<>(KEPT, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, EvaluationReport> eldest) {
			return size() > KEPT;
		}
	};
	/** The evaluation file shown, in the workspace or opened from outside it (a clone's folder, a double-click). */
	private Path file;
	private List<Version> versions = List.of();
	private Label title;
	private TableViewer versionsViewer;
	private Label comparison;
	private TableViewer changesViewer;
	private Button restoreObject;
	private Button restoreFile;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		// side by side: the view usually sits low and wide under the editor
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(left);
		title = new Label(left, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		versionsViewer = Tables.table(left, SWT.MULTI);
		Tables.column(versionsViewer, Messages.History_date, 130, Version.class, version -> WHEN.format(version.time().atZone(ZoneId.systemDefault())));
		Tables.column(versionsViewer, Messages.History_author, 80, Version.class, Version::author);
		Tables.column(versionsViewer, Messages.History_message, 180, Version.class, Version::message);
		Tables.column(versionsViewer, Messages.History_commit, 65, Version.class, Version::shortId);
		versionsViewer.addSelectionChangedListener(event -> showChanges());
		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(right);
		comparison = new Label(right, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(comparison);
		changesViewer = Tables.table(right, SWT.SINGLE);
		Tables.column(changesViewer, Messages.History_object, 200, Change.class, Change::object);
		Tables.column(changesViewer, Messages.History_item, 130, Change.class, HistoryView::item);
		Tables.column(changesViewer, Messages.History_before, 110, Change.class, Change::before);
		Tables.column(changesViewer, Messages.History_after, 110, Change.class, Change::after);
		changesViewer.addSelectionChangedListener(event -> enable());
		Composite buttons = new Composite(right, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		restoreObject = Tables.button(buttons, Messages.History_restoreObject);
		restoreObject.addListener(SWT.Selection, event -> restore(selectedChange()));
		restoreFile = Tables.button(buttons, Messages.History_restoreFile);
		restoreFile.addListener(SWT.Selection, event -> restore(null));
		sash.setWeights(9, 11);
		getSite().getPage().addPostSelectionListener(listener);
		// the evaluation selected where the view was opened from, else the active editor's
		Path initial = fileOf(getSite().getPage().getActivePart(), getSite().getPage().getSelection());
		IEditorPart editor = getSite().getPage().getActiveEditor();
		show(initial != null || editor == null ? initial : fileOf(editor, null));
	}

	/** The item column: the feature, or what happened to an added, removed or moved object. */
	private static String item(Change change) {
		return switch (change.kind()) {
		case CHANGED -> change.item();
		case ADDED -> NLS.bind(Messages.History_added, change.item());
		case REMOVED -> NLS.bind(Messages.History_removed, change.item());
		case MOVED -> NLS.bind(Messages.History_moved, change.item());
		};
	}

	/** Follows the evaluation of the active editor, or the evaluation file selected in another view. */
	private void selected(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
		if (part == this) {
			return;
		}
		Path chosen = fileOf(part, selection);
		if (chosen != null && !chosen.equals(file)) {
			show(chosen);
		}
	}

	private static Path fileOf(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
		// in the workspace or outside it, as a double-click or the command line opens one
		if (part instanceof IEditorPart editor && TeamFolder.fileOf(editor.getEditorInput()) instanceof Path path) {
			return path.getFileName().toString().endsWith(".hyoka") ? path : null; //$NON-NLS-1$
		}
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			return evaluation(Adapters.adapt(structured.getFirstElement(), IFile.class));
		}
		return null;
	}

	private static Path evaluation(IFile file) {
		return file != null && "hyoka".equals(file.getFileExtension()) && file.getLocation() != null ? file.getLocation().toPath() : null; //$NON-NLS-1$
	}

	/** The file by its path in the workspace, or on disk when it is outside (opened from there, a link of Opened Files). */
	private static String label(Path file) {
		IFile inWorkspace = inWorkspace(file);
		return inWorkspace != null && !inWorkspace.isLinked(IResource.CHECK_ANCESTORS) ? inWorkspace.getFullPath().makeRelative().toString()
				: file.toString();
	}

	private static IFile inWorkspace(Path file) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
		return files.length > 0 ? files[0] : null;
	}

	/** Lists the versions of the file, newest first; says why there are none. */
	void show(Path shown) {
		file = shown;
		read.clear();
		versions = List.of();
		String problem = null;
		if (file == null) {
			problem = Messages.History_noFile;
		} else {
			try {
				versions = busy(() -> History.versions(file));
				if (versions.isEmpty()) {
					problem = NLS.bind(Messages.History_notCommitted, label(file));
				}
			} catch (IOException e) {
				problem = NLS.bind(Messages.History_notShared, label(file));
			}
		}
		title.setText(problem != null ? problem : NLS.bind(Messages.History_title, label(file), versions.size()));
		title.getParent().layout();
		versionsViewer.setInput(versions.toArray());
		if (!versions.isEmpty()) {
			versionsViewer.getTable().setSelection(0);
		}
		showChanges();
	}

	/** Shows the history of the file again, e.g. after a publication. */
	void refresh() {
		show(file);
	}

	/** The selected versions, newest first. */
	private List<Version> selectedVersions() {
		List<Version> selected = new ArrayList<>();
		for (Object element : versionsViewer.getStructuredSelection()) {
			selected.add((Version) element);
		}
		selected.sort((one, other) -> Integer.compare(versions.indexOf(one), versions.indexOf(other)));
		return selected;
	}

	/** One version against the one before it, or the oldest of two selected against the newest. */
	private void showChanges() {
		List<Version> selected = selectedVersions();
		List<Change> changes = List.of();
		String text = ""; //$NON-NLS-1$
		try {
			if (selected.size() == 1) {
				Version version = selected.get(0);
				int index = versions.indexOf(version);
				Version before = index + 1 < versions.size() ? versions.get(index + 1) : null;
				// the first version added the whole evaluation: nothing to list
				changes = before == null ? List.of() : History.changes(model(before), model(version));
				text = before == null ? NLS.bind(Messages.History_first, version.shortId()) : NLS.bind(Messages.History_changes, version.shortId());
			} else if (selected.size() == 2) {
				Version newer = selected.get(0);
				Version older = selected.get(1);
				changes = History.changes(model(older), model(newer));
				text = NLS.bind(Messages.History_compared, older.shortId(), newer.shortId());
			} else if (selected.size() > 2) {
				text = Messages.History_selectTwo;
			}
		} catch (IOException e) {
			text = e.getMessage();
		}
		comparison.setText(text);
		comparison.getParent().layout();
		changesViewer.setInput(changes.toArray());
		enable();
	}

	/** The evaluation as the version holds it, read once. */
	private EvaluationReport model(Version version) throws IOException {
		EvaluationReport model = read.get(version.commit());
		if (model == null && !read.containsKey(version.commit())) {
			model = busy(() -> History.read(file, version));
			read.put(version.commit(), model);
		}
		return model;
	}

	/** What reads the repository. */
	private interface Reading<T> {
		T read() throws IOException;
	}

	/** Reads on the UI thread with the busy cursor: a version is read in a moment. */
	private <T> T busy(Reading<T> reading) throws IOException {
		List<T> result = new ArrayList<>(1);
		IOException[] problem = { null };
		BusyIndicator.showWhile(getSite().getShell().getDisplay(), () -> {
			try {
				result.add(reading.read());
			} catch (IOException e) {
				problem[0] = e;
			}
		});
		if (problem[0] != null) {
			throw problem[0];
		}
		return result.get(0);
	}

	private Change selectedChange() {
		return changesViewer.getStructuredSelection().getFirstElement() instanceof Change change ? change : null;
	}

	private void enable() {
		boolean one = selectedVersions().size() == 1 || selectedVersions().size() == 2;
		restoreFile.setEnabled(one);
		restoreObject.setEnabled(one && selectedChange() != null && !selectedChange().path().equals("/")); //$NON-NLS-1$
	}

	/**
	 * Gives the open evaluation (opened if need be) the object of the change, or the whole file when null, as the
	 * selected version holds it, or the earlier of two: one command on the editor's stack, so that Edit > Undo takes
	 * it back.
	 */
	private void restore(Change change) {
		List<Version> selected = selectedVersions();
		if (selected.isEmpty() || file == null) {
			return;
		}
		// one version: as it holds it; two: as the earlier holds it, the values before the changes listed
		Version version = selected.get(selected.size() - 1);
		try {
			EvaluationReport source = model(version);
			if (source == null) {
				MessageDialog.openInformation(getSite().getShell(), Messages.History_view, NLS.bind(Messages.History_noSuchFile, version.shortId()));
				return;
			}
			if (!(TeamFolder.open(getSite().getPage(), file) instanceof EvaluationEditor editor)) {
				return;
			}
			EvaluationReport model = editor.report();
			if (!(change == null ? History.restorable(model, source, null) : History.changeRestorable(model, source, change))) {
				MessageDialog.openInformation(getSite().getShell(), Messages.History_view, NLS.bind(Messages.History_notRestorable, change.object()));
				return;
			}
			ChangeCommand command = new ChangeCommand(model.eResource()) {
				@Override
				protected void doExecute() {
					if (change == null) {
						History.restore(model, source, null);
					} else {
						History.restoreChange(model, source, change);
					}
				}
			};
			command.setLabel(change == null ? NLS.bind(Messages.History_restoreFileCommand, version.shortId())
					: NLS.bind(Messages.History_restoreObjectCommand, version.shortId()));
			editor.getEditingDomain().getCommandStack().execute(command);
			getSite().getPage().activate(editor);
		} catch (IOException | PartInitException e) {
			MessageDialog.openError(getSite().getShell(), Messages.History_view, e.getMessage());
		}
	}

	@Override
	public void setFocus() {
		versionsViewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(listener);
		super.dispose();
	}
}
