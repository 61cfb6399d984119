package org.hyoka.edit.ui.widgets;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A file or folder chosen by typing or with Browse…: a label, a text and a button, added straight to a parent with a
 * three-column grid so that the rows of a page line up. The label comes right before the text, as screen readers and
 * UI tests expect.
 */
public final class FileField {

	/** What Browse… asks for. */
	public enum Kind {
		/** An existing file. */
		OPEN,
		/** A file to write, which may not exist yet. */
		SAVE,
		/** A folder. */
		FOLDER
	}

	private final Kind kind;
	private final Text text;
	private final Button browse;
	private String[] filterExtensions = {};
	private String[] filterNames = {};

	public FileField(Composite parent, String label, Kind kind) {
		this.kind = kind;
		new Label(parent, SWT.NONE).setText(label);
		text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		browse = new Button(parent, SWT.PUSH);
		browse.setText(Messages.browse);
		browse.addListener(SWT.Selection, event -> browse());
	}

	/** Another label for the button, e.g. with its own mnemonic where a page has two fields. */
	public FileField browseLabel(String label) {
		browse.setText(label);
		return this;
	}

	/** The file types the dialog offers, patterns such as {@code *.hyoka} with their names; not for folders. */
	public FileField filter(String[] extensions, String[] names) {
		filterExtensions = extensions.clone();
		filterNames = names.clone();
		return this;
	}

	/** Runs whenever the text changes, typed or chosen. */
	public FileField onChange(Runnable changed) {
		text.addModifyListener(event -> changed.run());
		return this;
	}

	public String getText() {
		return text.getText();
	}

	public void setText(String value) {
		text.setText(value);
	}

	/** The path as typed (without surrounding blanks), or null when nothing or no valid path is typed. */
	public Path path() {
		String typed = text.getText().strip();
		try {
			return typed.isEmpty() ? null : Path.of(typed);
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The dialog opens where the typed path points, so that Browse… refines the choice rather than restarting it. */
	private void browse() {
		Path current = path();
		String chosen;
		if (kind == Kind.FOLDER) {
			DirectoryDialog dialog = new DirectoryDialog(text.getShell());
			if (current != null) {
				dialog.setFilterPath(current.toString());
			}
			chosen = dialog.open();
		} else {
			FileDialog dialog = new FileDialog(text.getShell(), kind == Kind.SAVE ? SWT.SAVE : SWT.OPEN);
			dialog.setFilterExtensions(filterExtensions);
			dialog.setFilterNames(filterNames);
			if (current != null && current.getParent() != null) {
				dialog.setFilterPath(current.getParent().toString());
				dialog.setFileName(current.getFileName().toString());
			}
			chosen = dialog.open();
		}
		if (chosen != null) {
			text.setText(chosen);
		}
	}
}
