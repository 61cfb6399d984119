package org.hyoka.core.validation;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.program.Project;

/** Rules on the shape of the program: unique project letters. */
public final class StructureRules implements RuleChecker {

	private static final String PROJECT_LETTER_DUPLICATE = "HY-ST-01"; //$NON-NLS-1$

	@Override
	public void check(EObject object, Findings findings) {
		if (object instanceof Program program) {
			Set<String> letters = new HashSet<>();
			for (Project project : program.getProjects()) {
				String letter = project.getLetterCode();
				if (letter != null && !letters.add(letter.strip())) {
					findings.reportAt(PROJECT_LETTER_DUPLICATE, project, ProgramPackage.Literals.PROJECT__LETTER_CODE, letter);
				}
			}
		}
	}
}
