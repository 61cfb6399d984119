package org.hyoka.testing.contributions;

import java.io.IOException;
import java.nio.file.Path;

import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Project;

/** {@code hyoka projects FILE}: one line per project, its letter and name, tab-separated. */
public final class ProjectsCommand implements Command {

	@Override
	public int run(CommandContext context) throws UsageException {
		if (context.arguments().size() != 1) {
			throw new UsageException("projects needs one FILE"); //$NON-NLS-1$
		}
		EvaluationReport report;
		try {
			report = HyokaFiles.load(Path.of(context.arguments().get(0)));
		} catch (IOException e) {
			throw new UsageException(e.getMessage());
		}
		if (report.getProgram() != null) {
			for (Project project : report.getProgram().getProjects()) {
				context.out().println(project.getLetterCode() + "\t" + project.getNameJa()); //$NON-NLS-1$
			}
		}
		return OK;
	}
}
