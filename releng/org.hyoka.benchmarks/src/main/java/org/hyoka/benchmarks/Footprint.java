package org.hyoka.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Heap retained by a loaded file, measured in a JVM of its own so that one variant's garbage cannot count against
 * the other. Run as {@code Footprint plain|hyoka FILE}; prints the retained bytes.
 */
public final class Footprint {

	private Footprint() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		Path file = Path.of(args[1]);
		long before = settledHeap();
		Resource resource = "plain".equals(args[0]) ? PortfolioFiles.plainLoad(file) : PortfolioFiles.hyokaLoad(file);
		long after = settledHeap();
		System.out.println(after - before);
		// keeps the model reachable until after the measurement
		if (resource.getContents().isEmpty()) {
			System.exit(3);
		}
	}

	/** Measures {@code variant} loading {@code file} in a new JVM with this one's class path. */
	static long measure(String variant, Path file) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx8g");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(Footprint.class.getName());
		command.add(variant);
		command.add(file.toString());
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String output = new String(process.getInputStream().readAllBytes()).trim();
		if (process.waitFor() != 0) {
			throw new IOException("footprint of " + variant + " failed: " + output);
		}
		return Long.parseLong(output);
	}

	private static long settledHeap() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		long used = Long.MAX_VALUE;
		// repeated until the collector finds nothing more to free
		for (int round = 0; round < 10; round++) {
			System.gc();
			Thread.sleep(100);
			long now = runtime.totalMemory() - runtime.freeMemory();
			if (now >= used) {
				return Math.min(now, used);
			}
			used = now;
		}
		return used;
	}
}
