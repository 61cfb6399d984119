package org.hyoka.export.internal.tables;

import org.hyoka.export.internal.TableRows;

/**
 * One row per indicator target, with the achievement rate of {@link org.hyoka.core.indicator.Achievement}, the status
 * as a code (empty where none was chosen) and as the report words it, and the target's value before the revision
 * recorded for it (empty where none is).
 */
public final class IndicatorsTable extends BuiltInTable {

	public IndicatorsTable() {
		super(TableRows::indicators, "subject", "indicator", "unit", "target_kind", "fiscal_year", "target", "actual", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"achievement_rate", "status", "status_printed", "target_before"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
