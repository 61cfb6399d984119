package org.hyoka.team.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hyoka.team.Sharing;

/**
 * Asks the name (and e-mail address) a publication records, where Git's configuration states none: else Git makes one
 * up from the login on this computer, and the History view says that login changed the scores. What is typed goes in
 * the user's own Git configuration, once for every folder.
 */
final class AuthorDialog extends FieldsDialog {

	private final String login;
	private Text name;
	private Text email;
	private String chosenName;
	private String chosenEmail;

	private AuthorDialog(Shell parent, String login) {
		super(parent, Messages.Author_title, null);
		this.login = login;
	}

	/**
	 * Whether a publication from the folder (or a folder shared from it) may go on: Git states its author, or the user
	 * just gave one; false when the user cancelled.
	 */
	static boolean stated(Shell shell, Path folder, String title) {
		try {
			Sharing.Author author = Sharing.author(folder);
			if (author.stated()) {
				return true;
			}
			AuthorDialog dialog = new AuthorDialog(shell, author.name());
			// a dialog closed by anything but its OK (its shell disposed) answers OK with no name: nothing is kept
			if (dialog.open() != Window.OK || dialog.chosenName == null) {
				return false;
			}
			Sharing.stateAuthor(dialog.chosenName, dialog.chosenEmail);
			return true;
		} catch (IOException e) {
			ILog.of(AuthorDialog.class).warn(e.getMessage(), e);
			MessageDialog.openError(shell, title, NLS.bind(Messages.Author_failed, e.getMessage()));
			return false;
		}
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = area(parent, 2, NLS.bind(Messages.Author_intro, login), 480);
		name = field(area, Messages.Author_name, 1, 320);
		email = field(area, Messages.Author_email, 1, SWT.DEFAULT);
		return area;
	}

	/** OK waits for a name; the e-mail address may stay blank. */
	@Override
	boolean complete() {
		return !name.getText().isBlank();
	}

	@Override
	protected void okPressed() {
		chosenName = name.getText().strip();
		chosenEmail = email.getText().strip();
		super.okPressed();
	}
}
