package org.hyoka.team.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** The tables and buttons of the team views: rows of an array, a column per text of a row. */
final class Tables {

	private Tables() {
	}

	/** A table with headings and lines, filling the rest of a grid-laid-out parent. */
	static TableViewer table(Composite parent, int selection) {
		TableViewer viewer = new TableViewer(parent, selection | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		return viewer;
	}

	static <T> void column(TableViewer viewer, String heading, int width, Class<T> type, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(heading);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}
		});
	}

	static Button button(Composite parent, String text) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		return button;
	}
}
