package org.hyoka.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.persistence.FileFormat.Version;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Copies of both samples written in the older formats open as the current samples do, and save the same. */
class SampleMigrationTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void aSampleInFormat1_1OpensAndSavesAsTheCurrentOne(String sample) throws IOException {
		Path current = Path.of("../org.hyoka.samples/samples/" + sample + ".hyoka");
		String text = Files.readString(current, StandardCharsets.UTF_8);
		assertTrue(text.contains(HyokaPackage.eNS_URI), "the sample is written in the current format");
		Path older = dir.resolve(sample + "-1.1.hyoka");
		Files.writeString(older, text.replace(HyokaPackage.eNS_URI, "http://www.hyoka.org/model/1.1"), StandardCharsets.UTF_8);

		Resource migrated = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(older), true);
		assertEquals(new Version(1, 1), ((HyokaResource) migrated).migratedFrom().orElseThrow());
		EvaluationReport expected = HyokaFiles.load(current);
		assertTrue(EcoreUtil.equals(expected, migrated.getContents().get(0)), "same content as the current sample");

		Path savedCurrent = dir.resolve(sample + ".hyoka");
		HyokaFiles.save(expected, savedCurrent);
		migrated.save(null);
		assertArrayEquals(Files.readAllBytes(savedCurrent), Files.readAllBytes(older));
	}
}
