package org.hyoka.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fiscal years a printed label names: 「2018年度（H30）」 names 2018 twice, 「2019年度（H31年度）」 2019 twice,
 * 「2016年度（H29）」 names 2016 and 2017 — a contradiction the validator reports.
 */
public final class PrintedYears {

	private static final Pattern WESTERN = Pattern.compile("(?<![0-9０-９])((?:19|20|１９|２０)[0-9０-９]{2})(?![0-9０-９])"); //$NON-NLS-1$
	private static final Pattern ERA = Pattern.compile("(令和|平成|昭和|(?<![A-Za-z])[RHS])\\s*([0-9０-９]{1,2}|元)(?![0-9０-９])"); //$NON-NLS-1$

	private PrintedYears() {
	}

	/** The fiscal years named in the label, in order of appearance (Western numbers first, then era years). */
	public static List<Integer> in(String label) {
		List<Integer> years = new ArrayList<>();
		if (label == null) {
			return years;
		}
		Matcher western = WESTERN.matcher(label);
		while (western.find()) {
			years.add(Integer.parseInt(halfWidth(western.group(1))));
		}
		Matcher era = ERA.matcher(label);
		while (era.find()) {
			try {
				years.add(FiscalYears.fromEra(EraYear.parse(era.group(1) + era.group(2))));
			} catch (IllegalArgumentException e) {
				// not an era year after all (e.g. a stray letter before digits)
			}
		}
		return years;
	}

	/** Full-width digits as ASCII ones. */
	static String halfWidth(String digits) {
		StringBuilder sb = new StringBuilder();
		digits.codePoints().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c).forEach(sb::appendCodePoint);
		return sb.toString();
	}
}
