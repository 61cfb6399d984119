package org.hyoka.app.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.core.contributions.Contribution;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Contributions;

/** Which import takes a file dropped on the window, by the file's extension ({@value #EXTENSION_POINT}). */
final class FileDrops {

	static final String EXTENSION_POINT = StartActions.PLUGIN_ID + ".fileDrops"; //$NON-NLS-1$

	/** Files ending in {@code .extension} (lower case) go to the import wizard of this id. */
	record FileDrop(String extension, String importWizard, String bundle) {
	}

	private final Contributions<FileDrop> contributions;

	private FileDrops(Contributions<FileDrop> contributions) {
		this.contributions = contributions;
	}

	static FileDrops read(IExtensionRegistry registry) {
		return new FileDrops(Contributions.read(registry, EXTENSION_POINT, "file", Messages.FileDrops_kind, FileDrop::extension, //$NON-NLS-1$
				FileDrops::drop));
	}

	/** The drops of the running platform; what was wrong with the contributions goes to the log. */
	static FileDrops installed() {
		FileDrops installed = read(RegistryFactory.getRegistry());
		installed.contributions.log(FileDrops.class);
		return installed;
	}

	/** The contribution that takes this file, if any. */
	Optional<FileDrop> of(Path file) {
		return contributions.accepted().stream().filter(drop -> hasExtension(file, drop.extension())).findFirst();
	}

	/** Whether the file's name ends in the extension (lower case), without regard to case. */
	static boolean hasExtension(Path file, String extension) {
		return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension); //$NON-NLS-1$
	}

	/** What was wrong with the contributions. */
	List<IStatus> problems() {
		return contributions.problems();
	}

	/** Every extension taken, in the order contributed. */
	List<FileDrop> accepted() {
		return contributions.accepted();
	}

	private static FileDrop drop(Contribution element) throws ContributionException {
		return new FileDrop(element.required("extension").toLowerCase(Locale.ROOT), element.required("importWizard"), element.bundle()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
