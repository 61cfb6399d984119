package org.hyoka.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.swt.widgets.Display;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.RowKind;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.ui.internal.OffscreenCanvas;

/**
 * Painting the Roadmap view (issue 14): the view's canvas, 1,200 × 700 pixels, scrolled to the middle of timelines of
 * 1,000, 10,000 and 100,000 rows (a program, its projects, their research items; ten marks a row) with the middle row
 * selected, paints what it shows into an off-screen image with its own paint code. The goals: a median paint within
 * a frame (16 ms), and 100,000 rows within 1.2 × the time of 1,000. Needs a display (benchmark.sh runs it under
 * xvfb-run). Not JMH: SWT wants every call on the thread that made the display, which JMH's worker threads are not
 * bound to; a paint is long enough (milliseconds) for {@link System#nanoTime()}.
 */
final class RoadmapPaintBenchmark {

	static final int[] SIZES = { 1000, 10000, 100000 };
	static final int WIDTH = 1200;
	static final int HEIGHT = 700;
	/** A project every ten rows, with nine research items under it. */
	private static final int PROJECT_EVERY = 10;

	private RoadmapPaintBenchmark() {
	}

	/** A program, then projects each followed by nine research items: {@code count} rows with ten marks each. */
	static Timeline timeline(int count) {
		Timeline flat = RoadmapLayoutBenchmark.timeline(count);
		List<Row> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Row row = flat.rows().get(i);
			RowKind kind = i == 0 ? RowKind.PROGRAM : i % PROJECT_EVERY == 1 ? RowKind.PROJECT : RowKind.RESEARCH_ITEM;
			int depth = i == 0 ? 0 : i % PROJECT_EVERY == 1 ? 1 : 2;
			// a model object per row, as the view's rows have, for the selection and collapsed rows to refer to
			rows.add(new Row(kind, depth, row.label(), EcoreFactory.eINSTANCE.createEObject(), row.marks()));
		}
		return new Timeline(flat.title(), rows, flat.firstYear(), flat.lastYear(), flat.statusYear());
	}

	/**
	 * Paints each size in turn, round after round, so that a change of the machine's load touches every size alike:
	 * warm-up rounds, then measured ones. Reports min, median and max per size and the ratios of the medians.
	 */
	static String report(boolean quick) {
		int warmUp = quick ? 2 : 300;
		int measured = quick ? 5 : 1000;
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Display display = new Display();
		long[][] nanos = new long[SIZES.length][measured];
		List<OffscreenCanvas> canvases = new ArrayList<>();
		try {
			for (int size : SIZES) {
				canvases.add(new OffscreenCanvas(display, timeline(size), WIDTH, HEIGHT));
			}
			for (int round = 0; round < warmUp + measured; round++) {
				for (int s = 0; s < SIZES.length; s++) {
					long start = System.nanoTime();
					canvases.get(s).paint();
					long took = System.nanoTime() - start;
					if (round >= warmUp) {
						nanos[s][round - warmUp] = took;
					}
				}
			}
			for (int s = 0; s < SIZES.length; s++) {
				if (canvases.get(s).firstRowPainted() < SIZES[s] / 2 - HEIGHT / 28) {
					throw new IllegalStateException("The canvas of " + SIZES[s] + " rows did not paint its middle rows"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		} finally {
			canvases.forEach(OffscreenCanvas::close);
			display.dispose();
		}
		double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return format(nanos, warmUp, loadBefore, loadAfter);
	}

	static String format(long[][] nanos, int warmUp, double loadBefore, double loadAfter) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "# Roadmap paint: the view's %d × %d pixels, 10 marks a row%n%n", WIDTH, HEIGHT)); //$NON-NLS-1$
		out.append(String.format(Locale.ROOT, "%d warm-up and %d measured paints of each size, in turn; %d processors, %s %s, Java %s, load average %.1f → %.1f%n%n", //$NON-NLS-1$
				warmUp, nanos[0].length, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"), //$NON-NLS-1$ //$NON-NLS-2$
				System.getProperty("java.version"), loadBefore, loadAfter)); //$NON-NLS-1$
		out.append("| rows | min | median | max | goal |\n|---:|---:|---:|---:|---|\n"); //$NON-NLS-1$
		double[] medians = new double[SIZES.length];
		for (int s = 0; s < SIZES.length; s++) {
			long[] sorted = nanos[s].clone();
			Arrays.sort(sorted);
			medians[s] = median(sorted);
			out.append(String.format(Locale.ROOT, "| %,d | %.2f ms | %.2f ms | %.2f ms | median ≤ 16 ms |%n", SIZES[s], sorted[0] / 1e6, //$NON-NLS-1$
					medians[s] / 1e6, sorted[sorted.length - 1] / 1e6));
		}
		out.append(String.format(Locale.ROOT, "%npaint ratio 10,000 / 1,000 rows: %.2f%n", medians[1] / medians[0])); //$NON-NLS-1$
		out.append(String.format(Locale.ROOT, "paint ratio 100,000 / 1,000 rows: %.2f (goal ≤ 1.2)%n", medians[2] / medians[0])); //$NON-NLS-1$
		return out.toString();
	}

	private static double median(long[] sorted) {
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
	}
}
