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
import java.util.stream.Stream;

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
 * Both samples without the IP and roadmap add-ons (this bundle's tests run without them): their add-on content is kept
 * as read and saved unchanged, and copies written in format 1.2, where the roadmaps were part of the core model, and in
 * format 1.1, where IP management was too, open and save as the current samples do: with the targets their revisions
 * revise found again, and what they leave unstated read as the first literal, as those formats meant.
 */
class SampleMigrationTest {

	private static final Pattern IP_SCHEME = Pattern.compile("<extensions xsi:type=\"ip:IPManagementScheme\".*?</extensions>", Pattern.DOTALL);
	private static final Pattern ROADMAP = Pattern.compile("<extensions xsi:type=\"roadmap:Roadmap\"(.*?)</extensions>", Pattern.DOTALL);
	private static final String IP_FEATURE = "Hyoka Workbench IP Tracking";
	private static final String ROADMAP_FEATURE = "Hyoka Workbench Roadmap Timeline";

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void withoutTheAddOnsASampleIsEditedAndSavedWithTheirContentUnchanged(String sample) throws IOException {
		Path original = Path.of("../org.hyoka.samples/samples/" + sample + ".hyoka");
		Path copy = Files.copy(original, dir.resolve(sample + ".hyoka"));
		Resource resource = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(copy), true);
		String text = Files.readString(original, StandardCharsets.UTF_8);
		List<AddOnContent.Missing> all = AddOnContent.missing(resource);
		List<AddOnContent.Missing> missing = all.stream().filter(content -> content.featureLabel().equals(IP_FEATURE)).toList();
		assertEquals(4, missing.size(), "one IP scheme for the program and each project: " + all);
		assertEquals(ROADMAP.matcher(text).results().count(),
				all.stream().filter(content -> content.featureLabel().equals(ROADMAP_FEATURE) && content.type().equals("Roadmap")).count(),
				"every roadmap: " + all);
		assertEquals(all.size(), missing.size() + ROADMAP.matcher(text).results().count(), all.toString());
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
		assertEquals(written(IP_SCHEME, text), written(IP_SCHEME, saved));
		assertEquals(written(ROADMAP, text), written(ROADMAP, saved));
	}

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void aSampleInFormat1_2OpensAndSavesAsTheCurrentOne(String sample) throws IOException {
		String text = Files.readString(Path.of("../org.hyoka.samples/samples/" + sample + ".hyoka"), StandardCharsets.UTF_8);
		assertMigratesToTheCurrentSample(sample, new Version(1, 2), format1_2(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void aSampleInFormat1_1OpensAndSavesAsTheCurrentOne(String sample) throws IOException {
		String text = Files.readString(Path.of("../org.hyoka.samples/samples/" + sample + ".hyoka"), StandardCharsets.UTF_8);
		// as format 1.1 wrote it: IP management in the subjects' ipScheme, in the core's ip package, and the roadmaps
		// in the core's results package as in 1.2
		Matcher schemes = IP_SCHEME.matcher(format1_2(text).replace(" xmlns:ip=\"http://www.hyoka.org/ip/1.0\"", "")
				.replaceAll("  <addOns [^>]*/>\n", ""));
		String format1_1 = schemes.replaceAll(scheme -> Matcher.quoteReplacement(scheme.group()
				.replace("<extensions xsi:type=\"ip:IPManagementScheme\"", "<ipScheme").replace("</extensions>", "</ipScheme>")))
				.replace("http://www.hyoka.org/model/1.2", "http://www.hyoka.org/model/1.1");
		assertMigratesToTheCurrentSample(sample, new Version(1, 1), format1_1);
	}

	/** The text as format 1.2 wrote it: the roadmaps in the subjects' roadmaps, in the core's results package. */
	private static String format1_2(String text) {
		String roadmapsMoved = ROADMAP.matcher(text).replaceAll(roadmap -> Matcher.quoteReplacement("<roadmaps" + roadmap.group(1)
				.replace("xsi:type=\"roadmap:", "xsi:type=\"results:") + "</roadmaps>"));
		assertTrue(roadmapsMoved.contains("<roadmaps "), "the sample has roadmaps");
		return roadmapsMoved.replace(" xmlns:roadmap=\"http://www.hyoka.org/roadmap/1.0\"",
				" xmlns:results=\"http://www.hyoka.org/model/1.2/results\"")
				.replaceAll("  <addOns namespace=\"http://www.hyoka.org/roadmap/1.0\"[^>]*/>\n", "")
				.replace(HyokaPackage.eNS_URI, "http://www.hyoka.org/model/1.2")
				// before 1.4 a revision named no target, and its target had no id
				.replaceAll(" target=\"ind-[^\"]*\"", "").replaceAll("<targets id=\"ind-[^\"]*\"", "<targets");
	}

	/**
	 * The report as an older format can say it: an attribute that 1.4 or 1.5 made unsettable and that the current
	 * sample leaves unstated was the first literal before.
	 */
	private static void asBefore1_4(EObject report) {
		report.eAllContents().forEachRemaining(object -> Stream.concat(StatedValues.UNSETTABLE_IN_1_4.stream(), StatedValues.UNSETTABLE_IN_1_5.stream())
				.filter(attribute -> attribute.getEContainingClass().isInstance(object) && !object.eIsSet(attribute))
				.forEach(attribute -> object.eSet(attribute, attribute.getDefaultValue())));
	}

	/** The older text opens as the current sample and saves byte for byte as the current sample does. */
	private void assertMigratesToTheCurrentSample(String sample, Version version, String olderText) throws IOException {
		Path current = Path.of("../org.hyoka.samples/samples/" + sample + ".hyoka");
		assertTrue(Files.readString(current, StandardCharsets.UTF_8).contains(HyokaPackage.eNS_URI), "the sample is written in the current format");
		Path older = dir.resolve(sample + "-" + version + ".hyoka");
		Files.writeString(older, olderText, StandardCharsets.UTF_8);

		Resource migrated = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(older), true);
		assertEquals(version, ((HyokaResource) migrated).migratedFrom().orElseThrow());
		Resource expected = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(current), true);
		asBefore1_4(expected.getContents().get(0));
		assertTrue(EcoreUtil.equals(expected.getContents().get(0), migrated.getContents().get(0)), "same content as the current sample");
		assertEquals(AddOnContent.missing(expected).size(), AddOnContent.missing(migrated).size());

		Path savedCurrent = dir.resolve(sample + ".hyoka");
		expected.setURI(HyokaFiles.uri(savedCurrent));
		expected.save(null);
		migrated.save(null);
		assertArrayEquals(Files.readAllBytes(savedCurrent), Files.readAllBytes(older));
	}

	/** The add-on content as written, sorted by its text. */
	private static List<String> written(Pattern content, String xml) {
		return content.matcher(xml).results().map(result -> result.group()).sorted().toList();
	}
}
