package org.hyoka.roadmap.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapElement;
import org.hyoka.roadmap.RoadmapFactory;

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

	/** The element with a label and years (null: none). */
	static <T extends RoadmapElement> T element(T element, String label, Integer start, Integer end) {
		element.setLabelJa(label);
		element.setStartFY(start);
		element.setEndFY(end);
		return element;
	}

	/** The element with months in its start and end years (null: none). */
	static <T extends RoadmapElement> T months(T element, Integer start, Integer end) {
		element.setStartMonth(start);
		element.setEndMonth(end);
		return element;
	}

	/** A roadmap of these elements, added to the report's program. */
	static Roadmap roadmap(EvaluationReport report, RoadmapElement... elements) {
		Roadmap roadmap = RoadmapFactory.eINSTANCE.createRoadmap();
		roadmap.getElements().addAll(List.of(elements));
		report.getProgram().getExtensions().add(roadmap);
		return roadmap;
	}
}
