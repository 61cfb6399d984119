package org.hyoka.scoresheets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.hyoka.core.report.ReportText;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluationPackage.Literals;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.ScoreTable;
import org.hyoka.scoresheets.internal.Messages;

/**
 * What importing score sheets would change in a report, and what it cannot import. Nothing changes until the
 * {@link #command(EditingDomain) command} runs; conflicting cells are left out of it and the rest still applies.
 */
public final class ImportPlan {

	/** A score to set: {@code oldValue} is null when the cell is empty or does not exist yet. */
	public record ScoreChange(Evaluation evaluation, EvaluationItem item, Evaluator evaluator, Integer oldValue, int newValue,
			String source) {

		/** The project's code as sheets and tables name it (A, B…). */
		public String project() {
			return ReportText.subjectCode(evaluation.getTarget());
		}

		/** The item's number as sheets and tables name it (1, 2-1…). */
		public String itemCode() {
			return ReportText.itemCode(item);
		}
	}

	/** A comment to add to an evaluation, under its item: praise, a point to improve or a note, by its mark on the sheet. */
	public record CommentChange(Evaluation evaluation, EvaluationItem item, Evaluator evaluator, CommentPolarity polarity, String text,
			String source) {

		/** A note, as every comment was imported before sheets' marks were read; kept for callers of the 1.0 API. */
		public CommentChange(Evaluation evaluation, EvaluationItem item, Evaluator evaluator, String text, String source) {
			this(evaluation, item, evaluator, CommentPolarity.NOTE, text, source);
		}

		public String project() {
			return ReportText.subjectCode(evaluation.getTarget());
		}

		public String itemCode() {
			return ReportText.itemCode(item);
		}
	}

	/** Something not imported; {@code source} names the file and the cell ({@code sheet.xlsx!A!C7}) or line ({@code scores.csv:4}). */
	public record Conflict(String source, String message) {

		@Override
		public String toString() {
			return source + ": " + message; //$NON-NLS-1$
		}
	}

	private final EvaluationReport report;
	private final List<ScoreChange> changes;
	private final List<CommentChange> comments;
	private final List<Conflict> conflicts;

	ImportPlan(EvaluationReport report, List<ScoreChange> changes, List<CommentChange> comments, List<Conflict> conflicts) {
		this.report = report;
		this.changes = List.copyOf(changes);
		this.comments = List.copyOf(comments);
		this.conflicts = List.copyOf(conflicts);
	}

	public EvaluationReport report() {
		return report;
	}

	public List<ScoreChange> changes() {
		return changes;
	}

	public List<CommentChange> comments() {
		return comments;
	}

	public List<Conflict> conflicts() {
		return conflicts;
	}

	/** True when there is nothing to apply. */
	public boolean isEmpty() {
		return changes.isEmpty() && comments.isEmpty();
	}

	/**
	 * One command applying every change, undone as a whole: {@code SetCommand}s for existing cells, {@code AddCommand}s
	 * for new cells, rows, tables and comments. Not executable when the plan {@linkplain #isEmpty() is empty}.
	 */
	public Command command(EditingDomain domain) {
		CompoundCommand command = new CompoundCommand(Messages.format("command.label"), //$NON-NLS-1$
				Messages.format("command.description", changes.size(), comments.size())); //$NON-NLS-1$
		Map<Evaluation, Map<EvaluationItem, List<ScoreChange>>> byRow = new LinkedHashMap<>();
		for (ScoreChange change : changes) {
			byRow.computeIfAbsent(change.evaluation(), e -> new LinkedHashMap<>()).computeIfAbsent(change.item(), i -> new ArrayList<>())
					.add(change);
		}
		byRow.forEach((evaluation, rows) -> appendScores(command, domain, evaluation, rows));
		for (CommentChange change : comments) {
			EvaluationComment comment = EvaluationFactory.eINSTANCE.createEvaluationComment();
			comment.setItem(change.item());
			comment.setPolarity(change.polarity());
			comment.setText(change.text());
			comment.setAuthor(change.evaluator().member()); // null for an anonymous column
			command.append(AddCommand.create(domain, change.evaluation(), Literals.EVALUATION__COMMENTS, comment));
		}
		return command;
	}

	/** Applies the plan without an editor, through a plain {@link BasicCommandStack}, e.g. for the command line. */
	public void apply() {
		EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack());
		Command command = command(domain);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private static void appendScores(CompoundCommand command, EditingDomain domain, Evaluation evaluation,
			Map<EvaluationItem, List<ScoreChange>> rows) {
		ScoreTable table = evaluation.getScoreTable();
		if (table == null) {
			ScoreTable created = EvaluationFactory.eINSTANCE.createScoreTable();
			created.setMethod("評点法"); //$NON-NLS-1$
			rows.forEach((item, changes) -> created.getRows().add(newRow(item, changes)));
			command.append(SetCommand.create(domain, evaluation, Literals.EVALUATION__SCORE_TABLE, created));
			return;
		}
		rows.forEach((item, changes) -> {
			ItemScore row = table.getRows().stream().filter(r -> r.getItem() == item).findFirst().orElse(null);
			if (row == null) {
				int index = (int) table.getRows().stream().filter(r -> r.getItem() != null && r.getItem().getValue() < item.getValue()).count();
				command.append(AddCommand.create(domain, table, Literals.SCORE_TABLE__ROWS, newRow(item, changes), index));
				return;
			}
			for (ScoreChange change : changes) {
				EvaluatorScore cell = row.getScores().stream().filter(s -> s.getColumn() == change.evaluator().column()).findFirst()
						.orElse(null);
				if (cell == null) {
					int index = (int) row.getScores().stream().filter(s -> s.getColumn() < change.evaluator().column()).count();
					command.append(AddCommand.create(domain, row, Literals.ITEM_SCORE__SCORES, newScore(change), index));
				} else {
					command.append(SetCommand.create(domain, cell, Literals.EVALUATOR_SCORE__VALUE, change.newValue()));
					if (cell.getMember() == null && change.evaluator().member() != null) {
						command.append(SetCommand.create(domain, cell, Literals.EVALUATOR_SCORE__MEMBER, change.evaluator().member()));
					}
				}
			}
		});
	}

	private static ItemScore newRow(EvaluationItem item, List<ScoreChange> changes) {
		ItemScore row = EvaluationFactory.eINSTANCE.createItemScore();
		row.setItem(item);
		changes.stream().sorted((a, b) -> Integer.compare(a.evaluator().column(), b.evaluator().column()))
				.forEach(change -> row.getScores().add(newScore(change)));
		return row;
	}

	private static EvaluatorScore newScore(ScoreChange change) {
		EvaluatorScore score = EvaluationFactory.eINSTANCE.createEvaluatorScore();
		score.setColumn(change.evaluator().column());
		score.setValue(change.newValue());
		score.setMember(change.evaluator().member());
		return score;
	}
}
