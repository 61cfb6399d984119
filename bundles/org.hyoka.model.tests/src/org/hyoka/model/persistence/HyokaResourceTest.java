package org.hyoka.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Person;
import org.hyoka.model.base.Role;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.Meeting;
import org.hyoka.model.persistence.FileFormat.Version;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class HyokaResourceTest {

	private static final String ROOT_NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:hyoka=\"" + HyokaPackage.eNS_URI + "\"";
	private static final String FORMAT_1_0 = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:hyoka=\"http://www.hyoka.org/model/1.0\""
			+ " xmlns:evaluation=\"http://www.hyoka.org/model/1.0/evaluation\"";

	@TempDir
	Path dir;

	@Test
	void savesUtf8WithReferencesByIdAndReadsItBack() throws IOException {
		EvaluationReport report = sampleReport();
		Path file = dir.resolve("sample.hyoka");
		HyokaFiles.save(report, file);

		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), xml);
		assertTrue(xml.contains("nameJa=\"次世代治療・診断実現のための創薬基盤技術開発事業\""), xml);
		assertTrue(xml.contains("target=\"prj-A\""), "evaluations refer to projects by id: " + xml);
		assertFalse(xml.contains("\r"), "line ends are LF on every platform");

		EvaluationReport loaded = HyokaFiles.load(file);
		assertTrue(EcoreUtil.equals(report, loaded), "the loaded report equals the saved one");
		Evaluation evaluation = loaded.getEvaluations().get(0);
		assertSame(loaded.getProgram().getProjects().get(0), evaluation.getTarget());
		assertEquals(LocalDate.of(2022, 1, 20), loaded.getCommittee().getMeetings().get(0).getDate());
	}

	@Test
	void savingTwiceGivesTheSameBytes() throws IOException {
		Path first = dir.resolve("a.hyoka");
		Path second = dir.resolve("b.hyoka");
		HyokaFiles.save(sampleReport(), first);
		HyokaFiles.save(HyokaFiles.load(first), second);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	@Test
	void aFailedSaveLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
		Path file = dir.resolve("kept.hyoka");
		EvaluationReport report = sampleReport();
		HyokaFiles.save(report, file);
		byte[] before = Files.readAllBytes(file);

		// a reference to an object outside any resource cannot be written
		Person stranger = BaseFactory.eINSTANCE.createPerson();
		report.getCommittee().getMembers().add(EvaluationFactory.eINSTANCE.createCommitteeMember());
		report.getCommittee().getMembers().get(0).setPerson(stranger);
		report.setTitleJa("変更後");
		assertThrows(IOException.class, () -> report.eResource().save(null));

		assertArrayEquals(before, Files.readAllBytes(file));
		try (var files = Files.list(dir)) {
			assertEquals(List.of(file), files.toList());
		}
	}

	@Test
	void neverResolvesExternalEntities() throws IOException {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-4711");
		Path file = write("xxe.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<!DOCTYPE r [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<hyoka:EvaluationReport " + ROOT_NS + " titleJa=\"&leak;\"/>\n");

		HyokaLoadException e = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file));
		LoadProblem problem = e.problems().get(0);
		assertEquals(file.toString(), problem.file());
		assertEquals(2, problem.line());
		assertTrue(problem.message().contains("DOCTYPE"), problem.message());
		assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
	}

	@Test
	void refusesEntityExpansionBombs() throws IOException {
		StringBuilder doctype = new StringBuilder("<!DOCTYPE r [<!ENTITY a0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			doctype.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
		}
		doctype.append("]>");
		Path file = write("bomb.hyoka", "<?xml version=\"1.0\"?>\n" + doctype
				+ "\n<hyoka:EvaluationReport " + ROOT_NS + " titleJa=\"&a9;\"/>\n");

		HyokaLoadException e = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file));
		assertTrue(e.problems().get(0).message().contains("DOCTYPE"), e.getMessage());
	}

	@Test
	void namesLineAndColumnOfMalformedXml() throws IOException {
		Path file = write("broken.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<hyoka:EvaluationReport " + ROOT_NS + " titleJa=\"評価\">\n"
				+ "  <program nameJa=\"事業\">\n"
				+ "</hyoka:EvaluationReport>\n");

		LoadProblem problem = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file)).problems().get(0);
		assertEquals(4, problem.line(), problem.toString());
		assertTrue(problem.column() > 0, problem.toString());
		assertTrue(problem.toString().startsWith(file + ":4:"), problem.toString());
		// #48: the parser's words once, not its toString, which names the file again as a URI (platform:/resource/…)
		assertFalse(problem.message().contains("systemId") || problem.message().contains(file.getFileName() + ";"), problem.message());
		assertTrue(problem.message().startsWith("The element type \"program\" must be terminated"), problem.message());
	}

	@Test
	void namesTheLineAndColumnOfBytesThatAreNotUtf8() throws IOException {
		byte[] shiftJis = "評価".getBytes(Charset.forName("Shift_JIS"));
		byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hyoka:EvaluationReport " + ROOT_NS + "\n    titleJa=\"")
				.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = "\"/>\n".getBytes(StandardCharsets.US_ASCII);
		byte[] bytes = new byte[head.length + shiftJis.length + tail.length];
		System.arraycopy(head, 0, bytes, 0, head.length);
		System.arraycopy(shiftJis, 0, bytes, head.length, shiftJis.length);
		System.arraycopy(tail, 0, bytes, head.length + shiftJis.length, tail.length);
		Path file = dir.resolve("sjis.hyoka");
		Files.write(file, bytes);

		LoadProblem problem = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file)).problems().get(0);
		assertEquals(3, problem.line(), problem.toString());
		assertEquals(14, problem.column(), problem.toString());
		assertTrue(problem.message().contains("UTF-8"), problem.message());
	}

	@Test
	void readsOtherDeclaredEncodingsCorrectly() throws IOException {
		Path file = dir.resolve("declared-sjis.hyoka");
		Files.write(file, ("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<hyoka:EvaluationReport " + ROOT_NS
				+ " titleJa=\"技術評価報告書\"/>\n").getBytes(Charset.forName("Shift_JIS")));
		assertEquals("技術評価報告書", HyokaFiles.load(file).getTitleJa());
	}

	@Test
	void refusesFilesOfANewerFormat() throws IOException {
		Path file = write("newer.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<hyoka:EvaluationReport xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:hyoka=\"http://www.hyoka.org/model/2.0\"/>\n");

		HyokaLoadException e = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file));
		assertTrue(e.getMessage().contains("newer"), e.getMessage());
		assertTrue(e.getMessage().contains("2.0"), e.getMessage());
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
	}

	@Test
	void namesAnUnknownNamespaceAndItsLine() throws IOException {
		Path file = write("foreign.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<x:Thing xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:x=\"http://example.com/other\"/>\n");

		LoadProblem problem = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file)).problems().get(0);
		assertEquals(2, problem.line(), problem.toString());
		assertTrue(problem.message().contains("http://example.com/other"), problem.message());
	}

	/** Also in a file of format 1.0, which loads through the additive migration. */
	@ParameterizedTest
	@ValueSource(strings = { ROOT_NS, FORMAT_1_0 })
	void neverDropsAnUnknownElementSilently(String namespaces) throws IOException {
		Path file = write("unknown.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<hyoka:EvaluationReport " + namespaces + ">\n"
				+ "  <program nameJa=\"事業\"/>\n"
				+ "  <budgetSurprise amount=\"1\"/>\n"
				+ "</hyoka:EvaluationReport>\n");

		LoadProblem problem = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file)).problems().get(0);
		assertEquals(4, problem.line(), problem.toString());
		assertTrue(problem.message().contains("budgetSurprise"), problem.message());
	}

	@Test
	void namesNumbersTooLargeForTheirField() throws IOException {
		Path file = write("huge.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<hyoka:EvaluationReport " + ROOT_NS + ">\n"
				+ "  <committee>\n"
				+ "    <meetings ordinal=\"99999999999999999999\"/>\n"
				+ "  </committee>\n"
				+ "</hyoka:EvaluationReport>\n");

		LoadProblem problem = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file)).problems().get(0);
		assertEquals(4, problem.line(), problem.toString());
		assertTrue(problem.message().contains("99999999999999999999"), problem.message());
	}

	/** An id with "#" used to load, its references silently lost; one with a space failed every command obscurely. */
	@Test
	void aFileHoldingAnIdReferencesCannotCarryNamesItsLine() throws IOException {
		Path file = write("hash.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<hyoka:EvaluationReport " + ROOT_NS + " id=\"report\">\n"
				+ "  <persons id=\"発明#1\" nameJa=\"山田\"/>\n"
				+ "</hyoka:EvaluationReport>\n");
		LoadProblem problem = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file)).problems().get(0);
		assertEquals(3, problem.line(), problem.toString());
		assertTrue(problem.message().contains("発明#1") && problem.message().contains("\"#\""), problem.message());
		assertFalse(problem.message().contains(", 3, "), "the place is said once, by the problem: " + problem.message());
	}

	@Test
	void aBrokenReferenceIsExplained() throws IOException {
		Path file = write("broken.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<hyoka:EvaluationReport " + ROOT_NS + " id=\"report\">\n"
				+ "  <committee><members person=\"inv x\"/></committee>\n"
				+ "</hyoka:EvaluationReport>\n");
		LoadProblem problem = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file)).problems().get(0);
		assertEquals(3, problem.line(), problem.toString());
		assertTrue(problem.message().contains("names no object") && problem.message().contains("text editor"), problem.message());
	}

	/** A file whose only fault is a reference naming nothing keeps what it read, for a read-only look (#48). */
	@Test
	void aFileWithBrokenReferencesKeepsItsObjectsForReading() throws IOException {
		Path file = write("broken.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<hyoka:EvaluationReport " + ROOT_NS + " id=\"report\">\n"
				+ "  <persons id=\"p-1\" nameJa=\"山田\"/>\n"
				+ "  <committee><members person=\"gone-1\"/><members person=\"p-1\"/>\n"
				+ "    <members person=\"gone-2\"/><members person=\"gone-3\"/></committee>\n"
				+ "</hyoka:EvaluationReport>\n");
		Resource resource = HyokaFiles.newResourceSet().createResource(HyokaFiles.uri(file));
		BrokenReferencesException broken = assertThrows(BrokenReferencesException.class, () -> resource.load(Map.of()));
		assertEquals(List.of(4, 5, 5), broken.problems().stream().map(LoadProblem::line).toList(), broken.getMessage());
		// the advice once, then the other places, each once
		assertTrue(broken.getMessage().contains("\"gone-1\""), broken.getMessage());
		assertTrue(broken.getMessage().endsWith("The same holds for the references at lines 5."), broken.getMessage());
		assertEquals(1, broken.getMessage().split("text editor", -1).length - 1, broken.getMessage());
		EvaluationReport report = (EvaluationReport) resource.getContents().get(0);
		assertEquals(4, report.getCommittee().getMembers().size());
		assertEquals(null, report.getCommittee().getMembers().get(0).getPerson());
		assertEquals("山田", report.getCommittee().getMembers().get(1).getPerson().getNameJa());
	}

	/** Any other fault leaves nothing to show: only broken references are offered read-only. */
	@Test
	void aFileWithBrokenReferencesAndAnotherFaultIsNoBrokenReferencesFile() throws IOException {
		Path file = write("broken-and-bad.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<hyoka:EvaluationReport " + ROOT_NS + " id=\"report\">\n"
				+ "  <committee><members person=\"inv x\"/><meetings ordinal=\"many\"/></committee>\n"
				+ "</hyoka:EvaluationReport>\n");
		HyokaLoadException failure = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file));
		assertFalse(failure instanceof BrokenReferencesException, failure.getMessage());
	}

	@Test
	void keepsNegativeNumbersForTheValidatorToReport() throws IOException {
		Path file = write("negative.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<hyoka:EvaluationReport " + ROOT_NS + ">\n"
				+ "  <committee><meetings ordinal=\"-3\"/></committee>\n"
				+ "</hyoka:EvaluationReport>\n");
		Meeting meeting = HyokaFiles.load(file).getCommittee().getMeetings().get(0);
		assertEquals(-3, meeting.getOrdinal());
	}

	@Test
	void opensFormat1_0FilesAsTheyAre() throws IOException {
		Path file = write("format-1.0.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<hyoka:EvaluationReport " + FORMAT_1_0 + " titleJa=\"技術評価報告書\">\n"
				+ "  <evaluations xsi:type=\"evaluation:Evaluation\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" type=\"INTERIM\"/>\n"
				+ "</hyoka:EvaluationReport>\n");

		Resource resource = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(file), true);
		EvaluationReport report = (EvaluationReport) resource.getContents().get(0);
		assertEquals("技術評価報告書", report.getTitleJa());
		assertEquals(EvaluationType.INTERIM, report.getEvaluations().get(0).getType());
		assertEquals(new Version(1, 0), ((HyokaResource) resource).migratedFrom().orElseThrow());
	}

	/**
	 * Format 1.3 wrote an evaluation's type only when it was not 事前評価 (the first literal) and tied no revision to its
	 * target: such a file keeps its 事前評価 and finds the revised target by the revision's new value. In 1.4 a missing
	 * type is a type the report never stated, and a type chosen is written even when it is the first literal.
	 */
	@Test
	void format1_3ReadsAMissingTypeAsTheFirstLiteralAndTiesRevisionsToTheirTarget() throws IOException {
		String body = " titleJa=\"技術評価報告書\">\n"
				+ "  <program id=\"prg\">\n"
				+ "    <outcomeIndicators id=\"ind-B\" nameJa=\"利用件数\" unit=\"件\">\n"
				+ "      <targets kind=\"OUTCOME\" fiscalYear=\"2020\" targetValue=\"10\"/>\n"
				+ "      <targets kind=\"OUTCOME\" fiscalYear=\"2025\" targetValue=\"220\"/>\n"
				+ "      <revisions oldValue=\"30\" newValue=\"220\" decidedFY=\"2020\"/>\n"
				+ "      <revisions oldValue=\"7\" newValue=\"8\"/>\n"
				+ "    </outcomeIndicators>\n"
				+ "  </program>\n"
				+ "  <evaluations id=\"eval-prg\" target=\"prg\" fiscalYear=\"2021\"/>\n"
				+ "</hyoka:EvaluationReport>\n";
		Path older = write("format-1.3.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hyoka:EvaluationReport "
				+ ROOT_NS.replace(HyokaPackage.eNS_URI, "http://www.hyoka.org/model/1.3") + body);
		Resource resource = migrated(older, new Version(1, 3));
		EvaluationReport report = (EvaluationReport) resource.getContents().get(0);
		Evaluation evaluation = report.getEvaluations().get(0);
		assertTrue(evaluation.isSetType());
		assertEquals(EvaluationType.EX_ANTE, evaluation.getType());
		var indicator = report.getProgram().getOutcomeIndicators().get(0);
		assertSame(indicator.getTargets().get(1), indicator.getRevisions().get(0).getTarget(), "220 is the 2025 target's value");
		assertEquals("ind-B-2025", indicator.getTargets().get(1).getId(), "references are written as ids");
		assertEquals(null, indicator.getRevisions().get(1).getTarget(), "no target of 8");
		resource.save(null);
		String saved = Files.readString(older, StandardCharsets.UTF_8);
		assertTrue(saved.contains("type=\"EX_ANTE\"") && saved.contains("target=\"ind-B-2025\""), saved);

		Path current = write("format-1.4.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hyoka:EvaluationReport " + ROOT_NS + body);
		EvaluationReport unstated = HyokaFiles.load(current);
		assertFalse(unstated.getEvaluations().get(0).isSetType(), "a type the report never stated");
		assertEquals(null, unstated.getProgram().getOutcomeIndicators().get(0).getRevisions().get(0).getTarget());
	}

	/**
	 * Format 1.4 wrote a leader's role, a member's role, a comment's polarity and the other enums 1.5 made unsettable
	 * only when they were not the first literal: such a file keeps its PD and 委員. In 1.5 a missing one is unstated.
	 */
	@Test
	void format1_4ReadsAMissingRoleOrPolarityAsTheFirstLiteral() throws IOException {
		String body = " titleJa=\"技術評価報告書\">\n"
				+ "  <program id=\"prg\">\n"
				+ "    <leaders positionText=\"PD\"/>\n"
				+ "  </program>\n"
				+ "  <evaluations id=\"eval-prg\" target=\"prg\">\n"
				+ "    <comments id=\"c-1\" text=\"意義は高い。\"/>\n"
				+ "  </evaluations>\n"
				+ "</hyoka:EvaluationReport>\n";
		Path older = write("format-1.4.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hyoka:EvaluationReport "
				+ ROOT_NS.replace(HyokaPackage.eNS_URI, "http://www.hyoka.org/model/1.4") + body);
		Resource resource = migrated(older, new Version(1, 4));
		EvaluationReport report = (EvaluationReport) resource.getContents().get(0);
		assertTrue(report.getProgram().getLeaders().get(0).isSetRole());
		assertEquals(Role.PD, report.getProgram().getLeaders().get(0).getRole());
		assertTrue(report.getEvaluations().get(0).getComments().get(0).isSetPolarity());
		assertEquals(CommentPolarity.POSITIVE, report.getEvaluations().get(0).getComments().get(0).getPolarity());
		resource.save(null);
		String saved = Files.readString(older, StandardCharsets.UTF_8);
		assertTrue(saved.contains("role=\"PD\"") && saved.contains("polarity=\"POSITIVE\""), saved);

		Path current = write("format-1.5.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hyoka:EvaluationReport " + ROOT_NS + body);
		EvaluationReport unstated = HyokaFiles.load(current);
		assertFalse(unstated.getProgram().getLeaders().get(0).isSetRole(), "a role the report never stated");
		assertFalse(unstated.getEvaluations().get(0).getComments().get(0).isSetPolarity(), "a comment without ○ or ●");
	}

	/** The file loaded, after the migration from its version. */
	private static Resource migrated(Path file, Version version) {
		Resource resource = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(file), true);
		assertEquals(version, ((HyokaResource) resource).migratedFrom().orElseThrow());
		return resource;
	}

	@Test
	void upgradesOlderFormatsThroughARegisteredMigration() throws IOException {
		Path file = write("old.hyoka", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<hyoka:EvaluationReport xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:hyoka=\"http://www.hyoka.org/model/0.9\""
				+ " titleJa=\"旧形式\">\n"
				+ "  <persons id=\"p1\" name=\"久保庭 均\"/>\n"
				+ "</hyoka:EvaluationReport>\n");
		ModelMigration renameName = new ModelMigration() {
			@Override
			public Version from() {
				return new Version(0, 9);
			}

			@Override
			public void migrate(EObject root, Map<EObject, AnyType> unknownContent) {
				unknownContent.forEach((object, extension) -> extension.getAnyAttribute().stream()
						.filter(entry -> entry.getEStructuralFeature().getName().equals("name"))
						.forEach(entry -> ((Person) object).setNameJa((String) entry.getValue())));
			}
		};

		Resource resource = HyokaFiles.newResourceSet().createResource(HyokaFiles.uri(file));
		resource.load(Map.of(HyokaResource.OPTION_MIGRATIONS, List.of(renameName)));
		EvaluationReport report = (EvaluationReport) resource.getContents().get(0);
		assertEquals("旧形式", report.getTitleJa());
		assertEquals("久保庭 均", report.getPersons().get(0).getNameJa());
		assertEquals(new Version(0, 9), ((HyokaResource) resource).migratedFrom().orElseThrow());

		HyokaLoadException withoutMigration = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file));
		assertTrue(withoutMigration.getMessage().contains("0.9"), withoutMigration.getMessage());
	}

	private Path write(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private static EvaluationReport sampleReport() {
		EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
		report.setId("report");
		report.setTitleJa("技術評価報告書");
		Program program = ProgramFactory.eINSTANCE.createProgram();
		program.setId("program");
		program.setNameJa("次世代治療・診断実現のための創薬基盤技術開発事業");
		report.setProgram(program);
		Project project = ProgramFactory.eINSTANCE.createProject();
		project.setId("prj-A");
		project.setLetterCode("A");
		project.setNameJa("糖鎖利用による革新的創薬技術開発");
		program.getProjects().add(project);
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
		evaluation.setId("eval-A");
		evaluation.setTarget(project);
		evaluation.setType(EvaluationType.FINAL);
		report.getEvaluations().add(evaluation);
		report.setCommittee(EvaluationFactory.eINSTANCE.createEvaluationCommittee());
		Meeting meeting = EvaluationFactory.eINSTANCE.createMeeting();
		meeting.setOrdinal(1);
		meeting.setDate(LocalDate.of(2022, 1, 20));
		report.getCommittee().getMeetings().add(meeting);
		return report;
	}
}
