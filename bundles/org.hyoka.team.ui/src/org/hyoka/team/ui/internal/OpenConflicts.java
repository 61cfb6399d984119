package org.hyoka.team.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hyoka.team.Sharing.FileConflict;

/**
 * The conflicts the last update of each folder left, for the Conflicts view, until the folder is published or updated
 * again. Used on the UI thread.
 */
final class OpenConflicts {

	/** The conflicts of one evaluation file of a folder. */
	record Entry(TeamFolder folder, FileConflict file) {
	}

	private static final Map<Path, List<Entry>> BY_FOLDER = new LinkedHashMap<>();
	private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

	private OpenConflicts() {
	}

	/** Replaces the conflicts of the folder; none for a folder that has none left. */
	static void set(TeamFolder folder, List<FileConflict> conflicts) {
		if (conflicts.isEmpty()) {
			BY_FOLDER.remove(folder.path());
		} else {
			BY_FOLDER.put(folder.path(), conflicts.stream().map(file -> new Entry(folder, file)).toList());
		}
		LISTENERS.forEach(Runnable::run);
	}

	/** The conflicts of the folders that are still there. */
	static List<Entry> all() {
		BY_FOLDER.keySet().removeIf(folder -> !Files.isDirectory(folder));
		List<Entry> all = new ArrayList<>();
		BY_FOLDER.values().forEach(all::addAll);
		return all;
	}

	static void listen(Runnable listener) {
		LISTENERS.add(listener);
	}

	static void stopListening(Runnable listener) {
		LISTENERS.remove(listener);
	}
}
