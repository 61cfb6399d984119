package org.hyoka.roadmap.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.hyoka.core.preferences.HyokaPreferences;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.edit.ui.ItemPropertySourceProvider;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.SelectionForwarder;
import org.hyoka.model.persistence.AtomicWrite;
import org.hyoka.model.persistence.Dates;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapElement;
import org.hyoka.roadmap.RoadmapLane;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.Timelines;
import org.hyoka.roadmap.Zoom;
import org.hyoka.roadmap.layout.Legend;
import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.UndatedList;
import org.hyoka.roadmap.output.FigureFormat;
import org.hyoka.roadmap.output.FigureFormats;
import org.hyoka.roadmap.ui.internal.MarkEdits.Handle;
import org.hyoka.roadmap.ui.internal.MenuEdits.Place;

/**
 * The Roadmap view: the timeline of the evaluation in the active editor, redrawn after every change to it. Its
 * selection is the model object of the row or mark clicked, which the Properties view shows and the editor reveals;
 * what is selected in the editor or Outline is selected and scrolled to here. Dragging a bar's end or a milestone is
 * one command on the editor's editing domain, so the editor's Undo takes it back: the view has the followed editor's
 * Undo and Redo as its own (Edit menu, Ctrl+Z, Ctrl+Y), and its Properties page shows the objects through the
 * editor's item providers, refreshed after every command, undo and redo on the editor's stack.
 */
public final class RoadmapView extends ViewPart implements ISelectionProvider {

	public static final String ID = "org.hyoka.roadmap.ui.view"; //$NON-NLS-1$
	/** The memento's key of the label column's width. */
	static final String LABEL_WIDTH = "labelWidth"; //$NON-NLS-1$
	/** The memento's key of whether the legend is shown. */
	static final String LEGEND = "legend"; //$NON-NLS-1$
	/** The memento's key of whether rows without marks are hidden. */
	static final String HIDE_EMPTY = "hideEmpty"; //$NON-NLS-1$
	/** The memento's key of whether the table beside the bars is shown. */
	static final String TABLE = "table"; //$NON-NLS-1$

