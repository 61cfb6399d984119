package org.hyoka.editor.internal;

import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.core.contributions.Contribution;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Contributions;
import org.hyoka.core.contributions.Placement;
import org.hyoka.editor.pages.PageCondition;
import org.hyoka.editor.pages.PageFactory;

/**
 * The pages of the evaluation editor, in tab order. In the workbench they come from the {@value #EXTENSION_POINT}
 * extension point, the built-in ones included; plain Java code builds a registry from descriptors with
 * {@link #of(Collection)}. The pages of org.hyoka.editor that name no neighbour come first, in the order of its
 * plugin.xml; the others are placed among them by {@code after} or {@code before}, else at the end.
 */
public final class EditorPages {

	public static final String PLUGIN_ID = "org.hyoka.editor"; //$NON-NLS-1$
	public static final String EXTENSION_POINT = PLUGIN_ID + ".pages"; //$NON-NLS-1$

	private static final String CLASS = "class"; //$NON-NLS-1$
	private static final String CONDITION = "condition"; //$NON-NLS-1$

	private final List<EditorPageDescriptor> pages;
	private final List<IStatus> problems;

	private EditorPages(Contributions<EditorPageDescriptor> contributions) {
		Contributions<EditorPageDescriptor> arranged = contributions.arranged(PLUGIN_ID, EditorPageDescriptor::bundle,
				EditorPageDescriptor::placement, null);
		pages = arranged.accepted();
		problems = arranged.problems();
	}

	/** A registry of these pages; a repeated id is a problem and only its first use counts. */
	public static EditorPages of(Collection<EditorPageDescriptor> descriptors) {
		return new EditorPages(Contributions.of(descriptors, EditorPageDescriptor::id, Messages.pageKind));
	}

	/** The pages contributed to the extension point; a contribution lacking an attribute is left out and reported. */
	public static EditorPages read(IExtensionRegistry registry) {
		return new EditorPages(Contributions.read(registry, EXTENSION_POINT, "page", Messages.pageKind, //$NON-NLS-1$
				EditorPageDescriptor::id, EditorPages::descriptor));
	}

	/** The pages of the running platform; what was wrong with the contributions goes to the log. */
	public static EditorPages installed() {
		EditorPages installed = read(RegistryFactory.getRegistry());
		Contributions.log(EditorPages.class, installed.problems);
		return installed;
	}

	private static EditorPageDescriptor descriptor(Contribution element) throws ContributionException {
		String id = element.required("id"); //$NON-NLS-1$
		element.required(CLASS);
		Placement placement = new Placement(id, element.optional("after", null), element.optional("before", null)); //$NON-NLS-1$ //$NON-NLS-2$
		boolean conditional = element.optional(CONDITION, null) != null;
		return new EditorPageDescriptor(id, element.bundle(), placement, () -> element.create(CLASS, PageFactory.class),
				conditional ? () -> element.create(CONDITION, PageCondition.class) : null);
	}

	/** Every page, in tab order, whether or not its condition holds. */
	public List<EditorPageDescriptor> pages() {
		return pages;
	}

	/** What was wrong with the contributions; empty when every one was accepted and placed. */
	public List<IStatus> problems() {
		return problems;
	}
}
