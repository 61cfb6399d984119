package org.hyoka.team.internal;

import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.hyoka.cli.api.Arguments;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.team.Change;
import org.hyoka.team.Conflict;
import org.hyoka.team.History;
import org.hyoka.team.Logins;
import org.hyoka.team.MergeResult;
import org.hyoka.team.Sharing;
import org.hyoka.team.TeamFiles;
import org.hyoka.team.Version;

/**
 * {@code hyoka team merge-driver BASE OURS THEIRS [PATH]}: Git's merge driver for evaluation files (docs/team.md).
 * Writes the merge into OURS, as Git expects, and exits 0 when clean; with conflicts (ours kept in each) it prints one
 * line per conflict and exits 1, so that Git marks the file conflicted.
 * <p>
 * {@code hyoka team install-merge-driver [DIR] [--command HYOKA]}: makes the Git repository at DIR merge
 * {@code *.hyoka} files with it: a line in {@code .gitattributes} and the driver in the repository's configuration.
 * <p>
 * {@code hyoka team share URL [DIR] -m MESSAGE}, {@code clone URL DIR}, {@code update [DIR]},
 * {@code publish [DIR] -m MESSAGE}: a folder of evaluations
 * shared through a Git repository ({@link Sharing}); conflicts are printed as by the merge driver, with status 1. A
 * remote that asks for a login (HTTPS) gets {@code HYOKA_GIT_USER} and {@code HYOKA_GIT_PASSWORD} from the
 * environment, else what the user types in the terminal; the command line keeps none (the workbench keeps them in
 * its secure storage, whose master password a script could not give). Over SSH the keys and known_hosts of
 * {@code ~/.ssh} serve; an encrypted key's passphrase is asked in the terminal.
 * <p>
 * {@code hyoka team history FILE [--from REV [--to REV]]}: the versions of an evaluation file, each with what it
 * changed by object and feature ({@link History}); or what changed from one version to another (by default to the
 * file as saved).
 */
public final class TeamCommand implements Command {

	private static final String MERGE_DRIVER = "merge-driver"; //$NON-NLS-1$
	private static final String INSTALL = "install-merge-driver"; //$NON-NLS-1$
	private static final String COMMAND = "--command"; //$NON-NLS-1$
	private static final String SHARE = "share"; //$NON-NLS-1$
	private static final String CLONE = "clone"; //$NON-NLS-1$
	private static final String UPDATE = "update"; //$NON-NLS-1$
	private static final String PUBLISH = "publish"; //$NON-NLS-1$
	private static final String MESSAGE = "-m"; //$NON-NLS-1$
	private static final String HISTORY = "history"; //$NON-NLS-1$
	private static final String FROM = "--from"; //$NON-NLS-1$
	private static final String TO = "--to"; //$NON-NLS-1$
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$
	static final String USER_VARIABLE = "HYOKA_GIT_USER"; //$NON-NLS-1$
	static final String PASSWORD_VARIABLE = "HYOKA_GIT_PASSWORD"; //$NON-NLS-1$

	private final Map<String, String> environment;

	public TeamCommand() {
		this(System.getenv());
	}

