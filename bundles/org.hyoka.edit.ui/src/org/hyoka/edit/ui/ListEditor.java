package org.hyoka.edit.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hyoka.edit.ui.widgets.LongText;
import org.hyoka.edit.ui.widgets.PageWheel;

/**
 * A list of model objects the user edits: an {@link EObjectTable}, and beside it Add, Remove, Up and Down (the Delete
 * key removes too; Tab skips the buttons); under it, optionally, multi-line fields for the long texts of the selected
 * row. Every change is one command on the editing domain named after what it does ("Add Member", "Set 提言"), so Undo
 * and Redo name it.
 * <p>
 * Rows may come from several lists, e.g. the targets of several indicators: Remove, Up and Down work on each row's own
 * list, and each {@link Addition} says where a new row goes.
 *
 * @param <T>
 *            the type of the rows
 */
public final class ListEditor<T extends EObject> {

	/** The {@link org.eclipse.swt.widgets.Widget#getData(String) data key} naming a button's or field's role. */
	public static final String ROLE = "org.hyoka.edit.ui.role"; //$NON-NLS-1$
	public static final String ROLE_ADD = "add"; //$NON-NLS-1$
	public static final String ROLE_REMOVE = "remove"; //$NON-NLS-1$
	public static final String ROLE_UP = "up"; //$NON-NLS-1$
	public static final String ROLE_DOWN = "down"; //$NON-NLS-1$
	/** The data key under which a list's control holds the list. */
	private static final String LIST = ListEditor.class.getName();
	public static final String ROLE_TEXT = "text"; //$NON-NLS-1$

	/** How a new row comes about. */
	@FunctionalInterface
	public interface Addition {

		/**
		 * The command that adds a row, or null when there is nowhere to add one now (e.g. no indicator to add a target
		 * to). The new row must be among the command's affected objects, as an {@link AddCommand}'s and a compound
		 * command's holding one are; the table selects and edits the first of them it shows.
		 */
		Command create(EditingDomain domain);
	}

	private final EditingDomain domain;
	private final String noun;
	private final Composite control;
	private final Composite buttons;
	private final Composite texts;
	private final EObjectTable<T> table;
	private final Button remove;
	private final Button up;
	private final Button down;
	/** Buttons acting on the selected row, enabled while there is one. */
	private final List<Button> actions = new ArrayList<>();
	/** The long texts edited under the table, by their label: a column titled so takes them pasted. */
	private final Map<String, LongTextField> longTexts = new HashMap<>();

	/** A long text of the row, or of the object it holds by the reference. */
	private record LongTextField(String label, EReference via, EAttribute attribute) {
	}
	private final List<Runnable> updates = new ArrayList<>();
	private Function<? super T, Command> removal;
	private Consumer<String> problems = message -> {
	};

	/**
	 * @param noun
	 *            what a row is, for the names of commands: "Member" gives "Remove Member"
	 */
	public ListEditor(Composite parent, EditingDomain domain, Supplier<? extends List<? extends T>> rows, String noun) {
		this.domain = domain;
		this.noun = noun;
		// Delete, not Remove: references to the row (a score's member, a task's item) go with it
		removal = row -> DeleteCommand.create(domain, List.of(row));
		control = new Composite(parent, SWT.NONE);
		control.setData(LIST, this);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 4).applyTo(control);
		table = new EObjectTable<>(control, domain, rows);
		// a small preferred width: the table takes what the page gives and scrolls sideways when its columns need more
		GridDataFactory.fillDefaults().grab(true, true).hint(100, SWT.DEFAULT).applyTo(table.control());
		buttons = new Composite(control, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		remove = button(Messages.remove, ROLE_REMOVE, this::remove);
		up = button(Messages.up, ROLE_UP, () -> move(-1));
		down = button(Messages.down, ROLE_DOWN, () -> move(1));
		texts = new Composite(control, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(texts);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).exclude(true).applyTo(texts);
		// Tab goes from the table to the texts, never to a button: a user used to a spreadsheet tabbing on from a cell and
		// pressing Enter removed a row
		control.setTabList(new Control[] { table.control(), texts });
		// Delete empties the selected cells, as in Excel (a budget line went with its amounts); Ctrl+- removes the row,
		// Excel's key for deleting rows
		remove.setToolTipText(Messages.removeTip);
		table.viewer().getTable().addListener(SWT.KeyDown, event -> {
			if ((event.stateMask & SWT.MOD1) != 0 && (event.keyCode == '-' || event.keyCode == SWT.KEYPAD_SUBTRACT) && remove.isEnabled()) {
				event.doit = false;
				remove();
			}
		});
		table.viewer().addSelectionChangedListener(event -> update());
		// a column showing a long text only (it is typed in its field below) still takes it pasted from a sheet, whole
		table.spreadsheet().pastedInto(column -> longTexts.get(table.viewer().getTable().getColumn(column).getText()) instanceof LongTextField field
				? new PastedText(field) : null);
		update();
	}

