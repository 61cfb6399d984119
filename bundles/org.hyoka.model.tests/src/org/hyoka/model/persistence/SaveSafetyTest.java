package org.hyoka.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Person;
import org.hyoka.model.savechild.SaveLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Saving files of every name: atomic under kill -9, permissions, links, read-only files, concurrent writers. */
class SaveSafetyTest {

	/** The child saves for at most a second: C1 alone and the serial collector spare the build's two cores. */
	private static final String CHILD_JIT = "-XX:TieredStopAtLevel=1", CHILD_GC = "-XX:+UseSerialGC"; //$NON-NLS-1$ //$NON-NLS-2$

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "killed.hyoka", "killed.xml", "killed.xmi", "killed" })
	void killingASaveLeavesTheOldOrTheNewFileAndTheNextSaveCleansUp(String name) throws Exception {
		Path file = dir.resolve(name);
		byte[][] versions = { bytesOf(SaveLoop.largeReport("A")), bytesOf(SaveLoop.largeReport("B")) };
		Files.write(file, versions[0]);
		for (int round = 0; round < 4; round++) {
			Process child = new ProcessBuilder(javaCommand(), CHILD_JIT, CHILD_GC, "-cp", classPath(), SaveLoop.class.getName(), file.toString())
					.redirectErrorStream(true).start();
			try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				assertEquals("saving", out.readLine(), "the child JVM started");
				Thread.sleep(300 + ThreadLocalRandom.current().nextInt(700));
				if (!child.isAlive()) {
					fail("round " + round + ": the child stopped saving: " + out.lines().collect(Collectors.joining("\n")));
				}
				child.destroyForcibly(); // SIGKILL: nothing of the child runs any more
				child.waitFor();
			}
			byte[] left = Files.readAllBytes(file);
			assertTrue(Arrays.equals(left, versions[0]) || Arrays.equals(left, versions[1]),
					"round " + round + ": the file is one complete version, not " + left.length + " bytes of something else");
			HyokaFiles.load(file);
		}
		HyokaFiles.save(SaveLoop.largeReport("C"), file);
		assertEquals(List.of(name), names(), "the next save removed what the killed ones left");
	}

	@Test
	void keepsTheFilesPermissionsAndGivesNewFilesTheUsualOnes() throws IOException {
		Path file = dir.resolve("mode.xml");
		HyokaFiles.save(smallReport(), file);
		Path plain = Files.createFile(dir.resolve("plain"));
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file), "not the 0600 of temporary files");

		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
		HyokaFiles.save(smallReport(), file);
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		HyokaFiles.save(smallReport(), file);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void aSymbolicLinkStaysALinkAndItsTargetIsWritten() throws IOException {
		Path real = Files.createDirectories(dir.resolve("real")).resolve("report.hyoka");
		HyokaFiles.save(smallReport(), real);
		Path link = Files.createSymbolicLink(dir.resolve("link.hyoka"), Path.of("real", "report.hyoka"));

		EvaluationReport report = HyokaFiles.load(link);
		report.setTitleJa("リンク経由");
		HyokaFiles.save(report, link);

		assertTrue(Files.isSymbolicLink(link));
		assertEquals("リンク経由", HyokaFiles.load(real).getTitleJa());
		assertEquals(List.of("link.hyoka", "real"), names());
	}

	@Test
	void refusesToOverwriteAReadOnlyFile() throws IOException {
		Path file = dir.resolve("read-only.hyoka");
		HyokaFiles.save(smallReport(), file);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
		byte[] before = Files.readAllBytes(file);
		EvaluationReport report = HyokaFiles.load(file);
		report.setTitleJa("変更");

		FileSystemException e = assertThrows(FileSystemException.class, () -> HyokaFiles.save(report, file));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("read-only"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of("read-only.hyoka"), names());
	}

	@Test
	void removesWhatKilledSavesLeftButNothingElse() throws IOException {
		Path file = dir.resolve("stale.hyoka");
		HyokaFiles.save(smallReport(), file);
		Files.writeString(dir.resolve(".stale.hyoka8061452233.saving"), "<half");
		Files.writeString(dir.resolve(".stale.hyoka1234567.part"), "<half");
		Files.writeString(dir.resolve(".stale.hyoka.bak"), "mine");
		Files.writeString(dir.resolve(".other.hyoka8061452233.saving"), "another file's save");

		HyokaFiles.save(HyokaFiles.load(file), file);
		assertEquals(List.of(".other.hyoka8061452233.saving", ".stale.hyoka.bak", "stale.hyoka"), names());
	}

	@Test
	void aSaveOverAFileAnotherProgramChangedIsRefused() throws IOException {
		Path file = dir.resolve("shared.xmi");
		HyokaFiles.save(smallReport(), file);
		EvaluationReport first = HyokaFiles.load(file);
		EvaluationReport second = HyokaFiles.load(file);
		first.setTitleJa("一人目");
		HyokaFiles.save(first, file);
		second.setTitleJa("二人目");

		FileChangedException e = assertThrows(FileChangedException.class, () -> HyokaFiles.save(second, file));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertEquals("一人目", HyokaFiles.load(file).getTitleJa());
		first.setTitleJa("一人目、二度目");
		HyokaFiles.save(first, file); // its own save is no change by another
		assertEquals("一人目、二度目", HyokaFiles.load(file).getTitleJa());
	}

	/**
	 * Work alongside a save (the merge driver's validation) runs while the temporary file is written, and the file is
	 * replaced only after it: the work still finds the file as it was a while after the writing began.
	 */
	@Test
	void theWorkAlongsideASaveRunsWhileItWritesAndTheFileIsReplacedAfter() throws IOException {
		Path file = dir.resolve("alongside.hyoka");
		HyokaFiles.save(smallReport(), file);
		byte[] before = Files.readAllBytes(file);
		EvaluationReport report = HyokaFiles.load(file);
		report.setTitleJa("検証しながら保存");
		FutureTask<byte[]> work = new FutureTask<>(() -> {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (names().stream().noneMatch(name -> name.endsWith(".saving")) && System.nanoTime() < deadline) {
				Thread.sleep(1);
			}
			Thread.sleep(300); // longer than writing the small file takes
			return Files.readAllBytes(file);
		});
		HyokaFiles.save(report, file, Map.of(HyokaResource.OPTION_ALONGSIDE, work));
		assertArrayEquals(before, work.resultNow(), "the file was replaced while the work ran");
		assertEquals("検証しながら保存", HyokaFiles.load(file).getTitleJa());
		assertEquals(List.of("alongside.hyoka"), names());
	}

	@Test
	void aFailureOfTheWorkAlongsideASaveIsItsFailureAndLeavesTheFileAsItWas() throws IOException {
		Path file = dir.resolve("alongside.hyoka");
		HyokaFiles.save(smallReport(), file);
		byte[] before = Files.readAllBytes(file);
		EvaluationReport report = HyokaFiles.load(file);
		report.setTitleJa("書かれない題");
		FutureTask<Void> work = new FutureTask<>(() -> {
			throw new IOException("検証できない");
		});
		IOException e = assertThrows(IOException.class, () -> HyokaFiles.save(report, file, Map.of(HyokaResource.OPTION_ALONGSIDE, work)));
		assertEquals("検証できない", e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of("alongside.hyoka"), names(), "the temporary file is removed");
	}

	/** With work alongside, a save over a file another program changed since it was read is still refused. */
	@Test
	void aSaveWithWorkAlongsideOverAFileAnotherProgramChangedIsRefusedOnceTheWorkIsDone() throws IOException {
		Path file = dir.resolve("alongside.hyoka");
		HyokaFiles.save(smallReport(), file);
		EvaluationReport mine = HyokaFiles.load(file);
		EvaluationReport other = HyokaFiles.load(file);
		other.setTitleJa("別のプログラム");
		HyokaFiles.save(other, file);
		mine.setTitleJa("上書きしない");
		FutureTask<Void> work = new FutureTask<>(() -> {
			Thread.sleep(200);
			return null;
		});
		assertThrows(FileChangedException.class, () -> HyokaFiles.save(mine, file, Map.of(HyokaResource.OPTION_ALONGSIDE, work)));
		assertTrue(work.isDone(), "the save returns only after the work it started");
		assertEquals("別のプログラム", HyokaFiles.load(file).getTitleJa());
	}

	/** N writers read, change and save one file at once: every change is in the file or its writer was told. */
	@Test
	void concurrentWritersNeverLoseAnUpdateSilently() throws Exception {
		Path file = dir.resolve("stress.hyoka");
		HyokaFiles.save(smallReport(), file);
		int writers = 8;
		CyclicBarrier start = new CyclicBarrier(writers);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		List<Future<Boolean>> saved = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			String id = "writer-" + i;
			saved.add(pool.submit(() -> {
				EvaluationReport report = HyokaFiles.load(file);
				Person person = BaseFactory.eINSTANCE.createPerson();
				person.setId(id);
				report.getPersons().add(person);
				start.await();
				try {
					HyokaFiles.save(report, file);
					return true;
				} catch (FileChangedException e) {
					return false;
				}
			}));
		}
		pool.shutdown();
		List<String> present = HyokaFiles.load(file).getPersons().stream().map(Person::getId).toList();
		List<String> succeeded = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			if (saved.get(i).get()) {
				succeeded.add("writer-" + i);
			}
		}
		present = HyokaFiles.load(file).getPersons().stream().map(Person::getId).toList();
		assertEquals(1, succeeded.size(), "all read the same file: one saves, the others are refused");
		assertEquals(succeeded, present);
		assertEquals(List.of("stress.hyoka"), names());
	}

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("plain")).sorted().toList();
		}
	}

	private static EvaluationReport smallReport() {
		EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
		report.setTitleJa("技術評価報告書");
		return report;
	}

	private byte[] bytesOf(EvaluationReport report) throws IOException {
		Path file = Files.createTempFile(dir.getParent(), "version", ".hyoka");
		try {
			HyokaFiles.save(report, file);
			return Files.readAllBytes(file);
		} finally {
			Files.delete(file);
		}
	}

	private static String javaCommand() {
		return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/** The model, this fragment and EMF, where the OSGi runtime loaded them from. */
	private static String classPath() {
		List<String> entries = new ArrayList<>();
		for (Class<?> type : List.of(SaveLoop.class, HyokaResource.class, EObject.class, URI.class, XMIResource.class)) {
			String location = type.getProtectionDomain().getCodeSource().getLocation().getPath();
			if (!entries.contains(location)) {
				entries.add(location);
			}
		}
		Collections.sort(entries);
		return entries.stream().collect(Collectors.joining(File.pathSeparator));
	}
}
