package org.hyoka.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Samples;
import org.hyoka.export.outline.ProbeSections;
import org.hyoka.model.EvaluationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * The sections this fragment contributes (fragment.xml) in the HTML export, which reads the installed sections like
 * the workbench does: the probe follows the overview of every subject, and the section that throws is left out and
 * logged with its bundle while the rest of the report is the recorded one.
 */
class ContributedSectionTest {

	@ParameterizedTest
	@ValueSource(strings = { Samples.SOYAKU, Samples.SAISEI })
	void aContributedSectionFollowsTheOverviewOfEverySubjectAndAFailingOneIsLeftOut(String sample) throws Exception {
		EvaluationReport report = Samples.load(sample);
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		String html;
		try {
			ProbeSections.switchOn(true);
			html = Samples.text(new HtmlExporter(), report, ExportOptions.DEFAULTS);
		} finally {
			ProbeSections.switchOn(false);
			Platform.removeLogListener(listener);
		}

		List<Element> subjects = Xhtml.find(Xhtml.parse(html.getBytes(StandardCharsets.UTF_8)), "section", "subject");
		assertEquals(1 + report.getProgram().getProjects().size(), subjects.size());
		for (Element subject : subjects) {
			List<Element> probes = Xhtml.find(subject, "p", "probe");
			assertEquals(1, probes.size(), subject.getAttribute("id"));
			assertEquals("probe " + subject.getAttribute("id").substring("subject-".length()), probes.get(0).getTextContent());
			Element previous = (Element) probes.get(0).getPreviousSibling();
			assertEquals("overview", previous.getAttribute("class"), "right after the overview table");
		}

		List<String> failures = logged.stream().map(IStatus::getMessage).filter(message -> message.contains("org.hyoka.export.tests.failing")).toList();
		assertEquals(report.getEvaluations().size(), failures.size(), "one warning per evaluation: " + logged);
		assertTrue(failures.stream().allMatch(message -> message.contains("bundle org.hyoka.export.tests ") && message.contains("probe failure")), failures.toString());
		// without the probes' paragraphs (one per subject and one at the end), the report is the recorded one
		assertEquals(Files.readString(Path.of("../org.hyoka.export.tests/expected", sample + ".html"), StandardCharsets.UTF_8),
				html.replaceAll("<p class=\"probe\">probe [^<]*</p>", ""));
		assertTrue(html.contains("<p class=\"probe\">probe EvaluationReport</p>"), "the misplaced section comes last");
	}
}
