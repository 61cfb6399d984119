package org.hyoka.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.resource.Resource;
import org.hyoka.model.HyokaPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading files of every name the same hardened way: no network, no DTD, BOM, empty and oversized files. */
class FileSafetyTest {

	private static final String ROOT_NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:hyoka=\"" + HyokaPackage.eNS_URI + "\"";
	private static final String REPORT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hyoka:EvaluationReport " + ROOT_NS
			+ " titleJa=\"技術評価報告書\"/>\n";

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "a.hyoka", "a.xml", "a.xmi", "a.HYOKA", "a" })
	void everyFileNameRefusesADoctypeWithLineAndColumn(String name) throws IOException {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-4711");
		Path file = dir.resolve(name);
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE r [<!ENTITY leak SYSTEM \"" + secret.toUri()
				+ "\">]>\n<hyoka:EvaluationReport " + ROOT_NS + " titleJa=\"&leak;\"/>\n");

		HyokaLoadException e = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file));
		LoadProblem problem = e.problems().get(0);
		assertEquals(file.toString(), problem.file());
		assertEquals(2, problem.line(), problem.toString());
		assertTrue(problem.column() > 0, problem.toString());
		assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "a.xml", "a.xmi", "a" })
	void everyFileNameLoadsAsAnEvaluationFile(String name) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, REPORT);
		Resource resource = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(file), true);
		assertTrue(resource instanceof HyokaResource, resource.getClass().getName());
		assertEquals("技術評価報告書", HyokaFiles.load(file).getTitleJa());
	}

	/** A server that accepts connections and never answers: a load that fetched the namespace would hang. */
	@ParameterizedTest
	@ValueSource(strings = { "root", "nested" })
	void neverFetchesANamespace(String where) throws Exception {
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			AtomicInteger connections = new AtomicInteger();
			Thread listener = new Thread(() -> {
				while (true) {
					try (Socket socket = server.accept()) {
						connections.incrementAndGet();
						Thread.sleep(60_000);
					} catch (IOException | InterruptedException e) {
						return;
					}
				}
			});
			listener.setDaemon(true);
			listener.start();
			String namespace = "http://127.0.0.1:" + server.getLocalPort() + "/ns";
			Path file = dir.resolve("fetch.hyoka");
			Files.writeString(file, "root".equals(where)
					? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<x:Thing xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:x=\"" + namespace + "\"/>\n"
					: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hyoka:EvaluationReport " + ROOT_NS + ">\n  <evaluations xsi:type=\"x:Evaluation\""
							+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:x=\"" + namespace + "\"/>\n</hyoka:EvaluationReport>\n");

			HyokaLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
					() -> assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file)));
			assertTrue(e.getMessage().contains(namespace), e.getMessage());
			assertTrue(e.problems().get(0).line() > 0, e.getMessage());
			assertEquals(0, connections.get(), "connections to the namespace's host");
			listener.interrupt();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "bom.hyoka", "bom.xml" })
	void acceptsAUtf8ByteOrderMark(String name) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_8));
		assertEquals("技術評価報告書", HyokaFiles.load(file).getTitleJa());
	}

	@ParameterizedTest
	@ValueSource(strings = { "empty.hyoka", "empty.xml" })
	void anEmptyFileIsNamedAndSaidToBeEmpty(String name) throws IOException {
		Path file = Files.createFile(dir.resolve(name));
		HyokaLoadException e = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file));
		assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
		assertTrue(e.getMessage().contains("0"), e.getMessage());
		assertFalse(e.getMessage().contains("FLUSHED"), e.getMessage());
	}

	@Test
	void aFileEndingEarlyGivesLineAndColumn() throws IOException {
		Path file = dir.resolve("cut.xmi");
		Files.writeString(file, REPORT.substring(0, REPORT.length() - 20));
		LoadProblem problem = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file)).problems().get(0);
		assertEquals(file.toString(), problem.file());
		assertTrue(problem.line() > 0 && problem.column() > 0, problem.toString());
	}

	@Test
	void refusesFilesLargerThanTheLimitAtThePlaceReached() throws IOException {
		Path file = dir.resolve("large.hyoka");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hyoka:EvaluationReport " + ROOT_NS + " titleJa=\""
				+ "評".repeat(200_000) + "\"/>\n");
		Resource resource = HyokaFiles.newResourceSet().createResource(HyokaFiles.uri(file));

		HyokaLoadException e = assertThrows(HyokaLoadException.class,
				() -> resource.load(Map.of(HyokaResource.OPTION_MAX_BYTES, Long.valueOf(100_000))));
		LoadProblem problem = e.problems().get(0);
		assertEquals(file.toString(), problem.file());
		assertTrue(problem.line() > 0 && problem.column() > 0, problem.toString());
		assertTrue(problem.message().contains("MB"), problem.message());
		assertTrue(HyokaResource.DEFAULT_MAX_BYTES >= 64L << 20, "the default leaves room for real evaluations");
		assertEquals(HyokaResource.DEFAULT_MAX_BYTES, HyokaResource.defaultMaxBytes(256L << 20), "small heaps keep the floor");
		assertEquals(256L << 20, HyokaResource.defaultMaxBytes(2L << 30), "a 2 GiB heap loads the 76 MB portfolio");
	}
}
