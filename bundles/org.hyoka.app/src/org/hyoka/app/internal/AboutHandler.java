package org.hyoka.app.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Handles the platform's About command (also the macOS application menu's) with the product's dialog. */
public class AboutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		new HyokaAboutDialog(HandlerUtil.getActiveWorkbenchWindowChecked(event)).open();
		return null;
	}
}
