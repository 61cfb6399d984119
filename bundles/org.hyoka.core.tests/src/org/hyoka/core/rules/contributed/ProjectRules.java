package org.hyoka.core.rules.contributed;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.model.program.Project;

/**
 * The tests' contributed rule set: while {@link #enabled}, it reports TS-PR-01 on every project it is called for
 * and records the classes of the objects it was called with; while {@link #failing}, it throws instead. Off by
 * default, so the other tests see only the built-in findings.
 */
public final class ProjectRules implements RuleChecker {

	public static volatile boolean enabled;
	public static volatile boolean failing;
	public static final Set<EClass> CALLED_WITH = ConcurrentHashMap.newKeySet();

	@Override
	public void check(EObject object, Findings findings) {
		if (failing) {
			throw new IllegalStateException("failing on purpose"); //$NON-NLS-1$
		}
		if (enabled) {
			CALLED_WITH.add(object.eClass());
			if (object instanceof Project project) {
				findings.report("TS-PR-01", project, project.getLetterCode()); //$NON-NLS-1$
			}
		}
	}
}