	/** The table, to define its columns. */
	public EObjectTable<T> table() {
		return table;
	}

	/** The control to lay out in the parent. */
	public Composite control() {
		return control;
	}

	/**
	 * Puts the buttons over the table, two a row, for a list in a narrow column such as a master list beside its
	 * details: beside the table they would leave it too narrow to show its rows, the more so with Japanese labels,
	 * and under it they would be the first thing a short editor cuts off.
	 */
	public ListEditor<T> buttonsAbove() {
		GridLayoutFactory.fillDefaults().numColumns(1).spacing(6, 4).applyTo(control);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		buttons.moveAbove(table.control());
		return this;
	}

	/** Where refused text is reported, as {@link EObjectTable#problems(Consumer)}. */
	public ListEditor<T> problems(Consumer<String> sink) {
		problems = sink;
		table.problems(sink);
		return this;
	}

	/** An "Add …" button; the buttons show in the order they are defined, before Remove. */
	public ListEditor<T> addition(String what, Addition addition) {
		Button add = button(NLS.bind(Messages.add, what), ROLE_ADD, () -> add(what, addition));
		add.moveAbove(remove);
		// a block pasted past the last row adds rows as the first button does, or as another whose row shows its 区分
		table.spreadsheet().growing(() -> addition.create(domain));
		return this;
	}

	/**
	 * A button acting on the selected row, e.g. "Performers…" opening a dialog; the command, null when the user
	 * cancels, is named "Set …" after {@code what}. The buttons show after Down, in the order they are defined.
	 */
	public ListEditor<T> action(String label, String what, Function<? super T, Command> command) {
		actions.add(button(label, null, () -> {
			T row = selected();
			Command change = row == null ? null : command.apply(row);
			if (change != null) {
				run(NLS.bind(Messages.setCommand, what), change);
				refresh();
			}
		}));
		update();
		return this;
	}

	/**
	 * How Remove removes a row when more goes with it than the row and the references to it, e.g. a fiscal year's
	 * cells with its column; the command is named "Remove …" like any removal.
	 */
	public ListEditor<T> removal(Function<? super T, Command> command) {
		removal = command;
		return this;
	}

	/** The command adding an object to its owner's list, for an {@link Addition}. */
	public static Command add(EditingDomain domain, EObject owner, EReference list, EObject value) {
		return AddCommand.create(domain, owner, list, value);
	}

	/**
	 * A multi-line field under the table for a long text of the selected row; for a list of texts (a meeting's
	 * agenda) one line each, blank lines left out.
	 */
	public ListEditor<T> longText(String label, EAttribute attribute) {
		return longText(label, null, attribute);
	}

