package org.hyoka.edit.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/**
 * The platform's images for the title area of a wizard, as Eclipse's own New, Import and Export wizards show them; a
 * wizard without one leaves that corner empty. Null where the platform no longer has the image: the corner stays
 * empty then, as before.
 *
 * @since 1.1
 */
public final class WizardBanners {

	private WizardBanners() {
	}

	/** A wizard that makes a new file. */
	public static ImageDescriptor newFile() {
		return image("org.eclipse.ui.ide", "icons/full/wizban/newfile_wiz.png"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A wizard that reads files into an evaluation. */
	public static ImageDescriptor importing() {
		return image("org.eclipse.ui", "icons/full/wizban/import_wiz.png"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A wizard that writes files from an evaluation. */
	public static ImageDescriptor exporting() {
		return image("org.eclipse.ui", "icons/full/wizban/export_wiz.png"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static ImageDescriptor image(String bundle, String path) {
		return ResourceLocator.imageDescriptorFromBundle(bundle, path).orElse(null);
	}
}
