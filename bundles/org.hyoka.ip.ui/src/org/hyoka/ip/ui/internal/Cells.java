package org.hyoka.ip.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.edit.ui.Spreadsheet;
import org.hyoka.model.base.Identifiable;

/**
 * Cells that {@link EObjectTable} does not edit itself: a reference picked from the objects it may name, and a list
 * typed as text ({@code US; EP}). Each edit is one command on the editing domain, named after its column.
 */
final class Cells {

	/** Reads a typed text into the feature's value; throws with a message naming what is wrong. */
	@FunctionalInterface
	interface Parser {
		Object parse(String text);
	}

	private Cells() {
	}

	/** A column choosing the object a single reference names, among the candidates, or none. */
	static <T extends EObject> void choice(EObjectTable<T> table, EditingDomain domain, String title, EStructuralFeature reference,
			Supplier<List<? extends EObject>> candidates, Function<Object, String> label) {
		Function<Object, String> shown = row -> ((EObject) row).eGet(reference) == null ? "" : label.apply(((EObject) row).eGet(reference)); //$NON-NLS-1$
		table.column(title, 2, 80, shown::apply);
		attach(table, shown, new ChoiceEditing(table.viewer(), domain, title, reference, candidates, label));
	}

	/** A column editing a feature as text: what the row shows, and how a typed text becomes the feature's value. */
	static <T extends EObject> void text(EObjectTable<T> table, EditingDomain domain, String title, EStructuralFeature feature,
			Function<T, String> shown, Parser parser, Consumer<String> problems) {
		table.column(title, 2, 80, shown);
		@SuppressWarnings("unchecked")
		Function<Object, String> text = row -> shown.apply((T) row);
		attach(table, text, new TextEditing(table.viewer(), domain, title, feature, text, parser, problems));
	}

	/** Splits a typed list: {@code US; EP} or {@code US;EP}. */
	static List<String> items(String text) {
		List<String> items = new ArrayList<>();
		for (String item : text.split("[;；]")) { //$NON-NLS-1$
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		return items;
	}

	/** The items as a cell shows them. */
	static String join(List<?> items, Function<Object, String> label) {
		return String.join("; ", items.stream().map(label).toList()); //$NON-NLS-1$
	}

	/** Makes the column just defined, the table's last, editable: a viewer column of our own takes its place. */
	private static void attach(EObjectTable<?> table, Function<Object, String> shown, CommandEditing editing) {
		Table widget = table.viewer().getTable();
		TableViewerColumn column = new TableViewerColumn(table.viewer(), widget.getColumn(widget.getColumnCount() - 1));
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(shown));
		column.setEditingSupport(editing);
		table.spreadsheet().column(widget.getColumnCount() - 1, editing);
	}

	private abstract static class CommandEditing extends EditingSupport implements Spreadsheet.Cells {

		private final EditingDomain domain;
		private final String title;
		final EStructuralFeature feature;

		CommandEditing(ColumnViewer viewer, EditingDomain domain, String title, EStructuralFeature feature) {
			super(viewer);
			this.domain = domain;
			this.title = title;
			this.feature = feature;
		}

		@Override
		public boolean canEdit(Object element) {
			return true;
		}

		Command command(Object row, Object value) {
			return SetCommand.create(domain, (EObject) row, feature, value == null ? SetCommand.UNSET_VALUE : value);
		}

		void run(Command command) {
			domain.getCommandStack().execute(new CompoundCommand(NLS.bind(Messages.setCommand, title), new ArrayList<>(List.of(command))));
		}
	}

	private static final class ChoiceEditing extends CommandEditing {

		private final Supplier<List<? extends EObject>> candidates;
		private final Function<Object, String> label;
		private final ComboBoxCellEditor editor;
		private final List<EObject> choices = new ArrayList<>();

		ChoiceEditing(ColumnViewer viewer, EditingDomain domain, String title, EStructuralFeature reference,
				Supplier<List<? extends EObject>> candidates, Function<Object, String> label) {
			super(viewer, domain, title, reference);
			this.candidates = candidates;
			this.label = label;
			editor = new ComboBoxCellEditor((Composite) viewer.getControl(), new String[0], SWT.READ_ONLY);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			// the objects a reference may name change with the model: read them when editing starts
			choices.clear();
			choices.add(null);
			choices.addAll(candidates.get());
			editor.setItems(choices.stream().map(choice -> choice == null ? "" : label.apply(choice)).toArray(String[]::new)); //$NON-NLS-1$
			return editor;
		}

		@Override
		protected Object getValue(Object element) {
			return Math.max(0, choices.indexOf(((EObject) element).eGet(feature)));
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = (Integer) value;
			EObject chosen = index < 0 || index >= choices.size() ? null : choices.get(index);
			if (chosen != ((EObject) element).eGet(feature)) {
				run(command(element, chosen));
			}
		}

		/** A pasted text names the object by its label, or by its id. */
		@Override
		public Command change(Object element, String text) {
			List<Object> all = new ArrayList<>();
			all.add(null);
			all.addAll(candidates.get());
			// an id typed or pasted as before still names its object
			String typed = text.strip();
			Object chosen = all.stream().filter(each -> each instanceof Identifiable identifiable && typed.equals(identifiable.getId())).findFirst()
					.orElseGet(() -> Spreadsheet.choice(all, label, text));
			return chosen == ((EObject) element).eGet(feature) ? null : command(element, chosen);
		}
	}

	private static final class TextEditing extends CommandEditing {

		private final Function<Object, String> shown;
		private final Parser parser;
		private final Consumer<String> problems;
		private final TextCellEditor editor;
		private final String title;

		TextEditing(ColumnViewer viewer, EditingDomain domain, String title, EStructuralFeature feature, Function<Object, String> shown,
				Parser parser, Consumer<String> problems) {
			super(viewer, domain, title, feature);
			this.title = title;
			this.shown = shown;
			this.parser = parser;
			this.problems = problems;
			editor = new TextCellEditor((Composite) viewer.getControl());
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected Object getValue(Object element) {
			return shown.apply(element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			try {
				Command change = change(element, (String) value);
				if (change != null) {
					problems.accept(null);
					run(change);
				}
			} catch (IllegalArgumentException e) {
				problems.accept(NLS.bind(Messages.cellProblem, new Object[] { title,
						element instanceof Identifiable identifiable ? identifiable.getId() : "", e.getMessage() })); //$NON-NLS-1$
			}
		}

		/** A typed or pasted text, read by the column's parser. */
		@Override
		public Command change(Object element, String text) {
			String typed = text.strip();
			return Objects.equals(typed, shown.apply(element)) ? null : command(element, parser.parse(typed));
		}
	}
}
