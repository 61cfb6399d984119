package org.hyoka.cli;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;

/** The command line tests' rule set: one finding on every program, so that hyoka validate shows a contributed rule. */
public final class ProgramRules implements RuleChecker {

	@Override
	public void check(EObject object, Findings findings) {
		findings.report("TS-CL-01", object); //$NON-NLS-1$
	}
}
