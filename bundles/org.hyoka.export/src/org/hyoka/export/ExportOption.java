package org.hyoka.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A typed option of an exporter: a flag, a choice among an enum's constants or among what is installed. Options are constants of the
 * exporter that defines them and are compared by identity; their id is how command lines and settings name them.
 *
 * @param <T>
 *            the type of the option's values
 */
public final class ExportOption<T> {

	private final String id;
	private final String label;
	private final Class<T> type;
	private final T defaultValue;
	private final Supplier<List<T>> choices;
	private final Function<? super T, String> valueLabel;

	private ExportOption(String id, String label, Class<T> type, T defaultValue, Supplier<List<T>> choices,
			Function<? super T, String> valueLabel) {
		this.id = Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		this.label = Objects.requireNonNull(label, "label"); //$NON-NLS-1$
		this.type = type;
		this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue"); //$NON-NLS-1$
		this.choices = choices;
		this.valueLabel = valueLabel;
	}

	/** An on/off option. */
	public static ExportOption<Boolean> flag(String id, String label, boolean defaultValue) {
		return new ExportOption<>(id, label, Boolean.class, defaultValue, () -> List.of(Boolean.FALSE, Boolean.TRUE), String::valueOf);
	}

	/** A choice among the constants of an enum, each shown with its label. */
	public static <E extends Enum<E>> ExportOption<E> choice(String id, String label, Class<E> type, E defaultValue,
			Function<? super E, String> valueLabel) {
		List<E> constants = List.of(type.getEnumConstants());
		return new ExportOption<>(id, label, type, defaultValue, () -> constants, valueLabel);
	}

	/**
	 * A choice among names read when asked (what contributions are installed, as the tables of the CSV exporter), each
	 * shown with its label; the names are compared ignoring case.
	 */
	public static ExportOption<String> choice(String id, String label, String defaultValue, Supplier<List<String>> choices,
			Function<String, String> valueLabel) {
		return new ExportOption<>(id, label, String.class, defaultValue, choices, valueLabel);
	}

	public String id() {
		return id;
	}

	/** The option's name in the user's language. */
	public String label() {
		return label;
	}

	public Class<T> type() {
		return type;
	}

	public T defaultValue() {
		return defaultValue;
	}

	/** True for an on/off option, shown as a check box. */
	public boolean isFlag() {
		return type == Boolean.class;
	}

	/** Every value the option may take. */
	public List<T> choices() {
		return choices.get();
	}

	/** A value in the user's language. */
	public String label(T value) {
		return valueLabel.apply(value);
	}

	/**
	 * The value a text names: {@code true}/{@code false} for flags, a constant's name in any case for choices.
	 *
	 * @throws IllegalArgumentException
	 *             naming the option and the values it accepts
	 */
	public T parse(String text) {
		List<T> all = choices();
		for (T choice : all) {
			if (name(choice).equalsIgnoreCase(text.trim())) {
				return choice;
			}
		}
		throw new IllegalArgumentException("Option " + id + " does not accept \"" + text + "\"; use one of " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ Arrays.toString(all.stream().map(ExportOption::name).toArray()));
	}

	private static String name(Object value) {
		return value instanceof Enum<?> constant ? constant.name().toLowerCase(Locale.ROOT) : String.valueOf(value);
	}

	@Override
	public String toString() {
		return id;
	}
}
