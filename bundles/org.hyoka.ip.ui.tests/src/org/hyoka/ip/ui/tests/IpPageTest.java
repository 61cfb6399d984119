package org.hyoka.ip.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.forms.editor.IFormPage;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.ip.ui.internal.IpPage;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.Labels;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The IP add-on's page: after Comments for files with IP schemes, showing each subject's scheme as printed. */
class IpPageTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void showsEverySubjectsSchemeAfterTheCommentsPage() throws Exception {
		IFile sample = SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null);
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(sample);
		List<String> pages = bot.syncCall(editor::pageIds);
		assertEquals(pages.indexOf("org.hyoka.editor.page.comments") + 1, pages.indexOf(IpPage.ID), pages.toString());

		IFormPage page = bot.syncCall(() -> (IFormPage) editor.setActivePage(IpPage.ID));
		bot.flush();
		List<String> labels = bot.syncCall(() -> Labels.texts(page.getManagedForm().getForm().getBody()));
		assertTrue(labels.stream().anyMatch(label -> label.contains("(declared partners: 14)")), "C's 知財合意書: " + labels);
		assertTrue(labels.stream().anyMatch(label -> label.contains("大阪大学")), "C's secretariat: " + labels);
		bot.screenshot("ip-page.png");
	}

	@Test
	void isAbsentWhenTheFileHasNoIpScheme() throws Exception {
		IFile sample = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null);
		String withoutIp = new String(sample.getContents().readAllBytes(), StandardCharsets.UTF_8)
				.replaceAll("(?s)<extensions xsi:type=\"ip:IPManagementScheme\".*?</extensions>\\s*", "");
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("IpPageTest");
		project.create(null);
		project.open(null);
		IFile file = project.getFile("without-ip.hyoka");
		file.create(new ByteArrayInputStream(withoutIp.getBytes(StandardCharsets.UTF_8)), true, null);
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		assertFalse(bot.syncCall(editor::pageIds).contains(IpPage.ID));
	}
}
