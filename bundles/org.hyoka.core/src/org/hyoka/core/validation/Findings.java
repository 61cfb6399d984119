package org.hyoka.core.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/** Where rules report what they find: EMF diagnostics carrying the object and the rule. */
final class Findings {

	/** Diagnostic source of all Hyoka rules. */
	static final String SOURCE = "org.hyoka.core"; //$NON-NLS-1$

	private final DiagnosticChain chain;
	private boolean clean = true;

	Findings(DiagnosticChain chain) {
		this.chain = chain;
	}

	/** Reports a rule against an object with the rule's own severity. */
	void report(Rule rule, EObject object, Object... arguments) {
		report(rule, rule.severity(), object, arguments);
	}

	/** Reports with a given severity; the message gets the object's label as {0} and then the arguments. */
	void report(Rule rule, int severity, EObject object, Object... arguments) {
		clean = false;
		if (chain == null) {
			return;
		}
		List<Object> values = new ArrayList<>();
		values.add(ObjectLabels.describe(object));
		for (Object argument : arguments) {
			values.add(String.valueOf(argument)); // as printed: no digit grouping of years
		}
		String message = ValidationMessages.format(rule.code(), values.toArray());
		chain.add(new BasicDiagnostic(severity, SOURCE, rule.number(), message, new Object[] { object, rule }));
	}

	boolean clean() {
		return clean;
	}
}
