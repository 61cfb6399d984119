package org.hyoka.testing.ui;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Leaves the workbench as each test found it: closes every editor without saving and deletes the projects the
 * test created; gives each test the workbench window active. Register with
 * {@code @RegisterExtension final CleanWorkbench clean = new CleanWorkbench();}.
 */
public class CleanWorkbench implements BeforeEachCallback, AfterEachCallback {

	private final WorkbenchBot bot = new WorkbenchBot();
	private Set<String> projectsBefore = Set.of();

	public WorkbenchBot bot() {
		return bot;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		projectsBefore = projectNames();
		// Without a window manager, a dialog that closes hands the keyboard to no window, and then no control of the
		// workbench can take it (setFocus fails) until its window is made active again.
		IWorkbenchWindow window = bot.window();
		bot.syncRun(() -> window.getShell().forceActive());
		bot.flush();
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		bot.syncRun(() -> bot.page().closeAllEditors(false));
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (!projectsBefore.contains(project.getName())) {
				project.delete(true, true, null);
			}
		}
	}

	private static Set<String> projectNames() {
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).map(IProject::getName)
				.collect(Collectors.toSet());
	}
}
