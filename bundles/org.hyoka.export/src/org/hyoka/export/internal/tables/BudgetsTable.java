package org.hyoka.export.internal.tables;

import org.hyoka.export.internal.TableRows;

/** One row per budget cell and per printed total: yearly, grand (labelled as printed) and 総予算額. */
public final class BudgetsTable extends BuiltInTable {

	public BudgetsTable() {
		super(TableRows::budgets, "subject", "table", "kind", "row", "fiscal_year", "amount", "status", "unit"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}
}
