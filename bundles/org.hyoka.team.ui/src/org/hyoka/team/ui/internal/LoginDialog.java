package org.hyoka.team.ui.internal;

import java.util.function.Supplier;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hyoka.team.Logins;

/**
 * Asks for the user name and password (or token) a Git server wants, saying why when it refused the last ones. What
 * is given is kept in the workbench's secure storage (Team > Forget Passwords... removes it).
 */
final class LoginDialog extends TitleAreaDialog {

	/** The secure storage logins are kept in: the workbench's, or a test's own (never the user's in a test). */
	static Supplier<ISecurePreferences> storage = SecurePreferencesFactory::getDefault;

	private final String server;
	private final String offeredUser;
	private final String refusal;
	private Text user;
	private Text password;
	private Logins.Login login;

	LoginDialog(Shell parent, String server, String offeredUser, String refusal) {
		super(parent);
		this.server = server;
		this.offeredUser = offeredUser;
		this.refusal = refusal;
	}

	/**
	 * The logins of one Team operation: kept in the workbench's secure storage, asked in this dialog over the window's
	 * shell (from the operation's job, on the display thread).
	 */
	static Logins logins(Shell shell) {
		return new Logins(storage.get(), (server, user, refusal) -> {
			Logins.Login[] given = new Logins.Login[1];
			Display display = shell.getDisplay();
			display.syncExec(() -> {
				LoginDialog dialog = new LoginDialog(shell.isDisposed() ? null : shell, server, user, refusal);
				if (dialog.open() == Window.OK) {
					given[0] = dialog.login;
				}
			});
			return given[0];
		});
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Login_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite top = (Composite) super.createDialogArea(parent);
		// a key's passphrase (SSH) has no user name
		boolean key = Logins.isKey(server);
		setTitle(NLS.bind(key ? Messages.Login_keyHeading : Messages.Login_heading, server));
		setMessage(key ? Messages.Login_keyMessage : Messages.Login_message);
		if (refusal != null) {
			setErrorMessage(refusal);
		}
		Composite area = new Composite(top, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(area);
		if (!key) {
			new Label(area, SWT.NONE).setText(Messages.Login_user);
			user = new Text(area, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(user);
		}
		new Label(area, SWT.NONE).setText(key ? Messages.Login_passphrase : Messages.Login_password);
		password = new Text(area, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(password);
		Label kept = new Label(area, SWT.WRAP);
		kept.setText(Messages.Login_kept);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(kept);
		if (user == null) {
			password.setFocus();
		} else {
			if (offeredUser != null) {
				user.setText(offeredUser);
				password.setFocus();
			}
			user.addModifyListener(event -> validate());
		}
		password.addModifyListener(event -> validate());
		return top;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled((user == null || !user.getText().isBlank()) && !password.getText().isEmpty());
		}
	}

	@Override
	protected void okPressed() {
		login = new Logins.Login(user == null ? "" : user.getText().strip(), password.getText().toCharArray()); //$NON-NLS-1$
		super.okPressed();
	}
}
