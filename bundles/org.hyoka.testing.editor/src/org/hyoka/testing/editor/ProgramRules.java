package org.hyoka.testing.editor;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;

/** The editor tests' rule set: one finding on every program, so that the Problems view lists a contributed rule. */
public final class ProgramRules implements RuleChecker {

	@Override
	public void check(EObject object, Findings findings) {
		findings.report("TS-ED-01", object); //$NON-NLS-1$
	}
}
