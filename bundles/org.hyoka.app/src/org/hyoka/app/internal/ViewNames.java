package org.hyoka.app.internal;

import java.util.Map;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;

/**
 * The platform views of the evaluation perspective under the product's English and Japanese names. Eclipse ships no
 * Japanese language pack here, and the parts take their names from the views' English registrations (again when a
 * view is created or restored), so the names are set in the application model and set back whenever they change.
 */
final class ViewNames {

	private static final Map<String, String> NAMES = Map.of( //
			IPageLayout.ID_PROJECT_EXPLORER, Messages.View_projectExplorer, //
			IPageLayout.ID_PROBLEM_VIEW, Messages.View_problems, //
			IPageLayout.ID_PROP_SHEET, Messages.View_properties, //
			IPageLayout.ID_OUTLINE, Messages.View_outline);

	private ViewNames() {
	}

	/** The product's name of the view, or the name its bundle gives it. */
	static String name(String viewId, String registeredName) {
		return NAMES.getOrDefault(viewId, registeredName);
	}

	/** Names the views' descriptors and parts, and keeps the parts' names. */
	static void install(IWorkbench workbench) {
		MApplication application = workbench.getService(MApplication.class);
		for (MPartDescriptor descriptor : application.getDescriptors()) {
			String name = NAMES.get(descriptor.getElementId());
			if (name != null) {
				descriptor.setLabel(name);
			}
		}
		for (MPart part : workbench.getService(EModelService.class).findElements(application, null, MPart.class)) {
			relabel(part);
		}
		// after the event: the tab takes the event's new name, which must not win over ours
		workbench.getService(IEventBroker.class).subscribe(UIEvents.UILabel.TOPIC_LABEL, event -> {
			if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPart part && NAMES.containsKey(part.getElementId())) {
				workbench.getDisplay().asyncExec(() -> relabel(part));
			}
		});
	}

	private static void relabel(MPart part) {
		String name = NAMES.get(part.getElementId());
		if (name != null && !name.equals(part.getLabel())) {
			part.setLabel(name);
		}
	}
}
