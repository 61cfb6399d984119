package org.hyoka.scoresheets;

import static org.hyoka.scoresheets.ScoreSheetImportTest.csv;
import static org.hyoka.scoresheets.ScoreSheetRoundTripTest.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.model.EvaluationReport;
import org.hyoka.scoresheets.internal.Messages;
import org.junit.jupiter.api.Test;

/** Reading many sheets reports each sheet by name and stops at the next sheet once the user cancels. */
class ScoreSheetImportProgressTest {

	/** Records what the import reports and cancels once a sub-task matches. */
	private static final class RecordingMonitor extends NullProgressMonitor {
		final List<String> subTasks = new ArrayList<>();
		private final Predicate<String> cancelOn;
		String task;
		int total;
		int worked;

		RecordingMonitor(Predicate<String> cancelOn) {
			this.cancelOn = cancelOn;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			task = name;
			total = totalWork;
		}

		@Override
		public void subTask(String name) {
			subTasks.add(name);
			if (cancelOn.test(name)) {
				setCanceled(true);
			}
		}

		@Override
		public void worked(int work) {
			worked += work;
		}
	}

	private static List<Path> sheets() throws IOException {
		return List.of(csv("first.csv", "project,item,evaluator,score,comment\nA,1,三木 秀夫,0,\n"),
				csv("second.csv", "project,item,evaluator,score,comment\nA,4,三木 秀夫,0,\n"),
				csv("third.csv", "project,item,evaluator,score,comment\nB,7,三木 秀夫,1,\n"));
	}

	@Test
	void everySheetIsReportedByNameAndTheWholeWorkIsDone() throws IOException {
		RecordingMonitor monitor = new RecordingMonitor(name -> false);
		ImportPlan plan = ScoreSheetImport.read(load(), sheets(), monitor);
		assertEquals(3, plan.changes().size());
		assertEquals(List.of("first.csv", "second.csv", "third.csv"), monitor.subTasks);
		assertEquals(Messages.format("progress.read"), monitor.task, "the externalised task name");
		assertEquals(monitor.total, monitor.worked, "the bar reaches its end");
	}

	@Test
	void anAlreadyCancelledMonitorReadsNoSheet() throws IOException {
		RecordingMonitor monitor = new RecordingMonitor(name -> false);
		monitor.setCanceled(true);
		List<Path> sheets = sheets();
		assertThrows(OperationCanceledException.class, () -> ScoreSheetImport.read(load(), sheets, monitor));
		assertEquals(List.of(), monitor.subTasks, "no sheet was started");
	}

	@Test
	void cancellingDuringASheetStopsBeforeTheNextAndLeavesTheReportAlone() throws IOException {
		EvaluationReport report = load();
		EvaluationReport before = EcoreUtil.copy(report);
		RecordingMonitor monitor = new RecordingMonitor("second.csv"::equals);
		List<Path> sheets = sheets();
		assertThrows(OperationCanceledException.class, () -> ScoreSheetImport.read(report, sheets, monitor));
		assertEquals(List.of("first.csv", "second.csv"), monitor.subTasks, "the third sheet is never read");
		assertTrue(EcoreUtil.equals(before, report), "reading never changes the report");
	}
}
