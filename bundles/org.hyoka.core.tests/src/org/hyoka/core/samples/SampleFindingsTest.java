package org.hyoka.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Rule;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.core.validation.Validation;
import org.hyoka.model.persistence.HyokaFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every finding on both samples, in both languages, exactly as recorded in expectations/: severity, code, object
 * and message, in order. It pins what users see while the rules are reorganised; a change to a rule updates the file
 * on purpose. On a difference the actual findings are written to target/expectations/ to compare.
 */
class SampleFindingsTest {

	@ParameterizedTest
	@CsvSource({ "saisei-iryo-2022, en", "saisei-iryo-2022, ja", "soyaku-kiban-2021, en", "soyaku-kiban-2021, ja" })
	void findingsAreExactlyTheRecordedOnes(String sample, String language) throws IOException {
		String name = "findings-" + sample + "." + language + ".txt";
		String actual = findings(Path.of("../org.hyoka.samples/samples", sample + ".hyoka"), Locale.of(language));
		String expected = Files.readString(Path.of("expectations", name));
		if (!expected.equals(actual)) {
			Path written = Path.of("target/expectations", name);
			Files.createDirectories(written.getParent());
			Files.writeString(written, actual);
		}
		assertEquals(expected, actual, name);
	}

	private static String findings(Path sample, Locale locale) throws IOException {
		Locale previous = Locale.getDefault();
		try {
			Locale.setDefault(locale);
			List<String> lines = new ArrayList<>();
			for (Diagnostic finding : Validation.validate(HyokaFiles.load(sample)).getChildren()) {
				Object object = finding.getData().isEmpty() ? null : finding.getData().get(0);
				lines.add(String.join("\t", severity(finding), code(finding), //$NON-NLS-1$
						object instanceof EObject eObject ? ObjectLabels.describe(eObject) : "-", finding.getMessage())); //$NON-NLS-1$
			}
			return String.join("\n", lines) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			Locale.setDefault(previous);
		}
	}

	private static String severity(Diagnostic finding) {
		return switch (finding.getSeverity()) {
		case Diagnostic.ERROR -> "error"; //$NON-NLS-1$
		case Diagnostic.WARNING -> "warning"; //$NON-NLS-1$
		default -> "info"; //$NON-NLS-1$
		};
	}

	private static String code(Diagnostic finding) {
		return Rule.of(finding).map(Rule::code).orElse(finding.getSource() + ':' + finding.getCode());
	}
}
