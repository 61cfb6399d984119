package org.hyoka.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.Named;
import org.hyoka.model.base.Organization;
import org.hyoka.model.base.Person;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchTask;
import org.hyoka.model.results.ResultsPackage;

/**
 * Rules on the shape of the program and on what the report repeats: unique project letters, a task row printed
 * twice, a project's description copied into another project, and a person's name or an organization's
 * abbreviation spelled two ways (see {@link NameSpellings}).
 */
public final class StructureRules implements RuleChecker {

	private static final String PROJECT_LETTER_DUPLICATE = "HY-ST-01"; //$NON-NLS-1$
	private static final String TASK_DUPLICATE = "HY-ST-03"; //$NON-NLS-1$
	private static final String PERSON_SPELLINGS = "HY-ST-04"; //$NON-NLS-1$
	private static final String ABBREVIATION_SPELLINGS = "HY-ST-05"; //$NON-NLS-1$
	private static final String DESCRIPTION_COPIED = "HY-ST-06"; //$NON-NLS-1$

	/** The texts that describe a project in its own words, compared with the other projects'. */
	private static final List<EAttribute> DESCRIPTIONS = List.of(ProgramPackage.Literals.EVALUATION_SUBJECT__PURPOSE,
			ProgramPackage.Literals.NARRATIVE_SECTION__TEXT, ProgramPackage.Literals.RESEARCH_ITEM__DESCRIPTION,
			ResultsPackage.Literals.OUTCOME_INDICATOR__CONTENT);
	/** Shorter texts are set phrases that projects share without copying (「こうした理由から、…」). */
	private static final int DESCRIPTION_MIN_LENGTH = 60;
	/** How much of a copied text its message quotes. */
	private static final int QUOTED = 30;

	@Override
	public void check(EObject object, Findings findings) {
		switch (object) {
		case Program program -> check(program, findings);
		case ResearchTask task -> check(task, findings);
		case Person person -> check(person, findings);
		case Organization organization -> check(organization, findings);
		default -> {
			// not a type of this set
		}
		}
	}

	private static void check(Program program, Findings findings) {
		Set<String> letters = new HashSet<>();
		for (Project project : program.getProjects()) {
			String letter = project.getLetterCode();
			if (letter != null && !letters.add(letter.strip())) {
				findings.reportAt(PROJECT_LETTER_DUPLICATE, project, ProgramPackage.Literals.PROJECT__LETTER_CODE, letter);
			}
		}
		// each text of a project against the texts of the projects before it
		Map<String, EObject> earlier = new HashMap<>();
		for (Project project : program.getProjects()) {
			Map<String, EObject> own = new HashMap<>();
			for (Described text : descriptions(project)) {
				EObject first = earlier.get(text.normal());
				if (first != null) {
					findings.reportAt(DESCRIPTION_COPIED, text.holder(), text.attribute(), quote(text.value()),
							SourceLines.of(text.holder()), ObjectLabels.describe(first), SourceLines.of(first));
				}
				own.putIfAbsent(text.normal(), text.holder());
			}
			own.forEach(earlier::putIfAbsent);
		}
	}

	/** A task against the ones before it in its project's table. */
	private static void check(ResearchTask task, Findings findings) {
		if (task.eContainer() instanceof Project project) {
			List<ResearchTask> tasks = project.getResearchTasks();
			tasks.subList(0, tasks.indexOf(task)).stream().filter(earlier -> sameRow(earlier, task)).findFirst()
					.ifPresent(first -> findings.report(TASK_DUPLICATE, task, task.getNameJa(),
							String.join("、", task.getPerformers().stream().map(ObjectLabels::of).toList()), //$NON-NLS-1$
							SourceLines.of(first), SourceLines.of(task)));
		}
	}

	private static void check(Person person, Findings findings) {
		spellings(person, person.getNameJa()).forEach(alias -> findings.reportAt(PERSON_SPELLINGS, person,
				BasePackage.Literals.NAMED__ALIASES, person.getNameJa(), SourceLines.printing(person, person.getNameJa(), alias),
				alias, SourceLines.printing(person, alias, person.getNameJa())));
	}

	private static void check(Organization organization, Findings findings) {
		String abbreviation = organization.getAbbreviation();
		spellings(organization, abbreviation).forEach(alias -> findings.reportAt(ABBREVIATION_SPELLINGS,
				organization, BasePackage.Literals.ORGANIZATION__ABBREVIATION, abbreviation,
				SourceLines.printing(organization, abbreviation, alias), alias, SourceLines.printing(organization, alias, abbreviation)));
	}

	/** The aliases that spell the name another way (not those that only space or widen it, nor its short forms). */
	private static List<String> spellings(Named named, String name) {
		// reading aliases never set would create their list, which a validation must not change
		return name == null || !named.eIsSet(BasePackage.Literals.NAMED__ALIASES) ? List.of()
				: named.getAliases().stream().filter(alias -> NameSpellings.variants(name, alias)).toList();
	}

	/** The same task by the same performers under the same number: one row printed twice. */
	private static boolean sameRow(ResearchTask a, ResearchTask b) {
		return a.getNameJa() != null && NameSpellings.normal(a.getNameJa()).equals(NameSpellings.normal(b.getNameJa()))
				&& Objects.equals(a.getCode(), b.getCode()) && a.getPerformers().equals(b.getPerformers());
	}

	private record Described(EObject holder, EAttribute attribute, String value, String normal) {
	}

	private static List<Described> descriptions(Project project) {
		List<Described> texts = new ArrayList<>();
		List<EObject> objects = new ArrayList<>(List.of(project));
		project.eAllContents().forEachRemaining(objects::add);
		for (EObject object : objects) {
			for (EAttribute attribute : DESCRIPTIONS) {
				if (attribute.getEContainingClass().isSuperTypeOf(object.eClass()) && object.eGet(attribute) instanceof String value
						&& NameSpellings.normal(value).length() >= DESCRIPTION_MIN_LENGTH) {
					texts.add(new Described(object, attribute, value, NameSpellings.normal(value)));
				}
			}
		}
		return texts;
	}

	private static String quote(String text) {
		String line = text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		return line.length() <= QUOTED ? line : line.substring(0, QUOTED) + "…"; //$NON-NLS-1$
	}
}
