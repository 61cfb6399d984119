package org.hyoka.team.internal;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.hyoka.cli.api.Arguments;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.model.persistence.AtomicWrite;
import org.hyoka.team.Conflict;
import org.hyoka.team.MergeResult;
import org.hyoka.team.TeamFiles;

/**
 * {@code hyoka team merge-driver BASE OURS THEIRS [PATH]}: Git's merge driver for evaluation files (docs/team.md).
 * Writes the merge into OURS, as Git expects, and exits 0 when clean; with conflicts (ours kept in each) it prints one
 * line per conflict and exits 1, so that Git marks the file conflicted.
 * <p>
 * {@code hyoka team install-merge-driver [DIR] [--command HYOKA]}: makes the Git repository at DIR merge
 * {@code *.hyoka} files with it: a line in {@code .gitattributes} and the driver in the repository's configuration.
 */
public final class TeamCommand implements Command {

	private static final String MERGE_DRIVER = "merge-driver"; //$NON-NLS-1$
	private static final String INSTALL = "install-merge-driver"; //$NON-NLS-1$
	private static final String COMMAND = "--command"; //$NON-NLS-1$
	private static final String ATTRIBUTE = "*.hyoka merge=hyoka"; //$NON-NLS-1$

	@Override
	public int run(CommandContext context) throws UsageException {
		List<String> arguments = context.arguments();
		if (arguments.isEmpty()) {
			throw new UsageException(TeamMessages.format("noSubcommand")); //$NON-NLS-1$
		}
		List<String> rest = arguments.subList(1, arguments.size());
		return switch (arguments.get(0)) {
		case MERGE_DRIVER -> mergeDriver(context, new Arguments(rest, Set.of()).operands());
		case INSTALL -> install(context, new Arguments(rest, Set.of(COMMAND)));
		default -> throw new UsageException(TeamMessages.format("unknownSubcommand", arguments.get(0))); //$NON-NLS-1$
		};
	}

	private static int mergeDriver(CommandContext context, List<String> operands) throws UsageException {
		if (operands.size() < 3 || operands.size() > 4) {
			throw new UsageException(TeamMessages.format("mergeDriverOperands")); //$NON-NLS-1$
		}
		Path base = readable(operands.get(0));
		Path ours = readable(operands.get(1));
		Path theirs = readable(operands.get(2));
		String name = operands.size() == 4 ? operands.get(3) : operands.get(1);
		MergeResult result;
		try {
			result = TeamFiles.merge(base, ours, theirs, ours);
		} catch (IOException | RuntimeException e) {
			// Git names its temporary files .merge_file_XXXXXX: the user knows the file by its path in the repository
			throw new UsageException(oneLine(name + ": " + e.getMessage())); //$NON-NLS-1$
		}
		if (result.clean()) {
			context.out().println(TeamMessages.format("merged", name)); //$NON-NLS-1$
			return OK;
		}
		for (Conflict conflict : result.conflicts()) {
			context.out().println(String.join("\t", TeamMessages.format("conflict"), name, field(conflict.path()), field(conflict.object()), //$NON-NLS-1$ //$NON-NLS-2$
					conflict.feature(), field(conflict.base()), field(conflict.ours()), field(conflict.theirs())));
		}
		for (String error : result.newErrors()) {
			context.out().println(String.join("\t", TeamMessages.format("newError"), name, field(error))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		context.err().println(TeamMessages.format("conflicts", name, result.conflicts().size() + result.newErrors().size())); //$NON-NLS-1$
		return FOUND;
	}

	private static int install(CommandContext context, Arguments arguments) throws UsageException {
		String folder = arguments.operands().isEmpty() ? "." : arguments.operand("DIR"); //$NON-NLS-1$ //$NON-NLS-2$
		String hyoka = arguments.option(COMMAND) != null ? arguments.option(COMMAND) : launcher();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(new File(folder));
		if (builder.getGitDir() == null) {
			throw new UsageException(TeamMessages.format("notARepository", folder)); //$NON-NLS-1$
		}
		try (Repository repository = builder.setMustExist(true).build()) {
			StoredConfig config = repository.getConfig();
			config.setString("merge", "hyoka", "name", "Hyoka evaluations, merged by object"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			config.setString("merge", "hyoka", "driver", quoted(hyoka) + " team merge-driver %O %A %B %P"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			config.save();
			Path attributes = repository.getWorkTree().toPath().resolve(".gitattributes"); //$NON-NLS-1$
			String text = Files.exists(attributes) ? Files.readString(attributes, StandardCharsets.UTF_8) : ""; //$NON-NLS-1$
			if (text.lines().noneMatch(line -> line.strip().equals(ATTRIBUTE))) {
				String added = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + ATTRIBUTE + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				AtomicWrite.write(attributes, ".part", out -> out.write(added.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
			}
			context.out().println(TeamMessages.format("installed", repository.getWorkTree())); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			throw new UsageException(oneLine(folder + ": " + e.getMessage())); //$NON-NLS-1$
		}
		return OK;
	}

	/** The launcher of the running product ({@code hyoka} in its folder), else {@code hyoka} from the PATH. */
	private static String launcher() {
		String area = System.getProperty("osgi.install.area"); //$NON-NLS-1$
		if (area != null) {
			try {
				Path folder = Path.of(new URI(area.replace(" ", "%20"))); //$NON-NLS-1$ //$NON-NLS-2$
				for (String name : new String[] { "hyoka", "hyoka.cmd" }) { //$NON-NLS-1$ //$NON-NLS-2$
					if (Files.isExecutable(folder.resolve(name)) && Files.isRegularFile(folder.resolve(name))) {
						return folder.resolve(name).toString();
					}
				}
			} catch (URISyntaxException | IllegalArgumentException e) {
				// not a file URL: fall back to the PATH
			}
		}
		return "hyoka"; //$NON-NLS-1$
	}

	/** Git runs the driver through the shell: a path with blanks or quotes is quoted. */
	private static String quoted(String command) {
		return command.matches("[\\w./:\\\\-]+") ? command : "'" + command.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	private static Path readable(String name) throws UsageException {
		Path file = Path.of(name);
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new UsageException(TeamMessages.format("noFile", name)); //$NON-NLS-1$
		}
		return file;
	}

	/** A tab-separated field: tabs, line breaks and other control characters become blanks. */
	private static String field(String text) {
		return text.replaceAll("\\p{Cntrl}+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String oneLine(String text) {
		return field(text).strip();
	}
}
