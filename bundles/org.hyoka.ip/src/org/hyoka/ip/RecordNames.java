package org.hyoka.ip;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.model.base.Organization;

/**
 * What a user calls a record of a register, without its id (#47): an application by its title and number, a licence
 * by its licensee and field, an organization by its name, another record by its title or subject. The Deadlines view,
 * the register's pickers and the calendar's reminders name records so, as an IP office does, and show the id only
 * where these words are missing or shared.
 */
public final class RecordNames {

	private static final List<String> TITLES = List.of("titleJa", "subjectJa"); //$NON-NLS-1$ //$NON-NLS-2$

	private RecordNames() {
	}

	/** The record's words, or null when the file gives it none. */
	public static String of(EObject object) {
		String words = switch (object) {
		case Organization organization -> organization.getNameJa();
		case PatentApplication application -> join(application.getTitleJa(), application.getApplicationNumber());
		case Licence licence -> join(licence.getLicensee() == null ? null : licence.getLicensee().getNameJa(), licence.getField());
		default -> title(object);
		};
		return words == null || words.isBlank() ? null : words.strip();
	}

	/**
	 * A record as a list shows it: its words with the id after them in brackets, or the id alone when the file gives
	 * it no words. One form for the Deadlines view and the calendar's reminders.
	 */
	public static String withId(String words, String id) {
		return words == null ? id : words + " (" + id + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String title(EObject object) {
		for (String name : TITLES) {
			if (object.eClass().getEStructuralFeature(name) instanceof EAttribute title && object.eGet(title) instanceof String text) {
				return text;
			}
		}
		return null;
	}

	private static String join(String first, String second) {
		if (first == null || first.isBlank()) {
			return second;
		}
		return second == null || second.isBlank() ? first : first.strip() + " " + second.strip(); //$NON-NLS-1$
	}
}
