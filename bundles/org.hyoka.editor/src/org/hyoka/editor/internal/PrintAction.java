package org.hyoka.editor.internal;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.CommandEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.ICommandListener;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * The editor's File > Print: runs the command {@value #COMMAND}, whose handler a feature contributes (the export
 * feature prints the report as its PDF lays it out), and is enabled while one is active. The editor knows no way of
 * printing itself; without such a feature File > Print stays disabled, as it was.
 */
final class PrintAction extends Action implements ICommandListener {

	static final String COMMAND = "org.hyoka.editor.print"; //$NON-NLS-1$

	private final IHandlerService handlers;
	private final Command command;

	PrintAction(IServiceLocator window) {
		handlers = window.getService(IHandlerService.class);
		command = window.getService(ICommandService.class).getCommand(COMMAND);
		command.addCommandListener(this);
		update();
	}

	@Override
	public void commandChanged(CommandEvent event) {
		update();
	}

	private void update() {
		setEnabled(command.isHandled() && command.isEnabled());
	}

	@Override
	public void run() {
		try {
			handlers.executeCommand(COMMAND, null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			StatusManager.getManager().handle(Status.error(e.getMessage(), e), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	void dispose() {
		command.removeCommandListener(this);
	}
}
