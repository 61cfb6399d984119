package org.hyoka.app.internal;

import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IWorkbench;
import org.osgi.framework.Bundle;

/**
 * The views' tab icons from the PNG renditions the platform ships beside its SVG icons. Drawing the first window's
 * tabs from SVG started the SVG renderer (jsvg) on the UI thread, about a fifth of its time from the window to the
 * first editor (docs/benchmarks.md, "Start-up"). A view's own icon comes back from its registration once it is made.
 */
final class RasterViewIcons {

	private static final String SVG = ".svg"; //$NON-NLS-1$
	private static final String PNG = ".png"; //$NON-NLS-1$

	private RasterViewIcons() {
	}

	/**
	 * Before the first window: its perspective's parts take their icons from the descriptors, which the view registry
	 * may fill after this, so an SVG icon set later is replaced as it is set.
	 */
	static void install(IWorkbench workbench) {
		MApplication application = workbench.getService(MApplication.class);
		application.getDescriptors().forEach(RasterViewIcons::raster);
		// parts restored with the workspace keep the icon they were saved with
		workbench.getService(EModelService.class).findElements(application, null, MPart.class).forEach(RasterViewIcons::raster);
		workbench.getService(IEventBroker.class).subscribe(UIEvents.UILabel.TOPIC_ICONURI, event -> {
			Object element = event.getProperty(UIEvents.EventTags.ELEMENT);
			if (element instanceof MPartDescriptor || element instanceof MPart) {
				raster((MUILabel) element);
			}
		});
	}

	private static void raster(MUILabel element) {
		png(element.getIconURI()).ifPresent(element::setIconURI);
	}

	/** The URI of the PNG beside an SVG icon in a bundle, if the bundle has one ($nl$ paths included). */
	static Optional<String> png(String iconUri) {
		return BundleUri.parse(iconUri, BundleUri.PLUGIN).filter(uri -> uri.path().endsWith(SVG)).filter(uri -> {
			Bundle bundle = Platform.getBundle(uri.bundle());
			String png = uri.path().substring(0, uri.path().length() - SVG.length()) + PNG;
			return bundle != null && FileLocator.find(bundle, IPath.fromPortableString(png)) != null;
		}).map(uri -> iconUri.substring(0, iconUri.length() - SVG.length()) + PNG);
	}
}
