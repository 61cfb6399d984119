package org.hyoka.export;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.Project;

/**
 * The tables this fragment contributes (fragment.xml). They have rows or throw only while a test switches them on,
 * so that the other tests, which export through the same extension registry, see their tables unchanged.
 */
public final class ProbeTables {

	private static volatile boolean on;

	private ProbeTables() {
	}

	/** Switches the probes on or off; tests switch them off again in a finally block. */
	public static void switchOn(boolean switchedOn) {
		on = switchedOn;
	}

	/** A row per project: its letter code and name. */
	public static final class Probe implements ReportTable {
		@Override
		public List<String> header() {
			return List.of("project", "name");
		}

		@Override
		public List<List<Object>> rows(EvaluationReport report, IProgressMonitor monitor) {
			List<List<Object>> rows = new ArrayList<>();
			if (on) {
				for (Project project : report.getProgram().getProjects()) {
					rows.add(List.of(project.getLetterCode(), project.getNameJa()));
				}
			}
			return rows;
		}
	}

	/** A table whose code is broken. */
	public static final class Failing implements ReportTable {
		@Override
		public List<String> header() {
			return List.of("nothing");
		}

		@Override
		public List<List<Object>> rows(EvaluationReport report, IProgressMonitor monitor) {
			if (on) {
				throw new IllegalStateException("probe failure");
			}
			return List.of();
		}
	}
}
