package org.hyoka.team.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.team.Choice;
import org.hyoka.team.Conflict;
import org.hyoka.team.Sharing;

/**
 * The conflicts an update left, one row each (evaluation, object, item, base, yours, theirs), with a choice per
 * conflict. Apply gives each open evaluation the chosen values as one command: Edit > Undo takes them all back. The
 * merge is the headless one's ({@link Sharing#update}); the view only takes values from the sides it read.
 */
public class ConflictsView extends ViewPart {

	/** A conflict as listed: choosable when it is about a value of an object both sides hold. */
	static final class Row {
		final OpenConflicts.Entry entry;
		/** The conflict, or null for a validation error the merge brought. */
		final Conflict conflict;
		final String error;
		final String item;
		final boolean choosable;
		boolean theirs;

		Row(OpenConflicts.Entry entry, Conflict conflict, String error, String item, boolean choosable) {
			this.entry = entry;
			this.conflict = conflict;
			this.error = error;
			this.item = item;
			this.choosable = choosable;
		}

		String choice() {
			return !choosable ? Messages.Conflicts_byHand : theirs ? Messages.Conflicts_theirs : Messages.Conflicts_yours;
		}
	}

	private final ComposedAdapterFactory labels = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
	private final Runnable listener = this::refresh;
	/** The sides of each file listed, read once per refresh. */
	private final Map<OpenConflicts.Entry, Sharing.Sides> sides = new LinkedHashMap<>();
	private Label summary;
	private TableViewer viewer;
	private Button yours;
	private Button theirs;
	private Button apply;
	private List<Row> rows = List.of();

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		viewer = Tables.table(parent, SWT.MULTI);
		Tables.column(viewer, Messages.Conflicts_object, 170, Row.class, row -> row.conflict == null ? "" : row.conflict.object()); //$NON-NLS-1$
		Tables.column(viewer, Messages.Conflicts_item, 80, Row.class, row -> row.conflict == null ? row.error : row.item);
		Tables.column(viewer, Messages.Conflicts_base, 60, Row.class, row -> row.conflict == null ? "" : row.conflict.base()); //$NON-NLS-1$
		Tables.column(viewer, Messages.Conflicts_yours, 60, Row.class, row -> row.conflict == null ? "" : row.conflict.ours()); //$NON-NLS-1$
		Tables.column(viewer, Messages.Conflicts_theirsColumn, 60, Row.class, row -> row.conflict == null ? "" : row.conflict.theirs()); //$NON-NLS-1$
		Tables.column(viewer, Messages.Conflicts_choice, 100, Row.class, Row::choice);
		Tables.column(viewer, Messages.Conflicts_file, 110, Row.class, row -> row.entry.file().path());
		viewer.addSelectionChangedListener(event -> enable());
		viewer.addDoubleClickListener(event -> choose(!selected().stream().allMatch(row -> row.theirs)));
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		yours = Tables.button(buttons, Messages.Conflicts_keepYours);
		yours.addListener(SWT.Selection, event -> choose(false));
		theirs = Tables.button(buttons, Messages.Conflicts_takeTheirs);
		theirs.addListener(SWT.Selection, event -> choose(true));
		apply = Tables.button(buttons, Messages.Conflicts_apply);
		apply.addListener(SWT.Selection, event -> apply());
		OpenConflicts.listen(listener);
		refresh();
	}

	/** Lists the conflicts the updates left, all yours until chosen otherwise. */
	private void refresh() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		sides.clear();
		List<Row> listed = new ArrayList<>();
		for (OpenConflicts.Entry entry : OpenConflicts.all()) {
			Sharing.Sides read = null;
			try {
				read = Sharing.sides(entry.folder().path(), entry.file().path());
				if (read == null) {
					continue; // the merge was committed meanwhile, e.g. with command-line Git
				}
				sides.put(entry, read);
			} catch (IOException e) {
				ILog.of(getClass()).warn(NLS.bind(Messages.Conflicts_unreadable, entry.file().path(), e.getMessage()), e);
			}
			for (Conflict conflict : entry.file().result().conflicts()) {
				Optional<Choice> choice = read == null ? Optional.empty() : Choice.of(conflict, read.ours(), read.ours());
				String item = choice.map(found -> label(found)).orElse(conflict.feature());
				listed.add(new Row(entry, conflict, null, item, choice.isPresent() && Choice.of(conflict, read.ours(), read.theirs()).isPresent()));
			}
			for (String error : entry.file().result().newErrors()) {
				listed.add(new Row(entry, null, error, null, false));
			}
		}
		rows = listed;
		viewer.setInput(rows.toArray());
		summary.setText(rows.isEmpty() ? Messages.Conflicts_none : NLS.bind(Messages.Conflicts_summary, rows.size()));
		summary.getParent().layout();
		enable();
	}

	/** The item as the editor's Properties view names it, e.g. "Value" for a score's value. */
	private String label(Choice choice) {
		IItemPropertyDescriptor descriptor = new AdapterFactoryItemDelegator(labels).getPropertyDescriptor(choice.object(), choice.feature().getName());
		return descriptor == null ? choice.feature().getName() : descriptor.getDisplayName(choice.object());
	}

	private List<Row> selected() {
		List<Row> selected = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection()) {
			if (element instanceof Row row && row.choosable) {
				selected.add(row);
			}
		}
		return selected;
	}

	private void enable() {
		boolean any = !selected().isEmpty();
		yours.setEnabled(any);
		theirs.setEnabled(any);
		apply.setEnabled(rows.stream().anyMatch(row -> row.choosable));
	}

	private void choose(boolean theirsChosen) {
		List<Row> chosen = selected();
		chosen.forEach(row -> row.theirs = theirsChosen);
		viewer.update(chosen.toArray(), null);
	}

	/**
	 * Gives each evaluation the chosen values as one command on its editor, opened if need be: what is already chosen
	 * adds nothing, and the evaluation editor becomes active, so that Edit > Undo takes the choices back.
	 */
	private void apply() {
		Map<OpenConflicts.Entry, List<Row>> byFile = new LinkedHashMap<>();
		rows.stream().filter(row -> row.choosable).forEach(row -> byFile.computeIfAbsent(row.entry, entry -> new ArrayList<>()).add(row));
		for (Map.Entry<OpenConflicts.Entry, List<Row>> file : byFile.entrySet()) {
			Sharing.Sides read = sides.get(file.getKey());
			if (read == null) {
				MessageDialog.openError(getSite().getShell(), Messages.Conflicts_title, NLS.bind(Messages.Conflicts_notShown, file.getKey().file().path()));
				continue;
			}
			try {
				IEditorPart editor = file.getKey().folder().open(getSite().getPage(), file.getKey().file().path());
				if (editor instanceof EvaluationEditor evaluation && evaluation.report() != null) {
					EditingDomain domain = evaluation.getEditingDomain();
					EObject root = evaluation.report();
					CompoundCommand command = new CompoundCommand(Messages.Conflicts_command);
					for (Row row : file.getValue()) {
						Choice.of(row.conflict, root, row.theirs ? read.theirs() : read.ours()).filter(choice -> !choice.made())
								.ifPresent(choice -> command.append(SetCommand.create(domain, choice.object(), choice.feature(),
										choice.unset() ? SetCommand.UNSET_VALUE : choice.value())));
					}
					if (!command.isEmpty() && command.canExecute()) {
						domain.getCommandStack().execute(command);
					}
					getSite().getPage().activate(editor);
				}
			} catch (PartInitException e) {
				MessageDialog.openError(getSite().getShell(), Messages.Conflicts_title, e.getMessage());
			}
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		OpenConflicts.stopListening(listener);
		labels.dispose();
		super.dispose();
	}
}
