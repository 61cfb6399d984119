package org.hyoka.ip.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
		ChoiceEditing editing = new ChoiceEditing(table.viewer(), domain, title, reference, candidates, label);
		viewerColumn(table, shown).setEditingSupport(editing);
		table.spreadsheet().column(table.viewer().getTable().getColumnCount() - 1, editing);
	}

	/**
	 * A column editing a feature as text: what the row shows, and how a typed or pasted text becomes the feature's
	 * value (a text the parser refuses is named by the table's problems, with the row's id).
	 */
	static <T extends EObject> void text(EObjectTable<T> table, EditingDomain domain, String title, EStructuralFeature feature,
			Function<T, String> shown, Parser parser) {
		table.column(title, 2, 80, shown);
		@SuppressWarnings("unchecked")
		Function<Object, String> text = row -> shown.apply((T) row);
		table.spreadsheet().textColumn(viewerColumn(table, text), text, (row, typed) -> {
			String value = typed.strip();
			return Objects.equals(value, text.apply(row)) ? null : set(domain, title, (EObject) row, feature, parser.parse(value));
		});
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

	/** A viewer column of our own in place of the column just defined, the table's last, showing the text. */
	private static TableViewerColumn viewerColumn(EObjectTable<?> table, Function<Object, String> shown) {
		Table widget = table.viewer().getTable();
		TableViewerColumn column = new TableViewerColumn(table.viewer(), widget.getColumn(widget.getColumnCount() - 1));
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(shown));
		return column;
	}

	/** The command setting the feature (unsetting it for null), named for Undo after the column it sets. */
	private static Command set(EditingDomain domain, String title, EObject row, EStructuralFeature feature, Object value) {
		Command set = SetCommand.create(domain, row, feature, value == null ? SetCommand.UNSET_VALUE : value);
		return new CompoundCommand(NLS.bind(Messages.setCommand, title), new ArrayList<>(List.of(set)));
	}

	private static final class ChoiceEditing extends EditingSupport implements Spreadsheet.Cells {

		private final EditingDomain domain;
		private final String title;
		private final EStructuralFeature reference;
		private final Supplier<List<? extends EObject>> candidates;
		private final Function<Object, String> label;
		private final ComboBoxCellEditor editor;
		private final List<EObject> choices = new ArrayList<>();

		ChoiceEditing(ColumnViewer viewer, EditingDomain domain, String title, EStructuralFeature reference,
				Supplier<List<? extends EObject>> candidates, Function<Object, String> label) {
			super(viewer);
			this.domain = domain;
			this.title = title;
			this.reference = reference;
			this.candidates = candidates;
			this.label = label;
			editor = new ComboBoxCellEditor((Composite) viewer.getControl(), new String[0], SWT.READ_ONLY);
		}

		@Override
		public boolean canEdit(Object element) {
			return true;
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
			return Math.max(0, choices.indexOf(((EObject) element).eGet(reference)));
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = (Integer) value;
			EObject chosen = index < 0 || index >= choices.size() ? null : choices.get(index);
			if (chosen != ((EObject) element).eGet(reference)) {
				domain.getCommandStack().execute(set(domain, title, (EObject) element, reference, chosen));
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
			return chosen == ((EObject) element).eGet(reference) ? null : set(domain, title, (EObject) element, reference, chosen);
		}
	}
}
