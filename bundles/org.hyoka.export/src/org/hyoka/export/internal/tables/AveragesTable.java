package org.hyoka.export.internal.tables;

import org.hyoka.export.internal.TableRows;

/** One row per item of a score table: the averages of {@link org.hyoka.core.scoring.Scoring}. */
public final class AveragesTable extends BuiltInTable {

	public AveragesTable() {
		super(TableRows::averages, "project", "item", "evaluators", "average", "below_2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}
}
