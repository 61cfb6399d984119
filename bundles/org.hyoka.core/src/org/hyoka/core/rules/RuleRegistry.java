package org.hyoka.core.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.contributions.Contribution;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Contributions;
import org.hyoka.core.contributions.Placement;

/**
 * The installed validation rules, in rule sets contributed to the {@value #EXTENSION_POINT} extension point, core's
 * own included. Sets are checked in order: core's as its plugin.xml lists them, then the others, placed by their
 * {@code after} and {@code before}. A set whose id, code or number is already taken, or that lacks an attribute, is
 * left out and reported in {@link #problems()}, naming its bundle; so is a set whose checker cannot be created.
 */
public final class RuleRegistry {

	public static final String PLUGIN_ID = "org.hyoka.core"; //$NON-NLS-1$
	public static final String EXTENSION_POINT = PLUGIN_ID + ".rules"; //$NON-NLS-1$

	private static final String CLASS = "class"; //$NON-NLS-1$
	private static final String EOBJECT = EObject.class.getName();

	/** A set that applies to a class, with its checker. */
	public record Check(RuleSet ruleSet, RuleChecker checker) {
	}

	private final List<RuleSet> sets;
	private final Map<String, Rule> rules = new LinkedHashMap<>();
	private final List<IStatus> problems;
	private final ConcurrentHashMap<EClass, List<Check>> checks = new ConcurrentHashMap<>();
	private final Set<String> failures = ConcurrentHashMap.newKeySet();

	private RuleRegistry(List<RuleSet> sets, List<IStatus> problems) {
		this.sets = List.copyOf(sets);
		this.problems = problems;
		sets.forEach(set -> set.rules().forEach(rule -> rules.put(rule.code(), rule)));
	}

	/**
	 * The rules of the running workbench, read once from its extension registry with the problems logged; outside
	 * OSGi (tools, benchmarks), {@link #builtIn()}.
	 */
	public static RuleRegistry installed() {
		return Installed.REGISTRY;
	}

	/** Core's own rule sets, read from its plugin.xml without OSGi, e.g. for plain Java tools. */
	public static RuleRegistry builtIn() {
		return BuiltIn.REGISTRY;
	}

	/** The rule sets contributed to the extension point of this registry. */
	public static RuleRegistry read(IExtensionRegistry registry) {
		List<IStatus> problems = new CopyOnWriteArrayList<>();
		Consumer<ContributionException> sink = problem -> report(problems, problem);
		Contributions<RuleSet> read = Contributions.read(registry, EXTENSION_POINT, "ruleSet", RuleMessages.get("kind"), //$NON-NLS-1$ //$NON-NLS-2$
				RuleSet::id, element -> ruleSet(element, sink));
		return arranged(read, problems);
	}

	/**
	 * A registry of these sets, built in plain Java: core's in this order, the others placed among them; a repeated
	 * id, code or number is a problem and only its first use counts.
	 */
	public static RuleRegistry of(Collection<RuleSet> sets) {
		return arranged(Contributions.of(sets, RuleSet::id, RuleMessages.get("kind")), new CopyOnWriteArrayList<>()); //$NON-NLS-1$
	}

	private static RuleRegistry arranged(Contributions<RuleSet> sets, List<IStatus> problems) {
		Contributions<RuleSet> arranged = sets.arranged(PLUGIN_ID, RuleSet::bundle, RuleSet::placement, null);
		arranged.problems().forEach(problem -> report(problems, problem));
		return new RuleRegistry(withoutRepeatedRules(arranged.accepted(), problems), problems);
	}

