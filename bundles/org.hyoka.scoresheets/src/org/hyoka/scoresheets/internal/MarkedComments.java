package org.hyoka.scoresheets.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.model.evaluation.CommentPolarity;

/**
 * The comments of one comment cell. Members mark praise with ○ and points to improve with ●, as the report prints
 * them, and often write several in one cell, each on a line of its own. The mark becomes the polarity and leaves the
 * text (the report prints it from the polarity, as for comments typed in the editor); text without a mark is a note.
 */
public final class MarkedComments {

	/** One comment: its kind and its text without the mark. */
	public record Part(CommentPolarity polarity, String text) {
	}

	// a line starting with a mark: ○ (U+25CB), 〇 (U+3007) and ◯ (U+25EF) are all typed for praise
	private static final Pattern MARK = Pattern.compile("(?m)^[ \\t\\u3000]*([○〇◯●])"); //$NON-NLS-1$

	private MarkedComments() {
	}

	/** The cell's comments in order; every character but the marks and the blanks around them is kept. */
	public static List<Part> of(String cell) {
		List<Part> parts = new ArrayList<>();
		Matcher mark = MARK.matcher(cell);
		CommentPolarity polarity = CommentPolarity.NOTE;
		int start = 0;
		while (mark.find()) {
			add(parts, polarity, cell.substring(start, mark.start()));
			polarity = mark.group(1).equals("●") ? CommentPolarity.NEGATIVE : CommentPolarity.POSITIVE; //$NON-NLS-1$
			start = mark.end();
		}
		add(parts, polarity, cell.substring(start));
		return parts.isEmpty() ? List.of(new Part(CommentPolarity.NOTE, cell.strip())) : parts;
	}

	private static void add(List<Part> parts, CommentPolarity polarity, String text) {
		if (!text.isBlank()) {
			parts.add(new Part(polarity, text.strip()));
		}
	}
}
