package org.hyoka.help.ui.internal;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.PlatformUI;

/**
 * Opens a page of the guide in the desktop's browser, or in the command the system property
 * {@value #BROWSER_PROPERTY} names (words separated by spaces, the page's URL added as the last argument). The
 * desktop's browser is the one the desktop opens a URL with (SWT's {@code Program.launch}): the workbench's own
 * external browser tries only Firefox, Mozilla and Netscape on Linux.
 */
final class GuideBrowser {

	static final String BROWSER_PROPERTY = "hyoka.help.browser"; //$NON-NLS-1$

	private GuideBrowser() {
	}

	static void open(URI page) {
		String command = System.getProperty(BROWSER_PROPERTY, "").trim(); //$NON-NLS-1$
		try {
			if (command.isEmpty()) {
				if (!Program.launch(page.toString())) {
					failed(page, new IOException(Messages.GuideBrowser_noBrowser));
				}
			} else {
				List<String> words = new ArrayList<>(Arrays.asList(command.split("\\s+"))); //$NON-NLS-1$
				words.add(page.toString());
				new ProcessBuilder(words).inheritIO().start();
			}
		} catch (IOException e) {
			failed(page, e);
		}
	}

	/** Says that the page could not be shown, and where it is, so that the user can open it another way. */
	static void failed(URI page, Exception e) {
		ILog.of(GuideBrowser.class).error(e.getMessage(), e);
		MessageDialog.openError(PlatformUI.getWorkbench().getDisplay().getActiveShell(), Messages.GuideBrowser_title,
				NLS.bind(Messages.GuideBrowser_failed, e.getMessage(), page));
	}
}
