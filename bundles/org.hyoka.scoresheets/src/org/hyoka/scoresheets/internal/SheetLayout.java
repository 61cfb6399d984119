package org.hyoka.scoresheets.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.hyoka.model.evaluation.EvaluationItem;

/**
 * Where a 評点票 keeps what the importer reads back, shared by the generator and the importer, and the sheet's
 * vocabulary: Japanese whatever the user's language, as the committee's documents are ({@code sheet.properties}).
 */
public final class SheetLayout {

	/** Row and column indexes (from 0): B2 the evaluator, B3 the project, items from row 7 (A item, C score, D comment). */
	public static final int TITLE_ROW = 0;
	public static final int EVALUATOR_ROW = 1;
	public static final int PROJECT_ROW = 2;
	public static final int EVALUATION_ROW = 3;
	public static final int HEADER_ROW = 5;
	public static final int FIRST_ITEM_ROW = 6;
	public static final int LABEL_COLUMN = 0;
	public static final int VALUE_COLUMN = 1;
	public static final int ITEM_COLUMN = 0;
	public static final int ITEM_NAME_COLUMN = 1;
	public static final int SCORE_COLUMN = 2;
	public static final int COMMENT_COLUMN = 3;

	/** The items a sheet asks for: 1–7 of the guideline. */
	public static final List<EvaluationItem> ITEMS = List.of(EvaluationItem.I1, EvaluationItem.I2, EvaluationItem.I3,
			EvaluationItem.I4, EvaluationItem.I5, EvaluationItem.I6, EvaluationItem.I7);

	private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.hyoka.scoresheets.internal.sheet", Locale.ROOT, //$NON-NLS-1$
			SheetLayout.class.getClassLoader());

	private SheetLayout() {
	}

	public static String text(String key, Object... arguments) {
		return MessageFormat.format(TEXT.getString(key), arguments);
	}
}
