package org.hyoka.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.hyoka.edit.ui.ItemPropertySourceProvider;
import org.hyoka.edit.ui.UndoRedoActions;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.editor.internal.EditorPageDescriptor;
import org.hyoka.editor.internal.EditorPages;
import org.hyoka.editor.internal.EvaluationModel;
import org.hyoka.editor.internal.LoadErrorPage;
import org.hyoka.editor.internal.Messages;
import org.hyoka.editor.internal.ModelOutlinePage;
import org.hyoka.editor.internal.OpenedFiles;
import org.hyoka.editor.internal.ProblemMarkers;
import org.hyoka.editor.internal.SaveAsFile;
import org.hyoka.editor.internal.SelectionForwarder;
import org.hyoka.editor.internal.TreePage;
import org.hyoka.editor.internal.TypedText;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.editor.pages.RevealingPage;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.FileChangedException;
import org.hyoka.model.persistence.HyokaLoadException;
import org.hyoka.model.persistence.HyokaResource;

/**
 * The editor of .hyoka evaluation files: form pages an evaluator knows from the report, and a tree of the whole
 * model. Every change is a command on one editing domain, so Undo, Redo, the dirty marker and Save cover them all.
 * The pages, built-in ones included, are contributions to {@value EditorPages#EXTENSION_POINT}.
 */
public class EvaluationEditor extends FormEditor implements IEditingDomainProvider, IGotoMarker {

	public static final String ID = "org.hyoka.editor.evaluation"; //$NON-NLS-1$
	private static final int LATEST_SHOWN_MS = 1000;
	private static final int MAX_WAITS_FOR_PAINT = 10;

	private final EvaluationModel model = new EvaluationModel();
	private final SelectionForwarder selection = new SelectionForwarder();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private final List<PropertySheetPage> propertySheetPages = new ArrayList<>();
	private final IResourceChangeListener workspaceListener = this::workspaceChanged;
	private UndoRedoActions undoRedo;
	private IOException loadFailure;
	private EditorPages pageContributions;
	private ModelOutlinePage outline;
	private boolean saving;
	/** Size and time of the file as last read, saved or looked at, to notice a program that saved it meanwhile. */
	private Object seenOnDisk;
	private boolean asking;
	/** Why the file is shown read-only, or null. */
	private String readOnlyReason;
	private volatile boolean validated;
	/** What waits for the first paint; null once the editor has been painted (see {@link #whenShown}). */
	private List<Runnable> whenShown = new ArrayList<>();
	private TypedText typed;

