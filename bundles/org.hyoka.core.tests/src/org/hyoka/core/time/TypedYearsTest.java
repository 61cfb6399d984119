package org.hyoka.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedYearsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"2024|2024",
			" 2024 |2024",
			"２０２４|2024",
			"2024年度|2024",
			"2024 年|2024",
			"FY2024|2024",
			"fy 2024|2024",
			"2022FY（予定）|2022",
			"令和6年度|2024",
			"令和元年|2019",
			"令和 ６年度|2024",
			"R6|2024",
			"h31|2019",
			"平成32年度|2020",
			"2018年度（H30）|2018",
			"2019年度（R1）|2019",
			// four digits alone are a year the caller may refuse as out of its range, not text
			"2150|2150",
			"R99|2117" })
	void readsTheYearTyped(String typed, int year) {
		assertEquals(OptionalInt.of(year), TypedYears.fiscalYear(typed));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "next spring", "24", "20245", "2016年度（H29）", "2024-2026", "X6", "令和", "合計" })
	void namesNoOneYear(String typed) {
		assertEquals(OptionalInt.empty(), TypedYears.fiscalYear(typed));
	}
}