	private static RuleSet ruleSet(Contribution element, Consumer<ContributionException> problems) throws ContributionException {
		String id = element.required("id"); //$NON-NLS-1$
		String messages = element.required("messages"); //$NON-NLS-1$
		element.required(CLASS);
		List<String> types = new ArrayList<>();
		for (IConfigurationElement checks : element.element().getChildren("checks")) { //$NON-NLS-1$
			types.add(attribute(element, checks, "type")); //$NON-NLS-1$
		}
		List<RuleSet.Definition> declared = new ArrayList<>();
		for (IConfigurationElement rule : element.element().getChildren("rule")) { //$NON-NLS-1$
			RuleSet.Definition each = new RuleSet.Definition(attribute(element, rule, "code"), number(element, rule), severity(element, rule)); //$NON-NLS-1$
			if (declared.stream().anyMatch(other -> other.code().equals(each.code()) || other.number() == each.number())) {
				throw refused(element.bundle(), id, RuleMessages.format("repeatedInSet", each.code(), each.number())); //$NON-NLS-1$
			}
			declared.add(each);
		}
		if (types.isEmpty() || declared.isEmpty()) {
			throw refused(element.bundle(), id, RuleMessages.format(types.isEmpty() ? "noTypes" : "noRules")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Placement placement = new Placement(id, element.optional("after", null), element.optional("before", null)); //$NON-NLS-1$ //$NON-NLS-2$
		return new RuleSet(id, element.bundle(), messages, types, declared, placement, () -> element.create(CLASS, RuleChecker.class),
				problems);
	}

	private static String attribute(Contribution set, IConfigurationElement child, String attribute) throws ContributionException {
		String value = child.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw set.problem("missingAttribute", attribute); //$NON-NLS-1$
		}
		return value.strip();
	}

	private static int number(Contribution set, IConfigurationElement rule) throws ContributionException {
		String value = attribute(set, rule, "number"); //$NON-NLS-1$
		try {
			return Integer.parseInt(value);
		} catch (NumberFormatException e) {
			throw set.problem("notANumber", "number", value); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static int severity(Contribution set, IConfigurationElement rule) throws ContributionException {
		String value = attribute(set, rule, "severity"); //$NON-NLS-1$
		int severity = Rule.severityOf(value);
		if (severity < 0) {
			throw set.problem("notAllowed", "severity", value, String.join(", ", Rule.SEVERITY_NAMES)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return severity;
	}

	/** The sets in order, leaving out each that repeats a code or number of an earlier set or of itself. */
	private static List<RuleSet> withoutRepeatedRules(List<RuleSet> sets, List<IStatus> problems) {
		Map<String, RuleSet> codes = new HashMap<>();
		Map<Integer, RuleSet> numbers = new HashMap<>();
		List<RuleSet> kept = new ArrayList<>();
		for (RuleSet set : sets) {
			Optional<String> repeated = repeated(set, codes, numbers);
			if (repeated.isPresent()) {
				report(problems, refused(set.bundle(), set.id(), repeated.get()));
				continue;
			}
			set.rules().forEach(rule -> {
				codes.put(rule.code(), set);
				numbers.put(rule.number(), set);
			});
			kept.add(set);
		}
		return kept;
	}

	private static Optional<String> repeated(RuleSet set, Map<String, RuleSet> codes, Map<Integer, RuleSet> numbers) {
		for (Rule rule : set.rules()) {
			if (codes.containsKey(rule.code())) {
				return Optional.of(RuleMessages.format("repeatedCode", rule.code(), codes.get(rule.code()).id())); //$NON-NLS-1$
			}
			if (numbers.containsKey(rule.number())) {
				return Optional.of(RuleMessages.format("repeatedNumber", rule.number(), numbers.get(rule.number()).id())); //$NON-NLS-1$
			}
		}
		return Optional.empty();
	}

	private static ContributionException refused(String bundle, String id, String reason) {
		return new ContributionException(RuleMessages.format("refused", bundle, id, reason)); //$NON-NLS-1$
	}

	private static void report(List<IStatus> problems, ContributionException problem) {
		report(problems, Status.warning(problem.getMessage(), problem.getCause()));
	}

	/** Keeps the problem and logs it in the workbench, as the checker of a set may fail long after reading. */
	private static void report(List<IStatus> problems, IStatus problem) {
		problems.add(problem);
		Contributions.log(RuleRegistry.class, List.of(problem));
	}

	/** The rule sets, in the order they are checked. */
	public List<RuleSet> sets() {
		return sets;
	}

	/** Every rule of every set, in order. */
	public List<Rule> rules() {
		return List.copyOf(rules.values());
	}

	/** The rule with this code, in whichever set. */
	public Optional<Rule> rule(String code) {
		return Optional.ofNullable(rules.get(code));
	}

	/**
	 * The sets that check objects of this class, with their checkers, in order; computed once per class. A set whose
	 * checker cannot be created is left out.
	 */
	public List<Check> checks(EClass eClass) {
		return checks.computeIfAbsent(eClass, this::applicable);
	}

	private List<Check> applicable(EClass eClass) {
		List<String> types = new ArrayList<>();
		types.add(EOBJECT);
		types.add(eClass.getInstanceClassName());
		eClass.getEAllSuperTypes().forEach(type -> types.add(type.getInstanceClassName()));
		List<Check> applicable = new ArrayList<>();
		for (RuleSet set : sets) {
			if (set.types().stream().anyMatch(types::contains)) {
				set.checker().ifPresent(checker -> applicable.add(new Check(set, checker)));
			}
		}
		return List.copyOf(applicable);
	}

	/**
	 * Records that a set's checker failed on an object, once per set, naming its bundle: a failing set must not stop
	 * the others, nor fill the log.
	 */
	public void failed(RuleSet set, RuntimeException failure) {
		if (failures.add(set.id())) {
			report(problems, Status.error(RuleMessages.format("failed", set.bundle(), set.id(), failure), failure)); //$NON-NLS-1$
		}
	}

	/**
	 * What was wrong with the contributions, including checkers that could not be created or failed; empty when all
	 * is well.
	 */
	public List<IStatus> problems() {
		return List.copyOf(problems);
	}

	private static final class Installed {
		static final RuleRegistry REGISTRY = RegistryFactory.getRegistry() != null ? read(RegistryFactory.getRegistry()) : builtIn();
	}

	private static final class BuiltIn {
		static final RuleRegistry REGISTRY = read(Contributions.standalone(RuleRegistry.class, PLUGIN_ID));
	}
}
