package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.WGReview;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The test fragment contributes a page shown only for evaluations with WG reviews, after the Findings page, and
 * pages that cannot be made: the editor shows the first where its condition holds and opens without the others.
 */
class EditorPagesTest {

	static final List<String> BUILT_IN = List.of("org.hyoka.editor.page.overview", "org.hyoka.editor.page.projects",
			"org.hyoka.editor.page.outputs", "org.hyoka.editor.page.scores", "org.hyoka.editor.page.committee",
			"org.hyoka.editor.page.comments", "org.hyoka.editor.page.findings", "org.hyoka.editor.page.tree");
	/** The built-in pages with the test fragment's page after Findings. */
	static final List<String> WITH_REVIEWS = List.of("org.hyoka.editor.page.overview", "org.hyoka.editor.page.projects",
			"org.hyoka.editor.page.outputs", "org.hyoka.editor.page.scores", "org.hyoka.editor.page.committee",
			"org.hyoka.editor.page.comments", "org.hyoka.editor.page.findings", ReviewsPage.ID, "org.hyoka.editor.page.tree");

	/**
	 * The pages of org.hyoka.editor and of this fragment, in tab order: the add-ons installed with the product (the IP
	 * page) place their own pages among them, which these tests leave to the add-ons' tests.
	 */
	static List<String> own(List<String> pageIds) {
		return pageIds.stream().filter(id -> id.startsWith("org.hyoka.editor.")).toList();
	}

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void theContributedPageIsShownAfterFindingsWhereItsConditionHolds() throws Exception {
		EvaluationEditor withReviews = open(sample("saisei-iryo-2022"));
		assertEquals(WITH_REVIEWS, own(bot.syncCall(withReviews::pageIds)));
		ReviewsPage page = (ReviewsPage) bot.syncCall(() -> withReviews.setActivePage(ReviewsPage.ID));
		bot.flush();
		List<String> lines = bot.syncCall(page::lines);
		assertEquals(withReviews.report().getWgReviews().size(), lines.size());
		Integer meeting = withReviews.report().getWgReviews().get(0).getMeetingNumber();
		assertTrue(lines.get(0).contains("meeting " + meeting), lines.toString());
		bot.screenshot("contributed-page.png");

		EvaluationEditor without = open(sample("soyaku-kiban-2021"));
		assertEquals(BUILT_IN, own(bot.syncCall(without::pageIds)), "001 has no WG review");
	}

	@Test
	void theConditionIsAskedAgainAfterRevertNotAfterEachEdit() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("EditorPagesTest");
		project.create(null);
		project.open(null);
		IFile file = project.getFile("reviews.hyoka");
		try (InputStream in = sample("soyaku-kiban-2021").getContents()) {
			file.create(in, true, null);
		}
		EvaluationEditor editor = open(file);
		assertEquals(BUILT_IN, own(bot.syncCall(editor::pageIds)));

		WGReview review = EvaluationFactory.eINSTANCE.createWGReview();
		review.setMeetingNumber(99);
		bot.syncRun(() -> editor.model().commandStack().execute(AddCommand.create(editor.getEditingDomain(), editor.report(),
				HyokaPackage.Literals.EVALUATION_REPORT__WG_REVIEWS, review)));
		bot.flush();
		assertEquals(BUILT_IN, own(bot.syncCall(editor::pageIds)), "an edit does not add the page");
		bot.syncRun(() -> editor.doSave(null));
		bot.syncRun(editor::revert);
		bot.flush();
		assertEquals(WITH_REVIEWS, own(bot.syncCall(editor::pageIds)), "Revert reads the saved review and adds the page");
		bot.syncRun(() -> editor.setActivePage(ReviewsPage.ID));
		bot.flush();
		assertEquals(ReviewsPage.ID, bot.syncCall(() -> editor.getActivePageInstance().getId()));

		bot.syncRun(() -> editor.model().commandStack().execute(RemoveCommand.create(editor.getEditingDomain(), editor.report(),
				HyokaPackage.Literals.EVALUATION_REPORT__WG_REVIEWS, editor.report().getWgReviews())));
		bot.syncRun(() -> editor.doSave(null));
		bot.syncRun(editor::revert);
		bot.flush();
		assertEquals(BUILT_IN, own(bot.syncCall(editor::pageIds)), "Revert removes the page when the condition fails");
		assertFalse(bot.syncCall(editor::isDirty));
	}

	@Test
	void aBrokenPageIsLoggedWithItsBundleAndTheEditorOpensWithTheOthers() throws CoreException {
		List<IStatus> logged = Collections.synchronizedList(new ArrayList<>());
		ILogListener listener = (status, plugin) -> logged.add(status);
		ILog log = ILog.of(EvaluationEditor.class);
		log.addLogListener(listener);
		try {
			EvaluationEditor editor = open(sample("soyaku-kiban-2021"));
			assertEquals(BUILT_IN, own(bot.syncCall(editor::pageIds)));
		} finally {
			log.removeLogListener(listener);
		}
		List<String> messages = logged.stream().map(IStatus::getMessage).toList();
		for (String page : List.of("org.hyoka.editor.tests.page.failing", "org.hyoka.editor.tests.page.missingClass",
				"org.hyoka.editor.tests.page.noClass")) {
			// a fragment's contributions are the host's: the registry names org.hyoka.editor
			assertTrue(messages.stream().anyMatch(message -> message.contains(page) && message.contains(" org.hyoka.editor.tests ")),
					page + " is not named with its bundle in " + messages);
		}
		assertTrue(messages.stream().anyMatch(message -> message.contains("the test fragment's broken page")), messages.toString());
		assertTrue(logged.stream().allMatch(status -> status.getSeverity() == IStatus.WARNING), messages.toString());
	}

	private EvaluationEditor open(IFile file) {
		return (EvaluationEditor) bot.openEditor(file);
	}

	private static IFile sample(String name) throws CoreException {
		return SampleEvaluations.install(SampleEvaluations.find(name).orElseThrow(), null);
	}
}
