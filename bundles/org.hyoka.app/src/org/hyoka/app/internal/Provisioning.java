package org.hyoka.app.internal;

import java.util.Collection;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.equinox.p2.core.IAgentLocation;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProfileScope;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The running product's p2 agent and its automatic update setting, when the product was installed by p2. */
final class Provisioning {

	/** p2's update scheduler, which checks for updates at startup while its "enabled" preference is true. */
	static final String SCHEDULER = "org.eclipse.equinox.p2.ui.sdk.scheduler"; //$NON-NLS-1$
	static final String SCHEDULER_ENABLED = "enabled"; //$NON-NLS-1$

	private Provisioning() {
	}

	/**
	 * The agent of the running installation; empty when started outside a p2 installation (tests, the IDE), and once
	 * this bundle is stopping (a job finishing as the workbench closes).
	 */
	static Optional<IProvisioningAgent> agent() {
		BundleContext context = FrameworkUtil.getBundle(Provisioning.class).getBundleContext();
		if (context == null) {
			return Optional.empty();
		}
		try {
			Collection<ServiceReference<IProvisioningAgent>> references = context.getServiceReferences(IProvisioningAgent.class,
					"(" + IProvisioningAgent.SERVICE_CURRENT + "=true)"); //$NON-NLS-1$ //$NON-NLS-2$
			return references.stream().findFirst().map(context::getService);
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The profile of the running installation; empty outside a p2 installation. */
	static Optional<IProfile> selfProfile() {
		return agent().map(agent -> agent.getService(IProfileRegistry.class)).map(registry -> registry.getProfile(IProfileRegistry.SELF));
	}

	/** Whether the scheduler checks for updates: the profile's setting, else the product's default. */
	static boolean automaticUpdates(IEclipsePreferences profilePreferences) {
		String value = profilePreferences.get(SCHEDULER_ENABLED, null);
		return value != null ? Boolean.parseBoolean(value) : automaticUpdatesByDefault();
	}

	/** Whether the scheduler checks for updates unless the user chose: the product's default. */
	static boolean automaticUpdatesByDefault() {
		return DefaultScope.INSTANCE.getNode(SCHEDULER).getBoolean(SCHEDULER_ENABLED, true);
	}

	/** Where the scheduler keeps its settings: the preferences of the running profile. */
	static Optional<IEclipsePreferences> schedulerPreferences() {
		return agent().map(agent -> agent.getService(IAgentLocation.class))
				.map(location -> new ProfileScope(location, IProfileRegistry.SELF).getNode(SCHEDULER));
	}
}
