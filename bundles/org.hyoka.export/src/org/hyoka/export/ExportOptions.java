package org.hyoka.export;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Immutable option values for one export; an option without a value has its default. */
public final class ExportOptions {

	/** Every option at its default. */
	public static final ExportOptions DEFAULTS = new ExportOptions(Map.of());

	private final Map<ExportOption<?>, Object> values;

	private ExportOptions(Map<ExportOption<?>, Object> values) {
		this.values = values;
	}

	/** These values with one option set. */
	public <T> ExportOptions with(ExportOption<T> option, T value) {
		Map<ExportOption<?>, Object> copy = new HashMap<>(values);
		copy.put(option, option.type().cast(Objects.requireNonNull(value, option.id())));
		return new ExportOptions(Map.copyOf(copy));
	}

	/** The option's value, or its default. */
	public <T> T get(ExportOption<T> option) {
		Object value = values.get(option);
		return value == null ? option.defaultValue() : option.type().cast(value);
	}

	@Override
	public String toString() {
		return values.toString();
	}
}
