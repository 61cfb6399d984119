package org.hyoka.export.internal.sections;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;

/** 第1部's sections of the program, then of every project, each under the subject's heading. */
public final class SubjectsSection implements ReportSection.Container {

	@Override
	public Scope holds() {
		return Scope.SUBJECT;
	}

	@Override
	public List<EvaluationSubject> targets(EvaluationReport report) {
		List<EvaluationSubject> subjects = new ArrayList<>();
		if (report.getProgram() != null) {
			subjects.add(report.getProgram());
			subjects.addAll(report.getProgram().getProjects());
		}
		return subjects;
	}

	@Override
	public Heading heading(EObject target) {
		EvaluationSubject subject = (EvaluationSubject) target;
		return new Heading(2, ReportText.subjectTitle(subject), "subject", "subject-" + subject.getId()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
