package org.hyoka.core.rules;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

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

	/**
	 * The feature of its object a finding names, if any: the third datum of a rule's finding, the second of EMF's
	 * own (a multiplicity or a type that does not fit).
	 */
	public static Optional<EStructuralFeature> feature(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		int index = of(diagnostic).isPresent() ? 2 : 1;
		return data.size() > index && data.get(index) instanceof EStructuralFeature feature ? Optional.of(feature) : Optional.empty();
	}

	/**
	 * The object whose {@linkplain #feature(Diagnostic) feature} a rule's finding names: its fourth datum where the
	 * field is another object's (a budget table's printed total of one year), else the finding's object.
	 */
	public static Optional<EObject> holder(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		if (of(diagnostic).isPresent() && data.size() > 3 && data.get(3) instanceof EObject holder) {
			return Optional.of(holder);
		}
		return !data.isEmpty() && data.get(0) instanceof EObject object ? Optional.of(object) : Optional.empty();
	}

	/** Stable code, e.g. HY-SC-02. */
	public String code() {
		return code;
	}

	/** Stable number, the code of the EMF diagnostic. */
	public int number() {
		return number;
	}

	/** The names of the severities as rule sets declare them and findings print them: error, warning, info. */
	public static final List<String> SEVERITY_NAMES = List.of("error", "warning", "info"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** The name of a {@link Diagnostic} severity: error (also for cancel), warning, or info for anything lower. */
	public static String severityName(int severity) {
		return severity >= Diagnostic.ERROR ? "error" : severity == Diagnostic.WARNING ? "warning" : "info"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The {@link Diagnostic} severity of a name of {@link #SEVERITY_NAMES}; -1 for any other text. */
	public static int severityOf(String name) {
		return switch (name) {
		case "error" -> Diagnostic.ERROR; //$NON-NLS-1$
		case "warning" -> Diagnostic.WARNING; //$NON-NLS-1$
		case "info" -> Diagnostic.INFO; //$NON-NLS-1$
		default -> -1;
		};
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
