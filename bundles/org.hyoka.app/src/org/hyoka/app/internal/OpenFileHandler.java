package org.hyoka.app.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** The command of File &gt; Open File, for the empty editor area's link and key bindings. */
public final class OpenFileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		new OpenFileAction(HandlerUtil.getActiveWorkbenchWindowChecked(event)).run();
		return null;
	}
}
