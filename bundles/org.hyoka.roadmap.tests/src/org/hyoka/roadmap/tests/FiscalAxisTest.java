package org.hyoka.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.FiscalAxis;
import org.hyoka.roadmap.Zoom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fiscal-year labels in both eras, era changes, zoom levels and relative years. */
class FiscalAxisTest {

	@ParameterizedTest
	@CsvSource({ "2018,2018年度,平成30年度", "2019,2019年度,令和元年度", "2020,2020年度,令和2年度", "1988,1988年度,昭和63年度",
			"1989,1989年度,平成元年度", "2026,2026年度,令和8年度" })
	void labelsInBothEras(int year, String western, String wareki) {
		assertEquals(western, Era.WESTERN.label(year));
		assertEquals(wareki, Era.WAREKI.label(year));
	}

	@Test
	void erasChangeIn2019And1989() {
		assertEquals(List.of(2019), new FiscalAxis(2013, 2038, Era.WAREKI, Zoom.YEAR, null).eraChanges());
		assertEquals(List.of(1989, 2019), new FiscalAxis(1985, 2020, Era.WESTERN, Zoom.YEAR, null).eraChanges());
		assertEquals(List.of(), new FiscalAxis(2019, 2026, Era.WAREKI, Zoom.YEAR, null).eraChanges());
	}

	@Test
	void yearZoomHasOneTickPerFiscalYear() {
		FiscalAxis axis = new FiscalAxis(2018, 2021, Era.WAREKI, Zoom.YEAR, null);
		List<FiscalAxis.Tick> ticks = axis.ticks();
		assertEquals(List.of("平成30年度", "令和元年度", "令和2年度", "令和3年度"), ticks.stream().map(FiscalAxis.Tick::label).toList());
		assertEquals(axis.width(), ticks.stream().mapToDouble(FiscalAxis.Tick::width).sum(), 1e-9);
		assertEquals(axis.start(2020), ticks.get(2).x(), 1e-9);
	}

	@Test
	void quartersAndMonthsDivideEachYearFromApril() {
		List<FiscalAxis.Tick> quarters = new FiscalAxis(2020, 2021, Era.WESTERN, Zoom.QUARTER, null).ticks();
		assertEquals(List.of("2020年度", "1Q", "2Q", "3Q", "4Q", "2021年度", "1Q", "2Q", "3Q", "4Q"),
				quarters.stream().map(FiscalAxis.Tick::label).toList());
		List<FiscalAxis.Tick> months = new FiscalAxis(2020, 2020, Era.WESTERN, Zoom.MONTH, null).ticks();
		assertEquals(13, months.size());
		assertEquals("4月", months.get(1).label());
		assertEquals("12月", months.get(9).label());
		assertEquals("3月", months.get(12).label());
	}

	@Test
	void decadesTickTheFirstYearAndEveryTenth() {
		List<FiscalAxis.Tick> ticks = new FiscalAxis(2013, 2038, Era.WESTERN, Zoom.DECADE, null).ticks();
		assertEquals(List.of("2013年度", "2020年度", "2030年度"), ticks.stream().map(FiscalAxis.Tick::label).toList());
		assertEquals(7 * Zoom.DECADE.yearWidth(), ticks.get(0).width(), 1e-9);
		assertEquals(9 * Zoom.DECADE.yearWidth(), ticks.get(2).width(), 1e-9);
	}

	@Test
	void relativeYearsCountFromTheStart() {
		FiscalAxis axis = new FiscalAxis(2015, 2022, Era.WESTERN, Zoom.YEAR, null).relativeTo(2017);
		assertEquals("1年目", axis.relativeLabel(2017));
		assertEquals("5年目", axis.relativeLabel(2021));
		assertEquals(null, axis.relativeTo(null).relativeLabel(2017));
	}

	@Test
	void refusesAnAxisEndingBeforeItStarts() {
		assertThrows(IllegalArgumentException.class, () -> new FiscalAxis(2020, 2019, Era.WESTERN, Zoom.YEAR, null));
	}
}
