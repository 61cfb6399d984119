package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Project Explorer's problem overlays drawn from the platform's PNGs, so that they do not start the SVG renderer. */
class IdeImagesTest {

	private final WorkbenchBot bot = new WorkbenchBot();

	@ParameterizedTest
	@CsvSource({ ISharedImages.IMG_DEC_FIELD_ERROR + ", ovr16/error_ovr", ISharedImages.IMG_DEC_FIELD_WARNING + ", ovr16/warning_ovr" })
	void theProblemOverlaysAreThePngs(String sharedImage, String icon) {
		bot.syncRun(() -> {
			ImageDescriptor shared = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(sharedImage);
			for (int zoom : new int[] { 100, 200 }) {
				ImageData png = icon(icon + ".png").getImageData(zoom); //$NON-NLS-1$
				ImageData drawn = shared.getImageData(zoom);
				assertEquals(png.width, drawn.width, sharedImage + " at " + zoom); //$NON-NLS-1$
				assertArrayEquals(png.data, drawn.data, sharedImage + " at " + zoom); //$NON-NLS-1$
				assertArrayEquals(png.alphaData, drawn.alphaData, sharedImage + " at " + zoom); //$NON-NLS-1$
			}
			// the platform's own declaration draws something else, so the comparison above tells the two apart
			ImageData svg = icon(icon + ".svg").getImageData(100); //$NON-NLS-1$
			ImageData png = icon(icon + ".png").getImageData(100); //$NON-NLS-1$
			assertFalse(Arrays.equals(svg.data, png.data) && Arrays.equals(svg.alphaData, png.alphaData), sharedImage);
		});
	}

	private static ImageDescriptor icon(String file) {
		return ResourceLocator.imageDescriptorFromBundle("org.eclipse.ui", "$nl$/icons/full/" + file).orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
