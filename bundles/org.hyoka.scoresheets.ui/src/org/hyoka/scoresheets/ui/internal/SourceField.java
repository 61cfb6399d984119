package org.hyoka.scoresheets.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hyoka.model.persistence.FileFormat;

/** The evaluation file both wizards start from: a label, a text and a Browse button in a three-column grid. */
final class SourceField {

	private final Text text;

	SourceField(Composite parent, Path initial, Runnable changed) {
		new Label(parent, SWT.NONE).setText(Messages.Source_label);
		text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		Button browse = new Button(parent, SWT.PUSH);
		browse.setText(Messages.Source_browse);
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(parent.getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*." + FileFormat.EXTENSION }); //$NON-NLS-1$
			dialog.setFilterNames(new String[] { Messages.Source_filter });
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		if (initial != null) {
			text.setText(initial.toString());
		}
		text.addModifyListener(event -> changed.run());
	}

	/** The chosen file, or null when none is typed or it does not exist. */
	Path file() {
		Path path = path(text.getText());
		return path != null && Files.isRegularFile(path) ? path : null;
	}

	/** What is wrong with the choice, or null. */
	String problem() {
		if (text.getText().isBlank()) {
			return Messages.Source_missing;
		}
		return file() == null ? NLS.bind(Messages.Source_notFound, text.getText().strip()) : null;
	}

	static Path path(String text) {
		try {
			return text.isBlank() ? null : Path.of(text.strip());
		} catch (InvalidPathException e) {
			return null;
		}
	}
}
