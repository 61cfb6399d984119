package org.hyoka.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintedYearsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"2018年度（H30）|2018 2018",
			"2019年度（H31年度）|2019 2019",
			"2019年度（R1）|2019 2019",
			"2016年度（H29）|2016 2017",
			"2022FY（予定）|2022",
			"平成27年度|2015",
			"令和元年度|2019",
			"２０２０年度|2020",
			"20**FY|''",
			"合計|''" })
	void namesTheFiscalYearsOfALabel(String label, String years) {
		List<Integer> expected = years.isBlank() ? List.of() : java.util.Arrays.stream(years.split(" ")).map(Integer::valueOf).toList();
		assertEquals(expected, PrintedYears.in(label));
	}
}
