package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Long texts side by side, each wrapping to its share of the page's width, as the report prints them: a comment
 * next to its mark, a 提言 next to its 対処方針. Cells read the model again on {@link #update()}.
 */
final class TextGrid {

	private final FormToolkit toolkit;
	private final Composite grid;
	private final int columns;
	private final int narrow;
	private final List<Cell> cells = new ArrayList<>();

	/**
	 * @param narrow
	 *            how many leading columns keep their natural width; the others share the rest equally
	 */
	TextGrid(FormToolkit toolkit, Composite parent, int narrow, String... headers) {
		this.toolkit = toolkit;
		this.columns = headers.length;
		this.narrow = narrow;
		grid = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(columns).spacing(12, 6).applyTo(grid);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(grid);
		for (int i = 0; i < columns; i++) {
			Label header = label(headers[i], i < narrow);
			header.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		}
	}

	/** A row of cells; each text is read again on {@link #update()}. */
	@SafeVarargs
	final List<Label> row(Supplier<String>... texts) {
		List<Label> row = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			Supplier<String> text = i < texts.length ? texts[i] : () -> ""; //$NON-NLS-1$
			Label label = label(text.get(), i < narrow);
			cells.add(new Cell(label, text));
			row.add(label);
		}
		return row;
	}

	/** A heading across the whole row, e.g. the evaluation item the following comments are about. */
	Label heading(String text) {
		Label label = toolkit.createLabel(grid, text, SWT.WRAP);
		label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).hint(100, SWT.DEFAULT).indent(0, 6).applyTo(label);
		return label;
	}

	void update() {
		for (Cell cell : cells) {
			if (!cell.label.isDisposed()) {
				String text = cell.text.get() == null ? "" : cell.text.get(); //$NON-NLS-1$
				if (!text.equals(cell.label.getText())) {
					cell.label.setText(text);
				}
			}
		}
	}

	private Label label(String text, boolean narrowColumn) {
		Label label = toolkit.createLabel(grid, text == null ? "" : text, narrowColumn ? SWT.NONE : SWT.WRAP); //$NON-NLS-1$
		if (narrowColumn) {
			GridDataFactory.swtDefaults().align(SWT.FILL, SWT.TOP).applyTo(label);
		} else {
			// a small hint lets the column shrink to the page; the layout wraps the text to the width it gets
			GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(label);
		}
		return label;
	}

	private record Cell(Label label, Supplier<String> text) {
	}
}
