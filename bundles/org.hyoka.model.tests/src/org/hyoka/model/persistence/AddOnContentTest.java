package org.hyoka.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.model.AddOnReference;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.program.ProgramPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content of add-ons lives in the extensions slots; a file whose add-on is missing opens and saves it unchanged. */
class AddOnContentTest {

	private static final String ADD_ON = "http://example.org/tracking/1.0";
	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<hyoka:EvaluationReport xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:hyoka=\"" + HyokaPackage.eNS_URI + "\""
			+ " xmlns:program=\"" + ProgramPackage.eNS_URI + "\" xmlns:tr=\"" + ADD_ON + "\" id=\"report\">\n";
	private static final String ORGANIZATION = "  <organizations id=\"org-1\" nameJa=\"大阪大学\"/>\n";
	private static final String TRACKED = "    <extensions xsi:type=\"tr:Invention\" title=\"糖鎖 &lt;新規>\" owners=\"org-1\">\n"
			+ "      <filings number=\"2021-012345\" country=\"JP\"/>\n"
			+ "    </extensions>\n";
	private static final String PROGRAM = "  <program xsi:type=\"program:Program\" id=\"program\" nameJa=\"事業\">\n" + TRACKED + "  </program>\n";
	private static final String ADD_ONS = "  <addOns namespace=\"" + ADD_ON + "\" feature=\"org.example.tracking.feature\" featureName=\"Invention tracking\"/>\n";
	private static final String TAIL = "</hyoka:EvaluationReport>\n";

	@TempDir
	Path dir;

	@Test
	void keepsTheContentOfAnAddOnThatIsNotInstalledAndNamesItsFeature() throws IOException {
		Path file = write("tracked.hyoka", HEAD + ORGANIZATION + PROGRAM + ADD_ONS + TAIL);
		Resource resource = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(file), true);
		EvaluationReport report = (EvaluationReport) resource.getContents().get(0);

		List<AddOnContent.Missing> missing = AddOnContent.missing(resource);
		assertEquals(1, missing.size(), missing.toString());
		assertSame(report.getProgram(), missing.get(0).owner());
		assertEquals(ADD_ON, missing.get(0).namespace());
		assertEquals("Invention", missing.get(0).type());
		assertEquals("Invention tracking", missing.get(0).featureLabel());
		assertTrue(report.getProgram().getExtensions().isEmpty(), "unknown content is not model content");

