package org.hyoka.core.validation;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates an actual value is printed as of: 「2022年度末時点」 is 31 March 2023, 「2022年末時点」 and
 * 「2022年 12月末時点」 are both 31 December 2022. Dates are compared as dates, other wording as printed.
 */
final class AsOfDates {

	private static final Pattern DAY = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日"); //$NON-NLS-1$
	private static final Pattern MONTH_END = Pattern.compile("(\\d{4})年(\\d{1,2})月末"); //$NON-NLS-1$
	private static final Pattern FISCAL_YEAR_END = Pattern.compile("(\\d{4})年度末"); //$NON-NLS-1$
	private static final Pattern YEAR_END = Pattern.compile("(\\d{4})年末"); //$NON-NLS-1$

	private AsOfDates() {
	}

	/** True when the two printed dates name the same day (or, not being dates, read the same). */
	static boolean same(String a, String b) {
		Optional<LocalDate> first = date(a);
		Optional<LocalDate> second = date(b);
		return first.isPresent() && second.isPresent() ? first.equals(second) : normalized(a).equals(normalized(b));
	}

	static Optional<LocalDate> date(String printed) {
		try {
			return parse(normalized(printed));
		} catch (DateTimeException e) {
			return Optional.empty(); // 「2022年13月末」 names no day
		}
	}

	private static Optional<LocalDate> parse(String text) {
		Matcher matcher = DAY.matcher(text);
		if (matcher.find()) {
			return Optional.of(LocalDate.of(number(matcher, 1), number(matcher, 2), number(matcher, 3)));
		}
		matcher = MONTH_END.matcher(text);
		if (matcher.find()) {
			return Optional.of(YearMonth.of(number(matcher, 1), number(matcher, 2)).atEndOfMonth());
		}
		matcher = FISCAL_YEAR_END.matcher(text);
		if (matcher.find()) {
			return Optional.of(LocalDate.of(number(matcher, 1) + 1, 3, 31));
		}
		matcher = YEAR_END.matcher(text);
		return matcher.find() ? Optional.of(LocalDate.of(number(matcher, 1), 12, 31)) : Optional.empty();
	}

	private static int number(Matcher matcher, int group) {
		return Integer.parseInt(matcher.group(group));
	}

	/** Full-width digits made ASCII, spaces dropped: 「２０２２年 １２月末」 reads 「2022年12月末」. */
	private static String normalized(String printed) {
		return Normalizer.normalize(printed, Normalizer.Form.NFKC).replaceAll("\\s", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
