package org.hyoka.ip.ui.internal;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.hyoka.ip.CommitteeMeeting;
import org.hyoka.ip.PatentApplication;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.base.Organization;

/**
 * How the register's pickers and cells name what a reference points to (#47): a record by its title (an application
 * with its number), a decision by what was decided, a meeting by its number and date, an organization by its name.
 * The id shows only when there are no such words, or after them when another candidate shows the same words. A
 * typed text is read back by id first, so that ids typed as before are still accepted, then by these words.
 */
final class Labels {

	private static final List<String> TITLES = List.of("titleJa", "subjectJa"); //$NON-NLS-1$ //$NON-NLS-2$

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

	/** What a user calls the object, without its id; null when the file gives it no such words. */
	static String words(EObject object) {
		String words = switch (object) {
		case Organization organization -> organization.getNameJa();
		case CommitteeMeeting meeting -> meeting(meeting);
		case PatentApplication application -> join(application.getTitleJa(), application.getApplicationNumber());
		default -> title(object);
		};
		return words == null || words.isBlank() ? null : words.strip();
	}

	private static String title(EObject object) {
		for (String name : TITLES) {
			if (object.eClass().getEStructuralFeature(name) instanceof EAttribute title && object.eGet(title) instanceof String text) {
				return text;
			}
		}
		return null;
	}

	private static String meeting(CommitteeMeeting meeting) {
		if (meeting.getNumber() == null) {
			return meeting.getDate() == null ? null : meeting.getDate().toString();
		}
		return NLS.bind(Messages.meetingLabel, meeting.getNumber(), meeting.getDate() == null ? "-" : meeting.getDate().toString()); //$NON-NLS-1$
	}

	private static String join(String first, String second) {
		if (first == null || first.isBlank()) {
			return second;
		}
		return second == null || second.isBlank() ? first : first + " " + second; //$NON-NLS-1$
	}

	private static String id(EObject object) {
		return object instanceof Identifiable identifiable ? String.valueOf(identifiable.getId()) : ""; //$NON-NLS-1$
	}
}
