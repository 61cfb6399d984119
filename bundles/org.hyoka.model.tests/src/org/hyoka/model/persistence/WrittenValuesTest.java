package org.hyoka.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers and dates as a secretariat types or pastes them from a sheet or a printed report. */
class WrittenValuesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1200|1200", "'1,200'|1200", "'1,234,567.25'|1234567.25", "'１，２００'|1200", "１２．５|12.5",
			"△300|-300", "'▲1,500'|-1500", "−300|-300", "-300|-300", "+7|7", "' 44,856 '|44856", "'　１２　'|12", ".5|.5", "0|0" })
	void numbersAsWritten(String text, String plain) {
		assertEquals(plain, Numbers.plain(text).orElseThrow());
	}

	@ParameterizedTest
	// grouping not by threes would be read one way by a person and another by a parser
	@ValueSource(strings = { "1,2", "1 200", "12,00", "1,2000", ",100", "1,200,", "1.200,5", "(1,500)", "約100", "100万", "abc", "", "△", "--1", "1e3" })
	void notNumbers(String text) {
		assertTrue(Numbers.plain(text).isEmpty(), text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2023/5/10|2023-05-10", "2023/05/10|2023-05-10", "2023.5.1|2023-05-01", "2023年5月10日|2023-05-10",
			"２０２３年１２月１日|2023-12-01", "2023-5-9|2023-05-09", "2023-05-10|2023-05-10", "' 2023/5/10 '|2023-05-10",
			"令和5年5月10日|2023-05-10", "令和７年３月３１日|2025-03-31", "令和元年5月1日|2019-05-01", "平成31年4月30日|2019-04-30", "平成2年4月1日|1990-04-01" })
	void datesAsWrittenAreRead(String text, String iso) {
		assertEquals(iso, Dates.typed(text));
		assertEquals(LocalDate.parse(iso), Dates.parse(Dates.typed(text)).orElseThrow());
	}

	@ParameterizedTest
	@ValueSource(strings = { "5/10/2023", "令和5年5月", "R5.5.10", "2023/5", "next week" })
	void otherTextIsLeftForTheDateRulesToRefuse(String text) {
		assertEquals(text, Dates.typed(text));
		assertTrue(Dates.problem(Dates.typed(text)) != null, text);
	}

	@ParameterizedTest
	// 令和 began on 1 May 2019, 平成 ended on 30 April
	@ValueSource(strings = { "2023/2/30", "2023年13月1日", "令和5年2月30日", "令和元年4月30日", "平成31年5月1日" })
	void daysThatDoNotExistAreStillRefused(String text) {
		assertTrue(Dates.problem(Dates.typed(text)) != null, text);
	}
}
