package org.hyoka.app.internal;

import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Shape of a Hyoka Workbench window. */
public class HyokaWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

	/** Set once a workspace's first window has been maximized: later windows open as the user left them. */
	static final String FIRST_WINDOW_MAXIMIZED = "firstWindowMaximized"; //$NON-NLS-1$

	public HyokaWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new HyokaActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		// within the screen: a 1366 x 768 laptop's is lower than 800
		Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
		configurer.setInitialSize(new Point(Math.min(1280, screen.width), Math.min(800, screen.height)));
		configurer.setShowMenuBar(true);
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
		configurer.addEditorAreaTransfer(FileTransfer.getInstance());
		configurer.configureEditorAreaDropListener(new EditorAreaDrop(configurer.getWindow()));
	}

	/** A new workspace's window fills the screen, as a word processor's does the first time. */
	@Override
	public void postWindowCreate() {
		if (!OncePerWorkspace.done(FIRST_WINDOW_MAXIMIZED)) {
			getWindowConfigurer().getWindow().getShell().setMaximized(true);
			OncePerWorkspace.remember(FIRST_WINDOW_MAXIMIZED);
		}
	}

	@Override
	public void postWindowOpen() {
		StartupMarks.windowOpened(getWindowConfigurer().getWindow());
		EmptyEditorArea.install(getWindowConfigurer().getWindow());
		ProblemsColumns.install(getWindowConfigurer().getWindow());
	}
}
