package org.hyoka.ip.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The days the Japan Patent Office is closed, which 特許法第3条第2項 skips at the end of a period: the days of
 * 行政機関の休日に関する法律第1条第1項 — Saturdays and Sundays, the holidays of 国民の祝日に関する法律, and 29 December to
 * 3 January.
 * <p>
 * The holidays are computed from the law as amended, year by year: the fixed days and the Mondays (ハッピーマンデー) of
 * each year's law; 春分の日 and 秋分の日 by the usual approximation of the equinoxes, valid for 1980 to 2099 (outside those
 * years they are not known and not counted); 振替休日 (from 12 April 1973 the Monday after a holiday on a Sunday, from
 * 2007 the first day after it that is no holiday); 国民の休日 (from 27 December 1985, a day between two holidays); and the
 * days enacted once: 昭和天皇の大喪の礼 (1989-02-24), 即位礼正殿の儀 (1990-11-12, 2019-10-22), 皇太子徳仁親王の結婚の儀
 * (1993-06-09), 天皇の即位の日 (2019-05-01), and the holidays moved for the Tokyo Olympics in 2020 and 2021.
 */
public final class JapanCalendar implements OfficeCalendar {

	private static final int FIRST_EQUINOX_YEAR = 1980;
	private static final int LAST_EQUINOX_YEAR = 2099;
	private static final LocalDate SUBSTITUTES_FROM = LocalDate.of(1973, 4, 12);
	private static final LocalDate CITIZENS_FROM = LocalDate.of(1985, 12, 27);

	private final Map<Integer, SortedSet<LocalDate>> holidays = new ConcurrentHashMap<>();

