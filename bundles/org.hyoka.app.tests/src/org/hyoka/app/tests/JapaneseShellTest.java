package org.hyoka.app.tests;

import static org.hyoka.app.tests.WorkbenchStartupTest.assertContainsInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product's shell under {@code -nl ja} (the "japanese" execution of this bundle's pom, started after the English
 * tests on the same workspace): menus, views, About and the preference page speak Japanese, and File &gt; Recent
 * Files still lists what {@link RecentFilesTest} opened before the restart.
 */
class JapaneseShellTest {

	private static final String RECENT_FILES = "最近使ったファイル";
	private static WorkbenchBot bot;

	@BeforeAll
	static void workbenchIsUp() {
		bot = new WorkbenchBot();
		bot.waitForJobs();
		assertEquals("ja", Locale.getDefault().getLanguage(), "started with -nl ja");
	}

	@Test
	void noMenuItemOfTheProductIsEnglish() {
		// the items of Recent Files are file names; the product's name is the same in both languages
		List<String> labels = ShellMenus.allLabels(bot, Set.of(RECENT_FILES));
		List<String> english = labels.stream().map(label -> label.replace("Hyoka Workbench", ""))
				.filter(label -> label.matches(".*[A-Za-z].*")).toList();
		assertEquals(List.of(), english, "English labels among " + labels);
		assertTrue(labels.containsAll(List.of("評価", "プロジェクト")), "File > New offers the evaluator's wizards: " + labels);
		assertContainsInOrder(labels, "ファイル", "新規", "その他...", "ファイルを開く...", "最近使ったファイル", "閉じる",
				"保存", "名前を付けて保存...", "インポート...", "エクスポート...", "終了", "編集", "元に戻す", "やり直し", "切り取り", "コピー", "貼り付け",
				"ウィンドウ", "ビューの表示", "プロジェクト・エクスプローラー", "問題", "プロパティ", "アウトライン", "設定...", "ヘルプ", "利用の手引き", "この画面のヘルプ", "更新の確認",
				"新規ソフトウェアのインストール...", "インストールの詳細", "Hyoka Workbench について");
		assertTrue(bot.windowShell().menu("ファイル", RECENT_FILES).itemLabels().contains("履歴を消去"));
	}

	@Test
	void recentFilesSurviveTheRestart() {
		List<String> recent = bot.windowShell().menu("ファイル", RECENT_FILES).itemLabels();
		assertTrue(recent.stream().anyMatch(label -> label.contains("recent-a.hyoka"))
				&& recent.stream().anyMatch(label -> label.contains("recent-b.hyoka")), "listed after the restart: " + recent);
	}

	@Test
	void viewsAreNamedInJapanese() {
		assertTrue(ShellMenus.tabLabels(bot).containsAll(List.of("プロジェクト・エクスプローラー", "問題", "プロパティ", "アウトライン")),
				"tabs: " + ShellMenus.tabLabels(bot));
		bot.screenshot(WorkbenchStartupTest.screenshotFile("workbench-ja.png"));
	}

	@Test
	void aboutSpeaksJapaneseWithTheVersion() throws Exception {
		bot.windowShell().menu("ヘルプ", "Hyoka Workbench について").click();
		ShellBot about = bot.shell("Hyoka Workbench について");
		try {
			String text = about.textContaining("事前・中間・終了時・追跡評価");
			assertTrue(text.startsWith("Hyoka Workbench\nバージョン " + WorkbenchStartupTest.productVersion() + "\n"), text);
			ShellMenus.assertShowsAllItsText(bot, about, "事前・中間・終了時・追跡評価");
			about.button("インストールの詳細");
			bot.screenshot(WorkbenchStartupTest.screenshotFile("about-ja.png"));
		} finally {
			about.close();
		}
	}

	@Test
	void thePreferencePageSpeaksJapanese() {
		// the dialog's frame (title, Apply and Close) is JFace's, in Japanese from the language pack (org.hyoka.nl.ja.jface)
		ShellBot preferences = HyokaPreferencesPageTest.openHyokaPage(bot, "設定", "ウィンドウ", "設定...", "Hyoka（評価）");
		try {
			preferences.button("適用して閉じる");
			preferences.button("キャンセル");
			preferences.find(Group.class, "the fiscal-year group", group -> group.getText().equals("年度の表記"));
			assertTrue(preferences.textContaining("新しい評価の評点表").startsWith("新しい評価の評点表（評点法）に載せる評価項目"));
			preferences.button("適用");
			preferences.button("デフォルトの復元");
			Text author = HyokaPreferencesPageTest.control(preferences, Text.class, "authorName");
			assertEquals(author, preferences.textWithLabel("作成者名：").widget(), "the author name's field is labelled 作成者名");
			assertTrue(preferences.textContaining("評価委員の名前").startsWith("この名前が評価委員の名前であれば"),
					"the note under the author name is Japanese");
			Button era = HyokaPreferencesPageTest.control(preferences, Button.class, "era");
			bot.waitUntil("the era labels, the default, show as chosen", era::getSelection);
			Table items = HyokaPreferencesPageTest.control(preferences, Table.class, "items");
			List<String> labels = bot.syncCall(() -> Arrays.stream(items.getItems()).map(TableItem::getText).toList());
			assertTrue(labels.containsAll(List.of("1  当省が実施することの必要性", "2-1  研究開発内容（項目2の細目）",
					"3-2  知財や研究開発データの取扱い（項目3の細目）")), "each box says what it adds: " + labels);
			bot.screenshot(WorkbenchStartupTest.screenshotFile("preferences-hyoka-ja.png"));
		} finally {
			preferences.close();
		}
	}
}
