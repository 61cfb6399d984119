package org.hyoka.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one CSV writer of the workbench: formulas made inert, controls replaced, fields quoted, and read back exactly. */
class CsvWriterTest {

	@Test
	void formulasGetAnApostropheAndControlsAreReplaced() throws IOException {
		assertEquals("'=cmd|' /C calc'!A0", CsvWriter.neutralise("=cmd|' /C calc'!A0"));
		assertEquals("'@SUM(A1)", CsvWriter.neutralise("@SUM(A1)"));
		assertEquals("'\t=1", CsvWriter.neutralise("\t=1"));
		assertEquals("'\r=1", CsvWriter.neutralise("\r=1"));
		assertEquals("'+1+1", CsvWriter.neutralise("+1+1"));
		assertEquals("'--1", CsvWriter.neutralise("--1"));
		assertEquals("-", CsvWriter.neutralise("-"), "a lone 「-」 (no amount) is no formula and stays as printed");
		assertEquals("x\uFFFDy\uFFFD", CsvWriter.neutralise("x\u0000y\u001b"));
		assertEquals("\"a,\"\"b\"\"\r\nc\"", CsvWriter.quote(CsvWriter.neutralise("a,\"b\"\r\nc")));
		StringWriter numbers = new StringWriter();
		new CsvWriter(numbers).record(Arrays.asList(new BigDecimal("-5"), "-5", null));
		assertEquals("-5,'-5,\r\n", numbers.toString(), "a number stays a number, text that looks like one does not");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=cmd|' /C calc'!A0", "'=1", "''=1", "'plain", "-", "@x", "it's", "=" })
	void whatIsWrittenReadsBackAsItWas(String text) throws IOException {
		StringWriter out = new StringWriter();
		new CsvWriter(out).record(List.of(text, "b"));
		assertEquals(text, CsvWriter.readBack(CsvRecords.parse(out.toString()).get(0).fields().get(0)));
	}
}