	@Override
	public boolean closed(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || yearEnd(date)) {
			return true;
		}
		return holidays(date.getYear()).contains(date);
	}

	/** 12月29日から翌年の1月3日までの日. */
	private static boolean yearEnd(LocalDate date) {
		MonthDay day = MonthDay.from(date);
		return !day.isBefore(MonthDay.of(12, 29)) || !day.isAfter(MonthDay.of(1, 3));
	}

	/** The holidays of the year under 国民の祝日に関する法律: 国民の祝日, 振替休日 and 国民の休日, in order. */
	public SortedSet<LocalDate> holidays(int year) {
		return holidays.computeIfAbsent(year, JapanCalendar::compute);
	}

	private static SortedSet<LocalDate> compute(int year) {
		SortedSet<LocalDate> days = new TreeSet<>(nationalHolidays(year));
		Set<LocalDate> national = Set.copyOf(days);
		for (LocalDate holiday : national) {
			if (holiday.getDayOfWeek() == DayOfWeek.SUNDAY && !holiday.isBefore(SUBSTITUTES_FROM)) {
				LocalDate substitute = holiday.plusDays(1);
				// from 2007 the first day after it that is no 国民の祝日 (5 May on a Sunday: 6 May; 3 May: 6 May)
				while (year >= 2007 && national.contains(substitute)) {
					substitute = substitute.plusDays(1);
				}
				days.add(substitute);
			}
		}
		if (year >= CITIZENS_FROM.getYear()) {
			for (LocalDate holiday : national) {
				LocalDate between = holiday.plusDays(1);
				// before 2007 a Sunday or a substitute holiday between two holidays stayed what it was
				boolean before2007Exception = year < 2007 && (between.getDayOfWeek() == DayOfWeek.SUNDAY || days.contains(between));
				if (!national.contains(between) && national.contains(between.plusDays(1)) && !before2007Exception && !between.isBefore(CITIZENS_FROM)) {
					days.add(between);
				}
			}
		}
		// a substitute or citizens' holiday of 31 December or 1 January belongs to its own year; none falls there
		days.removeIf(day -> day.getYear() != year);
		return Collections.unmodifiableSortedSet(new TreeSet<>(days));
	}

	/** 国民の祝日 of the year, as the law stood that year, with the days enacted once. */
	private static Set<LocalDate> nationalHolidays(int year) {
		Set<LocalDate> days = new TreeSet<>();
		if (year < 1949) {
			return days; // the law took effect on 20 July 1948; registers hold no earlier deadline
		}
		days.add(LocalDate.of(year, 1, 1)); // 元日
		days.add(year >= 2000 ? monday(year, Month.JANUARY, 2) : LocalDate.of(year, 1, 15)); // 成人の日
		if (year >= 1967) {
			days.add(LocalDate.of(year, 2, 11)); // 建国記念の日
		}
		// 天皇誕生日: 昭和天皇 29 April, 上皇 23 December (1989–2018), 今上天皇 23 February (from 2020); none in 2019
		if (year <= 1988) {
			days.add(LocalDate.of(year, 4, 29));
		} else if (year <= 2018) {
			days.add(LocalDate.of(year, 12, 23));
		} else if (year >= 2020) {
			days.add(LocalDate.of(year, 2, 23));
		}
		equinox(year, 20.8431).ifPresent(day -> days.add(LocalDate.of(year, 3, day))); // 春分の日
		if (year >= 1989) {
			days.add(LocalDate.of(year, 4, 29)); // みどりの日 (1989–2006), 昭和の日 (from 2007)
		}
		days.add(LocalDate.of(year, 5, 3)); // 憲法記念日
		if (year >= 2007) {
			days.add(LocalDate.of(year, 5, 4)); // みどりの日
		}
		days.add(LocalDate.of(year, 5, 5)); // こどもの日
		if (year == 2020) {
			days.add(LocalDate.of(2020, 7, 23)); // 海の日, moved for the Olympics
		} else if (year == 2021) {
			days.add(LocalDate.of(2021, 7, 22));
		} else if (year >= 2003) {
			days.add(monday(year, Month.JULY, 3)); // 海の日
		} else if (year >= 1996) {
			days.add(LocalDate.of(year, 7, 20));
		}
		if (year == 2020) {
			days.add(LocalDate.of(2020, 8, 10)); // 山の日, moved for the Olympics
		} else if (year == 2021) {
			days.add(LocalDate.of(2021, 8, 8));
		} else if (year >= 2016) {
			days.add(LocalDate.of(year, 8, 11)); // 山の日
		}
		if (year >= 2003) {
			days.add(monday(year, Month.SEPTEMBER, 3)); // 敬老の日
		} else if (year >= 1966) {
			days.add(LocalDate.of(year, 9, 15));
		}
		equinox(year, 23.2488).ifPresent(day -> days.add(LocalDate.of(year, 9, day))); // 秋分の日
		if (year == 2020) {
			days.add(LocalDate.of(2020, 7, 24)); // スポーツの日, moved for the Olympics
		} else if (year == 2021) {
			days.add(LocalDate.of(2021, 7, 23));
		} else if (year >= 2000) {
			days.add(monday(year, Month.OCTOBER, 2)); // 体育の日, スポーツの日 from 2020
		} else if (year >= 1966) {
			days.add(LocalDate.of(year, 10, 10));
		}
		days.add(LocalDate.of(year, 11, 3)); // 文化の日
		days.add(LocalDate.of(year, 11, 23)); // 勤労感謝の日
		// days enacted once, each by its own law
		for (LocalDate once : new LocalDate[] { LocalDate.of(1989, 2, 24), LocalDate.of(1990, 11, 12), LocalDate.of(1993, 6, 9),
				LocalDate.of(2019, 5, 1), LocalDate.of(2019, 10, 22) }) {
			if (once.getYear() == year) {
				days.add(once);
			}
		}
		return days;
	}

	/** The n-th Monday of the month (ハッピーマンデー制度). */
	private static LocalDate monday(int year, Month month, int nth) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY));
	}

	/**
	 * The day of the month of an equinox by the usual approximation, which gives the dates 国立天文台 announces for
	 * 1980–2099:
	 * {@code floor(base + 0.242194 (year − 1980) − floor((year − 1980) / 4))}, base 20.8431 in March, 23.2488 in
	 * September.
	 */
	private static OptionalInt equinox(int year, double base) {
		if (year < FIRST_EQUINOX_YEAR || year > LAST_EQUINOX_YEAR) {
			return OptionalInt.empty();
		}
		int since = year - FIRST_EQUINOX_YEAR;
		return OptionalInt.of((int) Math.floor(base + 0.242194 * since - Math.floor(since / 4.0)));
	}
}