		report.getProgram().setNameJa("事業（改）");
		Path saved = dir.resolve("saved.hyoka");
		resource.setURI(HyokaFiles.uri(saved));
		resource.save(null);
		String xml = Files.readString(saved, StandardCharsets.UTF_8);
		assertTrue(xml.contains("xmlns:tr=\"" + ADD_ON + "\""), xml);
		assertTrue(xml.contains(TRACKED), "the add-on's content is written back as it was read:\n" + xml);
		assertTrue(xml.contains(ADD_ONS), xml);
		assertTrue(xml.contains("nameJa=\"事業（改）\""), xml);
		assertEquals(1, AddOnContent.missing(HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(saved), true)).size());
	}

	@Test
	void aFileWithoutTheListOfAddOnsStillNamesTheNamespace() throws IOException {
		Path file = write("unlisted.hyoka", HEAD + ORGANIZATION + PROGRAM + TAIL);
		Resource resource = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(file), true);
		assertEquals(ADD_ON, AddOnContent.missing(resource).get(0).featureLabel());

		resource.save(null);
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("<addOns namespace=\"" + ADD_ON + "\"/>"), "saving records the add-on in use:\n" + xml);
	}

	@Test
	void anUnknownPackageOutsideTheSlotsIsAnErrorAtItsLine() throws IOException {
		Path file = write("misplaced.hyoka", HEAD + ORGANIZATION
				+ "  <persons xsi:type=\"tr:Inventor\" id=\"p-1\"/>\n" + TAIL);
		LoadProblem problem = assertThrows(HyokaLoadException.class, () -> HyokaFiles.load(file)).problems().get(0);
		assertEquals(4, problem.line(), problem.toString());
		assertTrue(problem.message().contains(ADD_ON), problem.message());
	}

	@Test
	void anInstalledAddOnsContentIsModelContentAndItsFeatureIsRecorded() throws IOException {
		EPackage tracking = trackingPackage();
		EPackage.Registry.INSTANCE.put(ADD_ON, tracking);
		try {
			Path file = write("installed.hyoka", HEAD + ORGANIZATION + PROGRAM + TAIL);
			Resource resource = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(file), true);
			EvaluationReport report = (EvaluationReport) resource.getContents().get(0);
			assertEquals(List.of(), AddOnContent.missing(resource));
			EObject invention = report.getProgram().getExtensions().get(0);
			assertSame(tracking.getEClassifier("Invention"), invention.eClass());
			assertEquals("糖鎖 <新規>", invention.eGet(invention.eClass().getEStructuralFeature("title")));

			report.getProgram().getExtensions().clear();
			report.getExtensions().add(EcoreUtil.create((EClass) tracking.getEClassifier("Invention")));
			resource.save(null);
			AddOnReference addOn = report.getAddOns().get(0);
			assertEquals(List.of(ADD_ON, "org.example.tracking.feature", "Invention tracking"),
					List.of(addOn.getNamespace(), addOn.getFeature(), addOn.getFeatureName()));
			report.getExtensions().clear();
			resource.save(null);
			assertEquals(List.of(), report.getAddOns(), "an add-on no longer used is no longer listed");
			assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains(ADD_ON));
		} finally {
			EPackage.Registry.INSTANCE.remove(ADD_ON);
		}
	}

	@Test
	void aSaveKeepsTheListOfAddOnsAsWrittenUntilAnAddOnComesOrGoes() throws IOException {
		// the sample lists IP before the roadmap, which its program uses first
		Path file = Files.copy(Path.of("../org.hyoka.samples/samples/saisei-iryo-2022.hyoka"), dir.resolve("sample.hyoka"));
		List<String> listed = addOnLines(file);
		assertEquals(2, listed.size(), listed.toString());
		Resource resource = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(file), true);
		EvaluationReport report = (EvaluationReport) resource.getContents().get(0);
		List<AddOnReference> references = List.copyOf(report.getAddOns());

		report.setTitleJa("技術評価報告書（改訂）");
		resource.save(null);
		report.getProgram().setNameJa("事業（改）");
		resource.save(null);
		assertEquals(listed, addOnLines(file), "a save that changes no add-on leaves their list as it was");
		assertEquals(references, report.getAddOns(), "the same objects, not copies");

		EPackage tracking = trackingPackage();
		EPackage.Registry.INSTANCE.put(ADD_ON, tracking);
		try {
			report.getExtensions().add(EcoreUtil.create((EClass) tracking.getEClassifier("Invention")));
			resource.save(null);
			List<String> gained = addOnLines(file);
			assertEquals(listed, gained.subList(0, 2), "an add-on newly in use follows the ones listed");
			assertEquals(ADD_ONS.strip(), gained.get(2).strip());
			report.getExtensions().clear();
			resource.save(null);
			assertEquals(listed, addOnLines(file), "an add-on no longer used leaves the others as they were");
		} finally {
			EPackage.Registry.INSTANCE.remove(ADD_ON);
		}
	}

	private static List<String> addOnLines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> line.contains("<addOns ")).toList();
	}

	/** A small add-on package like the ones add-on bundles generate, named by the annotation. */
	private static EPackage trackingPackage() {
		EcoreFactory ecore = EcoreFactory.eINSTANCE;
		EPackage tracking = ecore.createEPackage();
		tracking.setName("tracking");
		tracking.setNsURI(ADD_ON);
		tracking.setNsPrefix("tr");
		var annotation = ecore.createEAnnotation();
		annotation.setSource(AddOnContent.ANNOTATION);
		annotation.getDetails().put("feature", "org.example.tracking.feature");
		annotation.getDetails().put("featureName", "Invention tracking");
		tracking.getEAnnotations().add(annotation);
		EClass filing = ecore.createEClass();
		filing.setName("Filing");
		filing.getEStructuralFeatures().add(attribute("number"));
		filing.getEStructuralFeatures().add(attribute("country"));
		EClass invention = ecore.createEClass();
		invention.setName("Invention");
		invention.getEStructuralFeatures().add(attribute("title"));
		var owners = ecore.createEReference();
		owners.setName("owners");
		owners.setUpperBound(-1);
		owners.setEType(org.hyoka.model.base.BasePackage.Literals.ORGANIZATION);
		invention.getEStructuralFeatures().add(owners);
		var filings = ecore.createEReference();
		filings.setName("filings");
		filings.setUpperBound(-1);
		filings.setContainment(true);
		filings.setEType(filing);
		invention.getEStructuralFeatures().add(filings);
		tracking.getEClassifiers().add(filing);
		tracking.getEClassifiers().add(invention);
		return tracking;
	}

	private static EAttribute attribute(String name) {
		EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		attribute.setEType(EcorePackage.Literals.ESTRING);
		return attribute;
	}

	private Path write(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}
}
