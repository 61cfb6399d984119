package org.hyoka.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** docs/validation.md lists every rule with its severity, so users can look a code up. */
class ValidationRulesDocTest {

	private static final Path DOC = Path.of("../../docs/validation.md");
	private static final Pattern ROW = Pattern.compile("^\\| (HY-[A-Z]{2}-\\d{2}) \\| (\\w+) \\|", Pattern.MULTILINE);

	@Test
	void documentsEveryRuleWithItsSeverityInCodeOrder() throws IOException {
		Matcher row = ROW.matcher(Files.readString(DOC));
		List<String> documented = new ArrayList<>();
		while (row.find()) {
			Rule rule = Arrays.stream(Rule.values()).filter(r -> r.code().equals(row.group(1))).findFirst()
					.orElseThrow(() -> new AssertionError("documented but not a rule: " + row.group(1)));
			assertEquals(severity(rule), row.group(2), rule.code());
			documented.add(rule.code());
		}
		assertEquals(Arrays.stream(Rule.values()).map(Rule::code).toList(), documented);
	}

	private static String severity(Rule rule) {
		return switch (rule.severity()) {
		case Diagnostic.ERROR -> "error";
		case Diagnostic.WARNING -> "warning";
		default -> "info";
		};
	}
}
