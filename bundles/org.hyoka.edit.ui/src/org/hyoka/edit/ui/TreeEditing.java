package org.hyoka.edit.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Editing a viewer of model objects as EMF Edit's item providers allow: a context menu with New Child and New Sibling
 * (one entry per command descriptor the providers offer), Delete, Cut, Copy and Paste, and moving or copying objects
 * by drag and drop. Every change is a command on the editing domain, named after the menu entry, so it can be undone.
 */
public final class TreeEditing {

	private final StructuredViewer viewer;
	private final EditingDomain domain;

	private TreeEditing(StructuredViewer viewer, EditingDomain domain) {
		this.viewer = viewer;
		this.domain = domain;
	}

	/**
	 * Gives the viewer its context menu and drag and drop; the result gives the menu's Cut, Copy, Paste and Delete to
	 * the workbench's Edit menu as well.
	 */
	public static TreeEditing install(StructuredViewer viewer, EditingDomain domain) {
		TreeEditing editing = new TreeEditing(viewer, domain);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(editing::fill);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		viewer.getControl().addDisposeListener(event -> menu.dispose());
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE | DND.DROP_COPY, transfers, editing.new Drag());
		viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_COPY, transfers, editing.new Drop());
		return editing;
	}

	private void fill(IMenuManager menu) {
		List<?> selection = selection();
		Object only = selection.size() == 1 ? selection.get(0) : null;
		MenuManager children = new MenuManager(Messages.newChild);
		if (only != null) {
			creations(children, only, domain.getNewChildDescriptors(only, null), selection);
		}
		menu.add(children);
		MenuManager siblings = new MenuManager(Messages.newSibling);
		Object parent = only == null ? null : domain.getParent(only);
		if (parent != null) {
			creations(siblings, parent, domain.getNewChildDescriptors(null, only), selection);
		}
		menu.add(siblings);
		menu.add(new Separator());
		menu.add(cut());
		menu.add(copy());
		menu.add(paste());
		menu.add(new Separator());
		menu.add(delete());
	}

	/** Cuts the selected objects to the editing domain's clipboard; disabled where that cannot be done. */
	public IAction cut() {
		return action(Messages.cut, CutToClipboardCommand::create, selection(), true);
	}

	/** Copies the selected objects to the editing domain's clipboard, which changes nothing to undo. */
	public IAction copy() {
		return action(Messages.copy, CopyToClipboardCommand::create, selection(), false);
	}

	/** Pastes copies of the clipboard's objects, with ids of their own, into the one selected object. */
	public IAction paste() {
		List<?> selection = selection();
		Object only = selection.size() == 1 ? selection.get(0) : null;
		return action(Messages.paste,
				(editing, objects) -> only == null ? null : new FreshIds(editing, PasteFromClipboardCommand.create(editing, only, null)),
				selection, true);
	}

	/** Deletes the selected objects and every reference to them. */
	public IAction delete() {
		return action(Messages.delete, DeleteCommand::create, selection(), true);
	}

	private void creations(MenuManager menu, Object owner, Collection<?> descriptors, List<?> selection) {
		for (Object descriptor : descriptors) {
			Command command = CreateChildCommand.create(domain, owner, descriptor, selection);
			String text = command instanceof CommandActionDelegate delegate ? delegate.getText() : command.getLabel();
			menu.add(new Action(text) {
				@Override
				public void run() {
					TreeEditing.this.run(text, command);
				}
			});
		}
	}

	private interface CommandFactory {
		Command create(EditingDomain domain, Collection<?> selection);
	}

	private Action action(String text, CommandFactory factory, List<?> selection, boolean changesModel) {
		Command command = selection.isEmpty() ? null : factory.create(domain, selection);
		Action action = new Action(text) {
			@Override
			public void run() {
				if (changesModel) {
					TreeEditing.this.run(text, command);
				} else if (command.canExecute()) {
					// copying fills the domain's clipboard and changes nothing that needs saving
					command.execute();
				}
			}
		};
		action.setEnabled(command != null && command.canExecute());
		return action;
	}

	private void run(String text, Command command) {
		Command named = NamedCommand.of(text, command);
		if (named.canExecute()) {
			domain.getCommandStack().execute(named);
			if (!command.getAffectedObjects().isEmpty()) {
				// after the refresh the change scheduled, which shows new objects beside ones already shown
				StructuredSelection affected = new StructuredSelection(new ArrayList<>(command.getAffectedObjects()));
				viewer.getControl().getDisplay().asyncExec(() -> {
					if (!viewer.getControl().isDisposed()) {
						viewer.setSelection(affected, true);
					}
				});
			}
		}
	}

	private List<?> selection() {
		return ((IStructuredSelection) viewer.getSelection()).toList();
	}

	private final class Drag extends DragSourceAdapter {

		@Override
		public void dragStart(DragSourceEvent event) {
			event.doit = !viewer.getSelection().isEmpty();
			LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
		}

		@Override
		public void dragFinished(DragSourceEvent event) {
			LocalSelectionTransfer.getTransfer().setSelection(null);
		}
	}

	/** Where a drop puts the objects: before the target, onto it (as children) or after it. */
	public enum DropLocation {
		BEFORE(0.2f), ON(0.5f), AFTER(0.8f);

		/** The height within the target's row, as EMF's drag and drop command reads it. */
		final float within;

		DropLocation(float within) {
			this.within = within;
		}
	}

	/**
	 * Moves the objects, or copies them with ids of their own, to the target, as dropping them there does: one command
	 * named Move or Copy. False, changing nothing, when the item providers do not allow it.
	 */
	public boolean drop(List<?> objects, Object target, DropLocation location, boolean copy) {
		Command command = dropCommand(objects, target, location, copy);
		if (command == null || !command.canExecute()) {
			return false;
		}
		run(copy ? Messages.copy : Messages.move, copy ? new FreshIds(domain, command) : command);
		return true;
	}

	private Command dropCommand(List<?> objects, Object target, DropLocation location, boolean copy) {
		if (objects.isEmpty() || target == null) {
			return null;
		}
		int operations = DragAndDropFeedback.DROP_MOVE | DragAndDropFeedback.DROP_COPY;
		int chosen = copy ? DragAndDropFeedback.DROP_COPY : DragAndDropFeedback.DROP_MOVE;
		return DragAndDropCommand.create(domain, target, location.within, operations, chosen, objects);
	}

	private final class Drop extends ViewerDropAdapter {

		Drop() {
			super(viewer);
		}

		private List<?> dragged() {
			return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dragged ? dragged.toList() : List.of();
		}

		private DropLocation location() {
			return switch (getCurrentLocation()) {
			case LOCATION_BEFORE -> DropLocation.BEFORE;
			case LOCATION_AFTER -> DropLocation.AFTER;
			default -> DropLocation.ON;
			};
		}

		@Override
		public boolean validateDrop(Object target, int operation, TransferData type) {
			Command command = dropCommand(dragged(), target, location(), operation == DND.DROP_COPY);
			return command != null && command.canExecute();
		}

		@Override
		public boolean performDrop(Object data) {
			return TreeEditing.this.drop(dragged(), getCurrentTarget(), location(), getCurrentOperation() == DND.DROP_COPY);
		}
	}
}
