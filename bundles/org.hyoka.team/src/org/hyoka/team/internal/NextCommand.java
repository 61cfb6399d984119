package org.hyoka.team.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.hyoka.cli.api.Arguments;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.team.NextEvaluations;

/**
 * {@code hyoka next FILE -o NEW --type interim|final --year YYYY}: next year's evaluation from last year's
 * ({@link NextEvaluations}), written to a file that does not exist yet.
 */
public final class NextCommand implements Command {

	private static final Map<String, EvaluationType> TYPES = Map.of("interim", EvaluationType.INTERIM, //$NON-NLS-1$
			"final", EvaluationType.FINAL, "follow-up", EvaluationType.FOLLOW_UP); //$NON-NLS-1$ //$NON-NLS-2$

	@Override
	public int run(CommandContext context) throws UsageException {
		Arguments arguments = new Arguments(context.arguments(), Set.of("-o", "--type", "--year")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (arguments.operands().size() != 1) {
			throw new UsageException(TeamMessages.format("nextOperands")); //$NON-NLS-1$
		}
		Path source = Path.of(arguments.operands().get(0));
		if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
			throw new UsageException(TeamMessages.format("noFile", source)); //$NON-NLS-1$
		}
		Path target = Path.of(arguments.required("-o")); //$NON-NLS-1$
		if (Files.exists(target)) {
			throw new UsageException(TeamMessages.format("nextExists", target)); //$NON-NLS-1$
		}
		String typeName = arguments.required("--type"); //$NON-NLS-1$
		EvaluationType type = TYPES.get(typeName);
		if (type == null) {
			throw new UsageException(TeamMessages.format("nextType", typeName)); //$NON-NLS-1$
		}
		String yearText = arguments.required("--year"); //$NON-NLS-1$
		int year;
		try {
			year = Integer.parseInt(yearText.strip());
		} catch (NumberFormatException e) {
			throw new UsageException(TeamMessages.format("nextYear", yearText)); //$NON-NLS-1$
		}
		try {
			NextEvaluations.write(source, target, type, year);
		} catch (IOException | RuntimeException e) {
			String message = String.valueOf(e.getMessage());
			throw new UsageException(TeamCommand.oneLine(message.contains(source.getFileName().toString())
					|| message.startsWith(target.toString()) ? message : source + ": " + message)); //$NON-NLS-1$
		}
		context.out().println(target);
		return OK;
	}
}
