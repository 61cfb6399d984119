package org.hyoka.app.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts the Hyoka Workbench: claims the workspace, then runs the workbench until the user quits. */
public class HyokaApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		ClassPreloader.start();
		Display display = PlatformUI.createDisplay();
		try {
			if (!lockWorkspace()) {
				return EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new HyokaWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			Location instance = Platform.getInstanceLocation();
			if (instance != null && instance.isLocked()) {
				instance.release();
			}
			display.dispose();
		}
	}

	/*
	 * Two workbenches on one workspace would overwrite each other's metadata, so a second start on the same
	 * workspace tells the user and stops.
	 */
	private static boolean lockWorkspace() throws java.io.IOException {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || !instance.isSet()) {
			MessageDialog.openError(null, Messages.Application_noWorkspaceTitle, Messages.Application_noWorkspaceMessage);
			return false;
		}
		if (instance.lock()) {
			return true;
		}
		MessageDialog.openError(null, Messages.Application_workspaceInUseTitle,
				NLS.bind(Messages.Application_workspaceInUseMessage, instance.getURL().getFile()));
		return false;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
