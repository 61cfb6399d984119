package org.hyoka.roadmap.exchange.ui.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.roadmap.exchange.PlanFormat;

/**
 * The plan file of a wizard page, typed or chosen with Browse… (a row of three columns), and whether the wizards can
 * work on the editor's evaluation.
 */
final class PlanField {

	private final Text text;

	/** @param style {@link SWT#OPEN} to read a plan, {@link SWT#SAVE} to write one */
	PlanField(Composite parent, int style, Runnable changed) {
		new Label(parent, SWT.NONE).setText(Messages.Plan_label);
		text = new Text(parent, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(event -> changed.run());
		Button browse = new Button(parent, SWT.PUSH);
		browse.setText(Messages.Plan_browse);
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(parent.getShell(), style);
			dialog.setFilterExtensions(new String[] { "*.xml;*.gan", "*.xml", "*.gan" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			dialog.setFilterNames(new String[] { Messages.Plan_filter, Messages.Plan_filterXml, Messages.Plan_filterGan });
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
	}

	/** The file typed, or null when none is or it cannot be a path. */
	Path path() {
		String typed = text.getText().strip();
		try {
			return typed.isEmpty() ? null : Path.of(typed).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** What keeps the typed file from being a plan: none typed, or a name of neither format; null when nothing. */
	String problem() {
		Path path = path();
		if (path == null) {
			return Messages.Plan_missing;
		}
		return PlanFormat.of(path) == null ? NLS.bind(Messages.Plan_badFormat, path.getFileName()) : null;
	}

	/** Why the wizards cannot work on the editor's evaluation, or null. */
	static String editorProblem(EvaluationEditor editor) {
		if (editor == null || editor.report() == null) {
			return Messages.Editor_none;
		}
		String readOnly = editor.readOnlyReason();
		return readOnly == null ? null : NLS.bind(Messages.Editor_readOnly, readOnly);
	}
}
