package org.hyoka.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.model.EvaluationReport;

/**
 * Run in a child JVM by {@link SaveSafetyTest}: saves two versions of a large report to a file, in turns, until it is
 * killed. Prints a line once it has started saving.
 */
public final class SaveLoop {

	private SaveLoop() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		EvaluationReport[] versions = { SaveSafetyTest.largeReport("A"), SaveSafetyTest.largeReport("B") };
		System.out.println("saving");
		System.out.flush();
		for (int i = 0;; i++) {
			HyokaFiles.save(EcoreUtil.copy(versions[i % 2]), file); // a copy: the saved one would refuse a file changed since
		}
	}
}
