package org.hyoka.editor.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.hyoka.core.preferences.HyokaPreferences;
import org.hyoka.core.report.ReportText;
import org.hyoka.core.preferences.HyokaPreferences.FiscalYearLabels;
import org.hyoka.core.time.EraYear;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.model.base.Named;

/** How the pages write years, periods, dates, amounts and names: one way on every page. */
public final class Texts {

	private static final String SEPARATOR = "、"; //$NON-NLS-1$

	private Texts() {
	}

	/**
	 * FY2021 (R3) in English, 令和3年度 in Japanese; with Western labels chosen in the preferences FY2021 and
	 * 2021年度.
	 */
	public static String year(int fiscalYear) {
		EraYear era = FiscalYears.toEra(fiscalYear);
		String pattern = HyokaPreferences.fiscalYearLabels() == FiscalYearLabels.WESTERN ? Messages.fiscalYearWestern
				: Messages.fiscalYear;
		return NLS.bind(pattern, new Object[] { Integer.toString(fiscalYear), era.toJapaneseLabel(), era.toShortLabel() });
	}

	/** The year, or nothing when none is entered. */
	static String year(Integer fiscalYear) {
		return fiscalYear == null ? "" : year(fiscalYear.intValue()); //$NON-NLS-1$
	}

	/** 2022-01-20 (Thu) in English, 2022年1月20日（木） in Japanese. */
	static String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofPattern(Messages.datePattern, Locale.getDefault()).format(date); //$NON-NLS-1$
	}

	/**
	 * Amounts as the report prints them, thousands separated (1,200, as typed in Excel and printed in the report); nothing
	 * for no amount. A cell being edited shows the plain figure.
	 */
	static String amount(BigDecimal value) {
		return ReportText.amount(value);
	}

	static String name(Named named) {
		return named == null || named.getNameJa() == null ? "" : named.getNameJa(); //$NON-NLS-1$
	}

	/** Names joined as the reports list them, without blanks and repetitions. */
	static String names(Collection<? extends Named> named) {
		return join(named.stream().map(Texts::name));
	}

	static String join(Stream<String> parts) {
		return join(parts, SEPARATOR);
	}

	static String join(Stream<String> parts, String separator) {
		return parts.filter(Objects::nonNull).filter(part -> !part.isBlank()).distinct().collect(Collectors.joining(separator));
	}

	/** The first text that is there: what the report printed, else what the model knows. */
	static String firstOf(String... texts) {
		return Stream.of(texts).filter(Objects::nonNull).filter(text -> !text.isBlank()).findFirst().orElse(""); //$NON-NLS-1$
	}
}