	@Override
	public void init(IEditorSite site, IEditorInput opened) throws PartInitException {
		// a file from outside the workspace as a workspace file, so that its findings reach the Problems view
		IEditorInput input = OpenedFiles.inWorkspace(opened);
		super.init(site, input);
		site.setSelectionProvider(selection);
		setPartName(input.getName());
		load(input);
		undoRedo = new UndoRedoActions(model.commandStack());
		model.commandStack().addCommandStackListener(stackListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
	}

	private void load(IEditorInput input) throws PartInitException {
		try {
			model.load(uriOf(input));
			loadFailure = null;
		} catch (IOException e) {
			loadFailure = e;
		}
		seenOnDisk = diskState();
	}

	private static URI uriOf(IEditorInput input) throws PartInitException {
		if (input instanceof IFileEditorInput file && file.getFile().isLinked() && file.getFile().getLocation() != null) {
			// a file from outside the workspace, linked (OpenedFiles): read and saved on disk, as before it was linked
			return URI.createFileURI(file.getFile().getLocation().toOSString());
		}
		if (input instanceof IFileEditorInput file) {
			return URI.createPlatformResourceURI(file.getFile().getFullPath().toString(), true);
		}
		if (input instanceof IURIEditorInput uri) {
			return URI.createURI(uri.getURI().toString());
		}
		throw new PartInitException(NLS.bind(Messages.unsupportedInput, input.getName()));
	}

	@Override
	protected void addPages() {
		watchFirstPaint();
		typed = new TypedText(getContainer(), this::editorDirtyStateChanged, () -> getSite().getPage().getActivePart() == this,
				getSite().getService(ICommandService.class));
		if (loadFailure != null || model.report() == null) {
			try {
				addPage(new LoadErrorPage(this, fileAsKnown(), loadFailure, model.canOpenReadOnly() ? this::openReadOnly : null));
			} catch (PartInitException e) {
				ILog.of(getClass()).log(e.getStatus());
			}
			return;
		}
		pageContributions = EditorPages.installed();
		showPages();
		whenShown(this::validateAsOpened);
	}

	/**
	 * Shows a file whose only fault is references that name nothing, refusing every change and every save: what it
	 * holds can be read, and nothing it holds can be lost by saving it here.
	 */
	public void openReadOnly() {
		HyokaLoadException broken = (HyokaLoadException) loadFailure;
		model.openReadOnly();
		loadFailure = null;
		readOnlyReason = NLS.bind(Messages.readOnly, broken.problems().size(), broken.problems().get(0).line());
		setPartName(NLS.bind(Messages.readOnlyPart, getEditorInput().getName()));
		rebuildPages();
		if (outline != null) { // asked for while the error page showed, with nothing to show then
			outline.setInput(model.resource());
		}
	}

	/** Why the file is shown read-only, for the pages' banners; null when it may be edited. */
	public String readOnlyReason() {
		return model.readOnly() ? readOnlyReason : null;
	}

	/** Every page anew, as when the file goes from read-only to editable: their fields were made for the other. */
	private void rebuildPages() {
		while (getPageCount() > 0) {
			removePage(0);
		}
		if (pageContributions == null) {
			pageContributions = EditorPages.installed();
		}
		showPages();
		setActivePage(0);
		updateMarkers();
	}

	/** Notes the first paint of the editor, for {@link #whenShown}. */
	private void watchFirstPaint() {
		Composite container = getContainer();
		container.addListener(SWT.Paint, new Listener() {
			@Override
			public void handleEvent(Event event) {
				container.removeListener(SWT.Paint, this);
				// after the rest of that paint, which may be the pages' first
				container.getDisplay().asyncExec(EvaluationEditor.this::shown);
			}
		});
		container.getDisplay().timerExec(LATEST_SHOWN_MS, () -> shownOrHidden(MAX_WAITS_FOR_PAINT));
	}

	/**
	 * Validates the file as opened once the editor has been painted: it shows without waiting for every rule, and the
	 * Problems view fills a moment later.
	 */
	private void validateAsOpened() {
		if (!validated && !getContainer().isDisposed()) {
			updateMarkers();
		}
	}

	/**
	 * Runs the code once the editor has been painted for the first time, at once if it has been: work the user does not
	 * need to see the editor (the first validation, the Outline's tree) then does not delay it. An editor opened
	 * behind another, and so not painted, counts as shown after {@value #LATEST_SHOWN_MS} ms.
	 */
	public void whenShown(Runnable code) {
		if (whenShown == null) {
			code.run();
		} else {
			whenShown.add(code);
		}
	}

	private void shown() {
		List<Runnable> waiting = whenShown;
		if (waiting == null) {
			return;
		}
		whenShown = null;
		waiting.forEach(Runnable::run);
	}

	/*
	 * An editor that is visible but not painted yet is still being laid out (on a busy machine that takes longer than
	 * the wait): its paint comes, so waiting for it keeps the work after it, up to MAX_WAITS_FOR_PAINT more waits. A
	 * hidden one is not painted until chosen.
	 */
	private void shownOrHidden(int waits) {
		Composite container = getContainer();
		if (whenShown == null || container == null || container.isDisposed()) {
			return;
		}
		if (container.isVisible() && waits > 0) {
			container.getDisplay().timerExec(LATEST_SHOWN_MS, () -> shownOrHidden(waits - 1));
		} else {
			shown();
		}
	}

	/** Whether the file has been validated since it was opened (see {@link #updateMarkers()}). */
	public boolean validated() {
		return validated;
	}

	/**
	 * Shows the contributed pages whose condition holds on the file, in their order, and removes the others. Pages
	 * already shown are kept as they are. A page that cannot be made is logged, naming its bundle, and left out.
	 */
	private void showPages() {
		List<EditorPageDescriptor> wanted = new ArrayList<>();
		for (EditorPageDescriptor page : pageContributions.pages()) {
			try {
				if (page.shows(model.report())) {
					wanted.add(page);
				}
			} catch (ContributionException e) {
				logProblem(e);
			}
		}
		List<String> wantedIds = wanted.stream().map(EditorPageDescriptor::id).toList();
		for (int index = pages.size() - 1; index >= 0; index--) {
			if (pages.get(index) instanceof IFormPage page && !wantedIds.contains(page.getId())) {
				removePage(index);
			}
		}
		// every page left is wanted and in order, so the next one goes after those shown before it
		int index = 0;
		for (EditorPageDescriptor page : wanted) {
			if (findPage(page.id()) != null) {
				index++;
				continue;
			}
			try {
				addPage(index, page.create(this));
				index++;
			} catch (ContributionException e) {
				logProblem(e);
			} catch (PartInitException e) {
				ILog.of(getClass()).log(e.getStatus());
			}
		}
	}

	private void logProblem(ContributionException problem) {
		ILog.of(getClass()).log(Status.warning(problem.getMessage(), problem.getCause()));
	}

	/** The ids of the pages, in tab order. */
	public List<String> pageIds() {
		List<String> ids = new ArrayList<>();
		for (Object page : pages) {
			if (page instanceof IFormPage formPage) {
				ids.add(formPage.getId());
			}
		}
		return ids;
	}

	public EvaluationModel model() {
		return model;
	}

	public EvaluationReport report() {
		return model.report();
	}

	@Override
	public EditingDomain getEditingDomain() {
		return model.domain();
	}

	/** Where pages report the selection of their viewers, for the Properties view and other listeners. */
	public SelectionForwarder selection() {
		return selection;
	}

	public UndoRedoActions undoRedo() {
		return undoRedo;
	}

	private void commandStackChanged(EventObject event) {
		getContainer().getDisplay().asyncExec(() -> {
			if (!getContainer().isDisposed()) {
				editorDirtyStateChanged();
				// the Properties view shows values a table cell, a paste or an undo has just changed
				propertySheetPages.removeIf(page -> page.getControl() != null && page.getControl().isDisposed());
				propertySheetPages.stream().filter(page -> page.getControl() != null).forEach(PropertySheetPage::refresh);
			}
		});
	}

	@Override
	public boolean isDirty() {
		return model.isDirty() || typed != null && typed.pending();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		typed.commit();
		saving = true;
		try {
			// through the lock and the last-moment check that `hyoka` commands use: one writer at a time, and a
			// file another program saved since it was read here is not overwritten
			model.save();
			seenOnDisk = diskState();
			refreshWorkspaceFile();
		} catch (FileChangedException e) {
			MessageDialog.openError(getSite().getShell(), Messages.fileChangedTitle, NLS.bind(Messages.fileChanged, getEditorInput().getName()));
			return;
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle,
					NLS.bind(Messages.saveFailed, getEditorInput().getName(), e.getMessage()));
			return;
		} finally {
			saving = false;
		}
		editorDirtyStateChanged();
		updateMarkers();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return model.report() != null && !model.readOnly();
	}

