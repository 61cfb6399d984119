package org.hyoka.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An evaluator creates a project for evaluation files through File > New. */
class NewProjectTest {

	private static final String NAME = "Evaluations 2026";

	private final WorkbenchBot bot = new WorkbenchBot();

	@Test
	void projectCreatedThroughFileNewAppearsInTheWorkspace() {
		bot.windowShell().menu("File", "New", "Project").click();
		ShellBot wizard = bot.shell("New Project");
		wizard.textWithLabel("Project name:").setText(NAME);
		wizard.button("Finish").click();
		wizard.waitUntilClosed();
		bot.waitForJobs();

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
		assertTrue(project.exists() && project.isOpen(), "project " + NAME + " exists and is open");
		bot.waitUntil("Project Explorer shows " + NAME,
				() -> bot.windowShell().findAll(org.eclipse.swt.widgets.Tree.class,
						tree -> java.util.Arrays.stream(tree.getItems()).anyMatch(item -> NAME.equals(item.getText()))).size() == 1);
		bot.screenshot(Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"), "new-project.png"));
	}

	@AfterEach
	void deleteProject() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
		if (project.exists()) {
			project.delete(true, true, null);
		}
	}
}
