package org.hyoka.core.workspace;

import java.util.function.Predicate;

import org.eclipse.core.runtime.QualifiedName;

/**
 * The workspace projects the workbench makes and fills itself rather than the user: the copies of the samples, the
 * links to files opened from outside. A secretariat's own evaluations do not belong there, so a new one is not
 * proposed in them.
 *
 * @since 1.1
 */
public final class WorkbenchProjects {

	/**
	 * The persistent property ({@code IResource.setPersistentProperty}) that marks such a project; its value is the
	 * symbolic name of the bundle that keeps it.
	 */
	public static final QualifiedName KEPT_BY = new QualifiedName("org.hyoka.core", "keptBy"); //$NON-NLS-1$ //$NON-NLS-2$

	private WorkbenchProjects() {
	}

	/**
	 * The name of such a project: the one in the workbench's language, as the Project Explorer shows it; the English
	 * one where a project was made so before and none of this language is there, so the files in it stay the ones used.
	 */
	public static String name(String localized, String english, Predicate<String> exists) {
		return !exists.test(localized) && exists.test(english) ? english : localized;
	}
}
