package org.hyoka.samples;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.hyoka.core.workspace.WorkbenchProjects;
import org.hyoka.samples.internal.Messages;

/** The sample evaluations installed in the workbench, and their copies in the workspace. */
public final class SampleEvaluations {

	public static final String EXTENSION_POINT = "org.hyoka.samples.evaluations"; //$NON-NLS-1$
	/**
	 * The English name of the workspace project that holds the copies: its name under {@code -nl ja} is サンプル
	 * ({@link #project()}).
	 */
	public static final String PROJECT = "Samples"; //$NON-NLS-1$

	// The id becomes a file name in the workspace: nothing that could leave the project folder.
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*"); //$NON-NLS-1$

	private SampleEvaluations() {
	}

	/** Every well-formed contribution, in registry order; malformed ones are logged and left out. */
	public static List<Sample> all() {
		List<Sample> samples = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id"); //$NON-NLS-1$
			String name = element.getAttribute("name"); //$NON-NLS-1$
			String file = element.getAttribute("file"); //$NON-NLS-1$
			String bundle = element.getContributor().getName();
			if (id == null || !ID.matcher(id).matches() || name == null || file == null) {
				ILog.of(SampleEvaluations.class).warn(bundle + ": sample '" + id //$NON-NLS-1$
						+ "' left out: it needs an id of letters, digits, '.', '-' or '_', a name and a file"); //$NON-NLS-1$
				continue;
			}
			String description = element.getAttribute("description"); //$NON-NLS-1$
			samples.add(new Sample(id, name, description == null ? "" : description, bundle, file)); //$NON-NLS-1$
		}
		return samples;
	}

	public static Optional<Sample> find(String id) {
		return all().stream().filter(sample -> sample.id().equals(id)).findFirst();
	}

	/**
	 * The workspace project that holds the copies, named in the workbench's language as the Project Explorer shows it
	 * (サンプル under {@code -nl ja}); the English one where it was made so before and none of this language is there,
	 * so the copies edited in it stay the ones opened.
	 *
	 * @since 1.1
	 */
	public static IProject project() {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		return root.getProject(WorkbenchProjects.name(Messages.samplesProject, PROJECT, name -> root.getProject(name).exists()));
	}

	/**
	 * The sample's copy in the {@link #project()}, created (with the project) when missing. An existing copy is
	 * returned as it is, so the user's edits to it survive.
	 */
	public static IFile install(Sample sample, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		IProject project = project();
		if (!project.exists()) {
			project.create(progress.split(1));
		}
		if (!project.isOpen()) {
			project.open(progress.split(1));
		}
		// also on a project made before the mark was
		project.setPersistentProperty(WorkbenchProjects.KEPT_BY, "org.hyoka.samples"); //$NON-NLS-1$
		IFile copy = project.getFile(sample.fileName());
		if (!copy.exists()) {
			try (InputStream in = sample.open()) {
				copy.create(in, false, progress.split(1));
			} catch (IOException e) {
				throw new CoreException(Status.error(sample.bundle() + '/' + sample.file() + ": " + e.getMessage(), e)); //$NON-NLS-1$
			}
		}
		return copy;
	}
}
