package org.hyoka.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.hyoka.help.internal.Messages;
import org.osgi.framework.Bundle;

/**
 * The user guide as files any browser opens, without a help server: the {@code help/} folder of every bundle that
 * contributes a table of contents or context help ({@code org.eclipse.help.toc}, {@code org.eclipse.help.contexts}),
 * copied to {@code ROOT/<bundle>/help/}, and a contents page {@code ROOT/index.html} drawn from the tables of
 * contents of the running language. A topic's help href {@code /<bundle>/<path>} is the file
 * {@code ROOT/<bundle>/<path>}, so the topics of one bundle link to another's as {@code ../../../<bundle>/help/…}.
 */
public final class GuideSite {

	/** The contents page, relative to the site's root. */
	public static final String CONTENTS = "index.html"; //$NON-NLS-1$

	private static final String HELP_FOLDER = "help"; //$NON-NLS-1$
	private static final String[] CONTRIBUTING_POINTS = { "org.eclipse.help.toc", "org.eclipse.help.contexts" }; //$NON-NLS-1$ //$NON-NLS-2$

	private final Path root;
	private boolean written;

	/** A site in the folder, made and filled on first use, replacing what an earlier run left there. */
	public GuideSite(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public Path root() {
		return root;
	}

	/** The contents page, the site written first if it is not yet. */
	public synchronized Path contents() throws IOException {
		write();
		return root.resolve(CONTENTS);
	}

	/**
	 * The file of a help href ({@code /org.hyoka.help/help/en/pages.html#projects}), its anchor kept, the site
	 * written first if it is not yet.
	 *
	 * @throws IOException if the site cannot be written or the topic is not in it
	 */
	public synchronized URI topic(String href) throws IOException {
		write();
		int hash = href.indexOf('#');
		String path = hash < 0 ? href : href.substring(0, hash);
		Path file = root.resolve(path.replaceFirst("^/+", "")).normalize(); //$NON-NLS-1$ //$NON-NLS-2$
		if (!file.startsWith(root) || !Files.isRegularFile(file)) {
			throw new IOException(Messages.bind(Messages.GuideSite_noTopic, href, file));
		}
		URI uri = file.toUri();
		return hash < 0 ? uri : URI.create(uri + href.substring(hash));
	}

	private void write() throws IOException {
		if (written) {
			return;
		}
		clear();
		Files.createDirectories(root);
		for (Bundle bundle : contributors()) {
			copyHelpFolder(bundle);
		}
		Files.writeString(root.resolve(CONTENTS), contentsPage(), StandardCharsets.UTF_8);
		written = true;
	}

	/** Removes what an earlier run wrote, so that no topic a bundle no longer has lingers. */
	private void clear() throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> {
				try {
					Files.delete(file);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static Set<Bundle> contributors() {
		Set<Bundle> bundles = new LinkedHashSet<>();
		for (String point : CONTRIBUTING_POINTS) {
			for (IExtension extension : Platform.getExtensionRegistry().getExtensionPoint(point).getExtensions()) {
				Bundle bundle = Platform.getBundle(extension.getContributor().getName());
				if (bundle != null) {
					bundles.add(bundle);
				}
			}
		}
		return bundles;
	}

	private void copyHelpFolder(Bundle bundle) throws IOException {
		Enumeration<URL> entries = bundle.findEntries(HELP_FOLDER, "*", true); //$NON-NLS-1$
		if (entries == null) {
			return;
		}
		for (URL entry : Collections.list(entries)) {
			String path = entry.getPath();
			if (path.endsWith("/")) { //$NON-NLS-1$
				continue;
			}
			Path target = root.resolve(bundle.getSymbolicName()).resolve(path.substring(1));
			Files.createDirectories(target.getParent());
			try (InputStream in = entry.openStream()) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	/** The contents page: every table of contents with its topics, nested as they are. */
	private static String contentsPage() {
		String title = escape(Messages.GuideSite_title);
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(Platform.getNL().replace('_', '-'))).append("\">\n<head>\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append("<meta charset=\"UTF-8\">\n<title>").append(title).append("</title>\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append("<link rel=\"stylesheet\" href=\"org.hyoka.help/help/guide.css\">\n</head>\n<body>\n") //$NON-NLS-1$
				.append("<h1>").append(title).append("</h1>\n<p>").append(escape(Messages.GuideSite_intro)).append("</p>\n") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append("<nav class=\"contents\">\n"); //$NON-NLS-1$
		for (IToc toc : HelpSystem.getTocs()) {
			html.append("<h2>").append(escape(toc.getLabel())).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			topics(toc.getTopics(), html);
		}
		html.append("</nav>\n</body>\n</html>\n"); //$NON-NLS-1$
		return html.toString();
	}

	private static void topics(ITopic[] topics, StringBuilder html) {
		if (topics.length == 0) {
			return;
		}
		html.append("<ul>\n"); //$NON-NLS-1$
		for (ITopic topic : topics) {
			html.append("<li>").append(link(topic)); //$NON-NLS-1$
			topics(topic.getSubtopics(), html);
			html.append("</li>\n"); //$NON-NLS-1$
		}
		html.append("</ul>\n"); //$NON-NLS-1$
	}

	private static String link(ITopic topic) {
		String label = escape(topic.getLabel());
		String href = topic.getHref();
		if (href == null || href.isEmpty()) {
			return label;
		}
		return "<a href=\"" + escape(href.replaceFirst("^/+", "")) + "\">" + label + "</a>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}
}
