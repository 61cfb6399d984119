package org.hyoka.app.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.hyoka.app.WorkbenchIds;

/**
 * Workbench life cycle of the Hyoka Workbench: a resource workspace, IDE adapters, the evaluation perspective, the
 * update site, the files named on the command line and those a second start hands over.
 */
public class HyokaWorkbenchAdvisor extends WorkbenchAdvisor {

	/** {@code -Dhyoka.automaticUpdates=true|false} sets whether p2 checks for updates at startup unless the user chose. */
	static final String AUTOMATIC_UPDATES = "hyoka.automaticUpdates"; //$NON-NLS-1$
	/** After the first editor of a start, before p2's update check (20 s after start-up). */
	private static final long UPDATE_SITE_DELAY_MS = 8_000;

	private final Path workspace;
	private final List<Path> files;
	private volatile OpenRequests openRequests;
	private Job updateSite;

	/** For the workspace (whose lock the application holds), opening the files once the window is up. */
	public HyokaWorkbenchAdvisor(Path workspace, List<Path> files) {
		this.workspace = workspace;
		this.files = List.copyOf(files);
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// Project Explorer, Problems and Properties find workspace resources through these adapters.
		IDE.registerAdapters();
		IdeImages.declare(configurer);
		// before p2's scheduler starts; the user's choice on the preference page still overrides this default
		DefaultScope.INSTANCE.getNode(Provisioning.SCHEDULER).putBoolean(Provisioning.SCHEDULER_ENABLED,
				UpdateSite.checkAtStartup(System.getProperty(AUTOMATIC_UPDATES), UpdateSite.current()));
	}

	/*
	 * The platform's openWindows waits in Display.sleep for its start-up thread, which ends with a Display.wake and
	 * posts nothing. SWT on GTK clears its wake flag inside the sleep before each poll, so that wake can be missed:
	 * in one profiled start the window waited 5.6 s, until a job's asyncExec woke the UI thread (docs/benchmarks.md,
	 * "Start-up"). A timer ends each of those sleeps within 20 ms.
	 */
	@Override
	public boolean openWindows() {
		Display display = getWorkbenchConfigurer().getWorkbench().getDisplay();
		Runnable tick = new Runnable() {
			@Override
			public void run() {
				display.timerExec(20, this);
			}
		};
		display.timerExec(20, tick);
		try {
			return super.openWindows();
		} finally {
			display.timerExec(-1, tick);
		}
	}

	@Override
	public void preStartup() {
		RasterViewIcons.install(getWorkbenchConfigurer().getWorkbench());
		// before the saved layout is drawn
		MissingViews.install(getWorkbenchConfigurer().getWorkbench());
		ProblemsColumns.chooseFirstColumns(getWorkbenchConfigurer().getWorkbench());
	}

	@Override
	public void postStartup() {
		IWorkbench workbench = getWorkbenchConfigurer().getWorkbench();
		ViewNames.install(workbench);
		EditKeysOnce.install(workbench);
		WizardCategoriesOpen.install(workbench);
		if (!files.isEmpty()) {
			OpenFiles.open(workbench, files);
		}
		// off the UI thread, which makes the first editor meanwhile; a second start waits for it
		Thread.ofPlatform().name("Hyoka open requests start").daemon() //$NON-NLS-1$
				.start(() -> openRequests = OpenRequests.listen(workspace, handed -> OpenFiles.open(workbench, handed)));
		// Off the UI thread: starting p2's repository managers took a tenth of the UI thread's time between the
		// window and the first editor (docs/benchmarks.md, "Start-up"); and later, since on two cores the job still
		// competed with the first editor for the processor. p2's update check waits 20 s for it.
		updateSite = Job.createSystem("Hyoka update site", monitor -> { //$NON-NLS-1$
			Provisioning.agent().ifPresent(agent -> UpdateSite.apply(agent, UpdateSite.current()));
		});
		updateSite.schedule(UPDATE_SITE_DELAY_MS);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new HyokaWorkbenchWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return WorkbenchIds.EVALUATION_PERSPECTIVE;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public void postShutdown() {
		// A workbench closed within seconds of its start (right after Restart Now, say) would otherwise run the job
		// once this bundle had stopped, and log its failure to find the p2 agent without a bundle context.
		if (updateSite != null) {
			updateSite.cancel();
		}
		if (openRequests != null) {
			openRequests.close();
		}
		try {
			ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		super.postShutdown();
	}
}
