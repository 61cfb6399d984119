package org.hyoka.core.rules;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Where a {@link RuleChecker} reports what it finds, by the codes of its own rule set. */
public interface Findings {

	/** Reports the rule against the object with the rule's default severity. */
	default void report(String code, EObject object, Object... arguments) {
		report(code, rule(code).severity(), object, arguments);
	}

	/**
	 * Reports the rule with this severity (a {@code Diagnostic} severity); its message gets the object's label as
	 * {0} and the arguments, as printed, from {1} on.
	 *
	 * @throws IllegalArgumentException
	 *             when the code is not a rule of the checker's own set
	 */
	void report(String code, int severity, EObject object, Object... arguments);

	/**
	 * Reports the rule against one feature of the object, with the rule's default severity: the field an editor
	 * focuses to show the finding, e.g. a meeting's number. The finding's data then names the feature third.
	 */
	default void reportAt(String code, EObject object, EStructuralFeature feature, Object... arguments) {
		reportAt(code, rule(code).severity(), object, feature, arguments);
	}

	/** As {@link #reportAt(String, EObject, EStructuralFeature, Object...)}, with this severity. */
	default void reportAt(String code, int severity, EObject object, EStructuralFeature feature, Object... arguments) {
		report(code, severity, object, arguments);
	}

	/**
	 * Reports the rule against the object, naming as its field a feature of another object it holds, e.g. the printed
	 * total of one year in a budget table: {0} still names the object. The finding's data then names the feature
	 * third and its holder fourth.
	 */
	default void reportIn(String code, EObject object, EObject holder, EStructuralFeature feature, Object... arguments) {
		reportIn(code, rule(code).severity(), object, holder, feature, arguments);
	}

	/** As {@link #reportIn(String, EObject, EObject, EStructuralFeature, Object...)}, with this severity. */
	default void reportIn(String code, int severity, EObject object, EObject holder, EStructuralFeature feature, Object... arguments) {
		reportAt(code, severity, object, feature, arguments);
	}

	/**
	 * A value made once per validation run and shared by every call of the checkers in it, e.g. an index of the
	 * report that a checker would otherwise scan for each object it checks. Several threads read it: it must not
	 * change once made, and {@code value} must not ask for another shared value. Outside a run (a checker called on
	 * its own) the value is made at each call.
	 *
	 * @param key
	 *            equal for the same value within a run, e.g. a record of the checker's and the report
	 */
	default <T> T shared(Object key, Supplier<T> value) {
		return value.get();
	}

	/**
	 * The rule of the checker's own set with this code.
	 *
	 * @throws IllegalArgumentException
	 *             when the set has no such rule
	 */
	Rule rule(String code);
}
