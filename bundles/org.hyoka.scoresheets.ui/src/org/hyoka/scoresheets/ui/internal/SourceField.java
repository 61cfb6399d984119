package org.hyoka.scoresheets.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.hyoka.edit.ui.widgets.FileField;
import org.hyoka.model.persistence.FileFormat;

/** The evaluation file both wizards start from, in a three-column grid, and what is wrong with it. */
final class SourceField {

	private final FileField field;

	SourceField(Composite parent, Path initial, Runnable changed) {
		field = new FileField(parent, Messages.Source_label, FileField.Kind.OPEN)
				.filter(new String[] { "*." + FileFormat.EXTENSION }, new String[] { Messages.Source_filter }); //$NON-NLS-1$
		if (initial != null) {
			field.setText(initial.toString());
		}
		field.onChange(changed);
	}

	/** The chosen file, or null when none is typed or it does not exist. */
	Path file() {
		Path path = field.path();
		return path != null && Files.isRegularFile(path) ? path : null;
	}

	/** What is wrong with the choice, or null. */
	String problem() {
		if (field.getText().isBlank()) {
			return Messages.Source_missing;
		}
		return file() == null ? NLS.bind(Messages.Source_notFound, field.getText().strip()) : null;
	}
}
