package org.hyoka.roadmap.exchange;

import java.nio.file.Path;
import java.util.Locale;

/** The plan files exchanged, by their file name extension. */
public enum PlanFormat {

	/** Microsoft Project's XML (MSPDI), which MS Project, ProjectLibre and most planning tools read and write. */
	MSPDI(".xml"), //$NON-NLS-1$

	/** GanttProject's own file. */
	GANTTPROJECT(".gan"); //$NON-NLS-1$

	private final String extension;

	PlanFormat(String extension) {
		this.extension = extension;
	}

	/** The extension of its files, with the dot. */
	public String extension() {
		return extension;
	}

	/** The format of a file by its name, or null when it names neither. */
	public static PlanFormat of(Path file) {
		Path name = file.getFileName();
		String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		for (PlanFormat format : values()) {
			if (lower.endsWith(format.extension)) {
				return format;
			}
		}
		return null;
	}
}
