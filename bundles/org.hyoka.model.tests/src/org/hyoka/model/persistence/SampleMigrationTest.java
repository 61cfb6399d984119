package org.hyoka.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.persistence.FileFormat.Version;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both samples without the IP add-on (this bundle's tests run without it): their IP content is kept as read and
 * saved unchanged, and copies written in format 1.1, where IP management was part of the core model, open and save
 * as the current samples do.
 */
class SampleMigrationTest {

	private static final Pattern IP_SCHEME = Pattern.compile("<extensions xsi:type=\"ip:IPManagementScheme\".*?</extensions>", Pattern.DOTALL);

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void withoutTheIpAddOnASampleIsEditedAndSavedWithItsIpContentUnchanged(String sample) throws IOException {
		Path original = Path.of("../org.hyoka.samples/samples/" + sample + ".hyoka");
		Path copy = Files.copy(original, dir.resolve(sample + ".hyoka"));
		Resource resource = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(copy), true);
		List<AddOnContent.Missing> missing = AddOnContent.missing(resource);
		assertEquals(4, missing.size(), "one IP scheme for the program and each project: " + missing);
		assertTrue(missing.stream().allMatch(content -> content.featureLabel().equals("Hyoka Workbench IP Tracking")), missing.toString());
		List<EObject> subjects = new ArrayList<>();
		EvaluationReport report = (EvaluationReport) resource.getContents().get(0);
		subjects.add(report.getProgram());
		subjects.addAll(report.getProgram().getProjects());
		assertEquals(subjects.stream().filter(subject -> missing.stream().anyMatch(content -> content.owner() == subject)).toList(),
				missing.stream().map(AddOnContent.Missing::owner).toList(), "in the order of the owners in the file");

		report.setTitleJa("技術評価報告書（改訂）");
		resource.save(null);
		String saved = Files.readString(copy, StandardCharsets.UTF_8);
		assertTrue(saved.contains("titleJa=\"技術評価報告書（改訂）\""));
		// unknown content is written after the owner's known content: the program's scheme now follows its projects
		assertEquals(ipSchemes(Files.readString(original, StandardCharsets.UTF_8)), ipSchemes(saved));
	}

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void aSampleInFormat1_1OpensAndSavesAsTheCurrentOne(String sample) throws IOException {
		Path current = Path.of("../org.hyoka.samples/samples/" + sample + ".hyoka");
		String text = Files.readString(current, StandardCharsets.UTF_8);
		assertTrue(text.contains(HyokaPackage.eNS_URI), "the sample is written in the current format");
		// as format 1.1 wrote it: IP management in the subjects' ipScheme, in the core's ip package
		String format1_1 = text.replace(" xmlns:ip=\"http://www.hyoka.org/ip/1.0\"", "").replaceAll("  <addOns [^>]*/>\n", "")
				.replace("<extensions xsi:type=\"ip:IPManagementScheme\"", "<ipScheme").replace("</extensions>", "</ipScheme>")
				.replace(HyokaPackage.eNS_URI, "http://www.hyoka.org/model/1.1");
		Path older = dir.resolve(sample + "-1.1.hyoka");
		Files.writeString(older, format1_1, StandardCharsets.UTF_8);

		Resource migrated = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(older), true);
		assertEquals(new Version(1, 1), ((HyokaResource) migrated).migratedFrom().orElseThrow());
		Resource expected = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(current), true);
		assertTrue(EcoreUtil.equals(expected.getContents().get(0), migrated.getContents().get(0)), "same content as the current sample");
		assertEquals(4, AddOnContent.missing(migrated).size());

		Path savedCurrent = dir.resolve(sample + ".hyoka");
		expected.setURI(HyokaFiles.uri(savedCurrent));
		expected.save(null);
		migrated.save(null);
		assertArrayEquals(Files.readAllBytes(savedCurrent), Files.readAllBytes(older));
	}

	/** The IP schemes as written, sorted by their text. */
	private static List<String> ipSchemes(String xml) {
		Matcher matcher = IP_SCHEME.matcher(xml);
		return matcher.results().map(result -> result.group()).sorted().toList();
	}
}
