package org.hyoka.export.ui.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** Sample 000 copied into a workspace project of its own, which a test deletes when done. */
final class SampleProject {

	static final String SAMPLE = "soyaku-kiban-2021.hyoka"; //$NON-NLS-1$

	private SampleProject() {
	}

	/** The sample's copy in the project, which is created or opened. */
	static IFile copy(String projectName) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(SAMPLE);
		try (InputStream in = Files.newInputStream(Path.of("../org.hyoka.samples/samples", SAMPLE))) { //$NON-NLS-1$
			file.create(in, true, null);
		}
		return file;
	}

	static void delete(IFile file) throws CoreException {
		file.getProject().delete(true, true, null);
	}
}
