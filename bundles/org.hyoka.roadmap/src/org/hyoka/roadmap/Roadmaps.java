package org.hyoka.roadmap;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;

/**
 * Where the roadmap add-on keeps its objects of a subject: its roadmaps (ロードマップ) and the revisions of its
 * period, in the subject's add-on slot, in file order.
 */
public final class Roadmaps {

	private Roadmaps() {
	}

	/** The subject's roadmaps, in the order of the file; empty when the report prints none for it. */
	public static List<Roadmap> of(EvaluationSubject subject) {
		return extensions(subject, Roadmap.class);
	}

	/** Every roadmap of the report: the program's, then each project's, in the order of the file. */
	public static List<Roadmap> of(EvaluationReport report) {
		return subjects(report).stream().flatMap(subject -> of(subject).stream()).toList();
	}

	/** The subjects that may hold roadmaps: the program, then its projects; none without a program. */
	public static List<EvaluationSubject> subjects(EvaluationReport report) {
		List<EvaluationSubject> subjects = new ArrayList<>();
		if (report.getProgram() != null) {
			subjects.add(report.getProgram());
			subjects.addAll(report.getProgram().getProjects());
		}
		return subjects;
	}

	/** The recorded revisions of the subject's period, in the order of the file; empty when it was never changed. */
	public static List<PeriodRevision> periodRevisions(EvaluationSubject subject) {
		return extensions(subject, PeriodRevision.class);
	}

	private static <T> List<T> extensions(EvaluationSubject subject, Class<T> type) {
		return subject.getExtensions().stream().filter(type::isInstance).map(type::cast).toList();
	}
}
