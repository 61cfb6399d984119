package org.hyoka.editor.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.forms.editor.IFormPage;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Placement;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.PageCondition;
import org.hyoka.editor.pages.PageFactory;
import org.hyoka.model.EvaluationReport;

/**
 * One page of the evaluation editor as contributed: its id, the bundle that contributes it, its place among the
 * other pages, how it is made and when it is shown. Factory and condition are created only when needed.
 *
 * @param condition
 *            {@code null} when the page is always shown
 */
public record EditorPageDescriptor(String id, String bundle, Placement placement, Source<PageFactory> factory,
		Source<PageCondition> condition) {

	/** Creates the contributed object, or says which contribution could not. */
	@FunctionalInterface
	public interface Source<T> {
		T get() throws ContributionException;
	}

	/** A page of plain Java code (tests, tools), always shown at the end unless placed. */
	public static EditorPageDescriptor of(String id, String bundle, String after, String before, PageFactory factory,
			PageCondition condition) {
		return new EditorPageDescriptor(id, bundle, new Placement(id, after, before), () -> factory,
				condition == null ? null : () -> condition);
	}

	/** Whether the page belongs in the editor of this evaluation; a failing condition names the bundle. */
	public boolean shows(EvaluationReport report) throws ContributionException {
		if (condition == null) {
			return true;
		}
		PageCondition created = condition.get();
		try {
			return created.shows(report);
		} catch (RuntimeException | LinkageError e) {
			throw failure(Messages.pageConditionFailed, e);
		}
	}

	/** A new page for the editor; a factory that fails, or makes a page with another id, names the bundle. */
	public IFormPage create(EvaluationEditor editor) throws ContributionException {
		PageFactory created = factory.get();
		IFormPage page;
		try {
			page = created.create(editor);
		} catch (RuntimeException | LinkageError e) {
			throw failure(Messages.pageNotCreated, e);
		}
		if (page == null || !id.equals(page.getId())) {
			throw new ContributionException(NLS.bind(Messages.pageWrongId,
					new Object[] { id, bundle, page == null ? null : page.getId() }));
		}
		return page;
	}

	private ContributionException failure(String message, Throwable cause) {
		return new ContributionException(NLS.bind(message, new Object[] { id, bundle, cause }), cause);
	}
}
