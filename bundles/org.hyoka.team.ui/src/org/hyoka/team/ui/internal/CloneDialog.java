package org.hyoka.team.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hyoka.team.Sharing;

/** Asks for the repository to clone and the name of the new folder (a project) in the workspace. */
final class CloneDialog extends FieldsDialog {

	private Text url;
	private Text name;
	private Label problem;
	private String chosenUrl;
	private String chosenName;
	/** Whether the user typed the name: else it follows the repository's. */
	private boolean nameTyped;

	CloneDialog(Shell parent) {
		super(parent, Messages.Clone_title, Messages.Clone_button);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = area(parent, 2, Messages.Clone_intro, 480);
		url = field(area, Messages.Clone_url, 1, 360);
		name = field(area, Messages.Clone_folder, 1, SWT.DEFAULT);
		problem = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
		url.addModifyListener(event -> {
			if (!nameTyped) {
				name.setText(suggestedName(url.getText()));
				nameTyped = false;
			}
		});
		name.addModifyListener(event -> nameTyped = name.isFocusControl());
		return area;
	}

	/** The repository's last segment without ".git": {@code file:///share/hyoka/2024.git} gives {@code 2024}. */
	static String suggestedName(String repository) {
		String last = repository.strip().replaceAll("[/\\\\]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		last = last.substring(Math.max(last.lastIndexOf('/'), Math.max(last.lastIndexOf('\\'), last.lastIndexOf(':'))) + 1);
		return last.endsWith(".git") ? last.substring(0, last.length() - 4) : last; //$NON-NLS-1$
	}

	/** OK waits for values that can be cloned; the label below the fields says why they cannot. */
	@Override
	boolean complete() {
		String why = problem(url.getText().strip(), name.getText().strip());
		problem.setText(why == null ? "" : why); //$NON-NLS-1$
		problem.getParent().layout();
		return why == null;
	}

	/** Why the values cannot be cloned, or null. */
	static String problem(String repository, String folder) {
		if (repository.isEmpty()) {
			return Messages.Clone_noUrl;
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IStatus valid = workspace.validateName(folder, IResource.PROJECT);
		if (folder.isEmpty() || !valid.isOK()) {
			return folder.isEmpty() ? Messages.Clone_noFolder : valid.getMessage();
		}
		if (workspace.getRoot().getProject(folder).exists()) {
			return NLS.bind(Messages.Clone_projectExists, folder);
		}
		Path target = location(folder);
		try {
			if (!Sharing.isFree(target)) {
				return NLS.bind(Messages.Clone_folderNotEmpty, target);
			}
		} catch (IOException e) {
			return NLS.bind(Messages.Clone_folderNotEmpty, target);
		}
		return null;
	}

	/** Where the project of that name is on disk: in the workspace's folder. */
	static Path location(String folder) {
		return ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve(folder);
	}

	@Override
	protected void okPressed() {
		chosenUrl = url.getText().strip();
		chosenName = name.getText().strip();
		super.okPressed();
	}

	String url() {
		return chosenUrl;
	}

	String folder() {
		return chosenName;
	}
}
