package org.hyoka.app.internal;

import java.util.List;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Help &gt; About: the product's image, name, version and description in the user's language. The platform's
 * dialog cuts long text off and titles itself in English only; this one wraps the text and scrolls.
 */
final class HyokaAboutDialog extends Dialog {

	static final int INSTALLATION_DETAILS_ID = IDialogConstants.CLIENT_ID + 1;
	private static final int TEXT_WIDTH = 520;

	private final IWorkbenchWindow window;
	private Image image;

	HyokaAboutDialog(IWorkbenchWindow window) {
		super(window.getShell());
		this.window = window;
	}

	/**
	 * The product's about text with its version (as Installation Details lists it) after the first line, the name,
	 * and the installed features after it all.
	 */
	static String text() {
		IProduct product = Platform.getProduct();
		return text(product == null ? null : product.getProperty("aboutText"), ProductVersion.current(), InstalledFeatures.current()); //$NON-NLS-1$
	}

	static String text(String about, String productVersion, List<String> features) {
		String version = NLS.bind(Messages.About_version, productVersion);
		int firstLineEnd = about == null ? -1 : about.indexOf('\n');
		String text = about == null ? version
				: firstLineEnd < 0 ? about + '\n' + version
				: about.substring(0, firstLineEnd) + '\n' + version + about.substring(firstLineEnd);
		return features.isEmpty() ? text : text + "\n\n" + Messages.About_features + "\n" + String.join("\n", features); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.About_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(16, 0).applyTo(area);
		ImageDescriptor descriptor = ResourceLocator.imageDescriptorFromBundle(getClass(), "icons/about.png").orElse(null); //$NON-NLS-1$
		Label picture = new Label(area, SWT.NONE);
		if (descriptor != null) {
			image = descriptor.createImage();
			picture.setImage(image);
		}
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(picture);
		Text text = new Text(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		text.setText(text());
		text.setBackground(area.getBackground());
		int height = Math.min(text.computeSize(TEXT_WIDTH, SWT.DEFAULT).y, 420);
		GridDataFactory.fillDefaults().grab(true, true).hint(TEXT_WIDTH, height).applyTo(text);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, INSTALLATION_DETAILS_ID, Messages.About_installationDetails, false);
		createButton(parent, IDialogConstants.OK_ID, Messages.About_close, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId != INSTALLATION_DETAILS_ID) {
			super.buttonPressed(buttonId);
			return;
		}
		HyokaActionBarAdvisor.execute(window, HyokaActionBarAdvisor.INSTALLATION_DETAILS);
	}

	@Override
	public boolean close() {
		if (image != null) {
			image.dispose();
		}
		return super.close();
	}
}
