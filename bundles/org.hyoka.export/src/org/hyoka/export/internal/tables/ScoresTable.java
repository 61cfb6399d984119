package org.hyoka.export.internal.tables;

import org.hyoka.export.internal.TableRows;

/** One row per score given. */
public final class ScoresTable extends BuiltInTable {

	public ScoresTable() {
		super(TableRows::scores, "project", "item", "evaluator", "score"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
