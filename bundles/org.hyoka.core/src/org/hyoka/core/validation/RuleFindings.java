package org.hyoka.core.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.Rule;
import org.hyoka.core.rules.RuleSet;

/**
 * Findings of the rule sets on one object, as EMF diagnostics with the set's bundle as source, the rule's number as
 * code and {@code data = [object, rule]}, or {@code [object, rule, feature]} when the rule names the feature. Used by one thread, for one set after the other.
 */
final class RuleFindings implements Findings {

	/** The key in a validation context of the run's shared values: a map that several threads may use at once. */
	static final String SHARED = "org.hyoka.core.validation.shared"; //$NON-NLS-1$

	private final DiagnosticChain chain;
	private final Map<Object, Object> shared;
	private RuleSet ruleSet;
	private boolean clean = true;

	/**
	 * @param context
	 *            the validation context, holding the run's {@link #SHARED} values (put there when missing, as by a
	 *            plain diagnostician, whose context is the run's), or null
	 */
	RuleFindings(DiagnosticChain chain, Map<Object, Object> context) {
		this.chain = chain;
		@SuppressWarnings("unchecked")
		Map<Object, Object> values = context == null ? null : (Map<Object, Object>) context.computeIfAbsent(SHARED, key -> shared());
		this.shared = values;
	}

	/** A new map of shared values for one run. */
	static Map<Object, Object> shared() {
		return new ConcurrentHashMap<>();
	}

	/** The set whose checker reports next. */
	void of(RuleSet set) {
		ruleSet = set;
	}

	@Override
	public Rule rule(String code) {
		return ruleSet.rule(code).orElseThrow(() -> new IllegalArgumentException(ruleSet.id() + ": " + code)); //$NON-NLS-1$
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T shared(Object key, Supplier<T> value) {
		return shared == null ? value.get() : (T) shared.computeIfAbsent(key, k -> value.get());
	}

	@Override
	public void report(String code, int severity, EObject object, Object... arguments) {
		reportAt(code, severity, object, null, arguments);
	}

	@Override
	public void reportAt(String code, int severity, EObject object, EStructuralFeature feature, Object... arguments) {
		reportIn(code, severity, object, object, feature, arguments);
	}

	@Override
	public void reportIn(String code, int severity, EObject object, EObject holder, EStructuralFeature feature, Object... arguments) {
		Rule rule = rule(code);
		clean = false;
		if (chain == null) {
			return;
		}
		Object[] values = new Object[arguments.length + 1];
		values[0] = ObjectLabels.describe(object);
		for (int i = 0; i < arguments.length; i++) {
			values[i + 1] = String.valueOf(arguments[i]); // as printed: no digit grouping of years
		}
		chain.add(new BasicDiagnostic(severity, ruleSet.bundle(), rule.number(), SourceLines.unplaced(rule.message(values)),
				feature == null ? new Object[] { object, rule }
						: holder == object ? new Object[] { object, rule, feature } : new Object[] { object, rule, feature, holder }));
	}

	boolean clean() {
		return clean;
	}
}
