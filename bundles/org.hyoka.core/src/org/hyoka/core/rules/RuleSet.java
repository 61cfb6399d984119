package org.hyoka.core.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Placement;

/**
 * A group of rules contributed by one bundle: their codes, numbers, default severities and messages, the model
 * types they apply to, and the {@link RuleChecker} that checks them, created when first needed.
 */
public final class RuleSet {

	/** Creates the checker; refuses with a message that names the contributing bundle. */
	@FunctionalInterface
	interface Factory {
		RuleChecker create() throws ContributionException;
	}

	/**
	 * A rule as its set declares it.
	 *
	 * @param code
	 *            stable code, also the key of its message
	 * @param number
	 *            stable number, unique among all rules: the code of the EMF diagnostic
	 * @param severity
	 *            default severity, a {@code Diagnostic} severity
	 */
	public record Definition(String code, int number, int severity) {
	}

	private final String id;
	private final String bundle;
	private final String messages;
	private final List<String> types;
	private final Map<String, Rule> rules = new LinkedHashMap<>();
	private final Placement placement;
	private final Factory factory;
	private final Consumer<ContributionException> problems;
	private volatile RuleChecker checker;
	private volatile boolean broken;

	RuleSet(String id, String bundle, String messages, List<String> types, List<Definition> declared, Placement placement,
			Factory factory, Consumer<ContributionException> problems) {
		this.id = id;
		this.bundle = bundle;
		this.messages = messages;
		this.types = List.copyOf(types);
		this.placement = placement;
		this.factory = factory;
		this.problems = problems;
		for (Definition rule : declared) {
			rules.put(rule.code(), new Rule(rule.code(), rule.number(), rule.severity(), this));
		}
	}

	/**
	 * A set built in plain Java, for a registry made with {@link RuleRegistry#of}: e.g. a tool's own rules outside
	 * OSGi. Its messages are looked up with the checker's class loader.
	 */
	public static RuleSet of(String id, String bundle, String messages, RuleChecker checker, List<String> types, Placement placement,
			List<Definition> rules) {
		return new RuleSet(id, bundle, messages, types, rules, placement, () -> checker, problem -> {
			// the checker exists already: nothing can go wrong creating it
		});
	}

	/** Unique id of the set, e.g. {@code org.hyoka.core.scores}. */
	public String id() {
		return id;
	}

	/** Symbolic name of the contributing bundle. */
	public String bundle() {
		return bundle;
	}

	/** Base name of the resource bundle holding the messages, keyed by code, e.g. {@code org.hyoka.core.validation.messages}. */
	public String messages() {
		return messages;
	}

	/** Names of the model types (Java interfaces, or {@code org.eclipse.emf.ecore.EObject}) the set checks. */
	public List<String> types() {
		return types;
	}

	/** The set's rules, in declared order. */
	public List<Rule> rules() {
		return List.copyOf(rules.values());
	}

	/** The set's rule with this code. */
	public Optional<Rule> rule(String code) {
		return Optional.ofNullable(rules.get(code));
	}

	/** Where the set is checked among the others: ids of sets it follows or precedes. */
	public Placement placement() {
		return placement;
	}

	/**
	 * The checker, created on first use; empty when it cannot be created, which is reported once to the registry's
	 * problems, naming the bundle.
	 */
	public Optional<RuleChecker> checker() {
		RuleChecker created = checker;
		if (created == null && !broken) {
			synchronized (this) {
				if (checker == null && !broken) {
					try {
						checker = factory.create();
					} catch (ContributionException e) {
						broken = true;
						problems.accept(e);
					}
				}
				created = checker;
			}
		}
		return Optional.ofNullable(created);
	}

	/** Where the messages are looked up: the checker's own bundle. */
	ClassLoader classLoader() {
		return checker().map(each -> each.getClass().getClassLoader()).orElse(RuleSet.class.getClassLoader());
	}

	@Override
	public String toString() {
		return id;
	}
}
