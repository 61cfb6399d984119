package org.hyoka.ip.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.widgets.DateField;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.ip.Change;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.PatentApplication;
import org.hyoka.ip.RecordNames;
import org.hyoka.ip.deadlines.Completion;
import org.hyoka.ip.deadlines.Deadline;
import org.hyoka.ip.deadlines.DeadlineCalendar;
import org.hyoka.ip.deadlines.DeadlineRules;
import org.hyoka.ip.deadlines.DeadlineStatus;
import org.hyoka.ip.deadlines.Deadlines;
import org.hyoka.ip.deadlines.ReportSent;
import org.hyoka.model.persistence.AtomicWrite;
import org.hyoka.model.persistence.Dates;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.Project;

/**
 * 期限: the deadlines the rule table gives for the active evaluation editor's registers, sorted by due date, as of a
 * date (today unless chosen): overdue in red, due within {@value #SOON} days in amber, done in grey. Computed again
 * after every command, undo and redo. A double-click shows the record in the IP Register view. Mark Done records what
 * ends the selected deadline, as its rule's completion says, dated as of the view's date; Set Due Date gives a report
 * its own due date. Each is one command on the editor's editing domain.
 */
public final class DeadlinesView extends ViewPart {

	public static final String ID = "org.hyoka.ip.ui.deadlines"; //$NON-NLS-1$
	/** The {@link org.eclipse.swt.widgets.Widget#getData(String) data key} value of the as-of date, under {@link FilterBar#ROLE}. */
	public static final String AS_OF = "asOf"; //$NON-NLS-1$
	/** Days before its due date from which a deadline shows amber. */
	static final int SOON = 30;

	private static final Color OVERDUE = new Color(255, 200, 200);
	private static final Color SOON_COLOR = new Color(255, 226, 160);
	private static final Color DONE = new Color(128, 128, 128);

