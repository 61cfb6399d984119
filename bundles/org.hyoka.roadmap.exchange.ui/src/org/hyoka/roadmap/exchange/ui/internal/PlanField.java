package org.hyoka.roadmap.exchange.ui.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.hyoka.edit.ui.widgets.FileField;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.roadmap.exchange.PlanFormat;

/**
 * The plan file of a wizard page, typed or chosen with Browse… (a row of three columns), and whether the wizards can
 * work on the editor's evaluation.
 */
final class PlanField {

	private final FileField file;

	/** @param kind {@link FileField.Kind#OPEN} to read a plan, {@link FileField.Kind#SAVE} to write one */
	PlanField(Composite parent, FileField.Kind kind, Runnable changed) {
		file = new FileField(parent, Messages.Plan_label, kind).browseLabel(Messages.Plan_browse)
				.filter(new String[] { "*.xml;*.gan", "*.xml", "*.gan" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						new String[] { Messages.Plan_filter, Messages.Plan_filterXml, Messages.Plan_filterGan })
				.onChange(changed);
	}

	void set(Path path) {
		file.setText(path.toString());
	}

	/** The file typed, or null when none is or it cannot be a path. */
	Path path() {
		Path typed = file.path();
		return typed == null ? null : typed.toAbsolutePath().normalize();
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
