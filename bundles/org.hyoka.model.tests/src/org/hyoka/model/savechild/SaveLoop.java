package org.hyoka.model.savechild;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Person;
import org.hyoka.model.persistence.HyokaFiles;

/**
 * Run in a child JVM by {@code SaveSafetyTest}: saves two versions of a large report to a file, in turns, until it is
 * killed. Prints a line once it has started saving. In a package of its own: the child's class path holds the model's
 * jar, signed when the build is, and a package may not mix signed and unsigned classes there.
 */
public final class SaveLoop {

	private SaveLoop() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		EvaluationReport[] versions = { largeReport("A"), largeReport("B") };
		System.out.println("saving");
		System.out.flush();
		for (int i = 0;; i++) {
			HyokaFiles.save(EcoreUtil.copy(versions[i % 2]), file); // a copy: the saved one would refuse a file changed since
		}
	}

	/** A report of 20,000 persons, large enough for a save to take a while. */
	public static EvaluationReport largeReport(String version) {
		EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
		report.setId("report");
		report.setTitleJa("版 " + version);
		for (int i = 0; i < 20_000; i++) {
			Person person = BaseFactory.eINSTANCE.createPerson();
			person.setId("p" + i);
			person.setNameJa(version + " 評価者 " + i);
			report.getPersons().add(person);
		}
		return report;
	}
}
