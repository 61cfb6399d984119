package org.hyoka.app;

/** Identifiers of the Hyoka Workbench product that other bundles and tests refer to. */
public final class WorkbenchIds {

	public static final String EVALUATION_PERSPECTIVE = "org.hyoka.app.perspective.evaluation"; //$NON-NLS-1$

	private WorkbenchIds() {
	}
}
