package org.hyoka.testing.contributions;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.model.program.Program;

/** TC-01 (info): how many projects the program has, so the tests can see a contributed finding on every sample. */
public final class ProjectCountRule implements RuleChecker {

	@Override
	public void check(EObject object, Findings findings) {
		findings.report("TC-01", object, ((Program) object).getProjects().size()); //$NON-NLS-1$
	}
}