	/** A command that takes logins from the environment given (tests give theirs). */
	TeamCommand(Map<String, String> environment) {
		this.environment = environment;
	}

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
		case SHARE -> share(context, new Arguments(rest, Set.of(MESSAGE, COMMAND)));
		case CLONE -> cloneInto(context, new Arguments(rest, Set.of(COMMAND)));
		case UPDATE -> update(context, folder(new Arguments(rest, Set.of())));
		case PUBLISH -> publish(context, new Arguments(rest, Set.of(MESSAGE)));
		case HISTORY -> history(context, new Arguments(rest, Set.of(FROM, TO)));
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
		report(context, name, result);
		return FOUND;
	}

	/** One line per conflict and per error the merge brought, and their number on standard error. */
	private static void report(CommandContext context, String name, MergeResult result) {
		for (Conflict conflict : result.conflicts()) {
			context.out().println(String.join("\t", TeamMessages.format("conflict"), name, field(conflict.path()), field(conflict.object()), //$NON-NLS-1$ //$NON-NLS-2$
					conflict.feature(), field(conflict.base()), field(conflict.ours()), field(conflict.theirs())));
		}
		for (String error : result.newErrors()) {
			context.out().println(String.join("\t", TeamMessages.format("newError"), name, field(error))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		context.err().println(TeamMessages.format("conflicts", name, result.conflicts().size() + result.newErrors().size())); //$NON-NLS-1$
	}

	private static int install(CommandContext context, Arguments arguments) throws UsageException {
		String folder = arguments.operands().isEmpty() ? "." : arguments.operand("DIR"); //$NON-NLS-1$ //$NON-NLS-2$
		String hyoka = arguments.option(COMMAND) != null ? arguments.option(COMMAND) : Sharing.launcher();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(new File(folder));
		if (builder.getGitDir() == null) {
			throw new UsageException(TeamMessages.format("notARepository", folder)); //$NON-NLS-1$
		}
		try (Repository repository = builder.setMustExist(true).build()) {
			Sharing.configureMergeDriver(repository, hyoka);
			Sharing.addMergeAttribute(repository);
			context.out().println(TeamMessages.format("installed", repository.getWorkTree())); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			throw new UsageException(oneLine(folder + ": " + e.getMessage())); //$NON-NLS-1$
		}
		return OK;
	}

	private int cloneInto(CommandContext context, Arguments arguments) throws UsageException {
		List<String> operands = arguments.operands();
		if (operands.size() != 2) {
			throw new UsageException(TeamMessages.format("cloneOperands")); //$NON-NLS-1$
		}
		Path folder = Path.of(operands.get(1));
		if (!isFree(folder)) {
			throw new UsageException(TeamMessages.format("folderNotEmpty", folder)); //$NON-NLS-1$
		}
		Logins logins = logins();
		try {
			Sharing.clone(operands.get(0), folder, arguments.option(COMMAND) != null ? arguments.option(COMMAND) : Sharing.launcher(), logins);
		} catch (IOException | GitAPIException | RuntimeException e) {
			throw new UsageException(oneLine(operands.get(0) + ": " + reason(logins, e.getMessage()))); //$NON-NLS-1$
		}
		context.out().println(TeamMessages.format("cloned", folder, operands.get(0))); //$NON-NLS-1$
		return OK;
	}

	private static boolean isFree(Path folder) throws UsageException {
		try {
			return Sharing.isFree(folder);
		} catch (IOException e) {
			throw new UsageException(oneLine(folder + ": " + e.getMessage())); //$NON-NLS-1$
		}
	}

	private int update(CommandContext context, Path folder) throws UsageException {
		Sharing.Update update;
		Logins logins = logins();
		try {
			update = Sharing.update(folder, logins);
		} catch (IOException | GitAPIException | RuntimeException e) {
			throw new UsageException(oneLine(folder + ": " + reason(logins, e.getMessage()))); //$NON-NLS-1$
		}
		return reportUpdate(context, folder, update);
	}

	/** What an update did, one line a file; status 1 when it left conflicts. */
	private static int reportUpdate(CommandContext context, Path folder, Sharing.Update update) {
		List<String> conflicted = update.conflicts().stream().map(Sharing.FileConflict::path).toList();
		update.merged().stream().filter(path -> !conflicted.contains(path)).forEach(path -> context.out().println(TeamMessages.format("merged", path))); //$NON-NLS-1$
		update.conflicts().forEach(conflict -> report(context, conflict.path(), conflict.result()));
		update.otherConflicts().forEach(path -> context.out().println(String.join("\t", TeamMessages.format("conflict"), path))); //$NON-NLS-1$ //$NON-NLS-2$
		if (!update.clean()) {
			context.err().println(TeamMessages.format("updateConflicts", folder)); //$NON-NLS-1$
			return FOUND;
		}
		context.out().println(TeamMessages.format("status." + update.status().name(), folder)); //$NON-NLS-1$
		return OK;
	}

	/** Starts sharing a folder that is in no Git repository: the shared repository is made where it is on disk. */
	private int share(CommandContext context, Arguments arguments) throws UsageException {
		List<String> operands = arguments.operands();
		if (operands.isEmpty() || operands.size() > 2) {
			throw new UsageException(TeamMessages.format("shareOperands")); //$NON-NLS-1$
		}
		String message = arguments.required(MESSAGE);
		String uri = operands.get(0);
		Path folder = Path.of(operands.size() == 2 ? operands.get(1) : "."); //$NON-NLS-1$
		if (!Files.isDirectory(folder)) {
			throw new UsageException(TeamMessages.format("notAFolder", folder)); //$NON-NLS-1$
		}
		Sharing.Publication publication;
		Logins logins = logins();
		try {
			publication = Sharing.share(folder, uri, message, arguments.option(COMMAND) != null ? arguments.option(COMMAND) : Sharing.launcher(), logins);
		} catch (IOException e) {
			// the refusals name the folder or the shared repository themselves
			throw new UsageException(oneLine(reason(logins, e.getMessage())));
		} catch (GitAPIException | RuntimeException e) {
			throw new UsageException(oneLine(uri + ": " + reason(logins, e.getMessage()))); //$NON-NLS-1$
		}
		return reportPublication(context, folder, publication, logins, TeamMessages.format("shared", folder, uri)); //$NON-NLS-1$
	}

	private int publish(CommandContext context, Arguments arguments) throws UsageException {
		String message = arguments.required(MESSAGE);
		Path folder = folder(arguments);
		Sharing.Publication publication;
		Logins logins = logins();
		try {
			publication = Sharing.publish(folder, message, logins);
		} catch (IOException | GitAPIException | RuntimeException e) {
			throw new UsageException(oneLine(folder + ": " + reason(logins, e.getMessage()))); //$NON-NLS-1$
		}
		return reportPublication(context, folder, publication, logins,
				TeamMessages.format(publication.commit() == null ? "publishedNothing" : "published", folder)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** What a publication did: the update it needed, then published or why not (status 1); the line given when published. */
	private static int reportPublication(CommandContext context, Path folder, Sharing.Publication publication, Logins logins, String done) {
		if (publication.update() != null) {
			if (!publication.update().clean()) {
				return reportUpdate(context, folder, publication.update());
			}
			publication.update().merged().forEach(path -> context.out().println(TeamMessages.format("merged", path))); //$NON-NLS-1$
		}
		if (!publication.published()) {
			context.err().println(oneLine(TeamMessages.format("notPublished", folder, reason(logins, publication.problem())))); //$NON-NLS-1$
			return FOUND;
		}
		context.out().println(done);
		return OK;
	}

	private static int history(CommandContext context, Arguments arguments) throws UsageException {
		List<String> operands = arguments.operands();
		if (operands.size() != 1 || arguments.option(FROM) == null && arguments.option(TO) != null) {
			throw new UsageException(TeamMessages.format("historyOperands")); //$NON-NLS-1$
		}
		Path file = Path.of(operands.get(0));
		try {
			if (arguments.option(FROM) != null) {
				Version from = History.version(file, arguments.option(FROM));
				Version to = arguments.option(TO) == null ? null : History.version(file, arguments.option(TO));
				context.out().println(TeamMessages.format("compared", file, describe(from), to == null ? TeamMessages.format("saved") : describe(to))); //$NON-NLS-1$ //$NON-NLS-2$
				print(context, History.changes(History.read(file, from), to == null ? HyokaFiles.load(file) : History.read(file, to)));
				return OK;
			}
			List<Version> versions = History.versions(file);
			if (versions.isEmpty()) {
				context.err().println(TeamMessages.format("noHistory", file)); //$NON-NLS-1$
				return OK;
			}
			// newest first, each version read once and compared with the one before it
			EvaluationReport later = History.read(file, versions.get(0));
			for (int i = 0; i < versions.size(); i++) {
				EvaluationReport earlier = i + 1 < versions.size() ? History.read(file, versions.get(i + 1)) : null;
				context.out().println(describe(versions.get(i)));
				print(context, History.changes(earlier, later));
				later = earlier;
			}
		} catch (IOException | RuntimeException e) {
			throw new UsageException(oneLine(e.getMessage()));
		}
		return OK;
	}

	/** A version as a line: its date, author, message and id. */
	private static String describe(Version version) {
		return TeamMessages.format("version", WHEN.format(version.time().atZone(ZoneId.systemDefault())), version.author(), //$NON-NLS-1$
				oneLine(version.message()), version.shortId());
	}

	/** One indented line a change, in the user's language. */
	private static void print(CommandContext context, List<Change> changes) {
		if (changes.isEmpty()) {
			context.out().println("    " + TeamMessages.format("noChanges")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (Change change : changes) {
			String line = switch (change.kind()) {
			case CHANGED -> TeamMessages.format("changed", change.object(), change.item(), change.before(), change.after()); //$NON-NLS-1$
			case ADDED -> change.item().isEmpty() ? TeamMessages.format("fileAdded") : TeamMessages.format("added", change.object(), change.item()); //$NON-NLS-1$ //$NON-NLS-2$
			case REMOVED -> change.item().isEmpty() ? TeamMessages.format("fileRemoved") : TeamMessages.format("removed", change.object(), change.item()); //$NON-NLS-1$ //$NON-NLS-2$
			case MOVED -> TeamMessages.format("moved", change.object(), change.item(), change.before(), change.after()); //$NON-NLS-1$
			};
			context.out().println("    " + oneLine(line)); //$NON-NLS-1$
		}
	}

	/**
	 * Logins from the environment's {@code HYOKA_GIT_USER} and {@code HYOKA_GIT_PASSWORD}, given once (refused, they
	 * are not given again); else asked in the terminal, when there is one.
	 */
	private Logins logins() {
		String user = environment.get(USER_VARIABLE);
		String password = environment.get(PASSWORD_VARIABLE);
		return new Logins(null, (server, offered, refusal) -> {
			boolean key = Logins.isKey(server);
			if (user != null && password != null && !key) {
				return refusal == null ? new Logins.Login(user, password.toCharArray()) : null;
			}
			Console console = terminal();
			if (console == null) {
				return null;
			}
			if (refusal != null) {
				console.printf("%s%n", refusal); //$NON-NLS-1$
			}
			if (key) {
				char[] passphrase = console.readPassword("%s", TeamMessages.format("cliPassphrase", server)); //$NON-NLS-1$ //$NON-NLS-2$
				return passphrase == null ? null : new Logins.Login("", passphrase); //$NON-NLS-1$
			}
			String name = console.readLine("%s", TeamMessages.format("cliUser", server, offered == null ? "" : " [" + offered + "]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			if (name == null) {
				return null;
			}
			char[] secret = console.readPassword("%s", TeamMessages.format("cliPassword", server)); //$NON-NLS-1$ //$NON-NLS-2$
			return secret == null ? null : new Logins.Login(name.isBlank() && offered != null ? offered : name.strip(), secret);
		});
	}

	/**
	 * The terminal to ask in, or null. Since Java 22 {@code System.console()} is there also when the streams are
	 * redirected (a script, a scheduled task), where asking would wait on input nobody gives; Java 21 has no
	 * {@code isTerminal} and gives null there.
	 */
	private static Console terminal() {
		Console console = System.console();
		try {
			return console == null || (Boolean) Console.class.getMethod("isTerminal").invoke(console) ? console : null; //$NON-NLS-1$
		} catch (ReflectiveOperationException e) {
			return console;
		}
	}

	/**
	 * Why an operation failed: the login's or passphrase's problem with what to do on the command line, a refused
	 * host's problem (which says what to do), else Git's reason.
	 */
	private static String reason(Logins logins, String reason) {
		if (logins.problem() == null) {
			return reason;
		}
		return switch (logins.trouble()) {
		case LOGIN -> logins.problem() + "; " + TeamMessages.format("cliLogin"); //$NON-NLS-1$ //$NON-NLS-2$
		case PASSPHRASE -> logins.problem() + "; " + TeamMessages.format("cliPassphraseHint"); //$NON-NLS-1$ //$NON-NLS-2$
		case HOST -> logins.problem();
		};
	}

	/** The folder operand, the current folder when none is given. */
	private static Path folder(Arguments arguments) throws UsageException {
		return Path.of(arguments.operands().isEmpty() ? "." : arguments.operand("DIR")); //$NON-NLS-1$ //$NON-NLS-2$
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

	static String oneLine(String text) {
		return field(text).strip();
	}
}
