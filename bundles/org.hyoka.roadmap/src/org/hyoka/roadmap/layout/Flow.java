package org.hyoka.roadmap.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets a title and then entries of a sample and its words in lines over a width, as words flow, for the strips under
 * a figure's rows (the {@link Legend}, the {@link UndatedList}): an entry that would cross the right edge starts a
 * new line under the first entry of the line above. A group of entries starts a line, with its words first.
 * <p>
 * Words are measured by an estimate ({@link RoadmapLayout#fit}) and given a fifth more room than it says, because the
 * fonts that draw them (a view's at whole points, a PDF's, a browser's) run wider than the estimate by up to that:
 * without it, long Japanese labels ran into the next entry. Words longer than {@link #MAX_WORDS} or than the line are
 * cut with …, the whole words kept in the tooltip.
 */
final class Flow {

	static final double LINE_HEIGHT = 18;
	static final double PAD = 4;
	static final double TEXT_SIZE = 10;
	static final double SAMPLE_WIDTH = 18;
	private static final double GAP = 14;
	/** The widest words of an entry or a group, in units. */
	static final double MAX_WORDS = 260;
	/** The room given to words over what the estimate says. */
	private static final double SPARE = 1.2;

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
		String words = fit(text, 0);
		shapes.add(new Shape.Text(x, y + 13, words, TEXT_SIZE, false, Style.MINOR_TEXT, text));
		x += room(words) + GAP;
	}

	/**
	 * Adds an entry after the last one, on a new line if it does not fit; returns where it went and the words shown
	 * (cut to fit, the whole text in the tooltip).
	 */
	Placed add(Sample sample, String text, String tip) {
		String words = fit(text, SAMPLE_WIDTH + PAD);
		double entryWidth = SAMPLE_WIDTH + PAD + room(words);
		if (x > start && x + entryWidth > width - PAD) {
			x = start;
			y += LINE_HEIGHT;
		}
		shapes.add(sample.at(x, y + LINE_HEIGHT / 2));
		shapes.add(new Shape.Text(x + SAMPLE_WIDTH + PAD, y + 13, words, TEXT_SIZE, false, Style.LEGEND_TEXT, tip));
		Placed placed = new Placed(x, y, entryWidth, words);
		x += entryWidth + GAP;
		return placed;
	}

	/** Where an entry went: its left, its line's top, its width with the sample, and its words as shown. */
	record Placed(double x, double y, double width, String words) {
	}

	/** The words cut to the widest allowed and to a line from its start, less {@code before} for a sample. */
	private String fit(String text, double before) {
		double room = Math.max(TEXT_SIZE, Math.min(MAX_WORDS, width - PAD - start - before));
		return RoadmapLayout.fit(text, room / SPARE, TEXT_SIZE);
	}

	private static double room(String words) {
		return RoadmapLayout.widthOf(words, TEXT_SIZE) * SPARE;
	}

	List<Shape> shapes() {
		return List.copyOf(shapes);
	}

	/** From the top to below the last line. */
	double height() {
		return y + LINE_HEIGHT + PAD - top;
	}
}
