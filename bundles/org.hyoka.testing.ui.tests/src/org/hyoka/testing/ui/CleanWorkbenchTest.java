package org.hyoka.testing.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.junit.jupiter.api.Test;

/** The clean-up keeps what was there before a test and removes what the test made. */
class CleanWorkbenchTest {

	@Test
	void deletesOnlyTheProjectsATestCreated() throws Exception {
		IProject before = project("There before");
		CleanWorkbench clean = new CleanWorkbench();
		try {
			clean.beforeEach(null);
			IProject during = project("Made by the test");
			clean.afterEach(null);
			assertFalse(during.exists());
			assertTrue(before.exists());
		} finally {
			before.delete(true, true, null);
		}
	}

	private static IProject project(String name) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(null);
		project.open(null);
		return project;
	}
}
