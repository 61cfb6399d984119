package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.get;

import java.util.Arrays;
import java.util.List;

import org.hyoka.export.outline.Block.Cell;

/** What the sections' tables share: the roles of their cells and a header row of report words. */
final class Tables {

	static final String TEXT = "text"; //$NON-NLS-1$
	static final String AMOUNT = "amount"; //$NON-NLS-1$

	private Tables() {
	}

	/** A header row of the report's words for these keys. */
	static List<Cell> headers(String... keys) {
		return Arrays.stream(keys).map(key -> Cell.header(get(key))).toList();
	}
}
