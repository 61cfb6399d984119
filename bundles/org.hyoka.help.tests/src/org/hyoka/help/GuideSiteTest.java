package org.hyoka.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide written as plain files: its contents page, its topics, and nothing left of an earlier run. */
class GuideSiteTest {

	@TempDir
	Path temp;

	@Test
	void contentsListEveryTopicOfTheTablesOfContentsAndTheFilesAreThere() throws IOException {
		GuideSite site = new GuideSite(temp.resolve("guide")); //$NON-NLS-1$
		String contents = Files.readString(site.contents(), StandardCharsets.UTF_8);
		IToc[] tocs = HelpSystem.getTocs();
		assertTrue(tocs.length > 0, "the guide's table of contents is contributed"); //$NON-NLS-1$
		int topics = 0;
		for (IToc toc : tocs) {
			assertTrue(contents.contains(toc.getLabel()), toc.getLabel());
			for (ITopic topic : toc.getTopics()) {
				assertTrue(contents.contains("<a href=\"" + topic.getHref().substring(1) + "\">" + topic.getLabel() + "</a>"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						topic.getHref() + " in\n" + contents); //$NON-NLS-1$
				assertTrue(Files.isRegularFile(Path.of(site.topic(topic.getHref()).getPath())), topic.getHref());
				topics++;
			}
		}
		assertTrue(topics >= 8, "the chapters of the guide: " + topics); //$NON-NLS-1$
		assertTrue(Files.isRegularFile(site.root().resolve("org.hyoka.help/help/guide.css")), "the style sheet is copied"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aTopicKeepsItsAnchorAndAnUnknownOneIsRefusedWithItsName() throws IOException {
		GuideSite site = new GuideSite(temp.resolve("guide")); //$NON-NLS-1$
		URI projects = site.topic("/org.hyoka.help/help/en/pages.html#projects"); //$NON-NLS-1$
		assertEquals("projects", projects.getFragment()); //$NON-NLS-1$
		assertEquals(site.root().resolve("org.hyoka.help/help/en/pages.html").toUri().getPath(), projects.getPath()); //$NON-NLS-1$
		IOException missing = assertThrows(IOException.class, () -> site.topic("/org.hyoka.help/help/en/nothing.html")); //$NON-NLS-1$
		assertTrue(missing.getMessage().contains("/org.hyoka.help/help/en/nothing.html"), missing.getMessage()); //$NON-NLS-1$
		assertThrows(IOException.class, () -> site.topic("/../../etc/passwd")); //$NON-NLS-1$
	}

	@Test
	void whatAnEarlierRunLeftIsRemoved() throws IOException {
		Path root = temp.resolve("guide"); //$NON-NLS-1$
		Path stale = root.resolve("org.hyoka.help/help/en/removed-chapter.html"); //$NON-NLS-1$
		Files.createDirectories(stale.getParent());
		Files.writeString(stale, "old"); //$NON-NLS-1$
		new GuideSite(root).contents();
		assertFalse(Files.exists(stale), "a page no bundle has any more"); //$NON-NLS-1$
	}
}
