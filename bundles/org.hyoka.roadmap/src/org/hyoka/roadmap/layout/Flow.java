package org.hyoka.roadmap.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets a title and then entries of a sample and its words in lines over a width, as words flow, for the strips under
 * a figure's rows (the {@link Legend}, the {@link UndatedList}): an entry that would cross the right edge starts a
 * new line under the first entry of the line above. A group of entries starts a line, with its words first.
 */
final class Flow {

	static final double LINE_HEIGHT = 18;
	static final double PAD = 4;
	static final double TEXT_SIZE = 10;
	static final double SAMPLE_WIDTH = 18;
	private static final double GAP = 14;

	/** Makes an entry's sample with its left edge at {@code x}, centred on the height {@code middle}. */
	interface Sample {
		Shape at(double x, double middle);
	}

	private final List<Shape> shapes = new ArrayList<>();
	private final double top;
	private final double width;
	private final double start;
	private double x;
	private double y;

	Flow(String title, double top, double width) {
		this.top = top;
		this.width = width;
		shapes.add(new Shape.Text(PAD, top + 13, title, TEXT_SIZE + 1, false, Style.LEGEND_TEXT, null));
		start = PAD + RoadmapLayout.widthOf(title, TEXT_SIZE + 1) + GAP;
		x = start;
		y = top;
	}

	/** Starts a group of entries on a line of its own, with its words before them. */
	void group(String text) {
		if (x > start) {
			x = start;
			y += LINE_HEIGHT;
		}
		shapes.add(new Shape.Text(x, y + 13, text, TEXT_SIZE, false, Style.MINOR_TEXT, text));
		x += RoadmapLayout.widthOf(text, TEXT_SIZE) + GAP;
	}

	/** Adds an entry after the last one, on a new line if it does not fit; returns where it went as {x, y, width}. */
	double[] add(Sample sample, String text, String tip) {
		double entryWidth = SAMPLE_WIDTH + PAD + RoadmapLayout.widthOf(text, TEXT_SIZE);
		if (x > start && x + entryWidth > width - PAD) {
			x = start;
			y += LINE_HEIGHT;
		}
		shapes.add(sample.at(x, y + LINE_HEIGHT / 2));
		shapes.add(new Shape.Text(x + SAMPLE_WIDTH + PAD, y + 13, text, TEXT_SIZE, false, Style.LEGEND_TEXT, tip));
		double[] placed = { x, y, entryWidth };
		x += entryWidth + GAP;
		return placed;
	}

	List<Shape> shapes() {
		return List.copyOf(shapes);
	}

	/** From the top to below the last line. */
	double height() {
		return y + LINE_HEIGHT + PAD - top;
	}
}
