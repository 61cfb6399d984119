package org.hyoka.samples.internal;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.hyoka.model.persistence.ReadAhead;
import org.hyoka.samples.SampleEvaluations;

/**
 * Opens the sample named by the program argument {@code -openSample <id>} once the workbench is up: the README's
 * run command starts the workbench with an evaluation to look at.
 */
public class OpenSampleOnStartup implements IStartup {

	static final String ARGUMENT = "-openSample"; //$NON-NLS-1$

	@Override
	public void earlyStartup() {
		String id = sampleArgument(Platform.getApplicationArgs());
		if (id == null) {
			return;
		}
		// the copy into the workspace here, off the UI thread, which has the editor to make; the editor then takes the
		// copy read meanwhile on a thread of its own
		ReadAhead ahead = SampleEvaluations.find(id).map(sample -> {
			try {
				IFile copy = SampleEvaluations.install(sample, null);
				return ReadAhead.start(URI.createPlatformResourceURI(copy.getFullPath().toString(), true));
			} catch (CoreException e) {
				return null; // the command below tries again, and reports it
			}
		}).orElse(null);
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			ICommandService commands = workbench.getService(ICommandService.class);
			ParameterizedCommand command = ParameterizedCommand.generateCommand(
					commands.getCommand(OpenSampleHandler.COMMAND), Map.of(OpenSampleHandler.PARAMETER, id));
			try {
				workbench.getService(IHandlerService.class).executeCommand(command, null);
			} catch (Exception e) {
				ILog.of(OpenSampleOnStartup.class).error(ARGUMENT + ' ' + id + ": " + e.getMessage(), e); //$NON-NLS-1$
			} finally {
				if (ahead != null) {
					ahead.discard();
				}
			}
		});
	}

	/** The id after {@value #ARGUMENT}, or null when the argument is absent or has no value. */
	public static String sampleArgument(String[] arguments) {
		for (int i = 0; i + 1 < arguments.length; i++) {
			if (ARGUMENT.equalsIgnoreCase(arguments[i])) {
				return arguments[i + 1];
			}
		}
		return null;
	}
}
