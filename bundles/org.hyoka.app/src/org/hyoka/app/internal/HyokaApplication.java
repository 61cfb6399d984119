package org.hyoka.app.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.hyoka.editor.FeatureNames;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts the Hyoka Workbench: claims the workspace, then runs the workbench until the user quits. Evaluation files
 * named on the command line ({@code hyoka FILE.hyoka}) open in it; if another workbench runs on the workspace, they
 * open in that one instead ({@link OpenRequests}).
 */
public class HyokaApplication implements IApplication {

	/** How long a second start waits for the first, which may still be starting, to take its files. */
	private static final long HAND_OFF_WAIT_MS = 30_000;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		List<Path> files = OpenRequests.fileArguments(Platform.getApplicationArgs());
		Location instance = Platform.getInstanceLocation();
		// getURL, not isSet: a start without -data has the default workspace (~/hyoka-workspace) only once asked
		boolean workspace = instance != null && instance.getURL() != null;
		boolean locked = workspace && instance.lock();
		// before any window: a second start that hands its files over shows nothing
		if (workspace && !locked && OpenRequests.send(workspace(instance), files, HAND_OFF_WAIT_MS)) {
			return EXIT_OK;
		}
		ClassPreloader.start();
		Display display = PlatformUI.createDisplay();
		try {
			if (!workspace) {
				MessageDialog.openError(null, Messages.Application_noWorkspaceTitle, Messages.Application_noWorkspaceMessage);
				return EXIT_OK;
			}
			if (!locked) {
				// two workbenches on one workspace would overwrite each other's metadata
				MessageDialog.openError(null, Messages.Application_workspaceInUseTitle,
						NLS.bind(Messages.Application_workspaceInUseMessage, instance.getURL().getFile()));
				return EXIT_OK;
			}
			// the editor names a feature that a file's content needs as this installation or its sites know it
			FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(FeatureNames.class, new KnownFeatureNames(), null);
			int code = PlatformUI.createAndRunWorkbench(display, new HyokaWorkbenchAdvisor(workspace(instance), files));
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			if (locked) {
				instance.release();
			}
			display.dispose();
		}
	}

	/** The workspace folder of the instance location. */
	static Path workspace(Location instance) {
		try {
			return Path.of(instance.getURL().toURI());
		} catch (java.net.URISyntaxException e) {
			// a location URL with spaces, as Equinox makes them, is no URI
			return Path.of(instance.getURL().getFile());
		}
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
