package org.hyoka.app.internal;

import java.util.Iterator;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MArea;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IWorkbench;

/**
 * The views of a feature the user uninstalled stay in the layout the workbench saved, where the platform would show a
 * broken tab ("Could not create the view") and log errors for each. Before the windows are drawn, such views and their
 * places in the perspectives are hidden and marked; when the feature is installed again, the marked ones show where
 * they were (#46). Editors are left alone: an editor's input says which editor it needs.
 */
final class MissingViews {

	/** The tag of an element hidden because its view was not installed. */
	static final String HIDDEN = "org.hyoka.app.viewNotInstalled"; //$NON-NLS-1$
	private static final String COMPATIBILITY_VIEW = "bundleclass://org.eclipse.ui.workbench/org.eclipse.ui.internal.e4.compatibility.CompatibilityView"; //$NON-NLS-1$

	private MissingViews() {
	}

	static void install(IWorkbench workbench) {
		apply(workbench.getService(MApplication.class), installedViews());
	}

	/** Whether a part's view is registered now, or its class's bundle is installed. */
	static Predicate<MPart> installedViews() {
		Set<String> views = Stream.of(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.views")) //$NON-NLS-1$
				.filter(element -> "view".equals(element.getName())).map(element -> element.getAttribute("id")) //$NON-NLS-1$ //$NON-NLS-2$
				.collect(Collectors.toSet());
		return part -> installed(part, views);
	}

	private static boolean installed(MPart part, Set<String> views) {
		if (COMPATIBILITY_VIEW.equals(part.getContributionURI())) {
			// a view that may show more than once is "id:secondary id"
			return views.contains(part.getElementId().split(":", 2)[0]); //$NON-NLS-1$
		}
		return BundleUri.parse(part.getContributionURI(), BundleUri.BUNDLE_CLASS).map(uri -> Platform.getBundle(uri.bundle()) != null)
				.orElse(true);
	}

	/**
	 * Hides the parts the predicate says are not installed, with their placeholders, and shows again those it hid
	 * before that are installed now; forgets the descriptors of parts whose bundle is gone (the platform makes them
	 * again from a reinstalled bundle's views).
	 */
	static void apply(MApplication application, Predicate<MPart> installed) {
		// only attributes change on the way: the walk over the containment tree stays valid
		for (Iterator<EObject> all = ((EObject) application).eAllContents(); all.hasNext();) {
			if (!(all.next() instanceof MUIElement element)) {
				continue;
			}
			MPart part = element instanceof MPlaceholder placeholder ? placeholder.getRef() instanceof MPart ref ? ref : null
					: element instanceof MPart p ? p : null;
			if (part == null) {
				continue;
			}
			if (!installed.test(part)) {
				if (element.isToBeRendered()) {
					hide(element);
					unselect(element);
				}
			} else if (element.getTags().remove(HIDDEN)) {
				render(element, true);
				// the stack (and the sash above it) hidden with it shows again
				for (MUIElement parent = element.getParent(); parent != null && parent.getTags().remove(HIDDEN); parent = parent.getParent()) {
					render(parent, true);
				}
			}
		}
		application.getDescriptors().removeIf(descriptor -> BundleUri.parse(descriptor.getContributorURI(), BundleUri.PLUGIN)
				.map(uri -> Platform.getBundle(uri.bundle()) == null).orElse(false));
	}

	/**
	 * Hides the element, and its stack when nothing in it is drawn any more, and so on up through sashes: left drawn,
	 * an empty stack would keep its share of the window as a blank area.
	 */
	private static void hide(MUIElement element) {
		element.getTags().add(HIDDEN);
		render(element, false);
		MUIElement parent = element.getParent();
		if ((parent instanceof MPartStack || parent instanceof MPartSashContainer) && !(parent instanceof MArea) && parent.isToBeRendered()
				&& ((MElementContainer<?>) parent).getChildren().stream().noneMatch(MUIElement::isToBeRendered)) {
			hide(parent);
		}
	}

	/**
	 * Sets whether the element is drawn without telling the renderer, which would make the part at once, before its
	 * window has a context; the windows are drawn from the model afterwards.
	 */
	private static void render(MUIElement element, boolean shown) {
		EObject object = (EObject) element;
		boolean delivering = object.eDeliver();
		object.eSetDeliver(false);
		try {
			element.setToBeRendered(shown);
		} finally {
			object.eSetDeliver(delivering);
		}
	}

	/** A stack showing the hidden element shows its first shown one instead, or none. */
	private static void unselect(MUIElement element) {
		MElementContainer<MUIElement> parent = element.getParent();
		if (parent != null && parent.getSelectedElement() == element) {
			parent.setSelectedElement(parent.getChildren().stream().filter(child -> child.isToBeRendered() && child.isVisible())
					.findFirst().orElse(null));
		}
	}
}
