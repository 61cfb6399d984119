package org.hyoka.scoresheets;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.hyoka.core.report.ReportText;
import org.hyoka.core.report.SafeText;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.scoresheets.ImportPlan.CommentChange;
import org.hyoka.scoresheets.ImportPlan.Conflict;
import org.hyoka.scoresheets.ImportPlan.ScoreChange;
import org.hyoka.scoresheets.internal.CsvReader;
import org.hyoka.scoresheets.internal.Entry;
import org.hyoka.scoresheets.internal.MarkedComments;
import org.hyoka.scoresheets.internal.Messages;
import org.hyoka.scoresheets.internal.XlsxReader;

/**
 * Reads filled score sheets, {@code .xlsx} 評点票 or {@code .csv} with the header
 * {@code project,item,evaluator,score,comment}, and plans their import into a report. Reading never changes the
 * report and never throws for bad input: every problem becomes a {@link Conflict} naming the file and cell or line.
 */
public final class ScoreSheetImport {

	private ScoreSheetImport() {
	}

	public static ImportPlan read(EvaluationReport report, List<Path> files) {
		return read(report, files, new NullProgressMonitor());
	}

	/**
	 * As {@link #read(EvaluationReport, List)}, one unit of work a sheet, named in a sub-task. Cancelling takes effect
	 * before the next sheet (a sheet being read is read to its end) and before planning.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled; nothing is planned then
	 */
	public static ImportPlan read(EvaluationReport report, List<Path> files, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.format("progress.read"), files.size() + 1); //$NON-NLS-1$
		List<Entry> entries = new ArrayList<>();
		List<Conflict> conflicts = new ArrayList<>();
		for (Path file : files) {
			progress.checkCanceled();
			String name = Objects.toString(file.getFileName(), file.toString());
			progress.subTask(name);
			try {
				if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) { //$NON-NLS-1$
					CsvReader.read(file, name, entries, conflicts);
				} else if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) { //$NON-NLS-1$
					XlsxReader.read(file, name, entries, conflicts);
				} else {
					conflicts.add(new Conflict(name, Messages.format("file.type"))); //$NON-NLS-1$
				}
			} catch (NoSuchFileException e) {
				conflicts.add(new Conflict(name, Messages.format("file.missing", file))); //$NON-NLS-1$
			} catch (IOException e) {
				conflicts.add(new Conflict(name, Messages.format("file.unreadable", e.getMessage()))); //$NON-NLS-1$
			}
			progress.worked(1);
		}
		progress.checkCanceled();
		ImportPlan plan = new Planner(report).plan(entries, conflicts);
		progress.worked(1);
		return plan;
	}

	/** Checks entries against the report: which cell each names, whether its score is valid, new or conflicting. */
	private static final class Planner {

		private record Cell(Evaluation evaluation, EvaluationItem item, int column) {
		}

		private final EvaluationReport report;
		private final List<Evaluator> evaluators;
		private final LinkedHashSet<Conflict> conflicts = new LinkedHashSet<>();
		private final Map<Cell, ScoreChange> changes = new LinkedHashMap<>();
		private final Map<Cell, String> given = new HashMap<>();
		private final Map<Cell, Integer> givenValue = new HashMap<>();
		private final List<CommentChange> comments = new ArrayList<>();

		Planner(EvaluationReport report) {
			this.report = report;
			this.evaluators = Evaluator.of(report);
		}

		ImportPlan plan(List<Entry> entries, List<Conflict> readConflicts) {
			conflicts.addAll(readConflicts);
			for (Entry entry : entries) {
				plan(entry);
			}
			return new ImportPlan(report, new ArrayList<>(changes.values()), comments, new ArrayList<>(conflicts));
		}

		private void plan(Entry entry) {
			boolean hasComment = entry.comment() != null && !entry.comment().isBlank();
			if (entry.score() == null && !hasComment) {
				return;
			}
			Optional<Evaluation> evaluation = evaluation(entry);
			Optional<EvaluationItem> item = item(entry);
			Optional<Evaluator> evaluator = evaluator(entry);
			if (evaluation.isEmpty() || item.isEmpty() || evaluator.isEmpty()) {
				return;
			}
			if (entry.score() != null) {
				score(entry, new Cell(evaluation.get(), item.get(), evaluator.get().column()), evaluator.get());
			}
			if (hasComment) {
				comment(entry, evaluation.get(), item.get(), evaluator.get());
			}
		}

		private void score(Entry entry, Cell cell, Evaluator evaluator) {
			Integer value = value(entry);
			if (value == null) {
				return;
			}
			String earlier = given.putIfAbsent(cell, entry.source());
			if (earlier != null) {
				if (!givenValue.get(cell).equals(value)) {
					conflicts.add(new Conflict(entry.source(), Messages.format("conflict.twice", earlier, givenValue.get(cell), value))); //$NON-NLS-1$
					changes.remove(cell);
				}
				return;
			}
			givenValue.put(cell, value);
			Integer old = current(cell);
			if (old != null && !old.equals(value)) {
				conflicts.add(new Conflict(entry.source(), Messages.format("conflict.differs", old, value))); //$NON-NLS-1$
			} else if (old == null) {
				changes.put(cell, new ScoreChange(cell.evaluation(), cell.item(), evaluator, null, value, entry.source()));
			}
		}

		/** The score as an integer of the scale, or null after a conflict saying why not. */
		private Integer value(Entry entry) {
			if (entry.formula() && Entry.UNCOMPUTED.equals(entry.score())) {
				conflicts.add(new Conflict(entry.source(), Messages.format("conflict.uncomputed", Scoring.MIN_SCORE, Scoring.MAX_SCORE))); //$NON-NLS-1$
				return null;
			}
			String text = Normalizer.normalize(entry.score(), Normalizer.Form.NFKC).strip();
			String key = entry.formula() ? "conflict.formula" : "conflict.score"; //$NON-NLS-1$ //$NON-NLS-2$
			if (!text.matches("[+-]?\\d{1,9}")) { //$NON-NLS-1$
				conflicts.add(new Conflict(entry.source(), Messages.format(key, entry.score(), Scoring.MIN_SCORE, Scoring.MAX_SCORE)));
				return null;
			}
			int value = Integer.parseInt(text);
			if (value < Scoring.MIN_SCORE || value > Scoring.MAX_SCORE) {
				conflicts.add(new Conflict(entry.source(), Messages.format(key, entry.score(), Scoring.MIN_SCORE, Scoring.MAX_SCORE)));
				return null;
			}
			return value;
		}

		private Integer current(Cell cell) {
			if (cell.evaluation().getScoreTable() == null) {
				return null;
			}
			for (ItemScore row : cell.evaluation().getScoreTable().getRows()) {
				if (row.isSetItem() && row.getItem() == cell.item()) {
					for (EvaluatorScore score : row.getScores()) {
						if (score.getColumn() == cell.column()) {
							return score.getValue();
						}
					}
				}
			}
			return null;
		}

		/** Each marked comment of the cell, unless the evaluation already holds its text under the item. */
		private void comment(Entry entry, Evaluation evaluation, EvaluationItem item, Evaluator evaluator) {
			int unfit = SafeText.firstUnfit(entry.comment());
			if (unfit < entry.comment().length()) {
				// an escape cannot be written to the file: the save would fail after the lines were printed
				conflicts.add(new Conflict(entry.source(), Messages.format("conflict.control", //$NON-NLS-1$
						String.format("U+%04X", (int) entry.comment().charAt(unfit)), unfit + 1))); //$NON-NLS-1$
				return;
			}
			for (MarkedComments.Part part : MarkedComments.of(entry.comment())) {
				String text = part.text();
				boolean known = evaluation.getComments().stream()
						.anyMatch((EvaluationComment c) -> c.getItem() == item && text.equals(c.getText()))
						|| comments.stream().anyMatch(c -> c.evaluation() == evaluation && c.item() == item && c.text().equals(text));
				if (!known) {
					comments.add(new CommentChange(evaluation, item, evaluator, part.polarity(), text, entry.source()));
				}
			}
		}

		private Optional<Evaluation> evaluation(Entry entry) {
			String code = entry.project() == null ? "" : entry.project().strip(); //$NON-NLS-1$
			List<Evaluation> matching = report.getEvaluations().stream().filter(e -> e.getTarget() != null)
					.filter(e -> ReportText.subjectCode(e.getTarget()).equalsIgnoreCase(Normalizer.normalize(code, Normalizer.Form.NFKC)))
					.toList();
			if (matching.size() != 1) {
				conflicts.add(new Conflict(entry.projectSource(),
						Messages.format(matching.isEmpty() ? "conflict.project" : "conflict.projectAmbiguous", code))); //$NON-NLS-1$ //$NON-NLS-2$
				return Optional.empty();
			}
			return Optional.of(matching.get(0));
		}

		private Optional<EvaluationItem> item(Entry entry) {
			String code = Normalizer.normalize(entry.item() == null ? "" : entry.item(), Normalizer.Form.NFKC).strip().replace('.', '-'); //$NON-NLS-1$
			Optional<EvaluationItem> item = Arrays.stream(EvaluationItem.values()).filter(i -> i != EvaluationItem.RECOMMENDATIONS)
					.filter(i -> ReportText.itemCode(i).equals(code)).findFirst();
			if (item.isEmpty()) {
				conflicts.add(new Conflict(entry.source(), Messages.format("conflict.item", entry.item()))); //$NON-NLS-1$
			}
			return item;
		}

		private Optional<Evaluator> evaluator(Entry entry) {
			Optional<Evaluator> evaluator = Evaluator.find(evaluators, entry.evaluator());
			if (evaluator.isEmpty()) {
				conflicts.add(new Conflict(entry.evaluatorSource(), Messages.format("conflict.evaluator", entry.evaluator()))); //$NON-NLS-1$
			}
			return evaluator;
		}
	}
}
