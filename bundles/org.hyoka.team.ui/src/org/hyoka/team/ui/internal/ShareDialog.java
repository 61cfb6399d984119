package org.hyoka.team.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks where the shared repository of a folder that starts being shared goes (a folder on a file share, chosen or
 * typed, or the address of an empty repository on a server) and the message of the first publication.
 */
final class ShareDialog extends Dialog {

	private final String folder;
	private Text repository;
	private Text message;
	private String chosenRepository;
	private String chosenMessage;

	ShareDialog(Shell parent, String folder) {
		super(parent);
		this.folder = folder;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Share_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(NLS.bind(Messages.Share_intro, folder));
		GridDataFactory.fillDefaults().span(3, 1).hint(520, SWT.DEFAULT).applyTo(intro);
		new Label(area, SWT.NONE).setText(Messages.Share_repository);
		repository = new Text(area, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(repository);
		Button browse = new Button(area, SWT.PUSH);
		browse.setText(Messages.Share_browse);
		browse.addListener(SWT.Selection, event -> browse());
		new Label(area, SWT.NONE).setText(Messages.Share_message);
		message = new Text(area, SWT.BORDER);
		message.setText(Messages.Share_defaultMessage);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(message);
		repository.addModifyListener(event -> validate());
		message.addModifyListener(event -> validate());
		return area;
	}

	/** A folder on a file share; the shared repository is made in a new folder there, named after the folder shared. */
	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText(Messages.Share_browseTitle);
		dialog.setFilterPath(startFolder());
		String chosen = dialog.open();
		if (chosen != null) {
			Path name = Path.of(folder).getFileName();
			repository.setText(Path.of(chosen).resolve((name == null ? "evaluations" : name.toString()) + ".git").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * Where the folder dialog opens: the folder of the repository typed, else the home, with the links to the shares
	 * mounted; GTK would open on Recent Files, where no folder can be chosen.
	 */
	private String startFolder() {
		try {
			Path typed = repository.getText().isBlank() ? null : Path.of(repository.getText().strip()).getParent();
			return typed != null && Files.isDirectory(typed) ? typed.toString() : System.getProperty("user.home"); //$NON-NLS-1$
		} catch (InvalidPathException e) {
			return System.getProperty("user.home"); //$NON-NLS-1$
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.Share_button);
		validate();
	}

	/** OK waits for a repository and a message; no error is shown before the user typed, as the intro says what to give. */
	private void validate() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(!repository.getText().isBlank() && !message.getText().isBlank());
		}
	}

	@Override
	protected void okPressed() {
		chosenRepository = repository.getText().strip();
		chosenMessage = message.getText().strip();
		super.okPressed();
	}

	String repository() {
		return chosenRepository;
	}

	String message() {
		return chosenMessage;
	}
}
