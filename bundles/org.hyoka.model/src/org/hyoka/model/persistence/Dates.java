package org.hyoka.model.persistence;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a date of an evaluation may be, wherever one enters (imports, cells, fields): written {@code YYYY-MM-DD}, in
 * the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}. Java reads {@code +999999999-12-31} as a date too, but no
 * deadline can be counted from it, and no programme lasts so long.
 */
public final class Dates {

	public static final int FIRST_YEAR = 1900;
	public static final int LAST_YEAR = 2100;

	private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}"); //$NON-NLS-1$
	/** A date as Japanese sheets and letters write it: 2023/5/10, 2023.5.10, 2023年5月10日. */
	private static final Pattern WRITTEN = Pattern.compile("(\\d{4})(?:[/.-]|年)(\\d{1,2})(?:[/.-]|月)(\\d{1,2})日?"); //$NON-NLS-1$
	/** A date in the era official letters write: 令和5年5月10日, 平成31年4月30日, 令和元年5月1日. */
	private static final Pattern ERA = Pattern.compile("(令和|平成)(元|\\d{1,2})年(\\d{1,2})月(\\d{1,2})日"); //$NON-NLS-1$

	private Dates() {
	}

	/** The date the text writes, surrounding white space aside; empty when {@link #problem} has one. */
	public static Optional<LocalDate> parse(String text) {
		if (text == null || !FORM.matcher(text.strip()).matches()) {
			return Optional.empty();
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR ? Optional.of(date) : Optional.empty();
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	/**
	 * The text as {@code YYYY-MM-DD} when it writes a date the way a sheet or a letter does (2023/5/10, 2023年5月10日,
	 * 令和5年5月10日, full-width digits), for {@link #parse} to read; any other text as it is, and so is a day its era
	 * did not have (令和元年4月1日). Files keep the one form; this is for what a user types or pastes.
	 */
	public static String typed(String text) {
		if (text == null) {
			return null;
		}
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		Matcher date = WRITTEN.matcher(normalized);
		if (date.matches()) {
			return String.format("%s-%02d-%02d", date.group(1), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3))); //$NON-NLS-1$
		}
		Matcher era = ERA.matcher(normalized);
		if (era.matches()) {
			try {
				return LocalDate.from(JapaneseDate.of("令和".equals(era.group(1)) ? JapaneseEra.REIWA : JapaneseEra.HEISEI, //$NON-NLS-1$
						"元".equals(era.group(2)) ? 1 : Integer.parseInt(era.group(2)), Integer.parseInt(era.group(3)), Integer.parseInt(era.group(4)))) //$NON-NLS-1$
						.toString();
			} catch (DateTimeException e) {
				return text;
			}
		}
		return text;
	}

	/**
	 * The date a user typed or pasted, in any form {@link #typed} takes (2025-03-31, 2025/3/31, 令和7年3月31日); empty
	 * when it is none.
	 *
	 * @since 1.1
	 */
	public static Optional<LocalDate> read(String text) {
		return parse(typed(text));
	}

	/** Why the text is no date of an evaluation, as a sentence quoting it; null when it is one. */
	public static String problem(String text) {
		if (parse(text).isPresent()) {
			return null;
		}
		return written(text)
				? PersistenceMessages.format("dateOutOfRange", text, String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)) //$NON-NLS-1$
				: PersistenceMessages.format("notADate", text); //$NON-NLS-1$
	}

	/** Whether the text writes a day that exists as YYYY-MM-DD, whatever its year: a date {@link #parse} may still refuse. */
	public static boolean written(String text) {
		if (text == null || !FORM.matcher(text.strip()).matches()) {
			return false;
		}
		try {
			LocalDate.parse(text.strip());
			return true;
		} catch (DateTimeException e) {
			return false;
		}
	}
}
