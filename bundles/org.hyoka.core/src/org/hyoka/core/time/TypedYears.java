package org.hyoka.core.time;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fiscal year as a user types it in a cell or a sheet prints it over a column: 2024, ２０２４, 2024年度, FY2024,
 * 令和6年度, 令和元年, R6, or a label naming the one year twice (2024年度（R6）). One reading for every place a year
 * is typed, so that the editor's cells, its pasted headers and the roadmap's table take the same texts.
 */
public final class TypedYears {

	/** Four digits alone, half or full width, after FY or before 年 or 年度: the whole text, so any year is read. */
	private static final Pattern WESTERN = Pattern.compile("\\s*(?:FY\\s*)?([0-9０-９]{4})\\s*(?:年\\s*度?)?\\s*", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	private TypedYears() {
	}

	/**
	 * The one fiscal year the text names; empty when it names none, or two different ones. The year is not checked
	 * against a range: a caller refuses one its files do not take, with its own message, rather than calling it no year.
	 */
	public static OptionalInt fiscalYear(String text) {
		if (text == null || text.isBlank()) {
			return OptionalInt.empty();
		}
		Matcher western = WESTERN.matcher(text);
		if (western.matches()) {
			return OptionalInt.of(Integer.parseInt(PrintedYears.halfWidth(western.group(1))));
		}
		try {
			return OptionalInt.of(FiscalYears.fromEra(EraYear.parse(text)));
		} catch (IllegalArgumentException e) {
			// not an era year alone: perhaps a printed label naming one year
		}
		List<Integer> named = PrintedYears.in(text);
		return !named.isEmpty() && named.stream().allMatch(named.getFirst()::equals) ? OptionalInt.of(named.getFirst()) : OptionalInt.empty();
	}
}
