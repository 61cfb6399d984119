package org.hyoka.export.outline;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.export.outline.Block.Paragraph;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;

/**
 * The sections this fragment contributes (fragment.xml). They print or throw only while a test switches them on, so
 * that the other tests, which export through the same extension registry, see the report unchanged.
 */
public final class ProbeSections {

	private static volatile boolean on;

	private ProbeSections() {
	}

	/** Switches the probes on or off; tests switch them off again in a finally block. */
	public static void switchOn(boolean switchedOn) {
		on = switchedOn;
	}

	/** A paragraph of role "probe" naming its target: the subject's id, else the target's class. */
	public static final class Probe implements ReportSection {
		@Override
		public List<Block> blocks(EvaluationReport report, EObject target) {
			String name = target instanceof EvaluationSubject subject ? subject.getId() : target.eClass().getName();
			return on ? List.of(new Paragraph("probe " + name, "probe")) : List.of();
		}
	}

	/** A section whose code is broken. */
	public static final class Failing implements ReportSection {
		@Override
		public List<Block> blocks(EvaluationReport report, EObject target) {
			if (on) {
				throw new IllegalStateException("probe failure");
			}
			return List.of();
		}
	}
}
