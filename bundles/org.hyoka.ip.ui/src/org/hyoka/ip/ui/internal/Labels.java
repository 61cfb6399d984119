package org.hyoka.ip.ui.internal;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.hyoka.ip.CommitteeMeeting;
import org.hyoka.ip.RecordNames;
import org.hyoka.model.base.Identifiable;

/**
 * How the register's pickers and cells name what a reference points to (#47): a record as {@link RecordNames} does,
 * a meeting by its number and date.
 * The id shows only when there are no such words, or after them when another candidate shows the same words. A
 * typed text is read back by id first, so that ids typed as before are still accepted, then by these words.
 */
final class Labels {

	private Labels() {
	}

	/** The object's label among the candidates a picker or cell offers. */
	static String of(EObject object, Collection<? extends EObject> among) {
		String own = words(object);
		if (own == null) {
			return id(object);
		}
		boolean shared = among.stream().anyMatch(other -> other != object && own.equals(words(other)));
		return shared ? own + " (" + id(object) + ")" : own; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The candidate a typed text names: the one with that id, else the one labelled so, else the only one whose
	 * words those are; null when none or several.
	 */
	static <T extends EObject> T find(String text, Collection<? extends T> candidates) {
		String typed = text.strip();
		for (T candidate : candidates) {
			if (typed.equals(id(candidate))) {
				return candidate;
			}
		}
		for (T candidate : candidates) {
			if (typed.equals(of(candidate, candidates))) {
				return candidate;
			}
		}
		List<? extends T> worded = candidates.stream().filter(candidate -> typed.equals(words(candidate))).toList();
		return worded.size() == 1 ? worded.get(0) : null;
	}

	/** What a user calls the object, without its id ({@link RecordNames}, a meeting by its number); null when none. */
	static String words(EObject object) {
		return object instanceof CommitteeMeeting meeting ? meeting(meeting) : RecordNames.of(object);
	}

	private static String meeting(CommitteeMeeting meeting) {
		if (meeting.getNumber() == null) {
			return meeting.getDate() == null ? null : meeting.getDate().toString();
		}
		return NLS.bind(Messages.meetingLabel, meeting.getNumber(), meeting.getDate() == null ? "-" : meeting.getDate().toString()); //$NON-NLS-1$
	}

	private static String id(EObject object) {
		return object instanceof Identifiable identifiable ? String.valueOf(identifiable.getId()) : ""; //$NON-NLS-1$
	}
}
