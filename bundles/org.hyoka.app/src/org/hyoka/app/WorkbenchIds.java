package org.hyoka.app;

/** Identifiers of the Hyoka Workbench product that other bundles and tests refer to. */
public final class WorkbenchIds {

	public static final String APPLICATION = "org.hyoka.app.application"; //$NON-NLS-1$
	public static final String PRODUCT = "org.hyoka.app.product"; //$NON-NLS-1$
	public static final String EVALUATION_PERSPECTIVE = "org.hyoka.app.perspective.evaluation"; //$NON-NLS-1$

	private WorkbenchIds() {
	}
}
