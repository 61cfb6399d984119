package org.hyoka.help.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.keys.IBindingService;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide as a user reaches it, in the language the workbench runs in (this class under -nl en,
 * {@link JapaneseHelpTest} under -nl ja): Help > User Guide and F1 on every page and view open the right page of the
 * guide in the browser, which here is a script that records the URL it is given; every page and view has a topic, and
 * every link resolves.
 */
class HelpTest {

	private static final boolean JAPANESE = Platform.getNL().startsWith("ja"); //$NON-NLS-1$
	private static final String LANGUAGE = JAPANESE ? "ja" : "en"; //$NON-NLS-1$ //$NON-NLS-2$
	/** The views of the evaluation perspective that come from the platform and whose help the guide gives. */
	private static final List<String> PLATFORM_VIEWS = List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
			IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW);
	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\""); //$NON-NLS-1$

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@TempDir
	Path temp;
	private Path requests;

	@BeforeEach
	void recordTheBrowsersRequests() throws IOException {
		requests = temp.resolve("requests.txt"); //$NON-NLS-1$
		Path browser = temp.resolve("browser.sh"); //$NON-NLS-1$
		Files.writeString(browser, "#!/bin/sh\necho \"$1\" >> '" + requests + "'\n"); //$NON-NLS-1$ //$NON-NLS-2$
		System.setProperty(GuideBrowser.BROWSER_PROPERTY, "sh " + browser); //$NON-NLS-1$
	}

	@AfterEach
	void desktopBrowserAgain() {
		System.clearProperty(GuideBrowser.BROWSER_PROPERTY);
	}

	@Test
	void helpMenuOpensTheUserGuideInTheWorkbenchsLanguage() throws IOException {
		String help = JAPANESE ? "ヘルプ" : "Help"; //$NON-NLS-1$ //$NON-NLS-2$
		String userGuide = JAPANESE ? "利用の手引き" : "User Guide"; //$NON-NLS-1$ //$NON-NLS-2$
		String thisPage = JAPANESE ? "この画面のヘルプ" : "Help on This Page"; //$NON-NLS-1$ //$NON-NLS-2$
		List<String> labels = bot.windowShell().menu(help).itemLabels();
		assertEquals(List.of(userGuide, thisPage), labels.subList(0, 2), "the Help menu: " + labels); //$NON-NLS-1$
		assertEquals("F1", bot.syncCall(() -> bot.window().getService(IBindingService.class) //$NON-NLS-1$
				.getBestActiveBindingFormattedFor("org.eclipse.ui.help.dynamicHelp")), "the key of Help on This Page"); //$NON-NLS-1$ //$NON-NLS-2$

		bot.windowShell().menu(help, userGuide).click();
		URI contents = nextRequest(0);
		assertEquals(GuideHelpUI.site().contents().toUri(), contents);
		String page = Files.readString(Path.of(contents), StandardCharsets.UTF_8);
		assertTrue(page.contains("<html lang=\"" + LANGUAGE), "the contents are in the workbench's language"); //$NON-NLS-1$ //$NON-NLS-2$
		for (String chapter : new String[] { "org.hyoka.help/help/" + LANGUAGE + "/new-evaluation.html", //$NON-NLS-1$ //$NON-NLS-2$
				"org.hyoka.ip.ui/help/" + LANGUAGE + "/ip.html", "org.hyoka.roadmap.ui/help/" + LANGUAGE + "/roadmap.html", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"org.hyoka.team.ui/help/" + LANGUAGE + "/team.html" }) { //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(page.contains("href=\"" + chapter), "the contents list " + chapter + ":\n" + page); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	@Test
	void f1OnEveryPageOfTheEditorOpensItsSection() throws Exception {
		IFile sample = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null); //$NON-NLS-1$
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(sample);
		List<String> shown = new ArrayList<>();
		for (String pageId : pageIds()) {
			IFormPage page = bot.syncCall(() -> editor.setActivePage(pageId));
			if (page == null) {
				continue; // a page for files with other content
			}
			shown.add(pageId);
			URI opened = pressF1();
			assertEquals(topicOf(pageId), opened, "F1 on page " + pageId); //$NON-NLS-1$
			assertLeadsToAPlaceThatExists(opened, pageId);
		}
		assertTrue(shown.contains("org.hyoka.ip.ui.page"), "the sample shows the IP page of another bundle: " + shown); //$NON-NLS-1$ //$NON-NLS-2$
		bot.syncRun(() -> editor.setActivePage("org.hyoka.editor.page.projects")); //$NON-NLS-1$
		assertTrue(pressF1().toString().endsWith("/org.hyoka.help/help/" + LANGUAGE + "/pages.html#projects"), //$NON-NLS-1$ //$NON-NLS-2$
				"F1 on Projects opens the section on the Projects page"); //$NON-NLS-1$
	}

	@Test
	void f1InEveryViewOfThePerspectiveOpensItsSection() throws Exception {
		bot.openEditor(SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null)); //$NON-NLS-1$
		for (String viewId : viewIds()) {
			bot.showView(viewId);
			assertEquals(topicOf(viewId), pressF1(), "F1 in view " + viewId); //$NON-NLS-1$
		}
	}

	@Test
	void everyPageAndViewHasATopicThatExists() throws IOException {
		List<String> ids = new ArrayList<>(pageIds());
		ids.addAll(viewIds());
		for (String id : ids) {
			IContext context = HelpSystem.getContext(id);
			assertNotNull(context, "no help for " + id); //$NON-NLS-1$
			IHelpResource[] topics = context.getRelatedTopics();
			assertTrue(topics.length > 0, "no topic for " + id); //$NON-NLS-1$
			for (IHelpResource topic : topics) {
				assertTrue(topic.getHref().contains("/help/" + LANGUAGE + "/"), id + " in the workbench's language: " + topic.getHref()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				assertLeadsToAPlaceThatExists(GuideHelpUI.site().topic(topic.getHref()), id);
			}
		}
	}

	@Test
	void everyLinkOfTheGuideLeadsToAPlaceThatExists() throws IOException {
		Path root = GuideHelpUI.site().contents().getParent();
		List<Path> pages;
		try (Stream<Path> files = Files.walk(root)) {
			pages = files.filter(file -> file.toString().endsWith(".html")).toList(); //$NON-NLS-1$
		}
		assertTrue(pages.size() > 10, "the guide's pages: " + pages); //$NON-NLS-1$
		int links = 0;
		for (Path page : pages) {
			Matcher link = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
			while (link.find()) {
				String target = link.group(1);
				assertFalse(target.isEmpty() || target.matches("(?i)(https?|file|mailto):.*"), //$NON-NLS-1$
						page + " links outside the guide: " + target); //$NON-NLS-1$
				URI resolved = target.startsWith("#") ? URI.create(page.toUri() + target) : page.toUri().resolve(target); //$NON-NLS-1$
				assertLeadsToAPlaceThatExists(resolved, page + " → " + target); //$NON-NLS-1$
				links++;
			}
		}
		assertTrue(links > 50, "links checked: " + links); //$NON-NLS-1$
	}

	/** The file exists, and so does the element its anchor names. */
	private static void assertLeadsToAPlaceThatExists(URI target, String from) throws IOException {
		Path file = fileOf(target);
		assertTrue(Files.isRegularFile(file), from + ": no file " + file); //$NON-NLS-1$
		String anchor = target.getFragment();
		if (anchor != null) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			assertTrue(text.contains("id=\"" + anchor + "\""), from + ": no place #" + anchor + " in " + file); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static Path fileOf(URI target) {
		return Path.of(URI.create(target.toString().replaceFirst("#.*", ""))).normalize(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The page of the guide that the context of this page or view names first. */
	private static URI topicOf(String id) throws IOException {
		IContext context = HelpSystem.getContext(id);
		assertNotNull(context, "no help for " + id); //$NON-NLS-1$
		return GuideHelpUI.site().topic(context.getRelatedTopics()[0].getHref());
	}

	/** Presses F1 where the keyboard is (else on the window) and returns the URL the browser was then given. */
	private URI pressF1() throws IOException {
		int before = requestCount();
		Control focus = bot.syncCall(() -> {
			Control control = bot.display().getFocusControl();
			return control != null ? control : bot.window().getShell();
		});
		bot.pressKey(focus, SWT.F1);
		return nextRequest(before);
	}

	/** The URL the browser is given after the requests counted before. */
	private URI nextRequest(int before) throws IOException {
		bot.waitUntil("the browser is given a page", () -> requestCount() > before); //$NON-NLS-1$
		return URI.create(Files.readAllLines(requests).get(before));
	}

	private int requestCount() {
		try {
			return Files.exists(requests) ? Files.readAllLines(requests).size() : 0;
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/** Every editor page contributed, whichever bundle contributes it. */
	private static List<String> pageIds() {
		return ids("org.hyoka.editor.pages", "page", id -> true); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The views of Hyoka bundles, and the platform's views the evaluation perspective shows. */
	private static List<String> viewIds() {
		Set<String> ids = new LinkedHashSet<>(PLATFORM_VIEWS);
		ids.addAll(ids("org.eclipse.ui.views", "view", id -> id.startsWith("org.hyoka."))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return List.copyOf(ids);
	}

	private static List<String> ids(String point, String element, Predicate<String> test) {
		List<String> ids = new ArrayList<>();
		for (IConfigurationElement config : Platform.getExtensionRegistry().getConfigurationElementsFor(point)) {
			String id = config.getAttribute("id"); //$NON-NLS-1$
			if (element.equals(config.getName()) && id != null && test.test(id)) {
				ids.add(id);
			}
		}
		return ids;
	}
}
