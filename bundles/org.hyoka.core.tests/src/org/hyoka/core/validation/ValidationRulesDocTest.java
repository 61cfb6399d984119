package org.hyoka.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.core.rules.Rule;
import org.hyoka.core.rules.RuleRegistry;
import org.junit.jupiter.api.Test;

/** docs/validation.md lists every rule of core with its severity, before the add-ons' rules, so users can look a code up. */
class ValidationRulesDocTest {

	private static final Path DOC = Path.of("../../docs/validation.md");
	private static final Pattern ROW = Pattern.compile("^\\| (HY-[A-Z]{2}-\\d{2}) \\| (\\w+) \\|", Pattern.MULTILINE);

	@Test
	void documentsEveryRuleWithItsSeverityOnce() throws IOException {
		List<Rule> rules = RuleRegistry.builtIn().rules();
		String text = Files.readString(DOC);
		// add-ons document their rules after this heading, and test them where they are installed
		Matcher row = ROW.matcher(text.substring(0, text.indexOf("\n## Add-on rules")));
		Set<String> documented = new HashSet<>();
		while (row.find()) {
			Rule rule = rules.stream().filter(r -> r.code().equals(row.group(1))).findFirst()
					.orElseThrow(() -> new AssertionError("documented but not a rule: " + row.group(1)));
			assertEquals(Rule.severityName(rule.severity()), row.group(2), rule.code());
			assertTrue(documented.add(rule.code()), "documented twice: " + rule.code());
		}
		assertEquals(rules.stream().map(Rule::code).sorted().toList(), documented.stream().sorted().toList());
	}
}
