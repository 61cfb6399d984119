package org.hyoka.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read ahead of its editor is handed over once, and only while the file holds what was read. */
class ReadAheadTest {

	private static final String ROOT_NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:hyoka=\"" + HyokaPackage.eNS_URI + "\"";

	@TempDir
	Path dir;

	private Path report(String title) throws IOException {
		Path file = dir.resolve("a.hyoka");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hyoka:EvaluationReport " + ROOT_NS + " titleJa=\"" + title
				+ "\"/>\n");
		return file;
	}

	@Test
	void theReadIsTakenOnceAndMovesToTheTakersResourceSet() throws IOException {
		Path file = report("技術評価報告書");
		URI uri = HyokaFiles.uri(file);
		ReadAhead.start(uri);

		Resource read = ReadAhead.take(uri).orElseThrow();
		ResourceSet editors = HyokaFiles.newResourceSet();
		editors.getResources().add(read);

		assertEquals("技術評価報告書", ((EvaluationReport) read.getContents().get(0)).getTitleJa());
		assertEquals(uri, read.getURI());
		assertTrue(editors == read.getResourceSet(), "the resource moved to the taker's resource set");
		assertEquals(Optional.empty(), ReadAhead.take(uri), "taken twice");

		// saved where it was read from, against what was read: no other program changed the file
		((EvaluationReport) read.getContents().get(0)).setTitleJa("技術評価報告書（改）");
		read.save(null);
		assertTrue(Files.readString(file).contains("titleJa=\"技術評価報告書（改）\""));
	}

	@Test
	void aFileChangedSinceTheReadIsReadAgain() throws IOException {
		Path file = report("前");
		URI uri = HyokaFiles.uri(file);
		ReadAhead.start(uri, Runnable::run); // read before the change

		report("後");

		assertEquals(Optional.empty(), ReadAhead.take(uri));
	}

	@Test
	void anUnchangedFileIsTakenAfterItsRead() throws IOException {
		URI uri = HyokaFiles.uri(report("前"));
		ReadAhead.start(uri, Runnable::run);

		assertTrue(ReadAhead.take(uri).isPresent());
	}

	@Test
	void aFailedReadIsNotHandedOver() throws IOException {
		Path file = dir.resolve("broken.hyoka");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<hyoka:EvaluationReport " + ROOT_NS + ">");
		URI uri = HyokaFiles.uri(file);
		ReadAhead.start(uri);

		assertEquals(Optional.empty(), ReadAhead.take(uri));
	}

	@Test
	void withoutAReadOrAfterDiscardNothingIsTaken() throws IOException {
		URI uri = HyokaFiles.uri(report("技術評価報告書"));
		assertEquals(Optional.empty(), ReadAhead.take(uri));

		ReadAhead.start(uri).discard();
		assertEquals(Optional.empty(), ReadAhead.take(uri));
	}

	@Test
	void aNewerReadOfTheSameFileIsTheOneTaken() throws IOException {
		URI uri = HyokaFiles.uri(report("技術評価報告書"));
		ReadAhead first = ReadAhead.start(uri);
		ReadAhead.start(uri);
		first.discard(); // must not drop the newer read

		assertTrue(ReadAhead.take(uri).isPresent());
	}
}
