package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;

/** The first window's tabs drawn from PNG icons, so that it does not start the SVG renderer. */
class RasterViewIconsTest {

	private static final String VIEWS = "platform:/plugin/org.eclipse.ui.views/icons/full/eview16/"; //$NON-NLS-1$

	@Test
	void anSvgIconWithAPngBesideItTakesThePng() {
		assertEquals(Optional.of(VIEWS + "prop_ps.png"), RasterViewIcons.png(VIEWS + "prop_ps.svg"));
		assertEquals(Optional.of("platform:/plugin/org.eclipse.ui.views/$nl$/icons/full/eview16/prop_ps.png"),
				RasterViewIcons.png("platform:/plugin/org.eclipse.ui.views/$nl$/icons/full/eview16/prop_ps.svg"));
	}

	@Test
	void otherIconsStayAsTheyAre() {
		assertEquals(Optional.empty(), RasterViewIcons.png(VIEWS + "no_such_icon.svg"), "no PNG beside it");
		assertEquals(Optional.empty(), RasterViewIcons.png("platform:/plugin/org.hyoka.no.such.bundle/icon.svg"));
		assertEquals(Optional.empty(), RasterViewIcons.png(VIEWS + "prop_ps.png"));
		assertEquals(Optional.empty(), RasterViewIcons.png("bundleclass://org.eclipse.ui.views/icon.svg"));
		assertEquals(Optional.empty(), RasterViewIcons.png(null));
	}

	@Test
	void theWindowsViewsShowPngIcons() {
		WorkbenchBot bot = new WorkbenchBot();
		List<String> icons = bot.syncCall(() -> {
			MApplication application = PlatformUI.getWorkbench().getService(MApplication.class);
			return PlatformUI.getWorkbench().getService(EModelService.class).findElements(application, null, MPart.class)
					.stream().filter(part -> part.getIconURI() != null).map(part -> part.getElementId() + " " + part.getIconURI())
					.toList();
		});
		assertTrue(icons.stream().anyMatch(icon -> icon.startsWith(IPageLayout.ID_PROP_SHEET + " ") && icon.endsWith("prop_ps.png")),
				"Properties: " + icons);
		assertTrue(icons.stream().noneMatch(icon -> icon.endsWith(".svg")), "no view draws its tab from an SVG: " + icons);
	}
}
