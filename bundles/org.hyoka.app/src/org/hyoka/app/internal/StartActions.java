package org.hyoka.app.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.core.contributions.Contribution;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Contributions;
import org.hyoka.core.contributions.Placement;

/**
 * What the editor area offers while no editor is open ({@value #EXTENSION_POINT}): commands under a label, each
 * with the parameters it is run with. The application's own come first; the others are placed by {@code after} or
 * {@code before}, else at the end.
 */
final class StartActions {

	static final String PLUGIN_ID = "org.hyoka.app"; //$NON-NLS-1$
	static final String EXTENSION_POINT = PLUGIN_ID + ".startActions"; //$NON-NLS-1$

	/** One action: its command, run with these parameters (a required one left out is chosen from its values). */
	record StartAction(String id, String label, String description, String command, Map<String, String> parameters,
			String bundle, Placement placement) {
	}

	private StartActions() {
	}

	/** The actions contributed to the point, in the order users see them. */
	static Contributions<StartAction> read(IExtensionRegistry registry) {
		return Contributions.read(registry, EXTENSION_POINT, "action", Messages.StartActions_kind, StartAction::id, //$NON-NLS-1$
				StartActions::action).arranged(PLUGIN_ID, StartAction::bundle, StartAction::placement, null);
	}

	/** The actions of the running platform; what was wrong with the contributions goes to the log. */
	static List<StartAction> installed() {
		Contributions<StartAction> installed = read(RegistryFactory.getRegistry());
		installed.log(StartActions.class);
		return installed.accepted();
	}

	private static StartAction action(Contribution element) throws ContributionException {
		String id = element.required("id"); //$NON-NLS-1$
		Map<String, String> parameters = new LinkedHashMap<>();
		for (IConfigurationElement parameter : element.element().getChildren("parameter")) { //$NON-NLS-1$
			String name = parameter.getAttribute("name"); //$NON-NLS-1$
			String value = parameter.getAttribute("value"); //$NON-NLS-1$
			if (name == null || value == null) {
				throw element.problem("missingAttribute", "parameter name/value"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			parameters.put(name, value);
		}
		return new StartAction(id, element.required("label"), element.optional("description", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				element.required("command"), parameters, element.bundle(), //$NON-NLS-1$
				new Placement(id, element.optional("after", null), element.optional("before", null))); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
