package org.hyoka.roadmap.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;

/** The two sample evaluations shipped with the product. */
final class Samples {

	static final String[] NAMES = { "saisei-iryo-2022", "soyaku-kiban-2021" }; //$NON-NLS-1$ //$NON-NLS-2$

	private Samples() {
	}

	static Path file(String name) {
		return Path.of("../org.hyoka.samples/samples", name + ".hyoka"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static EvaluationReport load(String name) {
		try {
			return HyokaFiles.load(file(name));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