	@Override
	public void doSaveAs() {
		Path outside = fileOutsideWorkspace();
		if (outside != null) {
			Path target = SaveAsFile.ask(getSite().getShell(), outside);
			if (target != null) {
				saveAs(target);
			}
			return;
		}
		SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
		if (getEditorInput() instanceof IFileEditorInput input) {
			dialog.setOriginalFile(input.getFile());
		}
		if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
			return;
		}
		IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(dialog.getResult());
		saveAs(URI.createPlatformResourceURI(target.getFullPath().toString(), true), target.getName(), () -> {
			try {
				target.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				ILog.of(getClass()).log(e.getStatus()); // saved all the same: the workspace finds it at its next refresh
			}
			return new FileEditorInput(target);
		});
	}

	/**
	 * Saves the evaluation as the file on disk, replacing a file there, and shows that file from then on, as a file
	 * opened from disk (the editor's File &gt; Save As… of such a file); the file it came from stays as last saved.
	 *
	 * @return whether it was saved; if not, the user was told why
	 */
	public boolean saveAs(Path file) {
		return saveAs(URI.createFileURI(file.toAbsolutePath().toString()), file.getFileName().toString(),
				() -> OpenedFiles.inWorkspace(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toUri()))));
	}

	/** Saves under the URI, atomically, then has the editor show the input made after the save. */
	private boolean saveAs(URI uri, String name, Supplier<IEditorInput> saved) {
		typed.commit();
		saving = true;
		try {
			model.saveAs(uri);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle, NLS.bind(Messages.saveFailed, name, e.getMessage()));
			return false;
		} finally {
			saving = false;
		}
		setInputWithNotify(saved.get());
		setPartName(getEditorInput().getName());
		seenOnDisk = diskState();
		editorDirtyStateChanged();
		updateMarkers();
		return true;
	}

	/** Throws away unsaved changes and reads the file again. */
	public void revert() {
		boolean wasReadOnly = model.readOnly();
		try {
			load(getEditorInput());
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
			return;
		}
		if (loadFailure != null && wasReadOnly && model.canOpenReadOnly()) {
			openReadOnly(); // still broken: shown as it now is
			return;
		}
		if (loadFailure != null) {
			MessageDialog.openError(getSite().getShell(), Messages.reloadFailedTitle, loadFailure.getMessage());
			return;
		}
		if (wasReadOnly) { // corrected: editable from now on
			setPartName(getEditorInput().getName());
			rebuildPages();
		} else if (pageContributions != null) {
			showPages();
		}
		for (Object page : pages) {
			if (page instanceof RefreshablePage refreshable) {
				refreshable.refresh();
			}
		}
		if (outline != null) {
			outline.setInput(model.resource());
		}
		editorDirtyStateChanged();
		updateMarkers();
	}

	private void refreshWorkspaceFile() {
		if (getEditorInput() instanceof IFileEditorInput input) {
			try {
				input.getFile().refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				ILog.of(getClass()).log(e.getStatus());
			}
		}
	}

	/** Validates the model and shows the findings in the Problems view; returns their number. */
	public int updateMarkers() {
		validated = true;
		if (!(getEditorInput() instanceof IFileEditorInput input) || model.resource() == null) {
			return 0;
		}
		try {
			return ProblemMarkers.update(input.getFile(), model.resource());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
			return 0;
		}
	}

	/** Opens the page showing the object the marker is about, in the field or cell of the feature it names. */
	@Override
	public void gotoMarker(IMarker marker) {
		// the field may be another object's, e.g. the printed total of the year a finding about a budget table names
		String fragment = marker.getAttribute(ProblemMarkers.HOLDER, marker.getAttribute(ProblemMarkers.OBJECT, null));
		EObject object = fragment == null || model.resource() == null ? null : model.resource().getEObject(fragment);
		if (object != null) {
			String name = marker.getAttribute(ProblemMarkers.FEATURE, null);
			reveal(object, name == null ? null : object.eClass().getEStructuralFeature(name), true);
		}
	}

	/**
	 * Shows the object on the first page, in tab order, that {@linkplain RevealingPage#shows(EObject) shows} it, else
	 * on the Tree page.
	 *
	 * @param feature
	 *            the feature to focus, or null
	 * @param focus
	 *            true to give that page the keyboard; false leaves it where the user works, e.g. in the Outline
	 */
	public void reveal(EObject object, EStructuralFeature feature, boolean focus) {
		for (Object page : pages) {
			if (page instanceof RevealingPage revealing && page instanceof IFormPage form && claims(revealing, object)) {
				setActivePage(form.getId());
				revealing.reveal(object, feature, focus);
				return;
			}
		}
		if (findPage(TreePage.ID) instanceof TreePage tree) {
			setActivePage(TreePage.ID);
			tree.select(new StructuredSelection(object), focus);
		}
	}

	/** Whether the page shows the object; a contributed page that fails is logged and passed over. */
	private boolean claims(RevealingPage page, EObject object) {
		try {
			return page.shows(object);
		} catch (RuntimeException | LinkageError e) {
			ILog.of(getClass()).log(Status.warning(NLS.bind(Messages.pageShowsFailed, ((IFormPage) page).getId()), e));
			return false;
		}
	}

	private void workspaceChanged(IResourceChangeEvent event) {
		if (saving || !(getEditorInput() instanceof IFileEditorInput input) || event.getDelta() == null) {
			return;
		}
		IResourceDelta delta = event.getDelta().findMember(input.getFile().getFullPath());
		if (delta != null && (delta.getFlags() & IResourceDelta.CONTENT) != 0) {
			getSite().getShell().getDisplay().asyncExec(this::askToReload);
		}
	}

	/**
	 * Asks once, when another program saved the file behind the editor (its size, time or identity on disk differ from
	 * when the editor last read, saved or asked; looked at when the workspace reports a change and when the editor is
	 * activated), as Eclipse's text editors do: a clean editor offers to read it again;
	 * a dirty one asks whether to read it again or keep the changes made here. Kept changes are not saved over the
	 * other program's: the save's last-moment check refuses, and says so.
	 */
	private void askToReload() {
		if (asking || getContainer() == null || getContainer().isDisposed() || getSite().getPage().getActiveEditor() != this) {
			return;
		}
		// the file on disk decides, not how the change was noticed: the refresh below reports it to the workspace again
		Object onDisk = diskState();
		if (Objects.equals(onDisk, seenOnDisk)) {
			return;
		}
		seenOnDisk = onDisk; // asked once for this change, whatever the answer
		if (!savedByAnotherProgram()) {
			return; // touched, or saved with the same bytes
		}
		refreshWorkspaceFile();
		asking = true;
		try {
			if (reloadWanted()) {
				revert();
			}
		} finally {
			asking = false;
		}
	}

	private boolean reloadWanted() {
		String name = getEditorInput().getName();
		if (!isDirty()) {
			return MessageDialog.openQuestion(getSite().getShell(), Messages.changedOnDiskTitle, NLS.bind(Messages.changedOnDisk, name));
		}
		MessageDialog dialog = new MessageDialog(getSite().getShell(), Messages.changedOnDiskTitle, null,
				NLS.bind(Messages.changedOnDiskDirty, name), MessageDialog.QUESTION, 1, Messages.changedOnDiskReload,
				Messages.changedOnDiskKeep);
		return dialog.open() == 0;
	}

	/** Whether the file no longer holds what the editor read or saved (unknown counts as changed). */
	private boolean savedByAnotherProgram() {
		try {
			return !(model.resource() instanceof HyokaResource resource) || !resource.fileUnchanged();
		} catch (IOException e) {
			return true;
		}
	}

	/** The file's size and modification time, or null when it is not a local file or cannot be read. */
	private Object diskState() {
		try {
			Path file = file();
			if (file == null) {
				return null;
			}
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return List.of(attributes.size(), attributes.lastModifiedTime(), String.valueOf(attributes.fileKey()));
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * The file as the user knows it: its path in the workspace, as the Project Explorer shows it, or on disk (also for a
	 * file opened from outside the workspace, which the editor has as a link).
	 */
	private String fileAsKnown() {
		Path outside = fileOutsideWorkspace();
		if (outside != null) {
			return outside.toString();
		}
		return getEditorInput() instanceof IFileEditorInput input ? input.getFile().getFullPath().toString() : getEditorInput().getName();
	}

	/** The file on disk when it is not one of the workspace's own (opened from outside it, as a link or not); else null. */
	private Path fileOutsideWorkspace() {
		boolean workspaceOwn = getEditorInput() instanceof IFileEditorInput input && !input.getFile().isLinked(IResource.CHECK_ANCESTORS);
		return workspaceOwn ? null : file();
	}

	/**
	 * The folder of the evaluation's file on disk, where dialogs for the files that go with it (exports, imports) start
	 * rather than in the folder the product was started from; null when the file is not a local one.
	 */
	public String folder() {
		Path file = file();
		return file == null ? null : file.getParent().toString();
	}

	/** The evaluation's file on disk, in the workspace or outside it; null when it is not a local file. */
	public Path file() {
		if (getEditorInput() instanceof IFileEditorInput input && input.getFile().getLocation() != null) {
			return input.getFile().getLocation().toPath();
		}
		if (getEditorInput() instanceof IURIEditorInput input && "file".equals(input.getURI().getScheme())) { //$NON-NLS-1$
			return Path.of(input.getURI());
		}
		return null;
	}

	@Override
	public void setFocus() {
		// a form page gives the keyboard back to the field it was in (ModelFormPage.setFocus), where the multi-page
		// editor would focus its first field
		if (getActivePageInstance() instanceof ModelFormPage page) {
			page.setFocus();
		} else {
			super.setFocus();
		}
		askToReload();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			PropertySheetPage page = new PropertySheetPage() {
				@Override
				public void setActionBars(IActionBars bars) {
					super.setActionBars(bars);
					// Edit > Undo right after a change typed in the Properties view, without a click in the editor first
					bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoRedo().undo());
					bars.setGlobalActionHandler(ActionFactory.REDO.getId(), undoRedo().redo());
				}
			};
			page.setPropertySourceProvider(new ItemPropertySourceProvider(model.adapterFactory()));
			propertySheetPages.add(page);
			return adapter.cast(page);
		}
		// a file that can be opened read-only gets its Outline now: the Outline view asks only when the editor is activated
		if (adapter == IContentOutlinePage.class && (model.resource() != null || model.canOpenReadOnly())) {
			if (outline == null) {
				outline = new ModelOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		if (adapter == IGotoMarker.class) {
			return adapter.cast(this);
		}
		// what a wizard that changed the open file shows the user afterwards (imported score sheets: their table)
		if (adapter == ISetSelectionTarget.class) {
			return adapter.cast((ISetSelectionTarget) selection -> {
				if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof EObject object
						&& EcoreUtil.getRootContainer(object) == report()) {
					reveal(object, null, false);
				}
			});
		}
		// what the editor shows, unsaved changes included, for contributions that act on it (File > Print)
		if (adapter == EvaluationReport.class) {
			return adapter.cast(report());
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
		model.commandStack().removeCommandStackListener(stackListener);
		if (typed != null) {
			typed.dispose();
		}
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		super.dispose();
		model.dispose();
	}

	/** A page that shows the model and must read it again after Revert. */
	public interface RefreshablePage {
		void refresh();
	}
}
