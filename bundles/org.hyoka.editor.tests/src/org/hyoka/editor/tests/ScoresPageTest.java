package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.widgets.Section;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.Messages;
import org.hyoka.editor.internal.ScoresPage;
import org.hyoka.testing.editor.EvaluationRun;
import org.hyoka.testing.editor.OpenedEditors;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Scores page of an evaluation started in the workbench, before and after its committee is entered. */
class ScoresPageTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();
	private final EvaluationRun run = new EvaluationRun(bot, "scores"); //$NON-NLS-1$

	/**
	 * A new evaluation has no one to score yet, and its table no column for scores: the page says where they come
	 * from, and each member entered on the Committee page gets one.
	 */
	@Test
	void withNoMembersThePageSaysWhereTheScoresColumnsComeFrom() {
		EvaluationEditor editor = run.newEvaluation("評価", "scores", "水素社会実装技術開発事業", 2024, 2028);
		ScoresPage page = OpenedEditors.show(bot, editor, ScoresPage.ID);
		assertEquals(Messages.scoresNoMembers, description(page));
		assertEquals(List.of(Messages.columnItem, Messages.columnAverage, Messages.columnStated, Messages.columnFlag), columns(page));
		bot.screenshot("scores-no-members.png");

		run.addCommittee(editor, List.of("甲野 一郎", "乙野 二郎"));
		page = OpenedEditors.show(bot, editor, ScoresPage.ID);
		assertEquals(List.of(Messages.columnItem, "甲野 一郎", "乙野 二郎", Messages.columnAverage, Messages.columnStated, Messages.columnFlag),
				columns(page));
		assertEquals(NLS.bind(Messages.scoresDescription, 0), description(page), "no one has scored yet");
		bot.screenshot("scores-members.png");
	}

	private String description(ScoresPage page) {
		return bot.syncCall(() -> ((Section) table(page).getParent().getParent()).getDescription());
	}

	private List<String> columns(ScoresPage page) {
		return bot.syncCall(() -> Arrays.stream(table(page).getColumns()).map(TableColumn::getText).toList());
	}

	private static Table table(ScoresPage page) {
		return page.views().get(0).viewer().getTable();
	}
}