	private final DeadlineRules rules = DeadlineRules.installed();
	private FollowedEditor followed;
	private FilterBar filters;
	private DateField asOf;
	/** The last date the as-of field held, kept while the text typed there is not (yet) a date. */
	private LocalDate asOfDate = LocalDate.now();
	private TableViewer viewer;
	private final IAction markDone = new Action(Messages.markDone) {
		@Override
		public void run() {
			markDone();
		}
	};
	private final IAction setDueDate = new Action(Messages.setDueDate) {
		@Override
		public void run() {
			setDueDate();
		}
	};
	private final IAction addToCalendar = new Action(Messages.addToCalendar) {
		@Override
		public void run() {
			FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
			dialog.setText(Messages.addToCalendarTitle);
			dialog.setFilterExtensions(new String[] { "*.ics" }); //$NON-NLS-1$
			dialog.setOverwrite(true);
			dialog.setFileName(calendarName());
			dialog.setFilterPath(followed.folder());
			String file = dialog.open();
			if (file != null) {
				writeCalendar(Path.of(file));
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(FilterBar.columns(false) + 2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		filters = new FilterBar(bar, false, this::refresh);
		new Label(bar, SWT.NONE).setText(Messages.asOf);
		// YYYY-MM-DD as every date of the workbench, typed or picked from the calendar, not the locale's "Nov 26, 2026" (#47)
		asOf = new DateField(bar, inner -> new Text(inner, SWT.BORDER));
		asOf.setDate(asOfDate);
		asOf.text().setData(FilterBar.ROLE, AS_OF);
		// wide enough for a whole date in the user's font, whatever the text holds when the bar is laid out
		GridDataFactory.fillDefaults().grab(true, false).hint(asOf.text().computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 12, SWT.DEFAULT)
				.applyTo(asOf.text());
		asOf.text().addListener(SWT.Modify, event -> {
			if (asOf.date() != null && !asOf.date().equals(asOfDate)) {
				asOfDate = asOf.date();
				refresh();
			}
		});

		Composite holder = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setData(RegisterView.TABLE, "deadlines"); //$NON-NLS-1$
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, Messages.columnDue, 2, deadline -> deadline.due().toString());
		column(layout, Messages.columnKind, 3, deadline -> deadline.rule().label());
		column(layout, Messages.columnObject, 5, DeadlinesView::record);
		column(layout, Messages.columnProject, 3, deadline -> deadline.project() == null ? "" : ObjectLabels.of(deadline.project())); //$NON-NLS-1$
		column(layout, Messages.columnStatus, 2, deadline -> status(deadline.status(asOf())));
		viewer.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Deadline deadline) {
				reveal(deadline.object());
			}
		});
		getSite().setSelectionProvider(viewer);
		actions();
		followed = new FollowedEditor(getViewSite(), editor -> refresh(), this::refresh);
		followed.start();
	}

	/**
	 * The record a deadline is of in the words the register's pickers name it ({@link Labels}): its title or number
	 * first, so that a narrow column still tells which it is (#47), then the id with the deadline's country or year;
	 * the id alone for a record the file gives no such words.
	 */
	static String record(Deadline deadline) {
		return RecordNames.withId(Labels.words(deadline.object()), deadline.id());
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Deadline, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80, true));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Deadline) element);
			}

			@Override
			public Color getBackground(Object element) {
				Deadline deadline = (Deadline) element;
				return switch (deadline.status(asOf())) {
				case OVERDUE -> OVERDUE;
				case DUE -> deadline.due().isAfter(asOf().plusDays(SOON)) ? null : SOON_COLOR;
				case DONE -> null;
				};
			}

			@Override
			public Color getForeground(Object element) {
				return ((Deadline) element).status(asOf()) == DeadlineStatus.DONE ? DONE : null;
			}
		});
	}

	/** Mark Done and Set Due Date, in the toolbar and the table's context menu, for the selected deadline. */
	private void actions() {
		markDone.setId("markDone"); //$NON-NLS-1$
		setDueDate.setId("setDueDate"); //$NON-NLS-1$
		getViewSite().getActionBars().getToolBarManager().add(markDone);
		getViewSite().getActionBars().getToolBarManager().add(setDueDate);
		addToCalendar.setId("addToCalendar"); //$NON-NLS-1$
		addToCalendar.setToolTipText(Messages.addToCalendarTooltip);
		getViewSite().getActionBars().getToolBarManager().add(addToCalendar);
		MenuManager menu = new MenuManager();
		menu.add(markDone);
		menu.add(setDueDate);
		menu.add(addToCalendar);
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		viewer.addSelectionChangedListener(event -> update());
		update();
	}

	private Deadline selected() {
		return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof Deadline deadline ? deadline : null;
	}

	/** Enables the actions for the selected deadline; a disabled one says why in its tooltip. */
	private void update() {
		Deadline deadline = selected();
		boolean completes = deadline != null && deadline.rule().completion() != null;
		markDone.setEnabled(completes && deadline.status(asOf()) != DeadlineStatus.DONE);
		markDone.setToolTipText(deadline == null || completes ? Messages.markDoneTooltip
				: NLS.bind(Messages.markDoneUnavailable, deadline.rule().label()));
		boolean report = deadline != null && ReportSent.isReport(deadline);
		setDueDate.setEnabled(report);
		setDueDate.setToolTipText(deadline == null || report ? Messages.setDueDateTooltip : Messages.setDueDateUnavailable);
	}

	/** Where and when the selected deadline is ended or given a date; null when no editor holds it. */
	private Completion.Context context(Deadline deadline, LocalDate date) {
		EvaluationEditor editor = followed.editor();
		IPManagementScheme scheme = Registers.schemeOf(deadline.object());
		return editor == null || scheme == null ? null
				: new Completion.Context(scheme, date, prefix -> Registers.freshId(editor.report(), prefix));
	}

	private void markDone() {
		Deadline deadline = selected();
		Completion.Context context = deadline == null || deadline.rule().completion() == null ? null : context(deadline, asOf());
		if (context == null) {
			return;
		}
		List<Change> changes;
		try {
			changes = deadline.rule().completion().changes(deadline, context);
		} catch (RuntimeException e) {
			// a partner's completion that fails: say so, change nothing
			MessageDialog.openError(getSite().getShell(), Messages.markDone, NLS.bind(Messages.markDoneFailed, e.getMessage()));
			return;
		}
		if (Changes.run(followed.editor().getEditingDomain(), Messages.markDoneCommand, changes)) {
			// a new application is what the user goes on with: its number, countries and owners
			changes.stream().map(Change::value).filter(PatentApplication.class::isInstance).findFirst()
					.ifPresent(application -> viewer.getControl().getDisplay().asyncExec(() -> reveal((PatentApplication) application)));
		}
	}

	private void setDueDate() {
		Deadline deadline = selected();
		if (deadline == null || !ReportSent.isReport(deadline) || followed.editor() == null) {
			return;
		}
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.setDueDateTitle, NLS.bind(Messages.setDueDateMessage, record(deadline)),
				deadline.due().toString(), text -> date(text) == null ? NLS.bind(Messages.notADate, text) : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		Completion.Context context = context(deadline, date(dialog.getValue()));
		if (context != null) {
			Changes.run(followed.editor().getEditingDomain(), Messages.setDueDateCommand, ReportSent.dueOn(deadline, context));
		}
	}

	/** A date typed as YYYY-MM-DD, 2024/3/31 or 令和6年3月31日 ({@link Dates#typed}), or null. */
	static LocalDate date(String text) {
		return Dates.read(text).orElse(null);
	}

	/** The date the statuses are computed for. */
	LocalDate asOf() {
		return asOfDate;
	}

	static String status(DeadlineStatus status) {
		return switch (status) {
		case DUE -> Messages.statusDue;
		case OVERDUE -> Messages.statusOverdue;
		case DONE -> Messages.statusDone;
		};
	}

	/** The name Add to Calendar offers: the evaluation's file name without its extension, then {@code -ip-deadlines.ics}. */
	String calendarName() {
		return NLS.bind(Messages.calendarFileName, followed.fileStem());
	}

	/**
	 * Writes the deadlines shown that are not done as of the view's date as reminders in an iCalendar file, which
	 * calendar programs import (as {@code hyoka ip deadlines --ics} writes them); a failure is said in a dialog.
	 */
	public void writeCalendar(Path file) {
		EvaluationEditor editor = followed.editor();
		if (editor == null) {
			return;
		}
		List<Deadline> open = shown().stream().filter(deadline -> deadline.status(asOf()) != DeadlineStatus.DONE).toList();
		Program program = editor.report().getProgram();
		// the program's id keeps the events of two evaluations apart in one calendar
		String scope = program == null || program.getId() == null ? "evaluation" : program.getId(); //$NON-NLS-1$
		byte[] calendar = DeadlineCalendar.of(open, scope, Instant.now()).getBytes(StandardCharsets.UTF_8);
		try {
			AtomicWrite.write(file, ".part", out -> out.write(calendar)); //$NON-NLS-1$
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.addToCalendarTitle, NLS.bind(Messages.addToCalendarFailed, file, e.getMessage()));
		}
	}

	@SuppressWarnings("unchecked")
	private List<Deadline> shown() {
		return viewer.getInput() instanceof List<?> shown ? (List<Deadline>) shown : List.of();
	}

	/** The deadlines to show, in order: the editor's, narrowed by the filters. */
	List<Deadline> deadlines() {
		EvaluationEditor editor = followed.editor();
		if (editor == null) {
			return List.of();
		}
		List<Deadline> all = Deadlines.of(editor.report(), rules);
		filters.offer(Registers.subjects(editor.report()).stream().filter(Project.class::isInstance).map(Project.class::cast).toList(),
				all.stream().flatMap(deadline -> Registers.parties(deadline.object()).stream()).distinct().toList(), List.of());
		return all.stream().filter(deadline -> filters.accepts(deadline.project(), Registers.parties(deadline.object()), null)).toList();
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		setContentDescription(followed.editor() == null ? Messages.noEditor : ""); //$NON-NLS-1$
		Deadline selected = selected();
		List<Deadline> shown = deadlines();
		viewer.setInput(shown);
		// the same deadline stays selected when it changes (Mark Done turns it done)
		if (selected != null) {
			shown.stream().filter(each -> each.rule() == selected.rule() && each.id().equals(selected.id())).findFirst()
					.ifPresent(each -> viewer.setSelection(new StructuredSelection(each), true));
		}
		update();
	}

	private void reveal(EObject object) {
		try {
			RegisterView register = (RegisterView) getSite().getPage().showView(RegisterView.ID);
			register.reveal(object);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (followed != null) {
			followed.dispose();
		}
		super.dispose();
	}
}
