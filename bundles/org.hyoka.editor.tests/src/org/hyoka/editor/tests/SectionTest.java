package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.hyoka.editor.internal.Section;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The editor's sections paint their title bar alone through an image, and look exactly as Forms' own. */
class SectionTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void paintsPixelForPixelAsTheToolkitsSection() {
		Shell shell = bot.syncCall(() -> {
			Shell side = new Shell(bot.window().getShell(), SWT.NO_TRIM);
			FormToolkit toolkit = new FormToolkit(side.getDisplay());
			side.addListener(SWT.Dispose, event -> toolkit.dispose());
			side.setLayout(new GridLayout(2, true));
			fill(toolkit, toolkit.createSection(side, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED));
			fill(toolkit, Section.create(toolkit, side));
			side.setBounds(10, 10, 760, 260);
			side.open();
			return side;
		});
		try {
			bot.flush();
			ImageData forms = bot.syncCall(() -> capture(shell.getChildren()[0]));
			ImageData ours = bot.syncCall(() -> capture(shell.getChildren()[1]));
			assertEquals(forms.width + "x" + forms.height, ours.width + "x" + ours.height);
			Set<Integer> colours = new HashSet<>();
			for (int y = 0; y < forms.height; y++) {
				for (int x = 0; x < forms.width; x++) {
					assertEquals(forms.getPixel(x, y), ours.getPixel(x, y), "pixel " + x + "," + y);
					colours.add(forms.getPixel(x, y));
				}
			}
			// the title bar's gradient, border and text are there to compare, not a blank area
			assertTrue(colours.size() > 10, colours.size() + " colours");
		} finally {
			bot.syncRun(shell::dispose);
		}
	}

	private static void fill(FormToolkit toolkit, org.eclipse.ui.forms.widgets.Section section) {
		section.setText("Budget of the program");
		section.setDescription("Amounts in million yen, per fiscal year.");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout());
		GridDataFactory.fillDefaults().hint(SWT.DEFAULT, 120).applyTo(toolkit.createLabel(client, "Lines and totals"));
		section.setClient(client);
	}

	/** What the screen shows of the control, once it has painted. */
	private static ImageData capture(Control control) {
		control.getShell().update();
		return UiBot.capture(control.getDisplay(), control.getDisplay().map(control.getParent(), null, control.getBounds()));
	}

}
