package org.hyoka.core.time;

import java.time.chrono.JapaneseEra;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year counted in a Japanese era, as the reports print it: 令和5年度, 令和元年度, R5, H31年度.
 *
 * @param era
 *            the era
 * @param year
 *            the year of the era, 1 for 元年
 */
public record EraYear(JapaneseEra era, int year) {

	private static final String FIRST_YEAR = "元"; //$NON-NLS-1$

	/*
	 * Era name or Latin initial, optional blanks, digits (half or full width) or 元, optional 年 and 度.
	 */
	private static final Pattern PRINTED = Pattern.compile("\\s*(\\p{IsHan}{2}|[A-Za-z])\\s*([0-9０-９]+|元)\\s*(年\\s*度?)?\\s*"); //$NON-NLS-1$

	// Looking a name up in the locale data costs microseconds; validation reads every printed year.
	private static final JapaneseEra[] ERAS = JapaneseEra.values();
	private static final String[] ERA_NAMES = Arrays.stream(ERAS).map(EraYear::eraName).toArray(String[]::new);
	private static final String[] ERA_INITIALS = Arrays.stream(ERAS).map(EraYear::eraInitial).toArray(String[]::new);

	public EraYear {
		Objects.requireNonNull(era, "era"); //$NON-NLS-1$
		if (year < 1) {
			throw new IllegalArgumentException("Year of era must be at least 1: " + year); //$NON-NLS-1$
		}
	}

	/** 令和5年度 or 令和元年度. */
	public String toJapaneseLabel() {
		return eraName(era) + (year == 1 ? FIRST_YEAR : Integer.toString(year)) + "年度"; //$NON-NLS-1$
	}

	/** R5, H31. */
	public String toShortLabel() {
		return eraInitial(era) + year;
	}

	/**
	 * Reads a printed era year: 令和5年度, 令和 ５年, 令和元年度, R5, H31年度.
	 *
	 * @throws IllegalArgumentException
	 *             if the text is not an era year of a known era
	 */
	public static EraYear parse(String printed) {
		Matcher m = PRINTED.matcher(Objects.requireNonNull(printed, "printed")); //$NON-NLS-1$
		if (!m.matches()) {
			throw new IllegalArgumentException("Not an era year: \"" + printed + "\""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		JapaneseEra era = eraOf(m.group(1));
		if (era == null) {
			throw new IllegalArgumentException("Unknown era \"" + m.group(1) + "\" in \"" + printed + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		String digits = m.group(2);
		int year = FIRST_YEAR.equals(digits) ? 1 : Integer.parseInt(toHalfWidth(digits));
		return new EraYear(era, year);
	}

	private static JapaneseEra eraOf(String token) {
		for (int i = 0; i < ERAS.length; i++) {
			if (ERA_NAMES[i].equals(token) || ERA_INITIALS[i].equalsIgnoreCase(token)) {
				return ERAS[i];
			}
		}
		return null;
	}

	private static String eraName(JapaneseEra era) {
		return era.getDisplayName(java.time.format.TextStyle.FULL, Locale.JAPANESE);
	}

	private static String eraInitial(JapaneseEra era) {
		return era.getDisplayName(java.time.format.TextStyle.NARROW, Locale.ROOT);
	}

	private static String toHalfWidth(String digits) {
		StringBuilder sb = new StringBuilder(digits.length());
		digits.codePoints().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c).forEach(sb::appendCodePoint);
		return sb.toString();
	}
}
