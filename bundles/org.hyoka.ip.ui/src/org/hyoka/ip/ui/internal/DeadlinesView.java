package org.hyoka.ip.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.ip.deadlines.Deadline;
import org.hyoka.ip.deadlines.DeadlineRules;
import org.hyoka.ip.deadlines.DeadlineStatus;
import org.hyoka.ip.deadlines.Deadlines;
import org.hyoka.model.program.Project;

/**
 * 期限: the deadlines the rule table gives for the active evaluation editor's registers, sorted by due date, as of a
 * date (today unless chosen): overdue in red, due within {@value #SOON} days in amber, done in grey. Computed again
 * after every command, undo and redo. A double-click shows the record in the IP Register view.
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
	private DateTime asOf;
	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(FilterBar.columns(false) + 2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		filters = new FilterBar(bar, false, this::refresh);
		new Label(bar, SWT.NONE).setText(Messages.asOf);
		asOf = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		asOf.setData(FilterBar.ROLE, AS_OF);
		asOf.addListener(SWT.Selection, event -> refresh());

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
		column(layout, Messages.columnObject, 5, deadline -> deadline.id() + "  " + ObjectLabels.of(deadline.object())); //$NON-NLS-1$
		column(layout, Messages.columnProject, 3, deadline -> deadline.project() == null ? "" : ObjectLabels.of(deadline.project())); //$NON-NLS-1$
		column(layout, Messages.columnStatus, 2, deadline -> status(deadline.status(asOf())));
		viewer.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Deadline deadline) {
				reveal(deadline);
			}
		});
		getSite().setSelectionProvider(viewer);
		followed = new FollowedEditor(getViewSite(), editor -> refresh(), this::refresh);
		followed.start();
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

	/** The date the statuses are computed for. */
	LocalDate asOf() {
		return LocalDate.of(asOf.getYear(), asOf.getMonth() + 1, asOf.getDay());
	}

	static String status(DeadlineStatus status) {
		return switch (status) {
		case DUE -> Messages.statusDue;
		case OVERDUE -> Messages.statusOverdue;
		case DONE -> Messages.statusDone;
		};
	}

	/** The deadlines shown, in order. */
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
		viewer.setInput(deadlines());
	}

	private void reveal(Deadline deadline) {
		try {
			RegisterView register = (RegisterView) getSite().getPage().showView(RegisterView.ID);
			register.reveal(deadline.object());
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
