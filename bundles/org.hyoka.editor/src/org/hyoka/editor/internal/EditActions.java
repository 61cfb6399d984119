package org.hyoka.editor.internal;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.ST;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.hyoka.edit.ui.Spreadsheet;
import org.hyoka.edit.ui.TreeEditing;

/**
 * The workbench's Cut, Copy, Paste, Delete and Select All (the Edit menu and their keys) for the editor and its
 * Outline. They act on the text field, combo or cell editor that has the keyboard, on the cells of a table that has it
 * (as in a spreadsheet: Delete empties the cells, Cut copies and empties them), and otherwise on the objects selected
 * in a tree that edits them, as that tree's context menu does.
 */
public final class EditActions {

	private EditActions() {
	}

	/**
	 * Makes the actions the bars' global handlers.
	 *
	 * @param tree
	 *            the editing of the tree that has the keyboard, or null when none has
	 */
	public static void register(IActionBars bars, Supplier<TreeEditing> tree) {
		for (Kind kind : Kind.values()) {
			bars.setGlobalActionHandler(kind.factory.getId(), new EditAction(kind, tree));
		}
	}

	/** Takes the handlers away, e.g. when no evaluation editor is active. */
	public static void unregister(IActionBars bars) {
		for (Kind kind : Kind.values()) {
			bars.setGlobalActionHandler(kind.factory.getId(), null);
		}
	}

	private enum Kind {
		CUT(ActionFactory.CUT, Field::cut, Spreadsheet::cut, TreeEditing::cut),
		COPY(ActionFactory.COPY, Field::copy, Spreadsheet::copy, TreeEditing::copy),
		PASTE(ActionFactory.PASTE, Field::paste, Spreadsheet::paste, TreeEditing::paste),
		DELETE(ActionFactory.DELETE, Field::delete, Spreadsheet::clear, TreeEditing::delete),
		SELECT_ALL(ActionFactory.SELECT_ALL, Field::selectAll, Spreadsheet::selectAll, editing -> null);

		final ActionFactory factory;
		final Function<Field, Runnable> onField;
		/** What it does to a table's cells; null where it leaves them alone. */
		final Consumer<Spreadsheet> onCells;
		final Function<TreeEditing, IAction> onObjects;

		Kind(ActionFactory factory, Function<Field, Runnable> onField, Consumer<Spreadsheet> onCells, Function<TreeEditing, IAction> onObjects) {
			this.factory = factory;
			this.onField = onField;
			this.onCells = onCells;
			this.onObjects = onObjects;
		}
	}

	/** The edit operations of a widget one types in, as each kind of widget names them. */
	private record Field(Runnable cut, Runnable copy, Runnable paste, Runnable selectAll, Runnable delete) {

		/** The operations of the control if one types in it, else null. */
		static Field of(Control control) {
			return switch (control) {
			case Text text -> new Field(text::cut, text::copy, text::paste, text::selectAll, () -> deleteNext(text));
			case StyledText text -> new Field(text::cut, text::copy, text::paste, text::selectAll,
					() -> text.invokeAction(ST.DELETE_NEXT));
			case Combo combo -> new Field(combo::cut, combo::copy, combo::paste,
					() -> combo.setSelection(new Point(0, combo.getText().length())), () -> deleteNext(combo));
			case null, default -> null;
			};
		}

		// the Delete key comes here too: without a selection it takes the character after the caret
		private static void deleteNext(Text text) {
			Point selection = text.getSelection();
			if (selection.x == selection.y && selection.y < text.getCharCount()) {
				text.setSelection(selection.x, selection.x + 1);
			}
			text.insert(""); //$NON-NLS-1$
		}

		private static void deleteNext(Combo combo) {
			Point selection = combo.getSelection();
			String text = combo.getText();
			int end = selection.x == selection.y ? Math.min(selection.x + 1, text.length()) : selection.y;
			combo.setText(text.substring(0, selection.x) + text.substring(end));
			combo.setSelection(new Point(selection.x, selection.x));
		}
	}

	/**
	 * The table whose cell holds the list of choices that has the keyboard, which takes no typed or pasted text: Copy,
	 * Paste and Select All act on the cells as with the list closed. Any other control as it is.
	 */
	private static Control choicesOpenInACell(Control focus) {
		return focus instanceof Text text && !text.getEditable() && text.getParent() instanceof CCombo choices
				&& choices.getParent() instanceof Table table ? table : focus;
	}

	private static final class EditAction extends Action {

		private final Kind kind;
		private final Supplier<TreeEditing> tree;

		EditAction(Kind kind, Supplier<TreeEditing> tree) {
			this.kind = kind;
			this.tree = tree;
			setActionDefinitionId(kind.factory.getCommandId());
		}

		@Override
		public void run() {
			Control focus = choicesOpenInACell(Display.getCurrent().getFocusControl());
			Field field = Field.of(focus);
			Spreadsheet cells = Spreadsheet.on(focus);
			if (field != null) {
				kind.onField.apply(field).run();
			} else if (cells != null) {
				if (kind.onCells != null) {
					kind.onCells.accept(cells);
				}
			} else {
				TreeEditing editing = tree.get();
				IAction action = editing == null ? null : kind.onObjects.apply(editing);
				if (action != null && action.isEnabled()) {
					action.run();
				}
			}
		}
	}
}
