package org.hyoka.roadmap.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.layout.PageSetup;
import org.hyoka.roadmap.layout.PageSetup.Paper;
import org.hyoka.roadmap.layout.PrintLayout;
import org.hyoka.roadmap.layout.RoadmapLayout;

/**
 * The page setup of File > Print… in the Roadmap view: paper, orientation, pages wide and margins, remembered in the
 * preferences, with the number of pages they give and a preview of them; Print… goes on to the platform's print
 * dialog.
 */
final class PageSetupDialog extends Dialog {

	static final int PREVIEW = IDialogConstants.CLIENT_ID + 1;
	private static final String[] PAPER_NAMES = { Messages.paperA4, Messages.paperA3, Messages.paperLetter };

	private final RoadmapLayout layout;
	/** The rows whose undated items are printed after the rows. */
	private final Timeline listed;
	private PageSetup setup;
	private Combo paper;
	private Combo orientation;
	private Spinner pagesWide;
	private Spinner margin;
	private Label pageCount;

	PageSetupDialog(Shell parent, RoadmapLayout layout, Timeline listed) {
		super(parent);
		this.layout = layout;
		this.listed = listed;
		this.setup = Printing.setup();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.pageSetupTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		paper = combo(fields, Messages.paper, PAPER_NAMES, setup.paper().ordinal());
		orientation = combo(fields, Messages.orientation, new String[] { Messages.portrait, Messages.landscape }, setup.landscape() ? 1 : 0);
		pagesWide = spinner(fields, Messages.pagesWide, 1, PageSetup.MAX_PAGES_WIDE, setup.pagesWide());
		margin = spinner(fields, Messages.margin, 0, (int) PageSetup.MAX_MARGIN, (int) Math.round(setup.marginMillimetres()));
		Label note = new Label(area, SWT.WRAP);
		note.setText(Messages.pageSetupNote);
		GridDataFactory.fillDefaults().hint(convertHorizontalDLUsToPixels(220), SWT.DEFAULT).applyTo(note);
		pageCount = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(pageCount);
		update();
		return area;
	}

	private Combo combo(Composite parent, String label, String[] items, int selected) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setItems(items);
		combo.select(selected);
		combo.addListener(SWT.Selection, event -> update());
		return combo;
	}

	private Spinner spinner(Composite parent, String label, int min, int max, int value) {
		new Label(parent, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(value, min, max, 0, 1, 5);
		spinner.addListener(SWT.Modify, event -> update());
		return spinner;
	}

	/** Takes the fields' values and shows how many pages they make. */
	private void update() {
		setup = new PageSetup(Paper.values()[paper.getSelectionIndex()], orientation.getSelectionIndex() == 1, pagesWide.getSelection(), margin.getSelection());
		pageCount.setText(NLS.bind(Messages.pageCount, Integer.toString(printLayout().pages().size())));
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, PREVIEW, Messages.preview, false);
		createButton(parent, IDialogConstants.OK_ID, Messages.printButton, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == PREVIEW) {
			Printing.save(setup);
			new PreviewDialog(getShell(), printLayout(), setup).open();
		} else {
			if (buttonId == IDialogConstants.OK_ID) {
				Printing.save(setup);
			}
			super.buttonPressed(buttonId);
		}
	}

	/** The setup chosen. */
	PageSetup setup() {
		return setup;
	}

	/** The pages of the setup chosen, in the workbench's language. */
	PrintLayout printLayout() {
		return new PrintLayout(layout, listed, setup, Locale.getDefault());
	}

	/** The pages as the printer would get them, one under the other, each sheet framed. */
	static final class PreviewDialog extends Dialog {

		private final PrintLayout print;
		private final PageSetup setup;
		private List<Image> sheets;

		PreviewDialog(Shell parent, PrintLayout print, PageSetup setup) {
			super(parent);
			this.print = print;
			this.setup = setup;
			setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText(Messages.previewTitle);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			ScrolledComposite scrolled = new ScrolledComposite(area, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
			Composite pages = new Composite(scrolled, SWT.NONE);
			pages.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
			GridLayoutFactory.swtDefaults().spacing(0, 12).applyTo(pages);
			sheets = Printing.sheets(parent.getDisplay(), print, setup);
			// a whole sheet wide where the screen allows, as printed: fonts do not shrink below what a screen shows
			Rectangle screen = parent.getDisplay().getPrimaryMonitor().getClientArea();
			int width = Math.min(sheets.get(0).getBounds().width + 40, screen.width - 80);
			GridDataFactory.fillDefaults().grab(true, true).hint(width, Math.min(sheets.get(0).getBounds().height + 40, screen.height - 200)).applyTo(scrolled);
			for (Image sheet : sheets) {
				Label label = new Label(pages, SWT.BORDER);
				label.setImage(sheet);
			}
			scrolled.setContent(pages);
			scrolled.setExpandHorizontal(true);
			scrolled.setExpandVertical(true);
			scrolled.setMinSize(pages.computeSize(SWT.DEFAULT, SWT.DEFAULT));
			scrolled.addDisposeListener(event -> sheets.forEach(Image::dispose));
			return area;
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
		}

		@Override
		protected void buttonPressed(int buttonId) {
			close();
		}

		/** The sheets shown, for tests. */
		List<Image> sheets() {
			return sheets;
		}
	}
}
