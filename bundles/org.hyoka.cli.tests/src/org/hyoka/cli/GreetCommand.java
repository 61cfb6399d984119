package org.hyoka.cli;

import java.util.Set;

import org.hyoka.cli.api.Arguments;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;

/** The tests' contributed command: uses the shared argument parser and both exit statuses a command returns. */
public class GreetCommand implements Command {

	@Override
	public int run(CommandContext context) throws UsageException {
		Arguments arguments = new Arguments(context.arguments(), Set.of());
		if (arguments.operands().isEmpty()) {
			throw new UsageException("greet needs a NAME");
		}
		for (String name : arguments.operands()) {
			context.out().println("hello\t" + name);
		}
		return arguments.operands().contains("nobody") ? FOUND : OK;
	}
}
