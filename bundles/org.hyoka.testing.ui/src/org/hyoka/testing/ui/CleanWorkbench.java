package org.hyoka.testing.ui;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Leaves the workbench as each test found it: closes every editor without saving and deletes the projects the
 * test created. Register with {@code @RegisterExtension final CleanWorkbench clean = new CleanWorkbench();}.
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
