package org.hyoka.roadmap;

import java.util.List;

import org.hyoka.model.program.EvaluationSubject;

/** Where the roadmap add-on keeps a subject's roadmaps (ロードマップ): in the subject's add-on slot, in file order. */
public final class Roadmaps {

	private Roadmaps() {
	}

	/** The subject's roadmaps, in the order of the file; empty when the report prints none for it. */
	public static List<Roadmap> of(EvaluationSubject subject) {
		return subject.getExtensions().stream().filter(Roadmap.class::isInstance).map(Roadmap.class::cast).toList();
	}
}
