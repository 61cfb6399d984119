package org.hyoka.editor.walks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.ui.IViewReference;
import org.hyoka.testing.editor.EvaluationRun;
import org.hyoka.testing.editor.Words;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link EndToEndTest}'s run in the workbench started with {@code -nl ja} (the "japanese" execution of pom.xml): every
 * menu, view title, wizard and editor text the product defines that the run saw is Japanese, whether from a properties
 * file or from the code. The texts seen are kept in {@code target/screenshots/e2e-ja-labels.txt}. The platform's own
 * texts the run sees (the wizard dialogs' Back, Next, Finish and Cancel, the file page of File &gt; New, the Import and
 * Export dialogs, the Problems view's columns and summary, the status line, the Outline without an editor) are
 * Japanese too, from the product's language pack (the org.hyoka.nl.ja.* fragments): none of the English it
 * translates is seen.
 */
class JapaneseEndToEndTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void theSameRunInJapaneseShowsNoEnglishTextOfTheProduct() throws Exception {
		assertEquals("ja", Locale.getDefault().getLanguage(), "started with -nl ja");
		EvaluationRun run = EndToEndTest.write(bot, "e2e-ja");
		run.seeMenus();
		run.seeOutlineWithoutEditor();
		bot.syncCall(() -> Arrays.stream(bot.page().getViewReferences()).map(IViewReference::getPartName).toList()).forEach(run::see);
		List<String> seen = run.seen();
		Path list = run.screenshot("done").resolveSibling("e2e-ja-labels.txt");
		Files.write(list, seen, StandardCharsets.UTF_8);

		List<Predicate<String>> english = Words.englishOfTheProduct();
		assertTrue(english.size() > 100, "the product's English texts are found: " + english.size());
		// English written in the code has no key to find it by: any English the platform's texts do not explain
		Predicate<String> unexplained = Words.englishOfNoPropertiesFile();
		assertTrue(unexplained.test("Open the budget table") && unexplained.test("予算表 Totals"), "English of no properties file is caught");
		assertFalse(unexplained.test("Enter or select the parent folder:") || unexplained.test("Hyoka Workbench について")
				|| unexplained.test("e2e-ja.hyoka") || unexplained.test("HY-BU-01 PDF FY2022"),
				"the platform's English, the product's Japanese, file names and identifiers are not");
		List<String> untranslated = seen.stream()
				.filter(text -> english.stream().anyMatch(test -> test.test(text)) || unexplained.test(text)).toList();
		assertEquals(List.of(), untranslated, "English texts of the product among the " + seen.size() + " seen: " + seen);
		List<Predicate<String>> platformEnglish = Words.englishOfThePlatformTranslated();
		List<String> platform = seen.stream().filter(text -> platformEnglish.stream().anyMatch(test -> test.test(text))).toList();
		assertEquals(List.of(), platform, "English texts of the platform that the language pack translates, among the " + seen.size() + " seen: " + seen);
		assertTrue(seen.containsAll(List.of("< 戻る", "次へ >", "完了", "キャンセル", "親フォルダーを入力または選択:", "ファイル名:", "インポート",
				"エクスポート", "説明", "ロケーション", "リソース", "アウトラインを提供するアクティブなエディターがありません。")),
				"the wizards, the Problems view and the Outline show the platform's texts in Japanese: " + seen);
		assertTrue(seen.stream().anyMatch(text -> text.matches("\\d+ 項目|エラー \\d+ 個、警告 \\d+ 個、(情報|その他) \\d+ 個")), "the Problems view's summary: " + seen);
		assertTrue(seen.stream().anyMatch(text -> text.matches("\\d+ 項目を選択")), "the status line of the Project Explorer: " + seen);
		assertTrue(seen.containsAll(List.of("ファイル", "新規", "評価", "保存", "インポート...", "エクスポート...", "白紙の評点票", "評点票",
				"評価報告書", "問題", "研究開発課題を追加", "評価委員を追加", "提言を追加")), "the run saw the Japanese labels it clicked: " + seen);
	}
}
