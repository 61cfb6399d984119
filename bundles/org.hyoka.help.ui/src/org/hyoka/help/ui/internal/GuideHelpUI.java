package org.hyoka.help.ui.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;
import org.hyoka.help.GuideSite;
import org.osgi.framework.FrameworkUtil;

/**
 * The workbench's help UI ({@code org.eclipse.ui.helpSupport}): Help > User Guide opens the guide's contents, F1 and
 * every {@code IWorkbenchHelpSystem} call open a topic, each in the desktop's browser from the guide written into
 * this bundle's state folder. The platform's own help UI needs a web server, Lucene and a JSP compiler
 * (docs/help.md says why it is not used).
 */
public final class GuideHelpUI extends AbstractHelpUI {

	private static GuideSite site;

	/** The guide of the running language, written into the state folder on first use. */
	static synchronized GuideSite site() {
		if (site == null) {
			Path state = Platform.getStateLocation(FrameworkUtil.getBundle(GuideHelpUI.class)).toFile().toPath();
			site = new GuideSite(state.resolve("guide").resolve(Platform.getNL())); //$NON-NLS-1$
		}
		return site;
	}

	@Override
	public void displayHelp() {
		try {
			GuideBrowser.open(site().contents().toUri());
		} catch (IOException e) {
			GuideBrowser.failed(site().root().toUri(), e);
		}
	}

	@Override
	public void displayContext(IContext context, int x, int y) {
		IHelpResource[] topics = context.getRelatedTopics();
		if (topics == null || topics.length == 0) {
			displayHelp();
		} else {
			displayHelpResource(topics[0].getHref());
		}
	}

	@Override
	public void displayHelpResource(String href) {
		URI topic;
		try {
			topic = site().topic(href);
		} catch (IOException e) {
			ILog.of(GuideHelpUI.class).warn(e.getMessage(), e);
			displayHelp();
			return;
		}
		GuideBrowser.open(topic);
	}

	/** F1: the topic of the field, page or view in use, else the contents. */
	@Override
	public void displayDynamicHelp() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IContext context = window == null ? null : ContextHelp.find(window);
		if (context == null) {
			displayHelp();
		} else {
			displayContext(context, 0, 0);
		}
	}

	@Override
	public boolean isContextHelpDisplayed() {
		return false; // the browser shows it, outside the workbench
	}
}
