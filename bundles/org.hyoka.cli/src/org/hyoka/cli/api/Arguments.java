package org.hyoka.cli.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: options with a value ({@code --type final}, {@code -o FILE}), flags, and operands. An unknown
 * option, a missing value or a value given twice is a {@link UsageException}, worded as every command words it.
 */
public final class Arguments {

	private final Map<String, List<String>> options = new HashMap<>();
	private final List<String> flags = new ArrayList<>();
	private final List<String> operands = new ArrayList<>();

	/**
	 * @param valued the options that take a value, once
	 * @param flagNames the options that take none
	 * @param repeatable the options that take a value and may be given several times
	 */
	public Arguments(List<String> args, Set<String> valued, Set<String> flagNames, Set<String> repeatable) throws UsageException {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (valued.contains(arg) || repeatable.contains(arg)) {
				if (i + 1 >= args.size()) {
					throw new UsageException(arg + " needs a value"); //$NON-NLS-1$
				}
				List<String> values = options.computeIfAbsent(arg, name -> new ArrayList<>());
				if (!values.isEmpty() && !repeatable.contains(arg)) {
					throw new UsageException(arg + " is given twice"); //$NON-NLS-1$
				}
				values.add(args.get(++i));
			} else if (flagNames.contains(arg)) {
				flags.add(arg);
			} else if (arg.startsWith("-") && arg.length() > 1) { //$NON-NLS-1$
				throw new UsageException("unknown option " + arg); //$NON-NLS-1$
			} else {
				operands.add(arg);
			}
		}
	}

	/** Options that take a value once, and operands. */
	public Arguments(List<String> args, Set<String> valued) throws UsageException {
		this(args, valued, Set.of(), Set.of());
	}

	/** The option's value, or {@code null} when it is not given. */
	public String option(String name) {
		List<String> values = options.get(name);
		return values == null ? null : values.get(0);
	}

	/** Every value of a repeatable option, in the order given. */
	public List<String> all(String name) {
		return options.getOrDefault(name, List.of());
	}

	/** The option's value; a usage problem when it is absent or blank. */
	public String required(String name) throws UsageException {
		String value = option(name);
		if (value == null || value.isBlank()) {
			throw new UsageException(name + " is required"); //$NON-NLS-1$
		}
		return value;
	}

	/** Whether the flag is given. */
	public boolean flag(String name) {
		return flags.contains(name);
	}

	/** The arguments that are not options, in the order given. */
	public List<String> operands() {
		return operands;
	}

	/** The single operand, e.g. the evaluation file. */
	public String operand(String what) throws UsageException {
		if (operands.size() != 1) {
			throw new UsageException(operands.isEmpty() ? what + " is missing" : "one " + what + " expected, got " + operands); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return operands.get(0);
	}
}
