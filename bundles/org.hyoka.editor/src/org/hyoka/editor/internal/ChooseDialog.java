package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hyoka.model.base.Named;

/**
 * Sets a reference to objects the file already has, or to a new one: the candidates are listed, checked where the
 * reference holds many (a research task's performers), selected where it holds one (its principal investigator, with
 * "(none)" first); a name typed under the list adds a new object to the file and chooses it too. What the user
 * confirms is one command.
 *
 * @param <T>
 *            the type of the objects referred to
 */
final class ChooseDialog<T extends Named> extends Dialog {

	/** Where a new object goes and how it is made; null where the dialog offers none (research items). */
	record Creation<T>(EObject owner, EReference list, Supplier<T> factory) {
	}

	private final String title;
	private final String message;
	private final List<T> candidates;
	private final boolean many;
	private final List<T> initial;
	private final Creation<T> creation;
	private Table table;
	private Text name;
	private List<T> chosen;
	private String typed;

	private ChooseDialog(Shell shell, String title, String message, List<T> candidates, boolean many, List<T> initial, Creation<T> creation) {
		super(shell);
		this.title = title;
		this.message = message;
		this.candidates = candidates;
		this.many = many;
		this.initial = initial;
		this.creation = creation;
	}

	/**
	 * Asks which of the candidates the owner's reference holds, and returns the command setting it (and adding the
	 * new object the user named); null when the user cancels or changes nothing.
	 */
	@SuppressWarnings("unchecked")
	static <T extends Named> Command choose(Shell shell, EditingDomain domain, String title, String message, EObject owner, EReference reference,
			Collection<? extends T> candidates, Creation<T> creation) {
		boolean many = reference.isMany();
		Object current = owner.eGet(reference);
		List<T> initial = many ? new ArrayList<>((List<T>) current) : current == null ? List.of() : List.of((T) current);
		ChooseDialog<T> dialog = new ChooseDialog<>(shell, title, message, List.copyOf(candidates), many, initial, creation);
		if (dialog.open() != OK) {
			return null;
		}
		CompoundCommand command = new CompoundCommand();
		List<T> chosen = new ArrayList<>(dialog.chosen);
		if (dialog.typed != null && creation != null) {
			T created = creation.factory().get();
			created.setNameJa(dialog.typed);
			command.append(AddCommand.create(domain, creation.owner(), creation.list(), created));
			if (!many) {
				chosen.clear();
			}
			chosen.add(created);
		}
		if (chosen.equals(initial)) {
			return null;
		}
		Object value = many ? chosen : chosen.isEmpty() ? SetCommand.UNSET_VALUE : chosen.get(0);
		command.append(SetCommand.create(domain, owner, reference, value));
		return command;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(message);
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(intro);
		table = new Table(area, SWT.BORDER | SWT.V_SCROLL | (many ? SWT.CHECK | SWT.MULTI : SWT.SINGLE));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(420, 240).applyTo(table);
		if (!many) {
			new TableItem(table, SWT.NONE).setText(Messages.chooseNone);
		}
		for (T candidate : candidates) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(Texts.name(candidate));
			item.setData(candidate);
			item.setChecked(many && initial.contains(candidate));
		}
		if (!many) {
			table.setSelection(initial.isEmpty() ? 0 : candidates.indexOf(initial.get(0)) + 1);
		}
		if (creation != null) {
			Label label = new Label(area, SWT.NONE);
			label.setText(Messages.chooseNew);
			name = new Text(area, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		}
		return area;
	}

	@SuppressWarnings("unchecked")
	@Override
	protected void okPressed() {
		Function<TableItem, T> object = item -> (T) item.getData();
		chosen = (many ? List.of(table.getItems()).stream().filter(TableItem::getChecked) : List.of(table.getSelection()).stream())
				.map(object).filter(Objects::nonNull).toList();
		typed = name == null || name.getText().isBlank() ? null : name.getText().strip();
		super.okPressed();
	}
}
