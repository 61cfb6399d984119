package org.hyoka.team.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks where the shared repository of a folder that starts being shared goes (a folder on a file share, chosen or
 * typed, or the address of an empty repository on a server) and the message of the first publication.
 */
final class ShareDialog extends FieldsDialog {

	private final String folder;
	private Text repository;
	private Text message;
	private String chosenRepository;
	private String chosenMessage;

	ShareDialog(Shell parent, String folder) {
		super(parent, Messages.Share_title, Messages.Share_button);
		this.folder = folder;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = area(parent, 3, NLS.bind(Messages.Share_intro, folder), 520);
		repository = field(area, Messages.Share_repository, 1, 360);
		Button browse = new Button(area, SWT.PUSH);
		browse.setText(Messages.Share_browse);
		browse.addListener(SWT.Selection, event -> browse());
		message = field(area, Messages.Share_message, 2, SWT.DEFAULT);
		message.setText(Messages.Share_defaultMessage);
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

	/** OK waits for a repository and a message; no error is shown before the user typed, as the intro says what to give. */
	@Override
	boolean complete() {
		return !repository.getText().isBlank() && !message.getText().isBlank();
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
