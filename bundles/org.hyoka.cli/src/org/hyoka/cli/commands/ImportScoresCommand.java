package org.hyoka.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.hyoka.cli.Terminal;
import org.hyoka.cli.api.Arguments;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.FileChangedException;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.scoresheets.ImportPlan;
import org.hyoka.scoresheets.ScoreSheetImport;

/**
 * {@code hyoka import-scores}: imports filled score sheets into FILE and saves it: one line per change and per
 * conflict, status 1 when a conflict left something out (the rest is imported).
 */
public final class ImportScoresCommand implements Command {

	@Override
	public int run(CommandContext context) throws UsageException {
		List<String> operands = new Arguments(context.arguments(), Set.of()).operands();
		if (operands.size() < 2) {
			throw new UsageException("import-scores needs FILE and at least one SHEET"); //$NON-NLS-1$
		}
		Path file = Path.of(operands.get(0));
		EvaluationReport report = Inputs.load(operands.get(0));
		List<Path> sheets = operands.subList(1, operands.size()).stream().map(Path::of).toList();
		for (Path sheet : sheets) {
			if (!Files.isRegularFile(sheet) || !Files.isReadable(sheet)) {
				throw new UsageException(sheet + ": no such readable file"); //$NON-NLS-1$
			}
		}
		ImportPlan plan = ScoreSheetImport.read(report, sheets);
		// saved first: a line printed before a refused save would read as imported
		if (!plan.isEmpty()) {
			plan.apply();
			try {
				HyokaFiles.save(report, file);
			} catch (FileChangedException e) {
				// refused, not failed: the other program's changes are kept, and the user repeats the import
				context.err().println("hyoka: " + Terminal.field(e.getMessage())); //$NON-NLS-1$
				return FOUND;
			} catch (IOException e) {
				throw Inputs.failure(file, e);
			}
		}
		// every field but the numbers comes from a file, which may hold anything
		for (ImportPlan.ScoreChange change : plan.changes()) {
			print(context, "SCORE", change.project(), change.itemCode(), change.evaluator().name(), //$NON-NLS-1$
					change.oldValue() == null ? "-" : change.oldValue().toString(), Integer.toString(change.newValue()), change.source()); //$NON-NLS-1$
		}
		for (ImportPlan.CommentChange comment : plan.comments()) {
			print(context, "COMMENT", comment.project(), comment.itemCode(), comment.evaluator().name(), comment.text(), comment.source()); //$NON-NLS-1$
		}
		for (ImportPlan.Conflict conflict : plan.conflicts()) {
			print(context, "CONFLICT", conflict.source(), conflict.message()); //$NON-NLS-1$
		}
		return plan.conflicts().isEmpty() ? OK : FOUND;
	}

	private static void print(CommandContext context, String... fields) {
		context.out().println(String.join("\t", Arrays.stream(fields).map(Terminal::field).toList())); //$NON-NLS-1$
	}
}
