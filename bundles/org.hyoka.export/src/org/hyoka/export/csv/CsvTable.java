package org.hyoka.export.csv;

import org.hyoka.export.internal.ExportMessages;

/** The tables the CSV exporter writes, one per file. */
public enum CsvTable {
	/** {@code project,item,evaluator,score}: one record per score given. */
	SCORES,
	/** {@code project,item,evaluators,average,below_2}: one record per item of a score table, averages of org.hyoka.core. */
	AVERAGES,
	/** {@code subject,table,kind,row,fiscal_year,amount,status,unit}: one record per budget cell and printed total. */
	BUDGETS,
	/** {@code subject,indicator,unit,target_kind,fiscal_year,target,actual,achievement_rate,status}: one record per target. */
	INDICATORS;

	/** The table's name in the user's language. */
	public String label() {
		return ExportMessages.get("table." + name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
	}
}
