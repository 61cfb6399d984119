package org.hyoka.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.SynchronousBundleListener;

/**
 * Starts Log4j's bridge to java.util.logging when log4j-api starts, that is when a command first uses POI. The command
 * line's configuration does not start the bridge with the framework, as the workbench's does, since starting it starts
 * log4j-api, whose activator looks through every bundle: work that only commands using POI need. log4j-api's activator
 * takes the first provider it finds active and otherwise keeps its start-up lock, so the bridge has to be active before
 * that activator runs: a synchronous listener hears of log4j-api's start before its activator is called.
 */
final class LoggingBridge implements SynchronousBundleListener {

	static final String API = "org.apache.logging.log4j.api"; //$NON-NLS-1$
	static final String BRIDGE = "org.apache.logging.log4j.to.jul"; //$NON-NLS-1$

	private final BundleContext context;

	private LoggingBridge(BundleContext context) {
		this.context = context;
	}

	/** Listens for log4j-api's start in the framework of this context, unless the bridge is active already. */
	static void startWithLog4j(BundleContext context) {
		for (Bundle bundle : context.getBundles()) {
			if (BRIDGE.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
				context.addBundleListener(new LoggingBridge(context));
				return;
			}
		}
	}

	@Override
	public void bundleChanged(BundleEvent event) {
		if (event.getType() != BundleEvent.STARTING || !API.equals(event.getBundle().getSymbolicName())) {
			return;
		}
		context.removeBundleListener(this);
		for (Bundle bundle : context.getBundles()) {
			if (BRIDGE.equals(bundle.getSymbolicName())) {
				try {
					bundle.start(Bundle.START_TRANSIENT);
				} catch (BundleException e) {
					// log4j-api then says on standard error that it found no provider, which is what went wrong
				}
				return;
			}
		}
	}
}
