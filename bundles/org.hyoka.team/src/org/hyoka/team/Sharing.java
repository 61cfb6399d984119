package org.hyoka.team;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.util.SystemReader;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.AtomicWrite;
import org.hyoka.team.internal.TeamMessages;

/**
 * A folder of evaluations shared through a Git repository (docs/team.md): clone, update and publish, with evaluation
 * files that both sides changed merged by {@link ModelMerge}, never line by line. The remote is {@code origin}, the
 * branch the one checked out.
 */
public final class Sharing {

	private static final String REMOTE = "origin"; //$NON-NLS-1$
	/** The branch a folder shared from the workbench starts with, as Git and its servers name a new one today. */
	private static final String BRANCH = "main"; //$NON-NLS-1$
	private static final String EVALUATIONS = ".hyoka"; //$NON-NLS-1$
	/** What the workbench writes in a folder it shows as a project, as Git's exclude patterns. */
	private static final List<String> WORKBENCH_FILES = List.of("/.project", "/.settings/"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * What an update did.
	 *
	 * @param merged
	 *            the evaluation files merged by object, as paths in the repository
	 * @param conflicts
	 *            per path, what is left to a person; empty when the update is complete (and committed)
	 * @param otherConflicts
	 *            other files Git could not merge, left with its conflict markers
	 */
	public record Update(Status status, List<String> merged, List<FileConflict> conflicts, List<String> otherConflicts) {

		public boolean clean() {
			return conflicts.isEmpty() && otherConflicts.isEmpty();
		}
	}

	/** How an update ended. */
	public enum Status {
		/** Nothing new was published. */
		UP_TO_DATE,
		/** Only others' commits: the folder now holds them. */
		FAST_FORWARD,
		/** Both sides had commits: merged, and committed when clean. */
		MERGED
	}

	/** The conflicts of one evaluation file, and the validation errors its merge brought. */
	public record FileConflict(String path, MergeResult result) {
	}

	/**
	 * What a publication did.
	 *
	 * @param commit
	 *            the commit made of the changed files, null when nothing had changed
	 * @param update
	 *            the update a refused push led to, null when none was needed
	 * @param published
	 *            whether the remote now holds the folder's commits; false when the update left conflicts or the
	 *            remote could not be reached (the commits are kept locally)
	 * @param problem
	 *            why the remote could not be reached, or null
	 */
	public record Publication(ObjectId commit, Update update, boolean published, String problem) {
	}

	/**
	 * Who Git records as the author of a publication, shown in the History view as who changed what.
	 *
	 * @param stated
	 *            whether someone stated the name in Git's configuration; else Git made it up from the login on this
	 *            computer, which says little of who changed a score
	 */
	public record Author(String name, String email, boolean stated) {
	}

	private Sharing() {
	}

	/**
	 * The author a publication from the folder records: Git's configuration of its repository and of the user; of
	 * the user alone for a folder that is in no repository yet (one being shared).
	 */
	public static Author author(Path folder) throws IOException {
		Path top = sharedFolder(folder);
		UserConfig user;
		if (top != null) {
			try (Git git = Git.open(top.toFile())) {
				user = git.getRepository().getConfig().get(UserConfig.KEY);
			}
		} else {
			try {
				user = SystemReader.getInstance().getUserConfig().get(UserConfig.KEY);
			} catch (ConfigInvalidException e) {
				throw new IOException(e.getMessage(), e);
			}
		}
		return new Author(user.getAuthorName(), user.getAuthorEmail(), !user.isAuthorNameImplicit());
	}

	/**
	 * States the author in the user's own Git configuration ({@code ~/.gitconfig}), for every folder and for
	 * command-line Git too; a blank e-mail address leaves the one Git has.
	 *
	 * @throws IllegalArgumentException
	 *             for a blank name, which would leave Git with none at all
	 */
	public static void stateAuthor(String name, String email) throws IOException {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("no name to state"); //$NON-NLS-1$
		}
		try {
			StoredConfig config = SystemReader.getInstance().getUserConfig();
			config.setString("user", null, "name", name); //$NON-NLS-1$ //$NON-NLS-2$
			if (email != null && !email.isBlank()) {
				config.setString("user", null, "email", email.strip()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			config.save();
		} catch (ConfigInvalidException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/**
	 * Clones the repository into a new folder and sets Git's merge driver for evaluation files in its configuration,
	 * for command-line Git in the same folder.
	 */
	public static void clone(String uri, Path folder, String hyokaCommand) throws IOException, GitAPIException {
		clone(uri, folder, hyokaCommand, null);
	}

	/**
	 * Clones as {@link #clone(String, Path, String)}, logging in with the credentials when the remote asks for them
	 * (HTTPS, or a key's passphrase over SSH).
	 */
	public static void clone(String uri, Path folder, String hyokaCommand, CredentialsProvider credentials) throws IOException, GitAPIException {
		try (Git git = SshKeys.remote(Git.cloneRepository().setURI(uri).setDirectory(folder.toFile()), credentials).call()) {
			configureMergeDriver(git.getRepository(), hyokaCommand);
			excludeWorkbenchFiles(git.getRepository());
		}
	}

	/**
	 * Starts sharing a folder of evaluations that is in no Git repository yet, as a secretariat does once: the folder
	 * becomes a Git repository whose remote {@code origin} is the shared repository at the URI, with Git's merge driver
	 * set as after a clone; every file is committed with the message and published. A shared repository on a disk or
	 * file share (a path, or a {@code file:} URL) is made, bare, where there is none yet or an empty folder; one on a
	 * server (HTTPS, SSH) is made on the server, empty. Others then clone it.
	 *
	 * @return the first publication: not published when the shared repository could not be reached (the commit is kept
	 *         in the folder, and a later {@link #publish} publishes it)
	 * @throws IOException
	 *             when the folder is in a Git repository already, the shared repository holds a history already (clone
	 *             it instead), or a path names a folder that is neither empty nor a bare Git repository; nothing is
	 *             changed then
	 */
	public static Publication share(Path folder, String uri, String message, String hyokaCommand, CredentialsProvider credentials)
			throws IOException, GitAPIException {
		Path repository = sharedFolder(folder);
		if (repository != null) {
			throw new IOException(TeamMessages.format("alreadyShared", folder, repository)); //$NON-NLS-1$
		}
		Path local = localRepository(uri);
		String branch = BRANCH;
		if (local != null) {
			branch = prepareBare(local);
		} else if (!SshKeys.remote(Git.lsRemoteRepository().setRemote(uri).setHeads(true), credentials).call().isEmpty()) {
			throw new IOException(TeamMessages.format("sharedHasHistory", uri)); //$NON-NLS-1$
		}
		try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch(branch).call()) {
			StoredConfig config = git.getRepository().getConfig();
			config.setString("remote", REMOTE, "url", local != null ? local.toUri().toString() : uri); //$NON-NLS-1$ //$NON-NLS-2$
			config.setString("remote", REMOTE, "fetch", "+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + REMOTE + "/*"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			config.setString("branch", branch, "remote", REMOTE); //$NON-NLS-1$
			config.setString("branch", branch, "merge", Constants.R_HEADS + branch); //$NON-NLS-1$
			config.save();
			configureMergeDriver(git.getRepository(), hyokaCommand);
			addMergeAttribute(git.getRepository());
			excludeWorkbenchFiles(git.getRepository());
		}
		return publish(folder, message, credentials);
	}

	/** The folder of a shared repository given as a path or a {@code file:} URL; null for a server's URL. */
	static Path localRepository(String uri) {
		if (uri.startsWith("file:")) { //$NON-NLS-1$
			return Path.of(URI.create(uri));
		}
		// https://host/…, ssh://…, and scp's git@host:path; a Windows path (C:\…) is a path
		if (uri.matches("[A-Za-z][A-Za-z0-9+.-]+://.*") || uri.matches("[^/\\\\:]+@[^/\\\\:]+:.*")) { //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
		return Path.of(uri).toAbsolutePath();
	}

	/**
	 * Makes a bare repository at the path unless it is one already, empty; refuses any other folder there. The branch
	 * to publish: the one the repository's HEAD names, which clones check out.
	 */
	private static String prepareBare(Path path) throws IOException, GitAPIException {
		if (isFree(path)) {
			Git.init().setBare(true).setInitialBranch(BRANCH).setDirectory(path.toFile()).call().close();
			return BRANCH;
		}
		try (Repository repository = new FileRepositoryBuilder().setGitDir(path.toFile()).setMustExist(true).build()) {
			if (!repository.isBare()) {
				throw new IOException(TeamMessages.format("notASharedRepository", path)); //$NON-NLS-1$
			}
			if (!repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS).isEmpty()) {
				throw new IOException(TeamMessages.format("sharedHasHistory", path)); //$NON-NLS-1$
			}
			Ref head = repository.exactRef(Constants.HEAD);
			return head != null && head.isSymbolic() ? Repository.shortenRefName(head.getTarget().getName()) : BRANCH;
		} catch (RepositoryNotFoundException e) {
			throw new IOException(TeamMessages.format("notASharedRepository", path), e); //$NON-NLS-1$
		}
	}

	/** Whether a clone or a shared repository can be made at the path: nothing is there, or an empty folder. */
	public static boolean isFree(Path path) throws IOException {
		if (!Files.isDirectory(path)) {
			return !Files.exists(path);
		}
		try (var entries = Files.list(path)) {
			return entries.findAny().isEmpty();
		}
	}

	/**
	 * Keeps the files the workbench writes in a folder it shows as a project ({@code .project}, {@code .settings/})
	 * out of the shared history: listed in the clone's own {@code info/exclude}, which is not shared, so that
	 * publishing commits the evaluations and not the workbench's bookkeeping.
	 */
	private static void excludeWorkbenchFiles(Repository repository) throws IOException {
		addMissingLines(repository.getDirectory().toPath().resolve("info").resolve("exclude"), WORKBENCH_FILES); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Sets {@code merge.hyoka} in the repository's configuration: the driver {@code .gitattributes} names. */
	public static void configureMergeDriver(Repository repository, String hyokaCommand) throws IOException {
		StoredConfig config = repository.getConfig();
		config.setString("merge", "hyoka", "name", "Hyoka evaluations, merged by object"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		config.setString("merge", "hyoka", "driver", shellQuoted(hyokaCommand) + " team merge-driver %O %A %B %P"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		config.save();
	}

	/** Adds {@code *.hyoka merge=hyoka} to the work tree's {@code .gitattributes} unless it is there. */
	public static void addMergeAttribute(Repository repository) throws IOException {
		addMissingLines(repository.getWorkTree().toPath().resolve(Constants.DOT_GIT_ATTRIBUTES), List.of("*" + EVALUATIONS + " merge=hyoka")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Appends to the text file those of the lines it does not hold yet, creating it and its folder if needed. */
	private static void addMissingLines(Path file, List<String> lines) throws IOException {
		String text = Files.exists(file) ? Files.readString(file) : ""; //$NON-NLS-1$
		List<String> missing = lines.stream().filter(wanted -> text.lines().noneMatch(line -> line.strip().equals(wanted))).toList();
		if (!missing.isEmpty()) {
			String added = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + String.join("\n", missing) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			Files.createDirectories(file.getParent());
			AtomicWrite.write(file, ".part", out -> out.write(added.getBytes(java.nio.charset.StandardCharsets.UTF_8))); //$NON-NLS-1$
		}
	}

	/** Git runs the driver through the shell: a path with blanks or quotes is quoted. */
	private static String shellQuoted(String command) {
		return command.matches("[\\w./:\\\\-]+") ? command : "'" + command.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	/**
	 * Brings in what others published: fetched, then fast-forwarded or merged, evaluation files by object. A clean
	 * merge is committed; with conflicts the folder is left merging, each evaluation file holding the merge with ours
	 * in each conflict, to be corrected and published.
	 *
	 * @throws IOException
	 *             when the folder has changes not yet published (publish them first), is still merging an update
	 *             that left conflicts (publish the merge first), or the repository cannot be read
	 * @throws InvalidRemoteException
	 *             when the folder's repository was not cloned from a shared one (it has no remote {@code origin})
	 */
	public static Update update(Path folder) throws IOException, GitAPIException {
		return update(folder, null);
	}

	/**
	 * Updates as {@link #update(Path)}, logging in with the credentials when the remote asks for them (HTTPS, or a
	 * key's passphrase over SSH).
	 */
	public static Update update(Path folder, CredentialsProvider credentials) throws IOException, GitAPIException {
		try (Git git = Git.open(folder.toFile())) {
			requireRemote(git);
			refuseUncommitted(git, folder);
			// a merge whose conflicts all kept ours changes no file, but JGit would refuse it in English
			if (git.getRepository().resolve(Constants.MERGE_HEAD) != null) {
				throw new IOException(TeamMessages.format("merging")); //$NON-NLS-1$
			}
			SshKeys.remote(git.fetch().setRemote(REMOTE), credentials).call();
			return merge(git);
		}
	}

	/**
	 * Commits every change of the folder with the message and pushes it. A push refused because others published
	 * first leads to an update, and to a second push when it merged cleanly.
	 *
	 * @throws InvalidRemoteException
	 *             when the folder's repository was not cloned from a shared one (it has no remote {@code origin}):
	 *             nothing is committed
	 */
	public static Publication publish(Path folder, String message) throws IOException, GitAPIException {
		return publish(folder, message, null);
	}

	/**
	 * Publishes as {@link #publish(Path, String)}, logging in with the credentials when the remote asks for them
	 * (HTTPS, or a key's passphrase over SSH).
	 */
	public static Publication publish(Path folder, String message, CredentialsProvider credentials) throws IOException, GitAPIException {
		try (Git git = Git.open(folder.toFile())) {
			requireRemote(git);
			// a folder cloned by command-line Git and then shown in the workbench has its .project too
			excludeWorkbenchFiles(git.getRepository());
			ObjectId commit = null;
			// a merge whose conflicts all kept ours may hold no change, and is committed all the same
			if (!git.status().call().isClean() || git.getRepository().resolve(Constants.MERGE_HEAD) != null) {
				git.add().addFilepattern(".").call(); //$NON-NLS-1$
				git.add().setUpdate(true).addFilepattern(".").call(); //$NON-NLS-1$
				commit = git.commit().setMessage(message).call().getId();
			}
			Update update = null;
			for (int attempt = 0; attempt < 3; attempt++) {
				String refused;
				try {
					refused = push(git, credentials);
				} catch (org.eclipse.jgit.api.errors.TransportException e) {
					String login = credentials instanceof Logins logins ? logins.problem() : null;
					return new Publication(commit, update, false, login != null ? login : e.getMessage());
				}
				if (refused == null) {
					return new Publication(commit, update, true, null);
				}
				SshKeys.remote(git.fetch().setRemote(REMOTE), credentials).call();
				update = merge(git);
				if (!update.clean()) {
					return new Publication(commit, update, false, null);
				}
			}
			return new Publication(commit, update, false, TeamMessages.format("busyRemote")); //$NON-NLS-1$
		}
	}

	/**
	 * Refuses, as {@link #publish} and {@link #update} do before anything else, a folder whose repository has no shared
	 * one to publish to: the workbench says so before asking for a publication's message.
	 *
	 * @throws InvalidRemoteException
	 *             when the folder's repository was not cloned from a shared one (it has no remote {@code origin})
	 * @throws IOException
	 *             when the folder's repository cannot be read
	 */
	public static void requireShared(Path folder) throws IOException, InvalidRemoteException {
		try (Git git = Git.open(folder.toFile())) {
			requireRemote(git);
		}
	}

	/**
	 * The top folder of the Git repository holding the file or folder (its work tree), or null when it is in none.
	 */
	public static Path sharedFolder(Path file) {
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(file.toAbsolutePath().toFile());
		return builder.getGitDir() == null || !Constants.DOT_GIT.equals(builder.getGitDir().getName()) ? null
				: builder.getGitDir().toPath().getParent();
	}

	/** Whether the folder has changes not yet committed: {@link #update} refuses it, {@link #publish} commits them. */
	public static boolean changed(Path folder) throws IOException, GitAPIException {
		try (Git git = Git.open(folder.toFile())) {
			return git.status().call().hasUncommittedChanges();
		}
	}

	/** The two sides of an evaluation file the folder is merging (after an update that left conflicts). */
	public record Sides(EvaluationReport ours, EvaluationReport theirs) {
	}

	/**
	 * The two sides of an evaluation file as the update's merge read them: ours (the folder's last commit) and theirs
	 * (what others published), for a person choosing between them.
	 *
	 * @param path
	 *            the file's path in the repository, as {@link FileConflict#path()}
	 * @return null when the folder is not merging
	 * @throws IOException
	 *             when a side cannot be read (the message names it and the place)
	 */
	public static Sides sides(Path folder, String path) throws IOException {
		try (Git git = Git.open(folder.toFile())) {
			Repository repository = git.getRepository();
			ObjectId merging = repository.resolve(Constants.MERGE_HEAD);
			if (merging == null) {
				return null;
			}
			Path versions = Files.createTempDirectory("hyoka-sides"); //$NON-NLS-1$
			try (RevWalk walk = new RevWalk(repository)) {
				Path ours = blob(repository, walk.parseCommit(repository.resolve(Constants.HEAD)), path, versions.resolve("ours.hyoka")); //$NON-NLS-1$
				Path theirs = blob(repository, walk.parseCommit(merging), path, versions.resolve("theirs.hyoka")); //$NON-NLS-1$
				return new Sides(TeamFiles.load(ours), TeamFiles.load(theirs));
			} finally {
				deleteFolder(versions);
			}
		}
	}

	/** The launcher of the running product ({@code hyoka} in its folder), else {@code hyoka} from the PATH. */
	public static String launcher() {
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

	/** Pushes the branch; the reason when the remote refused it, null when it holds it now. */
	private static String push(Git git, CredentialsProvider credentials) throws IOException, GitAPIException {
		String branch = git.getRepository().getFullBranch();
		for (PushResult result : SshKeys.remote(git.push().setRemote(REMOTE), credentials).setRefSpecs(new RefSpec(branch + ":" + branch)).call()) { //$NON-NLS-1$
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				if (update.getStatus() != RemoteRefUpdate.Status.OK && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
					return update.getStatus() + (update.getMessage() == null ? "" : ": " + update.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		return null;
	}

	/**
	 * Refuses a repository without the shared one to publish to (made with {@code git init}, not cloned) before
	 * anything is committed: JGit would only say "Invalid remote: origin", in English.
	 */
	private static void requireRemote(Git git) throws InvalidRemoteException {
		if (!git.getRepository().getRemoteNames().contains(REMOTE)) {
			throw new InvalidRemoteException(TeamMessages.format("noRemote")); //$NON-NLS-1$
		}
	}

	private static void refuseUncommitted(Git git, Path folder) throws IOException, GitAPIException {
		if (git.status().call().hasUncommittedChanges()) {
			throw new IOException(TeamMessages.format("uncommitted", folder)); //$NON-NLS-1$
		}
	}

	/** Merges the fetched branch into the checked-out one. */
	private static Update merge(Git git) throws IOException, GitAPIException {
		Repository repository = git.getRepository();
		ObjectId remote = repository.resolve(Constants.R_REMOTES + REMOTE + "/" + repository.getBranch()); //$NON-NLS-1$
		ObjectId head = repository.resolve(Constants.HEAD);
		if (remote == null || remote.equals(head)) {
			return new Update(Status.UP_TO_DATE, List.of(), List.of(), List.of());
		}
		RevCommit base;
		RevCommit ours;
		RevCommit theirs;
		try (RevWalk walk = new RevWalk(repository)) {
			theirs = walk.parseCommit(remote);
			ours = head == null ? null : walk.parseCommit(head);
			if (ours != null && walk.isMergedInto(theirs, ours)) {
				return new Update(Status.UP_TO_DATE, List.of(), List.of(), List.of());
			}
			// a clone of an empty repository has no commit of its own yet
			if (ours == null || walk.isMergedInto(ours, theirs)) {
				git.merge().include(theirs).setFastForward(FastForwardMode.FF_ONLY).call();
				return new Update(Status.FAST_FORWARD, List.of(), List.of(), List.of());
			}
			walk.reset();
			walk.setRevFilter(RevFilter.MERGE_BASE);
			walk.markStart(walk.parseCommit(head));
			walk.markStart(walk.parseCommit(remote));
			base = walk.next();
		}
		org.eclipse.jgit.api.MergeResult lines = git.merge().include(theirs).setCommit(false).setFastForward(FastForwardMode.NO_FF)
				.setStrategy(MergeStrategy.RECURSIVE).call();
		if (lines.getMergeStatus() == org.eclipse.jgit.api.MergeResult.MergeStatus.FAILED) {
			throw new IOException(TeamMessages.format("mergeFailed", lines.getFailingPaths())); //$NON-NLS-1$
		}
		List<String> merged = new ArrayList<>();
		List<FileConflict> conflicts = new ArrayList<>();
		for (String path : changedOnBothSides(repository, base, ours, theirs)) {
			MergeResult result = mergeFile(repository, path, base, ours, theirs);
			git.add().addFilepattern(path).call();
			merged.add(path);
			if (!result.clean()) {
				conflicts.add(new FileConflict(path, result));
			}
		}
		List<String> others = new ArrayList<>(git.status().call().getConflicting());
		if (conflicts.isEmpty() && others.isEmpty()) {
			git.commit().setMessage(TeamMessages.format("mergeMessage", repository.getBranch())).call(); //$NON-NLS-1$
		}
		return new Update(Status.MERGED, List.copyOf(merged), List.copyOf(conflicts), List.copyOf(others));
	}

	/** The evaluation files both sides changed since the base, each its own way, and neither deleted. */
	private static List<String> changedOnBothSides(Repository repository, RevCommit base, RevCommit ours, RevCommit theirs) throws IOException {
		List<String> paths = new ArrayList<>();
		try (TreeWalk walk = new TreeWalk(repository)) {
			if (base == null) {
				walk.addTree(new EmptyTreeIterator());
			} else {
				walk.addTree(base.getTree());
			}
			walk.addTree(ours.getTree());
			walk.addTree(theirs.getTree());
			walk.setRecursive(true);
			walk.setFilter(PathSuffixFilter.create(EVALUATIONS));
			while (walk.next()) {
				ObjectId b = walk.getObjectId(0);
				ObjectId o = walk.getObjectId(1);
				ObjectId t = walk.getObjectId(2);
				if (!o.equals(ObjectId.zeroId()) && !t.equals(ObjectId.zeroId()) && !o.equals(b) && !t.equals(b) && !o.equals(t)) {
					paths.add(walk.getPathString());
				}
			}
		}
		return paths;
	}

	/** Merges the three versions of the file by object into the work tree's file. */
	private static MergeResult mergeFile(Repository repository, String path, RevCommit base, RevCommit ours, RevCommit theirs) throws IOException {
		Path folder = Files.createTempDirectory("hyoka-merge"); //$NON-NLS-1$
		try {
			Path b = blob(repository, base, path, folder.resolve("base")); //$NON-NLS-1$
			Path o = blob(repository, ours, path, folder.resolve("ours")); //$NON-NLS-1$
			Path t = blob(repository, theirs, path, folder.resolve("theirs")); //$NON-NLS-1$
			return TeamFiles.merge(b, o, t, repository.getWorkTree().toPath().resolve(path));
		} finally {
			deleteFolder(folder);
		}
	}

	static void deleteFolder(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
		}
		Files.deleteIfExists(folder);
	}

	/** The file as the commit holds it, empty when it holds none. */
	static Path blob(Repository repository, RevCommit commit, String path, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			if (commit != null) {
				try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
					if (walk != null) {
						repository.open(walk.getObjectId(0)).copyTo(out);
					}
				}
			}
		}
		return file;
	}
}
