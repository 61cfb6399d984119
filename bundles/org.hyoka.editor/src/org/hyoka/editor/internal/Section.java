package org.hyoka.editor.internal;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.FormColors;
import org.eclipse.ui.forms.IFormColors;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A Forms section with a title bar and a description that paints its title bar alone. Eclipse Forms paints a title bar
 * into a new image as large as the whole section, whose pixels SWT then copies in Java twice, at every paint: a tenth
 * of the UI thread's work before the first editor shows (docs/benchmarks.md, "Start-up"). Here that image covers the
 * title bar only, and the rest is filled with the background the image would have had. The class keeps the simple
 * name {@code Section} because the theme's CSS selects widgets by it.
 */
public final class Section extends org.eclipse.ui.forms.widgets.Section {

	/** While the superclass paints: the client area it sees ends below the title bar. */
	private int paintedHeight = -1;

	private Section(Composite parent) {
		super(parent, TITLE_BAR | DESCRIPTION | EXPANDED);
	}

	/**
	 * Shows the title and description, setting each only where it changed: setting one lays the form out again, and a
	 * page relabels its sections at every change of the model.
	 */
	public void relabel(String title, String description) {
		if (!title.equals(getText())) {
			setText(title);
		}
		if (!description.equals(getDescription())) {
			setDescription(description);
		}
	}

	/** A section made and coloured as {@link FormToolkit#createSection} makes one with a title bar. */
	public static Section create(FormToolkit toolkit, Composite parent) {
		Section section = new Section(parent);
		section.setMenu(parent.getMenu());
		toolkit.adapt(section, true, true);
		section.setFont(new LocalResourceManager(JFaceResources.getResources(), section)
				.create(FontDescriptor.createFrom(parent.getFont()).setStyle(SWT.BOLD)));
		FormColors colors = toolkit.getColors();
		colors.initializeSectionToolBarColors();
		section.setTitleBarBackground(colors.getColor(IFormColors.TB_BG));
		section.setTitleBarGradientBackground(section.getTitleBarBackground());
		section.setTitleBarBorderColor(colors.getColor(IFormColors.TB_BORDER));
		section.setTitleBarForeground(colors.getColor(IFormColors.TB_TOGGLE));
		return section;
	}

	@Override
	protected void onPaint(PaintEvent event) {
		Rectangle area = super.getClientArea();
		int titleBar = titleBarBottom();
		if (titleBar <= 0 || titleBar >= area.height) {
			// not laid out yet, or nothing below the title bar: painted whole, as Forms does
			super.onPaint(event);
			return;
		}
		paintedHeight = titleBar;
		try {
			super.onPaint(event);
		} finally {
			paintedHeight = -1;
		}
		event.gc.setBackground(getBackground());
		event.gc.fillRectangle(area.x, area.y + titleBar, area.width, area.height - titleBar);
	}

	/** Where the title bar has ended: the top of the description, else of the client; 0 without either. */
	private int titleBarBottom() {
		Control below = getDescriptionControl() != null ? getDescriptionControl() : getClient();
		return below != null ? below.getBounds().y : 0;
	}

	@Override
	public Rectangle getClientArea() {
		Rectangle area = super.getClientArea();
		if (paintedHeight >= 0) {
			area.height = paintedHeight;
		}
		return area;
	}
}
