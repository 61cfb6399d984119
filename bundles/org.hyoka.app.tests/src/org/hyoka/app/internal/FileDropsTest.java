package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.app.internal.FileDrops.FileDrop;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** The registry of files dropped on the window: by extension, without regard to case; a bad contribution is named. */
class FileDropsTest {

	private static final String PARTNER = "com.example.partner";

	@Test
	void anExtensionGoesToTheFirstImportThatTakesItAndABadContributionIsNamed() throws IOException {
		FileDrops drops = FileDrops.read(registryWithPartner("""
				<?xml version="1.0" encoding="UTF-8"?>
				<plugin>
				   <extension point="org.hyoka.app.fileDrops">
				      <file extension="XLSX" importWizard="com.example.sheets"/>
				      <file extension="xlsx" importWizard="com.example.other"/>
				      <file importWizard="com.example.noExtension"/>
				      <file extension="ics"/>
				   </extension>
				</plugin>
				"""));
		assertEquals(List.of(new FileDrop("xlsx", "com.example.sheets", PARTNER)), drops.accepted());
		assertEquals("com.example.sheets", drops.of(Path.of("/tmp/評点票_山田太郎.Xlsx")).orElseThrow().importWizard());
		assertTrue(drops.of(Path.of("/tmp/notes.txt")).isEmpty());
		assertTrue(drops.of(Path.of("/tmp/xlsx")).isEmpty(), "a name without the dot is not the extension");
		List<String> problems = FileDropsTest.problems(drops);
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.stream().allMatch(problem -> problem.contains(PARTNER)), problems.toString());
		assertTrue(problems.get(0).contains("another contribution uses the same id"), problems.get(0));
		assertTrue(problems.get(1).contains("\"extension\""), problems.get(1));
		assertTrue(problems.get(2).contains("\"importWizard\""), problems.get(2));
	}

	private static List<String> problems(FileDrops drops) {
		return drops.problems().stream().map(IStatus::getMessage).toList();
	}

	/** org.hyoka.app's plugin.xml, which declares the point, and a partner's contributions, outside the platform's registry. */
	private static IExtensionRegistry registryWithPartner(String partnerXml) throws IOException {
		Object key = new Object();
		IExtensionRegistry registry = RegistryFactory.createRegistry(null, key, null);
		try (InputStream app = FrameworkUtil.getBundle(FileDrops.class).getEntry("plugin.xml").openStream();
				InputStream partner = new ByteArrayInputStream(partnerXml.getBytes(StandardCharsets.UTF_8))) {
			assertTrue(registry.addContribution(app, ContributorFactorySimple.createContributor(StartActions.PLUGIN_ID), false,
					StartActions.PLUGIN_ID, null, key));
			assertTrue(registry.addContribution(partner, ContributorFactorySimple.createContributor(PARTNER), false, PARTNER, null, key));
		}
		return registry;
	}
}
