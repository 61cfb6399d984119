package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.hyoka.edit.ui.Spreadsheet;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.CommentsPage;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The frame round the cell with the keyboard, and its colours, cover the whole row when a comment of two lines makes
 * the row taller: a frame one line high ran through the middle of the row's text.
 */
class FocusFrameTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void theFrameOfACellInARowOfTwoLinesRunsRoundTheWholeRow() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot
				.openEditor(SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null));
		CommentsPage page = bot.syncCall(() -> (CommentsPage) editor.setActivePage(CommentsPage.ID));
		EvaluationComment first = bot.syncCall(() -> editor.report().getEvaluations().get(0).getComments().get(0));
		bot.syncRun(() -> editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), first,
				EvaluationPackage.Literals.EVALUATION_COMMENT__TEXT, "目標値が明確である。\n一方で、中間目標の根拠を示すこと。")));
		bot.flush();
		Table table = bot.syncCall(() -> UiBot.findAll(page.getPartControl(), Table.class, candidate -> true).get(0));
		bot.syncRun(() -> {
			UiBot.reveal(table);
			table.setFocus();
			Spreadsheet.on(table).focus(0, 0);
		});
		bot.flush();
		bot.settlePainting(table);
		// the row's height: from its top to the next row's
		Rectangle cell = bot.syncCall(() -> table.getItem(0).getBounds(0));
		int next = bot.syncCall(() -> table.getItem(1).getBounds(0).y);
		int lineHeight = bot.syncCall(() -> {
			GC gc = new GC(table);
			try {
				return gc.getFontMetrics().getHeight();
			} finally {
				gc.dispose();
			}
		});
		assertTrue(next - cell.y >= 2 * lineHeight, "the row holds two lines: " + cell + ", next row at " + next);

		ImageData shown = bot.syncCall(() -> UiBot.capture(table.getDisplay(), table.getDisplay().map(table, null, new Rectangle(cell.x, cell.y, cell.width, next - cell.y))));
		RGB frame = bot.syncCall(() -> table.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND).getRGB());
		List<Integer> lines = new ArrayList<>();
		for (int y = 0; y < shown.height; y++) {
			int framed = 0;
			for (int x = 0; x < shown.width; x++) {
				if (shown.palette.getRGB(shown.getPixel(x, y)).equals(frame)) {
					framed++;
				}
			}
			// a line of the frame runs across the cell; text never does
			if (framed > shown.width * 8 / 10) {
				lines.add(y);
			}
		}
		bot.screenshot("focus-frame-two-lines.png");
		assertTrue(!lines.isEmpty() && lines.get(0) <= 3 && lines.get(lines.size() - 1) >= shown.height - 4
				&& lines.stream().allMatch(y -> y <= 3 || y >= shown.height - 4),
				"the frame's lines at the row's top and bottom only, not through its text: " + lines + " in " + shown.height + " px");
	}
}
