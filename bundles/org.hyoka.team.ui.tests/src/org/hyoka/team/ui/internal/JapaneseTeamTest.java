package org.hyoka.team.ui.internal;

import static org.hyoka.team.ui.internal.TeamMenuTest.FILE;
import static org.hyoka.team.ui.internal.TeamMenuTest.score;
import static org.hyoka.team.ui.internal.TeamMenuTest.screenshots;
import static org.hyoka.team.ui.internal.TeamMenuTest.sharedRepository;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.team.Logins;
import org.hyoka.team.Sharing;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.Labels;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #50: the team UI under {@code -nl ja} (the "japanese" execution of pom.xml, or of the shared run's
 * org.hyoka.testing.workbench). A secretariat member meets Update's and Publish's refusals (nothing selected, a folder
 * made with git init), clones, publishes into a conflict, sees it in the Conflicts view, is asked to publish the merge
 * before updating and reads the History: the Team menu, every dialog on the way and both views show their Japanese
 * labels, and none of them holds an English word but the evaluation's own data and the name Git. A screenshot per step.
 */
class JapaneseTeamTest {

	/** A word of two or more Latin letters that is not all capitals (SSH, URL); Japanese around it is no boundary. */
	private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![A-Za-z])(?![A-Z]+(?![A-Za-z]))[A-Za-z]{2,}(?![A-Za-z])");
	/** Paths, addresses, file names and ids with digits, dots or hyphens: not words. */
	private static final Pattern NOT_WORDS = Pattern.compile("\\S*[/\\\\0-9.\\-_:@]\\S*");
	/** A server that asks for a login; the test's own storage keeps it. */
	private static final String SERVER = "https://git.example.go.jp";
	/** The system the texts name, in Latin letters in Japanese too. */
	private static final Set<String> NAMES = Set.of("Git");

	/** First, so that it is undone last: dialogs the workbench closes after a failure still see the test's settings. */
	@RegisterExtension
	@Order(1)
	final GitSettings git = new GitSettings("事務局 担当A");
	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();
	@RegisterExtension
	final TestStorage testStorage = new TestStorage();
	/** Words of the evaluation and of the versions' authors: data, not labels. */
	private final Set<String> data = new HashSet<>();

	@TempDir
	Path folder;

	@Test
	void theTeamMenuDialogsAndViewsAreJapanese() throws Exception {
		assertEquals("ja", Locale.getDefault().getLanguage(), "started with -nl ja");
		assertEquals(List.of("更新", "公開...", "競合", "履歴", "取得...", "フォルダーを共有...", "パスワードの消去..."), bot.windowShell().menu("チーム").itemLabels());

		// nothing selected: Update says what to select
		bot.windowShell().menu("チーム", "更新").click();
		ShellBot nothing = bot.shell("更新");
		assertTrue(nothing.textContaining("選択してください").contains("「チーム」>「取得...」"));
		closeJapanese(nothing, "ja-team-update-nothing.png");
		bot.windowShell().menu("チーム", "フォルダーを共有...").click();
		ShellBot nothingToShare = bot.shell("フォルダーの共有");
		assertEquals("共有する評価または評価のフォルダーを選択してください。", nothingToShare.textContaining("選択してください"));
		closeJapanese(nothingToShare, "ja-team-share-nothing.png");

		bot.windowShell().menu("チーム", "パスワードの消去...").click();
		ShellBot forget = bot.shell("パスワードの消去");
		assertEquals("共有リポジトリのパスワードは保存されていません。", forget.textContaining("パスワード"));
		closeJapanese(forget, "ja-team-forget.png");
		aLoginIsAskedAndRefusedInJapanese();
		anOwnRepositoryIsRefused();
		theShareDialogIsJapanese();

		String shared = sharedRepository(folder);
		IProject project = cloneInTheWorkbench(shared, "hyoka-ja");
		IFile file = project.getFile(FILE);
		EvaluationReport sample = HyokaFiles.load(file.getLocation().toPath());
		sample.eAllContents().forEachRemaining(this::dataOf);
		int base = score(sample).getValue();

		// another member publishes first, the workbench's publication meets the same score changed another way
		Path other = folder.resolve("other");
		Sharing.clone(shared, other, "hyoka");
		EvaluationReport theirs = HyokaFiles.load(other.resolve(FILE));
		score(theirs).setValue((base + 2) % 4);
		HyokaFiles.save(theirs, other.resolve(FILE));
		assertTrue(Sharing.publish(other, "委員2の評点（B）").published());
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		EditingDomain domain = editor.getEditingDomain();
		EvaluatorScore edited = bot.syncCall(() -> score(editor.report()));
		bot.syncRun(() -> domain.getCommandStack().execute(SetCommand.create(domain, edited, edited.eClass().getEStructuralFeature("value"), (base + 1) % 4)));
		bot.syncRun(() -> editor.doSave(null));

		bot.windowShell().menu("チーム", "公開...").click();
		ShellBot ask = bot.shell("公開");
		assertEquals("hyoka-ja で何を変更しましたか。このメッセージは版とともに残り、他の人が読みます。", ask.textContaining("変更しましたか"));
		Text message = ask.find(Text.class, "the message field", field -> true);
		Button ok = ask.button("OK").widget();
		bot.syncRun(() -> message.setText(" "));
		bot.waitUntil("a blank message is refused", () -> !bot.syncCall(ok::isEnabled));
		assertEquals("変更した内容を短く書いてください。", ask.textContaining("短く"));
		bot.syncRun(() -> message.setText("委員2の評点（A）"));
		closeJapanese(ask, "ja-team-publish.png");
		bot.waitForJobs();
		ShellBot conflict = bot.shell("公開");
		assertTrue(conflict.textContaining("競合").contains("1 件の競合ではそれぞれ自分側の値を残しました（" + FILE + "）"));
		closeJapanese(conflict, "ja-team-publish-conflict.png");

		// the Conflicts view: its labels, the object and the item of the conflict in Japanese
		bot.waitUntil("the Conflicts view shows", () -> "競合".equals(bot.viewTitle(Outcomes.CONFLICTS_VIEW)));
		Table conflicts = bot.find(bot.syncCall(() -> bot.window().getShell()), Table.class, "the conflicts table",
				table -> table.getColumnCount() == 7 && "選択".equals(table.getColumn(5).getText()) && table.getItemCount() > 0);
		assertEquals(List.of("オブジェクト", "項目", "変更前", "自分側", "相手側", "選択", "評価"), headings(conflicts));
		assertEquals("自分側", bot.syncCall(() -> conflicts.getItem(0).getText(5)));
		Composite view = bot.syncCall(conflicts::getParent);
		for (String button : List.of("自分側を残す", "相手側を採る", "適用")) {
			bot.button(view, button);
		}
		assertJapanese(view, "ja-team-conflicts-view.png");

		// Update before the merge is published: it asks to publish it first
		bot.syncRun(() -> bot.page().activate(editor));
		bot.windowShell().menu("チーム", "更新").click();
		ShellBot merging = bot.shell("更新");
		assertEquals("hyoka-ja: このフォルダーでは、他の人が公開した内容との統合がまだ終わっていません。競合を選んで評価を保存し、先に統合結果を公開してください。",
				merging.textContaining("hyoka-ja"));
		closeJapanese(merging, "ja-team-update-merging.png");

		// the History view of the open evaluation: its labels, and what a version changed; the file as the workbench
		// saved it names the installed add-ons' features, data too
		HyokaFiles.load(file.getLocation().toPath()).eAllContents().forEachRemaining(this::dataOf);
		bot.windowShell().menu("チーム", "履歴").click();
		bot.waitUntil("the History view shows", () -> "履歴".equals(bot.viewTitle(HistoryView.ID)));
		Table versions = bot.find(bot.syncCall(() -> bot.window().getShell()), Table.class, "the versions",
				table -> headings(table).equals(List.of("日時", "変更者", "メッセージ", "版")));
		bot.waitUntil("the versions are listed", () -> bot.syncCall(versions::getItemCount) >= 2);
		bot.syncRun(() -> Arrays.stream(versions.getItems()).forEach(item -> words(item.getText(1) + " " + item.getText(3), data)));
		Table changes = bot.find(bot.syncCall(() -> bot.window().getShell()), Table.class, "the changes",
				table -> headings(table).equals(List.of("オブジェクト", "項目", "変更前", "変更後")));
		// the versions on one side, what the selected one changed on the other
		Composite history = bot.syncCall(() -> versions.getParent().getParent());
		for (String button : List.of("このオブジェクトを復元", "この版からファイルを復元")) {
			bot.button(history, button);
		}
		Label title = bot.find(history, Label.class, "the title", label -> label.getText().startsWith("hyoka-ja/" + FILE));
		assertTrue(bot.syncCall(title::getText).contains(" 版。版を選ぶとその版での変更を"), bot.syncCall(title::getText));
		bot.syncRun(() -> {
			versions.setSelection(0);
			versions.notifyListeners(SWT.Selection, new Event());
		});
		bot.waitUntil("what the newest version changed is listed", () -> bot.syncCall(changes::getItemCount) > 0);
		assertEquals("委員2の評点（A）", bot.syncCall(() -> versions.getItem(0).getText(2)));
		assertEquals("評点", bot.syncCall(() -> changes.getItem(0).getText(1)));
		// maximized for a legible screenshot
		bot.syncRun(() -> bot.page().setPartState(bot.page().findViewReference(HistoryView.ID), IWorkbenchPage.STATE_MAXIMIZED));
		assertJapanese(history, "ja-team-history-view.png");
	}

	/** An evaluation in a folder made a Git repository of its own (git init), not cloned: Update says so in Japanese. */
	private void anOwnRepositoryIsRefused() throws Exception {
		IProject own = ResourcesPlugin.getWorkspace().getRoot().getProject("hyoka-own");
		own.create(null);
		own.open(null);
		Git.init().setDirectory(own.getLocation().toFile()).call().close();
		Files.copy(TeamMenuTest.SAMPLE, own.getLocation().toPath().resolve(FILE));
		own.refreshLocal(IResource.DEPTH_INFINITE, null);
		bot.openEditor(own.getFile(FILE));
		bot.windowShell().menu("チーム", "更新").click();
		ShellBot refused = bot.shell("更新");
		assertEquals("hyoka-own: 公開や更新に使う共有リポジトリがありません。このフォルダーの Git リポジトリは共有リポジトリから取得したものではありません。"
				+ "共有リポジトリを取得し、そのフォルダーで作業してください。", refused.textContaining("共有リポジトリがありません"));
		closeJapanese(refused, "ja-team-update-own-repository.png");
		// Publish says so before asking what changed: a message typed for nothing is not asked for
		bot.windowShell().menu("チーム", "公開...").click();
		ShellBot notPublished = bot.shell("公開");
		assertEquals("hyoka-own: 公開や更新に使う共有リポジトリがありません。このフォルダーの Git リポジトリは共有リポジトリから取得したものではありません。"
				+ "共有リポジトリを取得し、そのフォルダーで作業してください。", notPublished.textContaining("共有リポジトリがありません"));
		closeJapanese(notPublished, "ja-team-publish-own-repository.png");
		// nor can it start being shared: a folder in a Git repository is not shared a second time
		bot.windowShell().menu("チーム", "フォルダーを共有...").click();
		ShellBot notShared = bot.shell("フォルダーの共有");
		assertTrue(notShared.textContaining("すでに Git リポジトリ").startsWith("hyoka-own はすでに Git リポジトリ（hyoka-own）の中にあります。"),
				notShared.textContaining("すでに Git リポジトリ"));
		closeJapanese(notShared, "ja-team-share-own-repository.png");
		bot.syncRun(() -> bot.page().closeAllEditors(false));
	}

	/**
	 * Share Folder… on a folder in no Git repository (a workspace folder kept outside it), where Git knows no name: the
	 * name asked, then the dialog, cancelled.
	 */
	private void theShareDialogIsJapanese() throws Exception {
		IProject desk = ResourcesPlugin.getWorkspace().getRoot().getProject("評価-共有前");
		var description = ResourcesPlugin.getWorkspace().newProjectDescription(desk.getName());
		description.setLocation(org.eclipse.core.runtime.IPath.fromPath(folder.resolve("desk")));
		desk.create(description, null);
		desk.open(null);
		Files.copy(TeamMenuTest.SAMPLE, desk.getLocation().toPath().resolve(FILE));
		desk.refreshLocal(IResource.DEPTH_INFINITE, null);
		bot.openEditor(desk.getFile(FILE));
		// on a computer whose Git knows only the login, the name a publication records is asked first
		git.forgetName();
		bot.windowShell().menu("チーム", "フォルダーを共有...").click();
		ShellBot author = bot.shell("あなたの名前");
		// the login the dialog names is the computer's, data
		words(System.getProperty("user.name"), data);
		assertTrue(author.textContaining("ログイン名").startsWith("公開した版には作成者が記録され"), author.textContaining("ログイン名"));
		author.textWithLabel("名前:").setText("事務局 担当A");
		assertJapanese(author, "ja-team-author.png");
		author.button("OK").click();
		author.waitUntilClosed();
		ShellBot share = bot.shell("フォルダーの共有");
		assertTrue(share.textContaining("共有し始めます").startsWith("評価-共有前 を Git でほかの人と共有し始めます。"));
		assertEquals("評価の共有を開始", share.textWithLabel("メッセージ:").getText());
		assertJapanese(share, "ja-team-share.png");
		share.button("キャンセル").click();
		share.waitUntilClosed();
		assertFalse(Files.exists(folder.resolve("desk").resolve(".git")), "cancelled: nothing shared");
		bot.syncRun(() -> bot.page().closeAllEditors(false));
	}

	/** The Login dialog a server's request opens during an operation, and again after the server refused the login. */
	private void aLoginIsAskedAndRefusedInJapanese() throws Exception {
		URIish uri = new URIish(SERVER + "/hyoka/evaluations.git");
		Logins logins = bot.syncCall(() -> LoginDialog.logins(bot.window().getShell()));
		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> logins.get(uri, new CredentialItem.Username(), new CredentialItem.Password()));
		ShellBot login = bot.shell("ログイン");
		assertEquals(SERVER + " へのログイン", login.textContaining("へのログイン").strip());
		login.textWithLabel("ユーザー名:").setText("kikaku");
		login.textWithLabel("パスワードまたはトークン:").setText("hyoka-2026");
		assertJapanese(login, "ja-team-login.png");
		login.button("OK").click();
		login.waitUntilClosed();
		assertTrue(first.get(10, TimeUnit.SECONDS), "the login is given");

		logins.reset(uri);
		CompletableFuture<Boolean> again = CompletableFuture.supplyAsync(() -> logins.get(uri, new CredentialItem.Username(), new CredentialItem.Password()));
		ShellBot refused = bot.shell("ログイン");
		String reason = refused.textContaining("受け付けませんでした").strip();
		assertTrue(reason.startsWith(SERVER + " がユーザー名またはパスワード（トークン）を受け付けませんでした。確かめてもう一度入力してください"), reason);
		assertJapanese(refused, "ja-team-login-refused.png");
		refused.button("キャンセル").click();
		refused.waitUntilClosed();
		assertFalse(again.get(10, TimeUnit.SECONDS), "cancelled");
	}

	/** Team > Clone… in Japanese, the folder cloned into the workspace under the name. */
	private IProject cloneInTheWorkbench(String shared, String name) {
		bot.windowShell().menu("チーム", "取得...").click();
		ShellBot dialog = bot.shell("取得");
		dialog.textWithLabel("リポジトリの URL:").setText(shared);
		dialog.textWithLabel("ワークスペースのフォルダー:").setText(name);
		bot.waitUntil("the name is typed", () -> name.equals(dialog.textWithLabel("ワークスペースのフォルダー:").getText()));
		assertJapanese(dialog, "ja-team-clone.png");
		dialog.button("取得").click();
		dialog.waitUntilClosed();
		ShellBot cloned = bot.shell("取得");
		assertTrue(cloned.textContaining("評価を取得しました").startsWith(name + " に " + shared + " の評価を取得しました（評価ファイル 1 件）"));
		closeJapanese(cloned, "ja-team-cloned.png");
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		assertTrue(project.isOpen());
		return project;
	}

	private void dataOf(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (!attribute.isMany() && object.eGet(attribute) instanceof String text) {
				words(text, data);
			}
		}
	}

	/** Checks the message dialog as {@link #assertJapanese(ShellBot, String)} does, then closes it with OK. */
	private void closeJapanese(ShellBot dialog, String screenshot) {
		assertJapanese(dialog, screenshot);
		dialog.button("OK").click();
		dialog.waitUntilClosed();
	}

	/** Screenshots the dialog and fails naming every English word of its labels, titles, buttons and tables. */
	private void assertJapanese(ShellBot dialog, String screenshot) {
		bot.flush();
		dialog.screenshot(screenshots(screenshot));
		assertNoEnglish(screenshot, bot.syncCall(() -> texts(dialog.widget())));
	}

	/** The same for a view, screenshot with the whole window. */
	private void assertJapanese(Composite view, String screenshot) {
		bot.flush();
		bot.screenshot(screenshots(screenshot));
		assertNoEnglish(screenshot, bot.syncCall(() -> texts(view)));
	}

	private void assertNoEnglish(String where, List<String> texts) {
		List<String> english = new ArrayList<>();
		for (String text : texts) {
			Set<String> words = new LinkedHashSet<>();
			words(text, words);
			words.removeAll(data);
			words.removeAll(NAMES);
			if (!words.isEmpty()) {
				english.add(words + " in \"" + text + "\"");
			}
		}
		assertEquals(List.of(), english, where + ": English in " + texts);
	}

	private static void words(String text, Set<String> into) {
		Matcher found = ENGLISH_WORD.matcher(NOT_WORDS.matcher(text.replace("...", " ")).replaceAll(" "));
		while (found.find()) {
			into.add(found.group());
		}
	}

	/** What the control and the controls under it show, fields the user types in excepted. Call on the display thread. */
	private static List<String> texts(Control control) {
		List<String> texts = new ArrayList<>();
		switch (control) {
		case Shell shell -> texts.add(shell.getText());
		case Label label -> texts.add(label.getText());
		case CLabel label -> texts.add(label.getText());
		case Link link -> texts.add(link.getText());
		case Button button -> texts.add(Labels.plain(button.getText()));
		case Group group -> texts.add(group.getText());
		case Text shown when !shown.getEditable() -> texts.add(shown.getText());
		case Table table -> {
			texts.addAll(headingsOf(table));
			for (TableItem item : table.getItems()) {
				for (int column = 0; column < table.getColumnCount(); column++) {
					texts.add(item.getText(column));
				}
			}
		}
		default -> {
		}
		}
		if (control.getToolTipText() != null) {
			texts.add(control.getToolTipText());
		}
		if (control instanceof Composite composite && !(control instanceof Table)) {
			for (Control child : composite.getChildren()) {
				texts.addAll(texts(child));
			}
		}
		return texts;
	}

	private List<String> headings(Table table) {
		return bot.syncCall(() -> headingsOf(table));
	}

	private static List<String> headingsOf(Table table) {
		return Arrays.stream(table.getColumns()).map(TableColumn::getText).toList();
	}
}
