package org.hyoka.app.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.eclipse.ui.wizards.IWizardRegistry;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;

/**
 * Every Hyoka wizard of File &gt; New, Import and Export shows an icon in its list, from its own bundle, and an image in
 * its title area, as Eclipse's own wizards do: without them the list has a gap and the title area an empty corner.
 */
class WizardImagesTest {

	private final WorkbenchBot bot = new WorkbenchBot();

	@Test
	void hyokaWizardsHaveTheirIconAndTitleImage() {
		List<IWizardDescriptor> wizards = new ArrayList<>();
		for (IWizardRegistry registry : List.of(PlatformUI.getWorkbench().getNewWizardRegistry(),
				PlatformUI.getWorkbench().getImportWizardRegistry(), PlatformUI.getWorkbench().getExportWizardRegistry())) {
			collect(registry.getRootCategory(), wizards);
		}
		List<String> ids = wizards.stream().map(IWizardDescriptor::getId).toList();
		// the core's, the team's, the export's, the score sheets' and the roadmap's, each installed with the product
		for (String expected : List.of("org.hyoka.editor.newEvaluation", "org.hyoka.team.ui.nextEvaluation", "org.hyoka.export.ui.reportWizard",
				"org.hyoka.scoresheets.ui.importWizard", "org.hyoka.scoresheets.ui.blankSheetsWizard", "org.hyoka.roadmap.exchange.ui.importWizard",
				"org.hyoka.roadmap.exchange.ui.exportWizard")) {
			assertTrue(ids.contains(expected), expected + " among " + ids);
		}
		for (IWizardDescriptor descriptor : wizards) {
			String name = descriptor.getId();
			assertNotNull(descriptor.getImageDescriptor(), name + " has an icon");
			assertNotNull(descriptor.getImageDescriptor().getImageData(100), name + "'s icon is in its bundle");
			// made, started and asked on the display thread, as the workbench's wizard dialog does
			IWorkbenchWizard wizard = bot.syncCall(() -> create(descriptor));
			bot.syncRun(() -> wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY));
			try {
				// a banner as Eclipse's wizards have (75 x 66), not JFace's default, a strip of 140 x 20 that shows as nothing
				int height = bot.syncCall(() -> wizard.getDefaultPageImage().getBounds().height);
				assertTrue(height >= 48, name + " has a banner in its title area, not a strip " + height + " px high");
			} finally {
				bot.syncRun(wizard::dispose);
			}
		}
	}

	private static IWorkbenchWizard create(IWizardDescriptor descriptor) {
		try {
			return descriptor.createWizard();
		} catch (CoreException e) {
			throw new AssertionError(descriptor.getId() + " cannot be made: " + e.getMessage(), e);
		}
	}

	private static void collect(IWizardCategory category, List<IWizardDescriptor> into) {
		for (IWizardDescriptor wizard : category.getWizards()) {
			if (wizard.getId().startsWith("org.hyoka.")) {
				into.add(wizard);
			}
		}
		for (IWizardCategory child : category.getCategories()) {
			collect(child, into);
		}
	}
}
