package org.hyoka.roadmap.ui.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Shell;
import org.hyoka.roadmap.Timeline;

/**
 * The Roadmap view's canvas on a timeline, in a shell of its own, painted into an off-screen image by the canvas's
 * own paint code (layout of the rows in view, shapes, selection band, tree triangles): what {@code benchmark.sh
 * --paint} times. It lives in this bundle, beside the canvas, rather than in the benchmark module: a class of this
 * package in another jar breaks the package's signature when the build signs the bundles.
 */
public final class OffscreenCanvas implements AutoCloseable {

	private final Shell shell;
	private final RoadmapCanvas canvas;
	private final Image image;
	private final GC gc;

	/**
	 * A canvas of {@code width} × {@code height} pixels on the timeline, scrolled to the middle of its rows and years,
	 * with the middle row's object selected, as a user looking at a large roadmap has it.
	 */
	public OffscreenCanvas(Display display, Timeline timeline, int width, int height) {
		shell = new Shell(display);
		canvas = new RoadmapCanvas(shell);
		canvas.setBounds(0, 0, width, height);
		shell.setSize(width, height);
		canvas.setTimeline(timeline);
		// the canvas lays the rows out on its layout thread and takes the layout on this one
		while (!canvas.laidOut()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		EObject middle = timeline.rows().get(timeline.rows().size() / 2).source();
		if (middle != null) {
			canvas.reveal(middle);
		}
		middle(canvas.getVerticalBar());
		middle(canvas.getHorizontalBar());
		image = new Image(display, width, height);
		gc = new GC(image);
	}

	private static void middle(ScrollBar bar) {
		bar.setSelection((bar.getMaximum() - bar.getThumb()) / 2);
	}

	/** Paints what the view shows into the image. */
	public void paint() {
		canvas.paint(gc);
	}

	/** The index of the first row painted last. */
	public int firstRowPainted() {
		return canvas.lastScene().firstRow();
	}

	/** What was painted last. */
	public ImageData imageData() {
		return image.getImageData();
	}

	@Override
	public void close() {
		gc.dispose();
		image.dispose();
		shell.dispose();
	}
}
