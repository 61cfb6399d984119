package org.hyoka.ip.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntBiFunction;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.core.contributions.Contribution;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Contributions;
import org.hyoka.ip.Change;
import org.hyoka.ip.AgencyReportKind;
import org.hyoka.ip.ApplicationKind;

/**
 * The deadline table: the rules contributed to {@code org.hyoka.ip.deadlineRules}, and the offices' calendars that
 * move deadlines off the days an office is closed. A rule or calendar with a missing or unknown value is left out and
 * logged, naming its bundle; the others still count. An offset may name a preference of {@code org.hyoka.ip} that
 * replaces the contributed amount (the days allowed for a 出願通知).
 */
public final class DeadlineRules {

	/** The extension point. */
	public static final String POINT = "org.hyoka.ip.deadlineRules"; //$NON-NLS-1$

	/** The preference node whose integer values replace offsets that name them. */
	public static final String PREFERENCES = "org.hyoka.ip"; //$NON-NLS-1$

	private static final String KIND = "deadline rule"; //$NON-NLS-1$
	private static final String COMPLETION = "completion"; //$NON-NLS-1$

	private static final String CALENDAR_KIND = "office calendar"; //$NON-NLS-1$

	private static final String FIRST_YEAR = "firstYear"; //$NON-NLS-1$
	private static final String TERM = "term"; //$NON-NLS-1$
	// longer than any right's term, so that a mistyped one gives no thousands of deadlines
	private static final int MAX_TERM = 100;

	/** An office's calendar as contributed: the office's code ({@code JP}) and its closed days. */
	public record Calendar(String office, OfficeCalendar days) {
	}

	private final Contributions<DeadlineRule> contributions;
	private final Contributions<Calendar> calendars;

	private DeadlineRules(Contributions<DeadlineRule> contributions, Contributions<Calendar> calendars) {
		this.contributions = contributions;
		this.calendars = calendars;
	}

	/** These rules, without OSGi (tests, tools); no office's calendar moves their deadlines. */
	public static DeadlineRules of(List<DeadlineRule> rules) {
		return of(rules, List.of());
	}

	/** These rules and calendars, without OSGi (tests, tools). */
	public static DeadlineRules of(List<DeadlineRule> rules, List<Calendar> calendars) {
		return new DeadlineRules(Contributions.of(rules, DeadlineRule::id, KIND), Contributions.of(calendars, Calendar::office, CALENDAR_KIND));
	}

	/** The installed rules, with the user's preferences applied; problems go to the log. */
	public static DeadlineRules installed() {
		DeadlineRules rules = read(RegistryFactory.getRegistry(),
				(name, fallback) -> Platform.getPreferencesService().getInt(PREFERENCES, name, fallback, null));
		rules.contributions.log(DeadlineRules.class);
		rules.calendars.log(DeadlineRules.class);
		return rules;
	}

