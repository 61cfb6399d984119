package org.hyoka.team.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hyoka.team.Logins;

/** Team > Forget Passwords...: removes the chosen servers' logins from the workbench's secure storage. */
public class ForgetLoginsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		ISecurePreferences storage = LoginDialog.storage.get();
		List<String> servers = Logins.servers(storage);
		if (servers.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Forget_title, Messages.Forget_none);
			return null;
		}
		ListSelectionDialog dialog = ListSelectionDialog.of(servers).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(new LabelProvider()).message(Messages.Forget_message).preselect(servers.toArray()).create(shell);
		dialog.setTitle(Messages.Forget_title);
		if (dialog.open() == Window.OK) {
			for (Object server : dialog.getResult()) {
				Logins.forget(storage, (String) server);
			}
		}
		return null;
	}
}
