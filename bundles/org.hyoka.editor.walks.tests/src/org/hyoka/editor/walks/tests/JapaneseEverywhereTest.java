package org.hyoka.editor.walks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPluginContribution;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.part.PageBookView;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.ModelOutlinePage;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.editor.EvaluationRun;
import org.hyoka.testing.editor.OpenedEditors;
import org.hyoka.testing.editor.Words;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.Labels;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #44: under {@code -nl ja} (the "japanese" execution of pom.xml) no label a user meets is English. Walks the
 * menu bar with every submenu, the empty workspace's Project Explorer, its context menus on a project, a folder and a
 * {@code .hyoka} file, the Properties view, every page of an evaluation with its context menus, the Outline and its
 * menu, every preference page, and the dialogs the product shows (New Evaluation, Import, Export, About, Installation
 * Details, the perspective reset question). Each test fails naming every label with an English word and where it
 * was; the few words that stay in Latin letters are {@link Words#englishWords}'s. What each walk saw is written to
 * {@code target/screenshots/ja-labels-*.txt}, beside its screenshots.
 */
class JapaneseEverywhereTest {

	private static final String WINDOW_MENU = "メニューバー"; //$NON-NLS-1$
	private static final String HARNESS = "org.eclipse.ui.ide.application"; //$NON-NLS-1$
	private static final Duration TABS_FILLED = Duration.ofSeconds(90);

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();
	private final LabelWalk walk = new LabelWalk();

	@Test
	void theMenusAndTheEmptyWorkspaceAreJapanese() throws ReflectiveOperationException {
		assertEquals("ja", Locale.getDefault().getLanguage(), "started with -nl ja"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, ResourcesPlugin.getWorkspace().getRoot().getProjects().length, "the workspace is empty"); //$NON-NLS-1$
		Tree explorer = explorerTree();
		bot.settlePainting(explorer);
		// the text and links the Project Explorer shows in an empty workspace, beside its (empty) tree
		bot.syncRun(() -> walk.control("プロジェクト・エクスプローラー（空のワークスペース）", explorer.getParent())); //$NON-NLS-1$
		// the Properties view of a selection without properties paints its message itself: no widget holds the text
		walk.note("プロパティー・ビュー（選択なし）", platformMessage("org.eclipse.ui.views.properties.tabbed", //$NON-NLS-1$ //$NON-NLS-2$
				"org.eclipse.ui.internal.views.properties.tabbed.l10n.TabbedPropertyMessages", "TabbedPropertyList_properties_not_available")); //$NON-NLS-1$ //$NON-NLS-2$
		bot.screenshot("ja-empty-workspace.png"); //$NON-NLS-1$
		bot.syncRun(() -> walk.menu(WINDOW_MENU, bot.windowShell().widget().getMenuBar()));
		bot.syncRun(() -> walk.control("ウィンドウ", bot.windowShell().widget())); //$NON-NLS-1$
		assertJapanese("menus", //$NON-NLS-1$
				List.of("ファイル", "編集", "ウィンドウ", "ヘルプ", "パースペクティブのリセット...", "インストールの詳細")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	@Test
	void theProjectExplorersMenusAndThePropertiesViewAreJapanese() throws Exception {
		IFile file = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null); //$NON-NLS-1$
		IFolder folder = file.getProject().getFolder("資料"); //$NON-NLS-1$
		walk.typed(file.getProject().getName());
		folder.create(true, true, null);
		Tree explorer = explorerTree();
		for (IResource resource : List.of(file.getProject(), folder, file)) {
			select(resource);
			String place = "プロジェクト・エクスプローラーの右クリック（" + resource.getName() + "）"; //$NON-NLS-1$ //$NON-NLS-2$
			bot.syncRun(() -> walk.menu(place, explorer.getMenu()));
			if (resource == file) {
				popUp(explorer, "ja-explorer-menu.png"); //$NON-NLS-1$
			}
		}
		// the Properties view of the file selected last
		IViewPart properties = bot.showView(IPageLayout.ID_PROP_SHEET);
		select(file);
		bot.waitUntil("the Properties view shows the file", () -> propertiesTree(properties).getItemCount() > 0); //$NON-NLS-1$
		bot.syncRun(() -> {
			Arrays.stream(propertiesTree(properties).getItems()).forEach(item -> item.setExpanded(true));
			walk.control("プロパティー・ビュー（" + file.getName() + "）", ((PageBookView) properties).getCurrentPage().getControl()); //$NON-NLS-1$ //$NON-NLS-2$
			walk.control("ウィンドウ", bot.windowShell().widget()); //$NON-NLS-1$
		});
		bot.screenshot("ja-resource-properties.png"); //$NON-NLS-1$
		assertJapanese("explorer", List.of("新規", "削除", "リフレッシュ", "プロパティ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	@Test
	void theEditorsPagesTheOutlineAndTheirMenusAreJapanese() {
		List<String> samples = bot.windowShell().menu(EvaluationRun.app("Menu_file"), "サンプルを開く").itemLabels(); //$NON-NLS-1$ //$NON-NLS-2$
		bot.windowShell().menu(EvaluationRun.app("Menu_file"), "サンプルを開く", samples.get(0)).click(); //$NON-NLS-1$ //$NON-NLS-2$
		bot.waitUntil("the sample is open", () -> bot.page().getActiveEditor() instanceof EvaluationEditor); //$NON-NLS-1$
		EvaluationEditor editor = bot.syncCall(() -> (EvaluationEditor) bot.page().getActiveEditor());
		bot.waitForJobs();
		for (String id : bot.syncCall(editor::pageIds)) {
			IFormPage page = bot.syncCall(() -> (IFormPage) editor.setActivePage(id));
			bot.flush();
			String place = "エディター（" + bot.syncCall(() -> page.getTitle()) + "）"; //$NON-NLS-1$ //$NON-NLS-2$
			bot.syncRun(() -> walk.control(place, page.getPartControl()));
			contextMenus(place, page.getPartControl());
		}
		bot.syncRun(() -> editor.report().eAllContents().forEachRemaining(object -> object.eClass().getEAllAttributes().stream()
				.filter(attribute -> attribute.getEType().getInstanceClass() == String.class && !attribute.isMany())
				.forEach(attribute -> walk.typed((String) object.eGet(attribute)))));
		Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).forEach(project -> walk.typed(project.getName()));
		ModelOutlinePage outline = OpenedEditors.outline(bot, editor);
		TreeViewer tree = outline.viewer();
		bot.syncRun(() -> {
			tree.expandAll();
			tree.setSelection(new StructuredSelection(editor.report().getProgram()), true);
			walk.control("アウトライン", outline.getControl()); //$NON-NLS-1$
			walk.menu("アウトラインの右クリック", tree.getControl().getMenu()); //$NON-NLS-1$
		});
		bot.settlePainting(tree.getControl());
		bot.screenshot("ja-outline.png"); //$NON-NLS-1$
		bot.syncRun(() -> walk.control("ウィンドウ", bot.windowShell().widget())); //$NON-NLS-1$
		List<String> top = bot.syncCall(() -> Arrays.stream(tree.getTree().getItems()).map(TreeItem::getText).toList());
		assertTrue(top.get(0).startsWith("技術評価報告書") && !top.get(0).contains("report"), "the Outline names the report by its title: " + top); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// as the report lists them: the chair as 座長, the meeting by its number, a finding by what it says
		Set<String> outlined = walk.seen().get("アウトライン"); //$NON-NLS-1$
		assertTrue(outlined.stream().anyMatch(label -> label.startsWith("座長 ")) && outlined.contains("第1回 評価検討会") //$NON-NLS-1$ //$NON-NLS-2$
				&& outlined.stream().noneMatch(label -> label.matches(".*(#\\d|finding-\\d|mem-|per-).*")), "the Outline: " + outlined); //$NON-NLS-1$ //$NON-NLS-2$
		// Edit > Find/Replace, which acts on the open evaluation, with a phrase found
		ShellBot find = newShell(() -> bot.windowShell().menu(EvaluationRun.app("Menu_edit"), EvaluationRun.app("Menu_find")).click()); //$NON-NLS-1$ //$NON-NLS-2$
		find.textWithLabel(Labels.plain(Words.text(EvaluationRun.EDITOR, "org/hyoka/editor/internal/messages", "findPhrase"))).setText("評価"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		find.button(Labels.plain(Words.text(EvaluationRun.EDITOR, "org/hyoka/editor/internal/messages", "findNext"))).click(); //$NON-NLS-1$ //$NON-NLS-2$
		bot.syncRun(() -> walk.control("検索/置換", find.widget())); //$NON-NLS-1$
		find.close();
		assertJapanese("editor", List.of("概要", "アウトライン", "次を検索")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Test
	void everyPreferencePageIsJapanese() {
		ShellBot dialog = newShell(() -> bot.windowShell().menu(EvaluationRun.app("Menu_window"), EvaluationRun.app("Menu_preferences")).click()); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			PreferenceDialog preferences = (PreferenceDialog) bot.syncCall(() -> dialog.widget().getData());
			TreeViewer pages = bot.syncCall(preferences::getTreeViewer);
			bot.syncRun(pages::expandAll);
			// the pages of org.eclipse.ui.ide.application, which the test harness adds and the product does not ship
			List<Object> harness = bot.syncCall(() -> all(pages.getTree().getItems()).stream().map(TreeItem::getData)
					.filter(node -> node instanceof IPluginContribution page && HARNESS.equals(page.getPluginId())).toList());
			// their names, which the Workspace page's link names too
			bot.syncRun(() -> harness.forEach(node -> walk.typed(((IPreferenceNode) node).getLabelText())));
			bot.syncRun(() -> {
				// from whichever node holds them: General holds some
				for (IPreferenceNode parent : preferences.getPreferenceManager().getElements(PreferenceManager.PRE_ORDER)) {
					harness.forEach(node -> parent.remove((IPreferenceNode) node));
				}
				harness.forEach(node -> preferences.getPreferenceManager().remove((IPreferenceNode) node));
				pages.refresh();
				pages.expandAll();
			});
			// each page by its node and path: showing a page may rebuild the tree's items; on a busy machine an item
			// can still be the tree's placeholder without its node just after the refresh
			bot.waitUntil("every item of the page tree has its node", //$NON-NLS-1$
					() -> all(pages.getTree().getItems()).stream().allMatch(item -> item.getData() != null));
			Map<String, Object> nodes = bot.syncCall(() -> {
				Map<String, Object> byPath = new LinkedHashMap<>();
				all(pages.getTree().getItems()).forEach(item -> byPath.put(path(item), item.getData()));
				return byPath;
			});
			assertTrue(nodes.size() > 5, "the pages are listed: " + nodes.keySet()); //$NON-NLS-1$
			bot.syncRun(() -> walk.control("設定", dialog.widget())); //$NON-NLS-1$
			int shown = 0;
			for (Map.Entry<String, Object> node : nodes.entrySet()) {
				String place = "設定 > " + node.getKey(); //$NON-NLS-1$
				bot.syncRun(() -> pages.setSelection(new StructuredSelection(node.getValue()), true));
				bot.flush();
				bot.syncRun(() -> {
					IPreferencePage page = (IPreferencePage) preferences.getSelectedPage();
					walk.note(place, page.getTitle());
					walk.note(place, page.getDescription());
					walk.control(place, page.getControl());
				});
				if (shown++ < 3) {
					dialog.screenshot(Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"), //$NON-NLS-1$ //$NON-NLS-2$
							"ja-preferences-" + shown + ".png")); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		} finally {
			dialog.close();
		}
		assertJapanese("preferences", List.of("一般", "適用して閉じる")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void theDialogsOfTheProductAreJapanese() throws CoreException, IOException {
		// File > New > Evaluation, page by page
		ShellBot wizard = newShell(() -> bot.windowShell()
				.menu(EvaluationRun.app("Menu_file"), EvaluationRun.app("Menu_new"), Words.text(EvaluationRun.EDITOR, "plugin", "newEvaluationWizard")).click()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		WizardDialog wizardDialog = (WizardDialog) bot.syncCall(() -> wizard.widget().getData());
		Set<String> pagesSeen = new LinkedHashSet<>();
		while (true) {
			String page = bot.syncCall(() -> wizardDialog.getCurrentPage().getName());
			if (!pagesSeen.add(page)) {
				break;
			}
			bot.syncRun(() -> walk.control("新規評価ウィザード（" + page + "）", wizard.widget())); //$NON-NLS-1$ //$NON-NLS-2$
			// what a page needs before Next: a folder and a file name, a program name
			bot.syncRun(() -> wizard.findAll(Text.class, text -> text.isVisible() && text.getEditable()
					&& text.getText().isBlank()).forEach(text -> text.setText("語彙確認"))); //$NON-NLS-1$
			bot.flush();
			if (!bot.syncCall(() -> wizardDialog.getCurrentPage().canFlipToNextPage())) {
				break;
			}
			wizard.button(Labels.plain(IDialogConstants.NEXT_LABEL)).click();
			bot.waitUntil("the wizard shows the next page", () -> !page.equals(wizardDialog.getCurrentPage().getName())); //$NON-NLS-1$
		}
		assertTrue(pagesSeen.size() >= 2, "the wizard's pages were walked: " + pagesSeen); //$NON-NLS-1$
		wizard.button(Labels.plain(IDialogConstants.CANCEL_LABEL)).click();
		wizard.waitUntilClosed();

		for (String key : List.of("Menu_newOther", "Menu_import", "Menu_export")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			List<String> path = key.equals("Menu_newOther") ? List.of(EvaluationRun.app("Menu_file"), EvaluationRun.app("Menu_new"), EvaluationRun.app(key)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					: List.of(EvaluationRun.app("Menu_file"), EvaluationRun.app(key)); //$NON-NLS-1$
			ShellBot dialog = newShell(() -> bot.windowShell().menu(path.toArray(String[]::new)).click());
			expandAndWalk(dialog, String.join(" > ", path)); //$NON-NLS-1$
			dialog.close();
		}

		// File > Save As… of a file of the workspace: the workspace's own dialog
		IFile sample = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null); //$NON-NLS-1$
		OpenedEditors.openValidated(bot, sample);
		walk.typed(sample.getProject().getName()); // the dialog lists the workspace's projects by their names
		ShellBot saveAs = newShell(() -> bot.windowShell().menu(EvaluationRun.app("Menu_file"), EvaluationRun.app("Menu_saveAs")).click()); //$NON-NLS-1$ //$NON-NLS-2$
		bot.syncRun(() -> walk.control(EvaluationRun.app("Menu_file") + " > " + EvaluationRun.app("Menu_saveAs"), saveAs.widget())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		saveAs.close();
		bot.syncRun(() -> bot.page().closeAllEditors(false));

		// a file dragged from the file manager onto a project of the Project Explorer: the IDE asks how to take it in,
		// offering the project's path variables by name
		Tree tree = explorerTree();
		Point onProject = bot.syncCall(() -> Arrays.stream(tree.getItems()).filter(item -> sample.getProject().equals(item.getData())).findFirst()
				.map(item -> new Point(item.getBounds().x + item.getBounds().width / 2, item.getBounds().y + item.getBounds().height / 2)).orElseThrow());
		Path memo = Files.writeString(Files.createTempDirectory("drop").resolve("メモ.txt"), "評価の準備"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Arrays.stream(sample.getProject().getPathVariableManager().getPathVariableNames()).forEach(walk::typed);
		ShellBot fileOperation = newShell(() -> bot.dropFiles(tree, onProject, List.of(memo)));
		bot.syncRun(() -> walk.control("プロジェクト・エクスプローラーへのドロップ", fileOperation.widget())); //$NON-NLS-1$
		fileOperation.close();

		// Help > About, and Installation Details from it with each of its tabs; the Plug-ins tab lists every bundle by the
		// name and vendor its manifest gives, names as their owners wrote them
		walk.names(Arrays.stream(FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles())
				.flatMap(bundle -> Stream.of(bundle.getHeaders().get(Constants.BUNDLE_NAME), bundle.getHeaders().get(Constants.BUNDLE_VENDOR)))
				.filter(Objects::nonNull).map(Labels::plain).collect(Collectors.toSet()));
		ShellBot about = newShell(() -> bot.windowShell().menu(EvaluationRun.app("Menu_help"), EvaluationRun.app("Menu_about")).click()); //$NON-NLS-1$ //$NON-NLS-2$
		bot.syncRun(() -> walk.control("バージョン情報", about.widget())); //$NON-NLS-1$
		ShellBot details = newShell(() -> about.button(Labels.plain(EvaluationRun.app("Menu_installationDetails"))).click()); //$NON-NLS-1$
		walkTabs(details, "インストールの詳細"); //$NON-NLS-1$
		details.close();
		about.close();
		ShellBot installed = newShell(() -> bot.windowShell().menu(EvaluationRun.app("Menu_help"), EvaluationRun.app("Menu_installationDetails")).click()); //$NON-NLS-1$ //$NON-NLS-2$
		walkTabs(installed, "ヘルプ > インストールの詳細"); //$NON-NLS-1$
		installed.close();

		// Window > Reset Perspective…: the question, answered No
		ShellBot question = newShell(() -> bot.windowShell().menu(EvaluationRun.app("Menu_window"), EvaluationRun.app("Menu_resetPerspective")).click()); //$NON-NLS-1$ //$NON-NLS-2$
		bot.syncRun(() -> walk.control("パースペクティブのリセットの確認", question.widget())); //$NON-NLS-1$
		question.screenshot(Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"), "ja-reset-perspective.png")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		question.close();
		assertJapanese("dialogs", List.of("インストールされているソフトウェア", "キャンセル", "名前を付けて保存", "ファイルの操作")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	/** Fails naming each English label and where it was; the labels expected were met (so the walk saw the places). */
	private void assertJapanese(String name, List<String> expected) {
		walk.write(Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"), "ja-labels-" + name + ".txt")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		List<String> labels = walk.seen().values().stream().flatMap(Set::stream).toList();
		assertTrue(labels.containsAll(expected), "the walk met " + expected + " among " + labels); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> english = walk.english();
		assertEquals(List.of(), english, english.size() + " labels in English, each after where it was:\n" + String.join("\n", english)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(), walk.sharedMnemonics(), "each key underlined in a menu or dialog chooses one thing"); //$NON-NLS-1$
	}

	/** The shell the action opens, once it shows. */
	private ShellBot newShell(Runnable action) {
		List<Shell> before = bot.syncCall(() -> List.of(bot.display().getShells()));
		action.run();
		bot.waitUntil("a new shell shows", () -> Arrays.stream(bot.display().getShells()) //$NON-NLS-1$
				.anyMatch(shell -> !before.contains(shell) && shell.isVisible()));
		Shell shell = bot.syncCall(() -> Arrays.stream(bot.display().getShells()).filter(s -> !before.contains(s) && s.isVisible()).findFirst().orElseThrow());
		bot.flush();
		return new ShellBot(bot, shell);
	}

	/** Each tab of the dialog selected in turn (a tab fills when first shown) and walked. */
	private void walkTabs(ShellBot dialog, String place) {
		// the installation's details read p2's profile in jobs: on a loaded machine longer than a usual wait
		bot.waitForJobs(TABS_FILLED);
		Control tabs = dialog.find(Control.class, "the tabs", c -> c.isVisible() && (c instanceof TabFolder || c instanceof CTabFolder)); //$NON-NLS-1$
		int count = bot.syncCall(() -> tabs instanceof TabFolder folder ? folder.getItemCount() : ((CTabFolder) tabs).getItemCount());
		assertTrue(count > 1, place + " has tabs"); //$NON-NLS-1$
		for (int i = 0; i < count; i++) {
			int tab = i;
			String label = bot.syncCall(() -> {
				Event select = new Event();
				if (tabs instanceof TabFolder folder) {
					folder.setSelection(tab);
					select.item = folder.getItem(tab);
				} else {
					((CTabFolder) tabs).setSelection(tab);
					select.item = ((CTabFolder) tabs).getItem(tab);
				}
				tabs.notifyListeners(SWT.Selection, select);
				return select.item instanceof TabItem item ? item.getText() : ((CTabItem) select.item).getText();
			});
			bot.waitForJobs(TABS_FILLED);
			String where = place + " > " + label; //$NON-NLS-1$
			bot.syncRun(() -> walk.control(where, dialog.widget()));
			if (tab == 0) {
				dialog.screenshot(Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"), "ja-installation-details.png")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	/** A wizard selection dialog with its categories open. */
	private void expandAndWalk(ShellBot dialog, String place) {
		Tree tree = dialog.find(Tree.class, "the wizards", tree2 -> tree2.isVisible() && tree2.getItemCount() > 0); //$NON-NLS-1$
		bot.syncRun(() -> {
			for (TreeItem item : tree.getItems()) {
				Event expand = new Event();
				expand.item = item;
				tree.notifyListeners(SWT.Expand, expand);
				item.setExpanded(true);
			}
		});
		bot.flush();
		bot.syncRun(() -> walk.control(place, dialog.widget()));
	}

	/** The context menu of every control of the page that has one, with its first row selected if it lists rows. */
	private void contextMenus(String place, Control root) {
		List<Control> withMenus = bot.syncCall(() -> UiBot.findAll(root, Control.class, c -> c.getMenu() != null && c.isVisible()));
		List<Menu> walked = new ArrayList<>();
		for (Control control : withMenus) {
			bot.syncRun(() -> {
				if (walked.contains(control.getMenu())) {
					return;
				}
				walked.add(control.getMenu());
				selectFirstRow(control);
				walk.menu(place + "の右クリック（" + control.getClass().getSimpleName() + "）", control.getMenu()); //$NON-NLS-1$ //$NON-NLS-2$
			});
		}
	}

	private static void selectFirstRow(Control control) {
		Event select = new Event();
		if (control instanceof Table table && table.getItemCount() > 0 && table.getSelectionCount() == 0) {
			table.setSelection(0);
			select.item = table.getItem(0);
			table.notifyListeners(SWT.Selection, select);
		} else if (control instanceof Tree tree && tree.getItemCount() > 0 && tree.getSelectionCount() == 0) {
			tree.setSelection(tree.getItem(0));
			select.item = tree.getItem(0);
			tree.notifyListeners(SWT.Selection, select);
		}
	}

	/** Opens the menu on the control as a right-click does, for the screenshot, and closes it. */
	private void popUp(Tree control, String screenshot) {
		bot.syncRun(() -> {
			Rectangle area = control.getDisplay().map(control, null, control.getClientArea());
			control.getMenu().setLocation(new Point(area.x + 40, area.y + 40));
			control.getMenu().setVisible(true);
		});
		bot.settlePainting(control);
		bot.screenshot(screenshot);
		bot.syncRun(() -> control.getMenu().setVisible(false));
		bot.flush();
	}

	private Tree explorerTree() {
		IViewPart explorer = bot.showView(IPageLayout.ID_PROJECT_EXPLORER);
		return bot.syncCall(() -> (Tree) ((StructuredViewer) explorer.getSite().getSelectionProvider()).getControl());
	}

	/** Selects the resource in the Project Explorer, activated, as a click on it does. */
	private void select(IResource resource) {
		IViewPart explorer = bot.showView(IPageLayout.ID_PROJECT_EXPLORER);
		bot.syncRun(() -> {
			bot.page().activate(explorer);
			((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(resource));
		});
		bot.waitUntil("the Project Explorer selects " + resource.getName(), () -> explorer.getSite().getSelectionProvider().getSelection() //$NON-NLS-1$
				instanceof StructuredSelection chosen && resource.equals(chosen.getFirstElement()));
		bot.flush();
	}

	private Tree propertiesTree(IViewPart properties) {
		// a resource's properties show in a tabbed page: its tree is below the page's control
		return bot.syncCall(() -> UiBot.findAll(((PageBookView) properties).getCurrentPage().getControl(), Tree.class, tree -> true).get(0));
	}

	private static List<TreeItem> all(TreeItem[] items) {
		List<TreeItem> all = new ArrayList<>();
		for (TreeItem item : items) {
			all.add(item);
			all.addAll(all(item.getItems()));
		}
		return all;
	}

	private static String path(TreeItem item) {
		return item.getParentItem() == null ? item.getText() : path(item.getParentItem()) + " > " + item.getText(); //$NON-NLS-1$
	}

	/** A message of a platform bundle's message class, as the bundle shows it in the running locale. */
	private static String platformMessage(String bundle, String messages, String key) throws ReflectiveOperationException {
		return (String) Platform.getBundle(bundle).loadClass(messages).getField(key).get(null);
	}
}