	/** The listeners to the view's selection, told as the editor's are. */
	private final SelectionForwarder listeners = new SelectionForwarder();
	private final CommandStackListener stackListener = this::modelChanged;
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			follow(reference.getPart(false));
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference reference) {
			follow(reference.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				setEditor(null);
			}
		}
	};
	private final ISelectionListener selectionListener = this::selectedElsewhere;
	/** The Properties view's pages for this view. */
	private final List<PropertiesPage> propertyPages = new ArrayList<>();
	// asked for each object shown, so that it uses the item providers of the editor followed now
	private final IPropertySourceProvider propertySources = this::propertySource;
	private RoadmapCanvas canvas;
	private SashForm tableAndBars;
	private ScheduleTable table;
	private StripCanvas<UndatedList> undated;
	private StripCanvas<Legend> legend;
	private Text filter;
	private EvaluationEditor editor;
	/** Kept here too: a selection made in another part becomes the view's without telling the listeners. */
	private IStructuredSelection selection = StructuredSelection.EMPTY;
	private final IAction[] zoomActions = new IAction[Zoom.values().length];
	private IAction wareki;
	private IAction relative;
	private IAction hideEmpty;
	private IAction showTable;
	private IAction delete;
	/** The label column's width the user dragged it to, from the view's memento; null for the default. */
	private Integer labelWidth;
	/** The formats the view exports to, the file name's extension picking one; null until an export. */
	private FigureFormats figureFormats;
	/** Whether the legend is shown: hidden until asked for, since in a small view the rows need its lines. */
	private boolean legendShown;
	/** Whether rows without marks are hidden, from the view's memento. */
	private boolean emptyHidden;
	/** Whether the table beside the bars is shown: collapsed until asked for, the bars need the width more. */
	private boolean tableShown;

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		labelWidth = memento == null ? null : memento.getInteger(LABEL_WIDTH);
		legendShown = memento != null && Boolean.TRUE.equals(memento.getBoolean(LEGEND));
		emptyHidden = memento != null && Boolean.TRUE.equals(memento.getBoolean(HIDE_EMPTY));
		tableShown = memento != null && Boolean.TRUE.equals(memento.getBoolean(TABLE));
	}

	@Override
	public void saveState(IMemento memento) {
		Integer width = canvas == null || canvas.isDisposed() ? labelWidth : canvas.labelWidthSet();
		if (width != null) {
			memento.putInteger(LABEL_WIDTH, width);
		}
		memento.putBoolean(LEGEND, legendShown);
		memento.putBoolean(HIDE_EMPTY, emptyHidden);
		memento.putBoolean(TABLE, tableShown);
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(control);
		filter = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.filter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		tableAndBars = new SashForm(control, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableAndBars);
		canvas = new RoadmapCanvas(tableAndBars);
		canvas.setLabelWidth(labelWidth);
		table = new ScheduleTable(tableAndBars, canvas);
		table.moveAbove(canvas);
		tableAndBars.setWeights(2, 3);
		table.onSelection(object -> {
			canvas.reveal(object);
			selectedHere(object);
		});
		table.onEdit(this::typed);
		showTable(tableShown);
		// the undated items of the rows shown, listed apart (on the grid they would look dated), in at most a quarter
		// of the view, scrolling, so that a roadmap of many undated items leaves the rows room
		undated = new StripCanvas<>(control, width -> new UndatedList(listedOrNone(), Locale.getDefault(), 0, width), 0.25);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(undated);
		undated.addListener(SWT.MouseDown, event -> {
			UndatedList.Entry entry = undated.strip().at(event.x, event.y + undated.scrollY());
			if (entry != null) {
				canvas.reveal(entry.bar().source());
				selectedHere(entry.bar().source());
			}
		});
		undated.addListener(SWT.MouseDoubleClick, event -> {
			UndatedList.Entry entry = undated.strip().at(event.x, event.y + undated.scrollY());
			if (entry != null) {
				reveal(entry.bar().source(), true);
			}
		});
		show(undated, false);
		canvas.onLaidOut(this::rowsLaidOut);
		legend = new StripCanvas<>(control, width -> new Legend(Locale.getDefault(), 0, width), 1);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(legend);
		showLegend(legendShown);
		canvas.setHideEmpty(emptyHidden);
		filter.addModifyListener(event -> canvas.setFilter(filter.getText()));
		canvas.setEra(HyokaPreferences.fiscalYearLabels() == HyokaPreferences.FiscalYearLabels.JAPANESE_ERA ? Era.WAREKI : Era.WESTERN);
		canvas.onSelection(this::selectedHere);
		canvas.onOpen(object -> reveal(object, true));
		canvas.onMove(this::moved);
		getSite().setSelectionProvider(this);
		contributeActions();
		contributeMenu();
		getSite().getPage().addPartListener(partListener);
		getSite().getPage().addPostSelectionListener(selectionListener);
		follow(getSite().getPage().getActiveEditor());
	}

	private void contributeActions() {
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		IMenuManager menu = getViewSite().getActionBars().getMenuManager();
		IAction zoomIn = action(Messages.zoomIn, IAction.AS_PUSH_BUTTON, () -> zoomBy(1));
		IAction zoomOut = action(Messages.zoomOut, IAction.AS_PUSH_BUTTON, () -> zoomBy(-1));
		zoomIn.setImageDescriptor(icon("icons/zoomIn16.png")); //$NON-NLS-1$
		zoomOut.setImageDescriptor(icon("icons/zoomOut16.png")); //$NON-NLS-1$
		String[] zoomNames = { Messages.zoomDecade, Messages.zoomYear, Messages.zoomQuarter, Messages.zoomMonth };
		for (Zoom level : Zoom.values()) {
			zoomActions[level.ordinal()] = action(zoomNames[level.ordinal()], IAction.AS_RADIO_BUTTON, () -> setZoom(level));
		}
		wareki = action(Messages.eraWareki, IAction.AS_CHECK_BOX, () -> setEra(wareki.isChecked() ? Era.WAREKI : Era.WESTERN));
		relative = action(Messages.relativeYears, IAction.AS_CHECK_BOX, () -> setRelative(relative.isChecked()));
		IAction showLegend = action(Messages.showLegend, IAction.AS_CHECK_BOX, () -> showLegend(!legendShown));
		showLegend.setChecked(legendShown);
		IAction goToToday = action(Messages.goToToday, IAction.AS_PUSH_BUTTON, this::goToToday);
		goToToday.setImageDescriptor(icon("icons/today16.png")); //$NON-NLS-1$
		IAction goToSelection = action(Messages.goToSelection, IAction.AS_PUSH_BUTTON, canvas::goToSelection);
		goToSelection.setImageDescriptor(icon("icons/selection16.png")); //$NON-NLS-1$
		hideEmpty = action(Messages.hideEmpty, IAction.AS_CHECK_BOX, () -> hideEmpty(hideEmpty.isChecked()));
		hideEmpty.setImageDescriptor(icon("icons/hideEmpty16.png")); //$NON-NLS-1$
		hideEmpty.setChecked(emptyHidden);
		showTable = action(Messages.showTable, IAction.AS_CHECK_BOX, () -> showTable(showTable.isChecked()));
		showTable.setImageDescriptor(icon("icons/table16.png")); //$NON-NLS-1$
		showTable.setChecked(tableShown);
		IAction statusDate = action(Messages.statusDate, IAction.AS_PUSH_BUTTON, this::askStatusDate);
		IAction exportWhole = action(Messages.exportWhole, IAction.AS_PUSH_BUTTON, () -> askExport(false));
		IAction exportVisible = action(Messages.exportVisible, IAction.AS_PUSH_BUTTON, () -> askExport(true));
		IAction print = action(Messages.print, IAction.AS_PUSH_BUTTON, this::askPrint);
		print.setActionDefinitionId(ActionFactory.PRINT.getCommandId());
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.PRINT.getId(), print);
		toolBar.add(goToToday);
		toolBar.add(goToSelection);
		toolBar.add(hideEmpty);
		toolBar.add(showTable);
		toolBar.add(new Separator());
		toolBar.add(zoomOut);
		toolBar.add(zoomIn);
		toolBar.add(wareki);
		toolBar.add(showLegend);
		menu.add(goToToday);
		menu.add(goToSelection);
		menu.add(new Separator());
		menu.add(zoomIn);
		menu.add(zoomOut);
		for (IAction action : zoomActions) {
			menu.add(action);
		}
		menu.add(new Separator());
		menu.add(hideEmpty);
		menu.add(showTable);
		menu.add(wareki);
		menu.add(relative);
		menu.add(showLegend);
		menu.add(statusDate);
		menu.add(new Separator());
		menu.add(exportWhole);
		menu.add(exportVisible);
		menu.add(print);
		updateActions();
	}

	/**
	 * The menu of the bars and of the table beside them (a right-click, or the menu key): on a program or project, a
	 * new roadmap; on a roadmap, a lane or their items, a new lane, item or milestone, in the fiscal year pointed at
	 * (this year's from the table); on a roadmap's object, Delete, as the Delete key does. Other bundles add to it
	 * (the view's id).
	 */
	private void contributeMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillMenu);
		canvas.setMenu(menu.createContextMenu(canvas));
		// the same menu on the table beside the bars, for its rows
		table.setMenu(canvas.getMenu());
		getSite().registerContextMenu(menu, this);
		delete = action(Messages.delete, IAction.AS_PUSH_BUTTON, () -> delete(chosen()));
		delete.setActionDefinitionId(ActionFactory.DELETE.getCommandId());
		delete.setEnabled(false);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
	}

	private void fillMenu(IMenuManager menu) {
		EObject chosen = chosen();
		Row row = canvas.pointedRow();
		List<EObject> pointed = new ArrayList<>();
		if (chosen != null) {
			pointed.add(chosen);
		}
		if (row != null) {
			pointed.add(row.source());
		}
		if (editor != null && editor.report() != null) {
			pointed.stream().filter(EvaluationSubject.class::isInstance).map(EvaluationSubject.class::cast).findFirst()
					.ifPresent(subject -> menu.add(action(Messages.addRoadmap, IAction.AS_PUSH_BUTTON, () -> addRoadmap(subject))));
			Place place = pointed.stream().map(Place::of).filter(Objects::nonNull).findFirst().orElse(null);
			if (place != null) {
				int year = canvas.pointedYear() != null ? canvas.pointedYear() : FiscalYears.of(LocalDate.now());
				String shown = canvas.era().label(year);
				menu.add(action(Messages.addLane, IAction.AS_PUSH_BUTTON, () -> addLane(place)));
				menu.add(action(NLS.bind(Messages.addItem, shown), IAction.AS_PUSH_BUTTON,
						() -> addElement(place, Messages.itemDialog, NLS.bind(Messages.itemPrompt, shown), label -> MenuEdits.newItem(label, year))));
				menu.add(action(NLS.bind(Messages.addMilestone, shown), IAction.AS_PUSH_BUTTON,
						() -> addElement(place, Messages.milestoneDialog, NLS.bind(Messages.milestonePrompt, shown), label -> MenuEdits.newMilestone(label, year))));
			}
			if (MenuEdits.deletable(chosen)) {
				menu.add(new Separator());
				menu.add(delete);
			}
		}
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private EObject chosen() {
		return selection.getFirstElement() instanceof EObject object ? object : null;
	}

	private static ImageDescriptor icon(String path) {
		return ResourceLocator.imageDescriptorFromBundle(RoadmapView.class, path).orElse(null);
	}

	private static IAction action(String text, int style, Runnable run) {
		Action action = new Action(text, style) {
			@Override
			public void run() {
				run.run();
			}
		};
		return action;
	}

	private void updateActions() {
		for (Zoom level : Zoom.values()) {
			zoomActions[level.ordinal()].setChecked(level == canvas.zoom());
		}
		wareki.setChecked(canvas.era() == Era.WAREKI);
		hideEmpty.setChecked(emptyHidden);
		relative.setChecked(canvas.relativeStart() != null);
	}

	// -- following the editor

	private void follow(IWorkbenchPart part) {
		if (part instanceof EvaluationEditor evaluation && evaluation != editor) {
			setEditor(evaluation);
		}
	}

	private void setEditor(EvaluationEditor newEditor) {
		if (editor != null) {
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
		}
		editor = newEditor;
		if (editor != null && editor.report() != null) {
			editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		}
		setUndoRedo(getViewSite().getActionBars());
		livePropertyPages().stream().filter(page -> page.bars != null).forEach(page -> setUndoRedo(page.bars));
		refresh();
	}

	/** Gives the bars the followed editor's Undo and Redo, which name the command they take back; none without an editor. */
	private void setUndoRedo(IActionBars bars) {
		boolean edits = editor != null && editor.report() != null;
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), edits ? editor.undoRedo().undo() : null);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), edits ? editor.undoRedo().redo() : null);
		bars.updateActionBars();
	}

	private void modelChanged(EventObject event) {
		canvas.getDisplay().asyncExec(() -> {
			if (!canvas.isDisposed()) {
				refresh();
			}
		});
	}

	/** Builds the timeline again from the editor's model. */
	private void refresh() {
		boolean shows = editor != null && editor.report() != null;
		canvas.setTimeline(shows ? Timelines.of(editor.report()) : null);
		setContentDescription(shows ? "" : Messages.noEditor); //$NON-NLS-1$
		// the values a drag, an undo or a redo has just changed
		livePropertyPages().stream().filter(page -> page.getControl() != null).forEach(PropertySheetPage::refresh);
	}

	private IPropertySource propertySource(Object object) {
		return editor == null ? null : new ItemPropertySourceProvider(editor.model().adapterFactory()).getPropertySource(object);
	}

	/** The Properties pages not yet disposed. */
	private List<PropertiesPage> livePropertyPages() {
		propertyPages.removeIf(page -> page.getControl() != null && page.getControl().isDisposed());
		return propertyPages;
	}

	// -- selection

	private void selectedHere(EObject object) {
		selectionChanged(new StructuredSelection(object));
		reveal(object, false);
	}

	/** Tells the listeners (the Properties view among them) what is selected now. */
	private void selectionChanged(IStructuredSelection newSelection) {
		remember(newSelection);
		listeners.setSelection(newSelection);
	}

	/** Keeps the view's selection, and Delete enabled for what it can delete of it. */
	private void remember(IStructuredSelection newSelection) {
		selection = newSelection;
		delete.setEnabled(editor != null && MenuEdits.deletable(chosen()));
	}

	private void reveal(EObject object, boolean focus) {
		if (editor != null) {
			editor.reveal(object, null, focus);
			if (focus) {
				getSite().getPage().activate(editor);
			}
		}
	}

	/** An object of the shown evaluation selected in another part (editor pages, Outline): selected here too. */
	private void selectedElsewhere(IWorkbenchPart part, ISelection chosen) {
		if (part != this && editor != null && editor.report() != null && chosen instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof EObject object && EcoreUtil.getRootContainer(object) == editor.report()) {
			canvas.reveal(object);
			// not told to the listeners: the part that selected it told them
			remember(new StructuredSelection(object));
		}
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	/** Selects and scrolls to the row of the first model object selected, if the view shows it. */
	@Override
	public void setSelection(ISelection newSelection) {
		if (newSelection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof EObject object) {
			canvas.reveal(object);
			if (canvas.selection() == object) {
				selectionChanged(structured);
			}
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.addSelectionChangedListener(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.removeSelectionChangedListener(listener);
	}

	// -- editing

	/**
	 * A value typed in a cell of the table: the command {@link TableEdits} makes of it (a start or finish is the one a
	 * drag of that end is) on the followed editor's stack; null when done, else why nothing was changed.
	 */
	private String typed(TableRow row, ScheduleTable.Column column, String text) {
		if (editor == null) {
			return null;
		}
		Command command;
		try {
			command = TableEdits.edit(editor.getEditingDomain(), row, column, text, canvas.era(),
					column == ScheduleTable.Column.NAME ? row.row().label() : commandLabel(row.row(), row.dated()));
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
		if (command != null) {
			editor.getEditingDomain().getCommandStack().execute(command);
		}
		return null;
	}

	/** A drag dropped, or a year typed: one command on the followed editor's stack, which its Undo takes back. */
	private void moved(Row row, Mark mark, Handle handle, int year, Integer month) {
		if (editor == null) {
			return;
		}
		Command command = MarkEdits.move(editor.getEditingDomain(), mark, handle, commandLabel(row, mark), year, month);
		if (command != null) {
			editor.getEditingDomain().getCommandStack().execute(command);
		}
	}

	/** What a command on a mark is named after: a period after its row (the project), else the mark's own label. */
	private static String commandLabel(Row row, Mark mark) {
		return mark instanceof Mark.Bar bar && bar.kind() == Mark.BarKind.PERIOD ? row.label() : labelOf(mark);
	}

	private static String labelOf(Mark mark) {
		return switch (mark) {
		case Mark.Bar bar -> bar.label();
		case Mark.Milestone milestone -> milestone.label();
		default -> mark.source().eClass().getName();
		};
	}

	// -- adding and deleting from the menu

	private void addRoadmap(EvaluationSubject subject) {
		String title = askName(Messages.roadmapDialog, Messages.roadmapPrompt, Messages.roadmapTitle);
		if (title != null) {
			Roadmap roadmap = MenuEdits.newRoadmap(title);
			added(MenuEdits.addRoadmap(editor.getEditingDomain(), subject, roadmap), roadmap);
		}
	}

	private void addLane(Place place) {
		String name = askName(Messages.laneDialog, Messages.lanePrompt, ""); //$NON-NLS-1$
		if (name != null) {
			RoadmapLane lane = MenuEdits.newLane(name);
			added(MenuEdits.addLane(editor.getEditingDomain(), place, lane), lane);
		}
	}

	private void addElement(Place place, String title, String prompt, Function<String, RoadmapElement> element) {
		String label = askName(title, prompt, ""); //$NON-NLS-1$
		if (label != null) {
			RoadmapElement made = element.apply(label);
			added(MenuEdits.addElement(editor.getEditingDomain(), place, made), made);
		}
	}

	/** The name typed, stripped; null when cancelled. OK waits for a name, with no error before one is typed. */
	private String askName(String title, String prompt, String initial) {
		InputDialog dialog = new InputDialog(getSite().getShell(), title, prompt, initial, text -> text.isBlank() ? "" : null); //$NON-NLS-1$
		return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
	}

	/** Runs the command on the editor's stack and selects what it added, once the rows are made again. */
	private void added(Command command, EObject object) {
		if (!command.canExecute()) {
			return;
		}
		editor.getEditingDomain().getCommandStack().execute(command);
		canvas.getDisplay().asyncExec(() -> {
			if (!canvas.isDisposed()) {
				canvas.reveal(object);
				selectedHere(object);
			}
		});
	}

	private void delete(EObject object) {
		Command command = editor == null || object == null ? null : MenuEdits.delete(editor.getEditingDomain(), object);
		if (command != null && command.canExecute()) {
			editor.getEditingDomain().getCommandStack().execute(command);
			selectionChanged(StructuredSelection.EMPTY);
		}
	}

	// -- view settings

	void setZoom(Zoom level) {
		canvas.setZoom(level);
		updateActions();
	}

	void zoomBy(int steps) {
		canvas.zoomBy(steps);
		updateActions();
	}

	void setEra(Era era) {
		canvas.setEra(era);
		updateActions();
	}

	/** The rows shown were laid out again: so is the list of their undated items, shown when there is one. */
	private void rowsLaidOut() {
		undated.changed();
		boolean any = !undated.strip().entries().isEmpty();
		if (undated.getVisible() != any) {
			show(undated, any);
		}
	}

	/** Shows a strip under the rows, or hides it and gives the rows its place. */
	private static void show(Control strip, boolean on) {
		strip.setVisible(on);
		((GridData) strip.getLayoutData()).exclude = !on;
		strip.getParent().layout(true);
	}

	/** The rows whose undated items are listed: those shown, and those hidden only for having no mark on the grid. */
	private Timeline listedOrNone() {
		Timeline listed = canvas == null ? null : canvas.tree().listed();
		return listed != null ? listed : new Timeline("", List.of(), 0, 0, null); //$NON-NLS-1$
	}

	/** Hides the rows without marks (and without rows with marks under them), or shows them again. */
	void hideEmpty(boolean on) {
		emptyHidden = on;
		canvas.setHideEmpty(on);
		updateActions();
	}

	/** Scrolls to today's place on the axis. */
	void goToToday() {
		canvas.goToDate(LocalDate.now());
	}

	/** Shows the table beside the bars, or collapses it and gives the bars its width. */
	void showTable(boolean on) {
		tableShown = on;
		// a sash form only moves the controls it does not show out of sight: hidden, the table takes no clicks or focus
		table.setVisible(on);
		tableAndBars.setMaximizedControl(on ? null : canvas);
		if (showTable != null) {
			showTable.setChecked(on);
		}
	}

	/** Shows or hides the legend under the rows. */
	void showLegend(boolean on) {
		legendShown = on;
		show(legend, on);
	}

	/** Counts years from the start of the selected row's first bar, else from the timeline's first year. */
	void setRelative(boolean on) {
		Integer start = null;
		Timeline timeline = canvas.tree().shown();
		if (on && timeline != null) {
			int row = canvas.selectedRow();
			start = row < 0 ? null
					: timeline.rows().get(row).marks().stream().filter(Mark.Bar.class::isInstance).map(Mark::firstYear)
							.filter(year -> year != null).findFirst().orElse(null);
			start = start != null ? start : timeline.firstYear();
		}
		canvas.setRelativeStart(start);
		updateActions();
	}

	private void askStatusDate() {
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.statusDateTitle, Messages.statusDateMessage,
				canvas.statusDate().toString(), text -> Dates.read(text).isEmpty() ? NLS.bind(Messages.statusDateInvalid, text) : null);
		if (dialog.open() == Window.OK) {
			canvas.setStatusDate(Dates.read(dialog.getValue()).orElseThrow());
		}
	}

	// -- export

	private void askExport(boolean visibleOnly) {
		if (canvas.roadmapLayout() == null) {
			return;
		}
		List<FigureFormat> formats = figureFormats().formats();
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(formats.stream().map(format -> "*." + format.fileExtension()).toArray(String[]::new)); //$NON-NLS-1$
		dialog.setFilterNames(formats.stream().map(format -> NLS.bind(Messages.exportFilter, format.label(), "*." + format.fileExtension())) //$NON-NLS-1$
				.toArray(String[]::new));
		dialog.setFileName(formats.isEmpty() ? "roadmap" : "roadmap." + formats.get(0).fileExtension()); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setOverwrite(true);
		dialog.setFilterPath(editor == null ? null : editor.folder());
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		BusyIndicator.showWhile(canvas.getDisplay(), () -> {
			try {
				export(file, visibleOnly);
			} catch (IOException | IllegalArgumentException e) {
				MessageDialog.openError(getSite().getShell(), Messages.exportFailedTitle, NLS.bind(Messages.exportFailed, file, e.getMessage()));
			}
		});
	}

	// -- print

	/** The page setup, then the platform's print dialog, for the rows shown over all their years. */
	private void askPrint() {
		if (canvas.roadmapLayout() == null) {
			return;
		}
		PageSetupDialog setup = new PageSetupDialog(getSite().getShell(), canvas.shownLayout(), canvas.tree().listed());
		if (setup.open() != Window.OK) {
			return;
		}
		try {
			Printing.print(getSite().getShell(), setup.printLayout(), setup.setup());
		} catch (SWTException | SWTError | IllegalStateException e) {
			MessageDialog.openError(getSite().getShell(), Messages.printFailedTitle, NLS.bind(Messages.printFailed, e.getMessage()));
		}
	}

	/**
	 * Writes the whole timeline, or the rows and years in view, in the installed figure format of the file's extension
	 * (SVG, PNG, PDF or one another bundle adds), through a temporary file, so a failure leaves what was there.
	 *
	 * @throws IllegalArgumentException
	 *             when no installed format has the file's extension, or the PNG would be too large
	 */
	void export(Path file, boolean visibleOnly) throws IOException {
		FigureFormats formats = figureFormats();
		FigureFormat format = formats.forFile(file.getFileName().toString()).orElse(null);
		if (format == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.exportFormat, file, formats.listed()));
		}
		Scene scene = visibleOnly ? canvas.visibleScene() : canvas.wholeScene();
		AtomicWrite.write(file, ".part", out -> format.write(scene, out)); //$NON-NLS-1$
	}

	/** The installed figure formats, read when first needed, their problems logged once. */
	private FigureFormats figureFormats() {
		if (figureFormats == null) {
			figureFormats = FigureFormats.installed();
		}
		return figureFormats;
	}

	/** The canvas, for tests. */
	RoadmapCanvas canvas() {
		return canvas;
	}

	/** The table beside the bars, for tests. */
	ScheduleTable table() {
		return table;
	}

	/** The legend under the rows, for tests. */
	StripCanvas<Legend> legend() {
		return legend;
	}

	/** The list of undated items under the rows, for tests. */
	StripCanvas<UndatedList> undated() {
		return undated;
	}

	/** The filter field, for tests. */
	Text filterText() {
		return filter;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		// the view's own page, not the editor's: it follows the editor the view follows and is refreshed with the view
		if (adapter == IPropertySheetPage.class) {
			PropertiesPage page = new PropertiesPage();
			page.setPropertySourceProvider(propertySources);
			propertyPages.add(page);
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	/** A Properties page of the view, with the followed editor's Undo and Redo while the Properties view is active. */
	private final class PropertiesPage extends PropertySheetPage {
		private IActionBars bars;

		@Override
		public void setActionBars(IActionBars actionBars) {
			super.setActionBars(actionBars);
			bars = actionBars;
			setUndoRedo(bars);
		}
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		getSite().getPage().removePostSelectionListener(selectionListener);
		if (editor != null) {
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
		}
		super.dispose();
	}
}
