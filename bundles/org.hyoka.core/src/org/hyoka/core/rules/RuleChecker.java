package org.hyoka.core.rules;

import org.eclipse.emf.ecore.EObject;

/**
 * Checks one rule set on one object. The validator calls it for every object of the types its rule set names, from
 * several threads at once: it only reads the model and keeps no state between calls.
 */
@FunctionalInterface
public interface RuleChecker {

	/** Reports through {@code findings} what is wrong with {@code object}, an instance of one of the set's types. */
	void check(EObject object, Findings findings);
}
