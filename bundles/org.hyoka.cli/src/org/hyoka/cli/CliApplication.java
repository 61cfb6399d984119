package org.hyoka.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/** The {@code org.hyoka.cli.application}: runs one command and returns its exit status to the launcher. */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		LoggingBridge.startWithLog4j(FrameworkUtil.getBundle(CliApplication.class).getBundleContext());
		return new CommandLine(System.out, System.err, CommandRegistry.installed()).run(args == null ? new String[0] : args);
	}

	@Override
	public void stop() {
		// a command runs to its end; there is nothing to interrupt
	}
}
