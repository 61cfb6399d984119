package org.hyoka.editor.internal;

import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.forms.editor.IFormPage;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.PageFactory;

/**
 * The factory of the editor's own pages, which org.hyoka.editor contributes like any other bundle: one class for
 * all of them, told by the contribution's id which page to make.
 */
public final class BuiltInPages implements PageFactory, IExecutableExtension {

	private static final Map<String, Function<EvaluationEditor, IFormPage>> PAGES = Map.of(
			OverviewPage.ID, OverviewPage::new,
			ProjectsPage.ID, ProjectsPage::new,
			OutputsPage.ID, OutputsPage::new,
			ScoresPage.ID, ScoresPage::new,
			CommitteePage.ID, CommitteePage::new,
			CommentsPage.ID, CommentsPage::new,
			FindingsPage.ID, FindingsPage::new,
			TreePage.ID, TreePage::new);

	private String id;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		id = config.getAttribute("id"); //$NON-NLS-1$
	}

	@Override
	public IFormPage create(EvaluationEditor editor) {
		Function<EvaluationEditor, IFormPage> page = PAGES.get(id);
		if (page == null) {
			throw new IllegalArgumentException(id);
		}
		return page.apply(editor);
	}
}
