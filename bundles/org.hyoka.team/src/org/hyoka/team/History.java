package org.hyoka.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.FollowFilter;
import org.eclipse.jgit.revwalk.RenameCallback;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.team.internal.TeamMessages;

/**
 * The history of one evaluation file in its Git repository, as a secretariat reads it (docs/team.md): its versions,
 * from the commits that changed it, and what a version changed, by object and feature, compared by {@link ModelDiff}
 * as a merge compares; and an object, or the whole file, restored from a version.
 */
public final class History {

	private History() {
	}

	/**
	 * The versions of the file, newest first: the commits of the checked-out branch that changed it, followed across
	 * renames. Empty for a file not committed yet.
	 *
	 * @throws IOException
	 *             the file is not in a Git repository (the message names it), or the repository cannot be read
	 */
	public static List<Version> versions(Path file) throws IOException {
		try (Repository repository = open(file); RevWalk walk = new RevWalk(repository)) {
			ObjectId head = repository.resolve(Constants.HEAD);
			if (head == null) {
				return List.of();
			}
			String[] path = { path(repository, file) };
			String[] renamedFrom = { null };
			FollowFilter filter = FollowFilter.create(path[0], repository.getConfig().get(DiffConfig.KEY));
			filter.setRenameCallback(new RenameCallback() {
				@Override
				public void renamed(DiffEntry entry) {
					renamedFrom[0] = entry.getOldPath();
				}
			});
			walk.setTreeFilter(filter);
			// each commit as the filter passed it, so that a rename applies to the commits after it
			walk.setRewriteParents(false);
			walk.markStart(walk.parseCommit(head));
			List<Version> versions = new ArrayList<>();
			for (RevCommit commit : walk) {
				versions.add(version(commit, path[0]));
				if (renamedFrom[0] != null) {
					path[0] = renamedFrom[0];
					renamedFrom[0] = null;
				}
			}
			return List.copyOf(versions);
		}
	}

	/**
	 * The version of the file a revision names (a commit id or its start, a branch, a tag, {@code HEAD~2}…): the file
	 * as that commit holds it, under its path there.
	 *
	 * @throws IOException
	 *             the revision names no commit of the repository (the message names it and the file)
	 */
	public static Version version(Path file, String revision) throws IOException {
		List<Version> versions = versions(file);
		try (Repository repository = open(file); RevWalk walk = new RevWalk(repository)) {
			ObjectId id;
			try {
				id = repository.resolve(revision + "^{commit}"); //$NON-NLS-1$
			} catch (IOException | RuntimeException e) {
				id = null;
			}
			if (id == null) {
				throw new IOException(TeamMessages.format("noRevision", file, revision)); //$NON-NLS-1$
			}
			RevCommit commit = walk.parseCommit(id);
			// the path of the newest version the commit holds: the file as it was named then
			for (Version version : versions) {
				if (walk.isMergedInto(walk.parseCommit(ObjectId.fromString(version.commit())), commit)) {
					return version(commit, version.path());
				}
			}
			return version(commit, path(repository, file));
		}
	}

	/**
	 * The evaluation as the version holds it.
	 *
	 * @return null when the version has no such file (a commit that deleted it)
	 * @throws IOException
	 *             the file cannot be read (the message names it, the version and the place)
	 */
	public static EvaluationReport read(Path file, Version version) throws IOException {
		try (Repository repository = open(file); RevWalk walk = new RevWalk(repository)) {
			RevCommit commit = walk.parseCommit(ObjectId.fromString(version.commit()));
			try (TreeWalk entry = TreeWalk.forPath(repository, version.path(), commit.getTree())) {
				if (entry == null) {
					return null;
				}
			}
			Path folder = Files.createTempDirectory("hyoka-history"); //$NON-NLS-1$
			try {
				return HyokaFiles.load(Sharing.blob(repository, commit, version.path(), folder.resolve(Path.of(version.path()).getFileName())));
			} catch (IOException e) {
				throw new IOException(TeamMessages.format("unreadableVersion", version.path(), version.shortId(), e.getMessage()), e); //$NON-NLS-1$
			} finally {
				Sharing.deleteFolder(folder);
			}
		}
	}

	/**
	 * What changed from one version of an evaluation to another: features of objects both hold, objects added and
	 * removed, objects without ids moved in their lists, in the order of the later model.
	 *
	 * @param before
	 *            the earlier version, null for none (the file was added)
	 * @param after
	 *            the later version, null for none (the file was deleted)
	 */
	public static List<Change> changes(EObject before, EObject after) {
		return ModelDiff.changes(before, after);
	}

	/**
	 * Gives the model's object of the path what the version holds for it, in place: its features and contents, added
	 * back into the object that held it when the model no longer has it, removed when the version has none. The
	 * model's other objects keep their identity; make the change as a command to undo it.
	 *
	 * @param path
	 *            {@link Change#path()}; null to restore the whole model
	 * @return false, changing nothing, when the object cannot be added back because the object that held it is gone
	 *         as well (restore that one first), or the root would be removed
	 */
	public static boolean restore(EObject model, EObject version, String path) {
		return Restore.restore(model, version, path);
	}

	/** Whether {@link #restore} can restore the object of the path: false where it would change nothing. */
	public static boolean restorable(EObject model, EObject version, String path) {
		return Restore.possible(model, version, path);
	}

	/**
	 * Restores what a row of {@link #changes} is about. An object without an id that moved in its list goes back to
	 * its place: the list's entries take the version's order, each as the model holds it, and the rest of the
	 * list's owner stays as it is (the row's path is the owner's); where entries were added to or removed from the
	 * list since, the list as the version holds it. So does a row of an object without an id added to or removed
	 * from a list whose entries changed places (its path is the owner's too). A changed feature of an entry without
	 * an id whose place changed (its path is the owner's) restores that entry where it is now, not the owner. Any
	 * other row restores the object of its path, as {@link #restore} does.
	 *
	 * @return false, changing nothing, where {@link #changeRestorable} is false
	 */
	public static boolean restoreChange(EObject model, EObject version, Change change) {
		if (Restore.ofList(model, version, change)) {
			return Restore.order(model, version, change.path(), change.feature());
		}
		return Restore.shiftedEntry(model, version, change) || Restore.restore(model, version, change.path());
	}

	/** Whether {@link #restoreChange} can restore what the row is about. */
	public static boolean changeRestorable(EObject model, EObject version, Change change) {
		return Restore.ofList(model, version, change) || change.kind() != Change.Kind.MOVED && Restore.possible(model, version, change.path());
	}

	private static Version version(RevCommit commit, String path) {
		return new Version(commit.getName(), commit.getAuthorIdent().getName(), commit.getAuthorIdent().getWhenAsInstant(),
				commit.getShortMessage(), path);
	}

	static Repository open(Path file) throws IOException {
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(file.toAbsolutePath().toFile());
		if (builder.getGitDir() == null) {
			throw new IOException(TeamMessages.format("notARepository", file)); //$NON-NLS-1$
		}
		return builder.setMustExist(true).build();
	}

	/** The file's path in the repository's work tree, with Git's separators. */
	static String path(Repository repository, Path file) throws IOException {
		Path top = repository.getWorkTree().toPath().toRealPath();
		Path absolute = file.toAbsolutePath().normalize();
		Path real = Files.exists(absolute) ? absolute.toRealPath() : absolute.getParent().toRealPath().resolve(absolute.getFileName());
		if (!real.startsWith(top)) {
			throw new IOException(TeamMessages.format("notARepository", file)); //$NON-NLS-1$
		}
		return top.relativize(real).toString().replace('\\', '/');
	}
}
