package org.hyoka.core.rules;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * One validation rule of a {@link RuleSet}. Its code never changes once published (tools and users filter on it);
 * its message, in the set's messages under the code, names the offending object as {0}.
 */
public final class Rule {

	private final String code;
	private final int number;
	private final int severity;
	private final RuleSet ruleSet;

	Rule(String code, int number, int severity, RuleSet ruleSet) {
		this.code = code;
		this.number = number;
		this.severity = severity;
		this.ruleSet = ruleSet;
	}

	/** The rule a finding of the Hyoka validator reports ({@code data = [object, rule]}); empty for EMF's own constraints. */
	public static Optional<Rule> of(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		return data.size() > 1 && data.get(1) instanceof Rule rule ? Optional.of(rule) : Optional.empty();
	}

	/** Stable code, e.g. HY-SC-02. */
	public String code() {
		return code;
	}

	/** Stable number, the code of the EMF diagnostic. */
	public int number() {
		return number;
	}

	/** Default severity, a {@link Diagnostic} severity (a checker may lower it, e.g. within a printed rounding tolerance). */
	public int severity() {
		return severity;
	}

	/** The set the rule belongs to. */
	public RuleSet ruleSet() {
		return ruleSet;
	}

	/** The message in the user's language, with the object's label as the first argument. */
	public String message(Object... arguments) {
		ResourceBundle messages = ResourceBundle.getBundle(ruleSet.messages(), Locale.getDefault(), ruleSet.classLoader());
		return MessageFormat.format(messages.getString(code), arguments);
	}

	@Override
	public String toString() {
		return code;
	}
}