	/**
	 * The rules contributed to the registry ({@code null}: none).
	 *
	 * @param preferences
	 *            the value of a named preference, or the fallback when it is not set
	 */
	public static DeadlineRules read(IExtensionRegistry registry, ToIntBiFunction<String, Integer> preferences) {
		return new DeadlineRules(Contributions.read(registry, POINT, "rule", KIND, DeadlineRule::id, //$NON-NLS-1$
				element -> rule(element, preferences)),
				Contributions.read(registry, POINT, "calendar", CALENDAR_KIND, Calendar::office, //$NON-NLS-1$
						element -> new Calendar(element.required("office"), element.create("class", OfficeCalendar.class)))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The rules, in the order they were contributed. */
	public List<DeadlineRule> rules() {
		return contributions.accepted();
	}

	/** The calendars contributed, an office's first. */
	public List<Calendar> calendars() {
		return calendars.accepted();
	}

	/** The deadline as the rule's office counts it: moved off the days the office is closed, when it has a calendar. */
	public LocalDate moved(DeadlineRule rule, String country, LocalDate due) {
		String office = rule.office(country);
		return office == null ? due : calendars.accepted().stream().filter(calendar -> calendar.office().equals(office)).findFirst()
				.map(calendar -> calendar.days().nextWorkingDay(due)).orElse(due);
	}

	/** What was wrong with the contributions left out. */
	public List<IStatus> problems() {
		return Stream.concat(contributions.problems().stream(), calendars.problems().stream()).toList();
	}

	private static DeadlineRule rule(Contribution element, ToIntBiFunction<String, Integer> preferences)
			throws ContributionException {
		String id = element.required("id"); //$NON-NLS-1$
		String label = element.required("label"); //$NON-NLS-1$
		Trigger trigger = Trigger.of(element.oneOf("trigger", element.required("trigger"), keys(Trigger.values()))); //$NON-NLS-1$ //$NON-NLS-2$
		ChronoUnit unit = ChronoUnit.valueOf(element.oneOf("unit", "days", "days", "months", "years").toUpperCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		int amount = element.integer("offset", Integer.MIN_VALUE); //$NON-NLS-1$
		if (amount == Integer.MIN_VALUE) {
			throw element.problem("missingAttribute", "offset"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String preference = element.optional("offsetPreference", null); //$NON-NLS-1$
		if (preference != null) {
			amount = preferences.applyAsInt(preference, amount);
		}
		boolean monthEnd = "month-end".equals(element.oneOf("endOfMonth", "numbered-day", "numbered-day", "month-end")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		Set<ApplicationKind> kinds = new HashSet<>();
		for (String name : words(element.optional("appliesTo", ""))) { //$NON-NLS-1$ //$NON-NLS-2$
			ApplicationKind kind = ApplicationKind.getByName(name);
			if (kind == null) {
				throw element.problem("notAllowed", "appliesTo", name, keys(ApplicationKind.VALUES)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			kinds.add(kind);
		}
		List<Ending> endings = new ArrayList<>();
		for (String key : words(element.required("endedBy"))) { //$NON-NLS-1$
			try {
				endings.add(Ending.of(key));
			} catch (IllegalArgumentException e) {
				throw element.problem("notAllowed", "endedBy", key, String.join(", ", keys(Ending.values()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		AgencyReportKind reportKind = null;
		if (endings.contains(Ending.REPORT_SENT)) {
			reportKind = AgencyReportKind.getByName(element.required("reportKind")); //$NON-NLS-1$
			if (reportKind == null) {
				throw element.problem("notAllowed", "reportKind", element.required("reportKind"), keys(AgencyReportKind.VALUES)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		Map<String, Integer> countries = new LinkedHashMap<>();
		for (IConfigurationElement country : element.element().getChildren("country")) { //$NON-NLS-1$
			String code = country.getAttribute("code"); //$NON-NLS-1$
			String offset = country.getAttribute("offset"); //$NON-NLS-1$
			if (code == null || offset == null || !offset.trim().matches("-?\\d+")) { //$NON-NLS-1$
				throw element.problem("notAllowed", "country", code + "=" + offset, "code and a whole-number offset"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			countries.put(code, Integer.valueOf(offset.trim()));
		}
		boolean perCountry = Boolean.parseBoolean(element.optional("perCountry", "false")); //$NON-NLS-1$ //$NON-NLS-2$
		DeadlineRule.Years years = years(element);
		if (years != null && perCountry) {
			throw element.problem("notAllowed", "perCountry", "true", "false"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		Completion completion = element.optional(COMPLETION, null) == null ? null : new CreatedOnUse(element);
		return new DeadlineRule(id, label, trigger, kinds, new Offset(amount, unit, monthEnd), countries, perCountry, endings,
				reportKind, completion, element.optional("office", null), years, Set.copyOf(words(element.optional("filedIn", "")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The years of a per-year rule ({@code firstYear} and {@code term}), or {@code null} for a rule without them. */
	private static DeadlineRule.Years years(Contribution element) throws ContributionException {
		if (element.optional(FIRST_YEAR, null) == null) {
			return null;
		}
		int term = element.integer(TERM, Integer.MIN_VALUE);
		if (term == Integer.MIN_VALUE) {
			throw element.problem("missingAttribute", TERM); //$NON-NLS-1$
		}
		if (term < 1 || term > MAX_TERM) {
			throw element.problem("notAllowed", TERM, term, "1-" + MAX_TERM); //$NON-NLS-1$ //$NON-NLS-2$
		}
		int first = element.integer(FIRST_YEAR, 1);
		if (first < 1 || first > term) {
			throw element.problem("notAllowed", FIRST_YEAR, first, "1-" + term); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new DeadlineRule.Years(first, term);
	}

	/** A contributed completion, created when a deadline is first marked done, so that its bundle starts only then. */
	private static final class CreatedOnUse implements Completion {
		private final Contribution element;
		private Completion created;

		CreatedOnUse(Contribution element) {
			this.element = element;
		}

		@Override
		public List<Change> changes(Deadline deadline, Context context) {
			if (created == null) {
				try {
					created = element.create(COMPLETION, Completion.class);
				} catch (ContributionException e) {
					throw new IllegalStateException(e.getMessage(), e);
				}
			}
			return created.changes(deadline, context);
		}
	}

	private static List<String> words(String value) {
		return Arrays.stream(value.trim().split("[\\s,]+")).filter(word -> !word.isEmpty()).toList(); //$NON-NLS-1$
	}

	private static String[] keys(Trigger[] triggers) {
		return Arrays.stream(triggers).map(Trigger::key).toArray(String[]::new);
	}

	private static String[] keys(Ending[] endings) {
		return Arrays.stream(endings).map(Ending::key).toArray(String[]::new);
	}

	private static String keys(List<? extends Enum<?>> literals) {
		return String.join(", ", literals.stream().map(Enum::name).toList()); //$NON-NLS-1$
	}
}
