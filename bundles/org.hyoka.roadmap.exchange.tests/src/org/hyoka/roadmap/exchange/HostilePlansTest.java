package org.hyoka.roadmap.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hyoka.model.persistence.HyokaLoadException;
import org.hyoka.model.persistence.LoadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans that are broken, hostile or too large are refused with one problem naming the file and the place. */
class HostilePlansTest {

	@TempDir
	Path folder;

	@Test
	void brokenXmlNamesTheLineAndColumn() throws Exception {
		Path plan = folder.resolve("broken.xml"); //$NON-NLS-1$
		Files.writeString(plan, "<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">\n  <Tasks><Task><Name>x</Task>\n"); //$NON-NLS-1$
		LoadProblem problem = refused(plan);
		assertEquals(3, problem.line());
		assertTrue(problem.column() > 0);
		assertTrue(problem.message().contains("MS Project XML"), problem.message()); //$NON-NLS-1$
	}

	@Test
	void anExternalEntityIsNeverRead() throws Exception {
		Path secret = folder.resolve("secret.txt"); //$NON-NLS-1$
		Files.writeString(secret, "TOP-SECRET-TEXT"); //$NON-NLS-1$
		Path plan = folder.resolve("xxe.xml"); //$NON-NLS-1$
		Files.writeString(plan, "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [ <!ENTITY secret SYSTEM \"" + secret.toUri() + "\"> ]>\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "<Project xmlns=\"http://schemas.microsoft.com/project\"><Title>&secret;</Title></Project>\n"); //$NON-NLS-1$
		LoadProblem problem = refused(plan);
		assertEquals(2, problem.line(), "refused at the declaration"); //$NON-NLS-1$
		assertTrue(problem.message().contains("(DOCTYPE) are not allowed in plans"), problem.message()); //$NON-NLS-1$
		assertFalse(problem.toString().contains("TOP-SECRET"), problem.toString()); //$NON-NLS-1$
	}

	@Test
	void entitiesThatMultiplyAreRefusedInGanttProjectFilesToo() throws Exception {
		Path plan = folder.resolve("laughs.gan"); //$NON-NLS-1$
		StringBuilder doctype = new StringBuilder("<!DOCTYPE project [ <!ENTITY a0 \"ha\">"); //$NON-NLS-1$
		for (int i = 1; i < 12; i++) {
			doctype.append(" <!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		Files.writeString(plan, "<?xml version=\"1.0\"?>\n" + doctype + " ]>\n<project name=\"&a11;\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		LoadProblem problem = refused(plan);
		assertTrue(problem.message().contains("cannot be read as GanttProject: document type declarations"), problem.message()); //$NON-NLS-1$
		assertEquals(2, problem.line(), problem.toString());
	}

	@Test
	void aHugeFileIsNotRead() throws Exception {
		Path plan = folder.resolve("huge.xml"); //$NON-NLS-1$
		try (RandomAccessFile file = new RandomAccessFile(plan.toFile(), "rw")) { //$NON-NLS-1$
			// sparse: the size without the disk
			file.setLength(Plans.MAX_BYTES + 1);
		}
		LoadProblem problem = refused(plan);
		assertEquals(0, problem.line());
		assertTrue(problem.message().contains("64 MB"), problem.message()); //$NON-NLS-1$
	}

	@Test
	void aFileLargerThanTheLimitAskedIsNotRead() throws Exception {
		Path plan = Path.of("../org.hyoka.roadmap.exchange.tests/plans/regenerative-medicine.xml"); //$NON-NLS-1$
		HyokaLoadException refusal = assertThrows(HyokaLoadException.class, () -> Plans.read(plan, 1 << 10));
		assertTrue(refusal.getMessage().startsWith(plan.toString() + ": "), refusal.getMessage()); //$NON-NLS-1$
	}

	@Test
	void anotherXmlFileOrAGanttProjectFileWithoutItsPartsIsRefused() throws Exception {
		Path svg = folder.resolve("figure.xml"); //$NON-NLS-1$
		Files.writeString(svg, "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>\n"); //$NON-NLS-1$
		assertTrue(refused(svg).message().contains("MS Project XML")); //$NON-NLS-1$
		Path bare = folder.resolve("bare.gan"); //$NON-NLS-1$
		Files.writeString(bare, "<?xml version=\"1.0\"?>\n<project name=\"x\"><tasks/></project>\n"); //$NON-NLS-1$
		assertTrue(refused(bare).message().contains("GanttProject")); //$NON-NLS-1$
		Path text = folder.resolve("plan.txt"); //$NON-NLS-1$
		Files.writeString(text, "not a plan"); //$NON-NLS-1$
		assertTrue(refused(text).message().contains(".gan")); //$NON-NLS-1$
	}

	/** The one problem of a refused read, which names the file. */
	private static LoadProblem refused(Path plan) {
		HyokaLoadException refusal = assertThrows(HyokaLoadException.class, () -> Plans.read(plan));
		assertEquals(1, refusal.problems().size(), refusal.getMessage());
		LoadProblem problem = refusal.problems().get(0);
		assertEquals(plan.toString(), problem.file());
		assertTrue(refusal.getMessage().startsWith(plan.toString()), refusal.getMessage());
		assertFalse(refusal.getMessage().contains("\n"), refusal.getMessage()); //$NON-NLS-1$
		return problem;
	}
}
