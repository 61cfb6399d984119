package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.forms.editor.IFormPage;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.FeatureNames;
import org.hyoka.editor.internal.OverviewPage;
import org.hyoka.model.HyokaPackage;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.Labels;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A file holding content of an add-on this workbench does not have (here each sample with its IP content renamed into
 * a namespace no bundle installs): the Overview page names the feature it needs, and an edit and save keep that content
 * exactly as it was.
 */
class MissingAddOnTest {

	private static final String TRACKING = "http://example.org/tracking/1.0";
	private static final Pattern CONTENT = Pattern.compile("<extensions xsi:type=\"ip:IPManagementScheme\".*?</extensions>", Pattern.DOTALL);

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022", "soyaku-kiban-2021" })
	void theOverviewNamesTheMissingFeatureAndSavingKeepsItsContent(String name) throws Exception {
		String original = tracked(name);
		IFile file = create("MissingAddOnTest-" + name, original);

		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		String needs = needs(editor, "Needs Example Tracking");
		assertTrue(needs.contains("4 item(s)") && needs.contains("Project A"), needs);
		bot.screenshot("missing-add-on-" + name + ".png");

		bot.syncRun(() -> editor.model().commandStack().execute(SetCommand.create(editor.getEditingDomain(), editor.report(),
				HyokaPackage.Literals.EVALUATION_REPORT__TITLE_JA, "技術評価報告書（改訂）")));
		bot.syncRun(() -> editor.doSave(null));
		String saved = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(saved.contains("titleJa=\"技術評価報告書（改訂）\""), "the edit is saved");
		assertTrue(saved.contains("xmlns:ip=\"" + TRACKING + "\""), "the add-on's namespace is kept");
		assertEquals(contents(original), contents(saved), "the add-on's content is saved as it was read");
		assertTrue(saved.contains("featureName=\"Example Tracking\""), "and the feature it needs is still named");
	}

	/**
	 * The installation's name of the feature, in the user's language, goes before the one the file recorded: here a
	 * service of a higher ranking than the application's, which knows the feature as an earlier state of the profile
	 * would (#46). Until it answers (reading earlier states may take seconds), the page shows the recorded name.
	 */
	@Test
	void theOverviewNamesTheFeatureAsTheInstallationKnowsIt() throws Exception {
		IFile file = create("MissingAddOnTest-named", tracked("saisei-iryo-2022"));
		BundleContext context = FrameworkUtil.getBundle(MissingAddOnTest.class).getBundleContext();
		CountDownLatch answer = new CountDownLatch(1);
		FeatureNames names = feature -> {
			try {
				return answer.await(1, TimeUnit.MINUTES) && "org.example.tracking.feature".equals(feature) ? Optional.of("追跡の例")
						: Optional.empty();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		};
		ServiceRegistration<FeatureNames> registration = context.registerService(FeatureNames.class, names,
				FrameworkUtil.asDictionary(Map.of(Constants.SERVICE_RANKING, Integer.MAX_VALUE)));
		try {
			EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
			needs(editor, "Needs Example Tracking: 4 item(s)");
			answer.countDown();
			needs(editor, "Needs 追跡の例: 4 item(s)");
		} finally {
			answer.countDown();
			registration.unregister();
		}
	}

	/** Sample NAME with its IP content in a namespace no bundle installs, of a feature named "Example Tracking". */
	private static String tracked(String name) throws Exception {
		IFile sample = SampleEvaluations.install(SampleEvaluations.find(name).orElseThrow(), null);
		return new String(sample.getContents().readAllBytes(), StandardCharsets.UTF_8)
				.replace("http://www.hyoka.org/ip/1.0", TRACKING)
				.replace("feature=\"org.hyoka.ip.feature\" featureName=\"Hyoka Workbench IP Tracking\"",
						"feature=\"org.example.tracking.feature\" featureName=\"Example Tracking\"");
	}

	private static IFile create(String projectName, String content) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		project.create(null);
		project.open(null);
		IFile file = project.getFile("tracked.hyoka");
		file.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	/** The Overview's label that starts so, once it does: the installation's names come from a job. */
	private String needs(EvaluationEditor editor, String start) {
		IFormPage overview = bot.syncCall(() -> (IFormPage) editor.setActivePage(OverviewPage.ID));
		Supplier<List<String>> labels = () -> Labels.texts(overview.getManagedForm().getForm().getBody());
		bot.waitUntil("a label of the Overview names the missing feature so: " + start,
				() -> labels.get().stream().anyMatch(label -> label.startsWith(start)));
		return bot.syncCall(() -> labels.get().stream().filter(label -> label.startsWith(start)).findFirst().orElseThrow());
	}

	/** The add-on's elements, sorted: unknown content is written after the owner's known content. */
	private static List<String> contents(String xml) {
		return CONTENT.matcher(xml).results().map(result -> result.group()).sorted().toList();
	}
}
