package org.hyoka.editor.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The banner at the top of every page of a file shown read-only: why, and what to do, in full. The form's header
 * holds one line and cut the reason off; this wraps to the page's width, in any language.
 */
public final class ReadOnlyBanner {

	/** The width the text is first measured at; it then takes the page's width and wraps to it. */
	private static final int MEASURED_WIDTH = 200;

	private ReadOnlyBanner() {
	}

	/** Adds the banner to the parent, which has a one-column grid layout; returns the label holding the reason. */
	public static Label create(FormToolkit toolkit, Composite parent, String reason) {
		Composite banner = toolkit.createComposite(parent);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(0, 4).applyTo(banner);
		Label icon = toolkit.createLabel(banner, null);
		icon.setImage(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING));
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
		Label text = toolkit.createLabel(banner, reason, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(MEASURED_WIDTH, SWT.DEFAULT).applyTo(text);
		return text;
	}
}