	/**
	 * A multi-line field under the table for a long text of an object the selected row contains, e.g. the 対処方針 of a
	 * 提言: typing into it creates that object when the row has none yet.
	 */
	public ListEditor<T> longText(String label, EReference via, EAttribute attribute) {
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).exclude(false).applyTo(texts);
		Label caption = new Label(texts, SWT.NONE);
		caption.setText(label);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(caption);
		Text text = PageWheel.scrollsPageAtEnd(LongText.tabMovesOn(new Text(texts, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER)));
		text.setData(ROLE, ROLE_TEXT);
		GridDataFactory.fillDefaults().grab(true, false).hint(100, 4 * text.getLineHeight()).applyTo(text);
		Runnable show = () -> {
			T row = selected();
			EObject owner = row == null || via == null ? row : (EObject) row.eGet(via);
			Object value = owner == null ? null : owner.eGet(attribute);
			String shown = value == null ? "" : attribute.isMany() ? String.join("\n", strings(value)) : value.toString(); //$NON-NLS-1$ //$NON-NLS-2$
			if (!shown.equals(text.getText())) {
				text.setText(shown);
			}
			text.setEnabled(row != null);
		};
		updates.add(show);
		text.addListener(SWT.FocusOut, event -> setText(label, via, attribute, text.getText()));
		show.run();
		longTexts.put(label, new LongTextField(label, via, attribute));
		return this;
	}

	private void setText(String label, EReference via, EAttribute attribute, String typed) {
		T row = selected();
		Command command = row == null ? null : textCommand(row, via, attribute, typed);
		if (command != null) {
			run(NLS.bind(Messages.setCommand, label), command);
		}
	}

	/**
	 * The command giving the row's text (or that of the object it holds by the reference, created when the row has
	 * none yet) the typed one; null when it has that text already.
	 */
	private Command textCommand(EObject row, EReference via, EAttribute attribute, String typed) {
		Object value = attribute.isMany() ? typed.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()
				: typed.isEmpty() ? null : typed;
		if (value instanceof List<?> lines && lines.isEmpty()) {
			value = null;
		}
		EObject owner = via == null ? row : (EObject) row.eGet(via);
		if (owner != null) {
			Object current = owner.eGet(attribute);
			if (Objects.equals(attribute.isMany() ? emptyAsNull(strings(current)) : current, value)) {
				return null;
			}
			return SetCommand.create(domain, owner, attribute, value == null ? SetCommand.UNSET_VALUE : value);
		}
		if (value == null) {
			return null;
		}
		EObject created = EcoreUtil.create(via.getEReferenceType());
		created.eSet(attribute, value);
		return SetCommand.create(domain, row, via, created);
	}

	/** The cells of a long text's column, as a paste fills them: the text whole, line breaks included. */
	private final class PastedText implements Spreadsheet.Cells {

		private final LongTextField field;

		PastedText(LongTextField field) {
			this.field = field;
		}

		@Override
		public boolean canEdit(Object row) {
			return row instanceof EObject object && !domain.isReadOnly(object.eResource());
		}

		@Override
		public Command change(Object row, String text) {
			return textCommand((EObject) row, field.via(), field.attribute(), text.strip());
		}
	}

	private static List<String> strings(Object list) {
		return ((List<?>) list).stream().map(String::valueOf).toList();
	}

	private static List<String> emptyAsNull(List<String> list) {
		return list.isEmpty() ? null : list;
	}

	/** Reads the rows again and brings the buttons and fields up to date, after any change of the model. */
	public void refresh() {
		table.refresh();
		update();
	}

	/** The selected row, if any. */
	@SuppressWarnings("unchecked")
	public T selected() {
		Object first = ((IStructuredSelection) table.viewer().getSelection()).getFirstElement();
		return (T) first;
	}

	private void update() {
		if (control.isDisposed()) {
			return;
		}
		T row = selected();
		remove.setEnabled(row != null);
		up.setEnabled(row != null && index(row) > 0);
		down.setEnabled(row != null && index(row) < siblings(row).size() - 1);
		actions.forEach(action -> action.setEnabled(row != null));
		updates.forEach(Runnable::run);
	}

	private Button button(String text, String role, Runnable action) {
		Button button = new Button(buttons, SWT.PUSH);
		button.setText(text);
		button.setData(ROLE, role);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void add(String what, Addition addition) {
		Command command = addition.create(domain);
		if (command == null) {
			problems.accept(NLS.bind(Messages.nowhereToAdd, what));
			return;
		}
		if (run(NLS.bind(Messages.addCommand, what), command)) {
			problems.accept(null);
			Collection<?> added = command.getAffectedObjects();
			Shell shell = control.getShell();
			// after the page has caught up with the command, which it does in its own asyncExec; where that built the
			// page again (a budget table adds its section), the row is in the list built in this one's place
			control.getDisplay().asyncExec(() -> {
				ListEditor<?> list = !control.isDisposed() ? this : shell.isDisposed() ? null : showing(shell, added);
				if (list != null) {
					list.writeIn(added);
				}
			});
		}
	}

	/** Puts the keyboard where the row added is written: its first empty cell, else the first field under the table. */
	private void writeIn(Collection<?> added) {
		table.refresh();
		// a compound command names all it made (a member's person, a column's cells): the row is the one shown
		Object row = added.stream().filter(object -> table.viewer().testFindItem(object) != null).findFirst().orElse(null);
		if (row == null) {
			return;
		}
		table.viewer().setSelection(new StructuredSelection(row), true);
		if (table.hasEditableColumn()) {
			table.edit(row);
		} else {
			Arrays.stream(texts.getChildren()).filter(Text.class::isInstance).findFirst().orElse(table.control()).setFocus();
		}
	}

	/** The list under the composite whose table shows one of the objects, if any. */
	private static ListEditor<?> showing(Composite parent, Collection<?> objects) {
		for (Control child : parent.getChildren()) {
			if (child.getData(LIST) instanceof ListEditor<?> list && objects.stream().anyMatch(object -> list.table.viewer().testFindItem(object) != null)) {
				return list;
			}
			if (child instanceof Composite composite) {
				ListEditor<?> found = showing(composite, objects);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private void remove() {
		T row = selected();
		if (row != null) {
			run(NLS.bind(Messages.removeCommand, noun), removal.apply(row));
			refresh();
		}
	}

	private void move(int by) {
		T row = selected();
		if (row != null) {
			run(NLS.bind(by < 0 ? Messages.upCommand : Messages.downCommand, noun),
					MoveCommand.create(domain, row.eContainer(), row.eContainmentFeature(), row, index(row) + by));
			refresh();
			table.viewer().setSelection(new StructuredSelection(row), true);
		}
	}

	private boolean run(String label, Command command) {
		Command named = NamedCommand.of(label, command);
		if (!named.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(named);
		return true;
	}

	private static List<?> siblings(EObject row) {
		return row.eContainer() != null && row.eContainmentFeature().isMany() ? (List<?>) row.eContainer().eGet(row.eContainmentFeature())
				: List.of(row);
	}

	private static int index(EObject row) {
		return siblings(row).indexOf(row);
	}
}
