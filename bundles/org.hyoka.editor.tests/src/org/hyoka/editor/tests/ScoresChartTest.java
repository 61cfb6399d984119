package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.ScoresPage;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The average chart of the Scores page, half scrolled out of the page as it is when the page opens: its axes and titles
 * (drawn in the chart's blue) stay inside the page. They were drawn over the tabs and the Problems view below it.
 */
class ScoresChartTest {

	/** SWTChart's colour of axes and titles. */
	private static final RGB AXIS = new RGB(0, 0, 255);
	/** How much of the chart the page shows: its title and the top of its plot. */
	private static final int SHOWN = 60;

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void aHalfShownChartDrawsNothingOutsideThePage() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot
				.openEditor(SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null));
		ScoresPage page = bot.syncCall(() -> (ScoresPage) editor.setActivePage(ScoresPage.ID));
		Chart chart = bot.syncCall(() -> page.views().get(0).chart());
		ScrolledForm form = bot.syncCall(() -> page.getManagedForm().getForm());
		bot.flush();
		// scrolled so that the page's bottom edge cuts the chart below its title
		bot.syncRun(() -> {
			Rectangle shown = visible(form);
			Rectangle bounds = onDisplay(chart);
			form.setOrigin(form.getOrigin().x, form.getOrigin().y + bounds.y - (shown.y + shown.height - SHOWN));
		});
		bot.flush();
		bot.screenshot("scores-chart-half-shown.png");

		Rectangle shown = bot.syncCall(() -> visible(form));
		Rectangle bounds = bot.syncCall(() -> onDisplay(chart));
		int edge = shown.y + shown.height;
		assertTrue(bounds.y < edge && bounds.y + bounds.height > edge + 100, "the page's edge cuts the chart: " + bounds + " " + shown);
		assertTrue(axisPixels(new Rectangle(bounds.x, bounds.y, bounds.width, edge - bounds.y)) > 0,
				"the shown part of the chart has its title in the axes' colour");
		assertEquals(0, axisPixels(new Rectangle(bounds.x, edge, bounds.width, bounds.y + bounds.height - edge)),
				"pixels in the axes' colour below the page, where the rest of the chart is hidden");
	}

	/** The items' column shows each item's whole name, as the report prints it. */
	@Test
	void theItemsColumnShowsTheItemsWhole() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot
				.openEditor(SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null));
		ScoresPage page = bot.syncCall(() -> (ScoresPage) editor.setActivePage(ScoresPage.ID));
		Table table = bot.syncCall(() -> page.views().get(0).viewer().getTable());
		bot.flush();
		bot.syncRun(() -> {
			GC gc = new GC(table);
			try {
				for (TableItem item : table.getItems()) {
					int needed = gc.textExtent(item.getText(0)).x;
					assertTrue(table.getColumn(0).getWidth() >= needed, "「" + item.getText(0) + "」 needs " + needed + " px, the column is "
							+ table.getColumn(0).getWidth());
				}
			} finally {
				gc.dispose();
			}
		});
		bot.screenshot("scores-items-whole.png");
	}

	/** The part of the display the form's content is seen through. */
	private static Rectangle visible(ScrolledForm form) {
		Rectangle area = form.getClientArea();
		return form.getDisplay().map(form, null, area);
	}

	private static Rectangle onDisplay(Chart chart) {
		return chart.getDisplay().map(chart.getParent(), null, chart.getBounds());
	}

	/** The pixels of the screen's area that have the axes' colour. */
	private int axisPixels(Rectangle area) {
		return bot.syncCall(() -> {
			if (area.intersection(Display.getCurrent().getBounds()).isEmpty()) {
				return 0;
			}
			ImageData data = UiBot.capture(Display.getCurrent(), area);
			int count = 0;
			for (int y = 0; y < data.height; y++) {
				for (int x = 0; x < data.width; x++) {
					if (data.palette.getRGB(data.getPixel(x, y)).equals(AXIS)) {
						count++;
					}
				}
			}
			return count;
		});
	}
}
