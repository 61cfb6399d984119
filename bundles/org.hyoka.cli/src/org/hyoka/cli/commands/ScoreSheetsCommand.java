package org.hyoka.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyoka.cli.CliMessages;
import org.hyoka.cli.Terminal;
import org.hyoka.cli.api.Arguments;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.model.EvaluationReport;
import org.hyoka.scoresheets.Evaluator;
import org.hyoka.scoresheets.ScoreSheets;

/**
 * {@code hyoka score-sheets}: a blank 評点票 per committee member, as File > Export > Blank Score Sheets writes them,
 * into the evaluation's folder or {@code -o DIR}; one line per file written. A sheet of that name already there may
 * be a filled one, so nothing is written then.
 */
public final class ScoreSheetsCommand implements Command {

	private static final String OUT = "-o"; //$NON-NLS-1$

	@Override
	public int run(CommandContext context) throws UsageException {
		Arguments arguments = new Arguments(context.arguments(), Set.of(OUT));
		List<String> operands = arguments.operands();
		if (operands.size() != 1) {
			throw new UsageException("score-sheets needs one FILE"); //$NON-NLS-1$
		}
		Path file = Path.of(operands.get(0));
		EvaluationReport report = Inputs.load(operands.get(0));
		Path folder = arguments.option(OUT) != null ? Path.of(arguments.option(OUT)) : file.toAbsolutePath().getParent();
		if (!Files.isDirectory(folder)) {
			throw new UsageException(arguments.option(OUT) + ": no such folder"); //$NON-NLS-1$
		}
		if (Evaluator.of(report).isEmpty()) {
			throw new UsageException(file + ": the evaluation has no committee members (hyoka new --members, or the Committee page)"); //$NON-NLS-1$
		}
		if (ScoreSheets.evaluations(report).isEmpty()) {
			throw new UsageException(file + ": the evaluation scores no program or project"); //$NON-NLS-1$
		}
		List<Path> existing = ScoreSheets.existing(report, folder);
		if (!existing.isEmpty()) {
			throw new UsageException(Terminal.field(existing.get(0) + ": exists and may be filled in; move it or write elsewhere with -o")); //$NON-NLS-1$
		}
		try {
			for (Path sheet : ScoreSheets.writeAll(report, folder, new NullProgressMonitor())) {
				context.out().println(Terminal.field(sheet.toString()));
			}
		} catch (IOException e) {
			// writeAll removed what it had written: say so, since a rerun would otherwise expect a partial set
			throw new UsageException(CliMessages.format("scoreSheets.notWritten", Inputs.failure(folder, e).getMessage())); //$NON-NLS-1$
		}
		return OK;
	}
}
