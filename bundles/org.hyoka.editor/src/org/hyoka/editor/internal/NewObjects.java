package org.hyoka.editor.internal;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hyoka.core.preferences.HyokaPreferences;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.base.Organization;
import org.hyoka.model.base.Person;
import org.hyoka.model.evaluation.CommitteeMember;

/** Ids for objects the user adds: other objects refer to them by id, so each must be new in the file. */
final class NewObjects {

	private NewObjects() {
	}

	/**
	 * A new person of the report, with an id, and the command adding them to the report's people; the caller appends
	 * the command that adds what refers to them.
	 */
	static Person person(EditingDomain domain, EvaluationReport report, CompoundCommand command) {
		ChooseDialog.Creation<Person> creation = persons(report);
		Person person = creation.factory().get();
		command.append(AddCommand.create(domain, creation.owner(), creation.list(), person));
		return person;
	}

	/** How a dialog adds a new organization to the report: with an id, under the report's organizations. */
	static ChooseDialog.Creation<Organization> organizations(EvaluationReport report) {
		return new ChooseDialog.Creation<>(report, HyokaPackage.Literals.EVALUATION_REPORT__ORGANIZATIONS, () -> {
			Organization organization = BaseFactory.eINSTANCE.createOrganization();
			organization.setId(id(report, "org")); //$NON-NLS-1$
			return organization;
		});
	}

	/** How a dialog adds a new person to the report: with an id, under the report's people. */
	static ChooseDialog.Creation<Person> persons(EvaluationReport report) {
		return new ChooseDialog.Creation<>(report, HyokaPackage.Literals.EVALUATION_REPORT__PERSONS, () -> {
			Person person = BaseFactory.eINSTANCE.createPerson();
			person.setId(id(report, "person")); //$NON-NLS-1$
			return person;
		});
	}

	/**
	 * The committee member the user is, by the author name of their preferences (Window &gt; Preferences &gt; Hyoka),
	 * blanks ignored as names are printed with and without them; null when the name is none of the members'.
	 */
	static CommitteeMember author(EObject anywhere) {
		String name = withoutBlanks(HyokaPreferences.authorName());
		if (name.isEmpty() || !(EcoreUtil.getRootContainer(anywhere) instanceof EvaluationReport report) || report.getCommittee() == null) {
			return null;
		}
		return report.getCommittee().getMembers().stream()
				.filter(member -> member.getPerson() != null && name.equals(withoutBlanks(member.getPerson().getNameJa()))).findFirst()
				.orElse(null);
	}

	private static String withoutBlanks(String text) {
		return text == null ? "" : text.replaceAll("[\\s\u3000]", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The first of prefix-1, prefix-2… that no object of the file containing {@code anywhere} has. */
	static String id(EObject anywhere, String prefix) {
		Set<String> used = new HashSet<>();
		EcoreUtil.getRootContainer(anywhere).eAllContents().forEachRemaining(object -> {
			if (object instanceof Identifiable identifiable && identifiable.getId() != null) {
				used.add(identifiable.getId());
			}
		});
		int number = 1;
		while (used.contains(prefix + "-" + number)) { //$NON-NLS-1$
			number++;
		}
		return prefix + "-" + number; //$NON-NLS-1$
	}
}
