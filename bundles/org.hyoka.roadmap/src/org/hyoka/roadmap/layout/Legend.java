package org.hyoka.roadmap.layout;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The legend of the marks a layout draws: a sample of each mark with what it means, flowing in lines over a width.
 * Each sample is drawn in the style the layout gives the mark, so a view and every writer draw the legend as they
 * draw the marks. Its words are in English or Japanese by the locale asked for ({@code legend.properties}).
 */
public final class Legend implements Strip {

	/** The height of a line of the legend. */
	public static final double LINE_HEIGHT = Flow.LINE_HEIGHT;

	/** A mark of the legend: the key of its words and its sample's style. */
	private enum Entry {
		PERIOD(Style.PERIOD), PLANNED_PERIOD(Style.PLANNED_PERIOD), ROADMAP_ITEM(Style.ROADMAP_ITEM), TASK_START(Style.TASK_START),
		UNCERTAIN(Style.UNCERTAIN), FLAGGED(Style.FLAGGED), MILESTONE(Style.MILESTONE), EVALUATION(Style.EVALUATION),
		EVALUATION_PLANNED(Style.EVALUATION_PLANNED), TARGET_MET(Style.TARGET_MET), TARGET_NOT_MET(Style.TARGET_NOT_MET),
		TARGET_NOT_YET_DUE(Style.TARGET_NOT_YET_DUE), TARGET_UNKNOWN(Style.TARGET_UNKNOWN), TARGET_REVISED(Style.TARGET_REVISED),
		REVISION(Style.REVISION), BUDGET(Style.BUDGET), STATUS_LINE(Style.STATUS_LINE), ERA_CHANGE(Style.ERA_CHANGE);

		private final Style style;

		Entry(Style style) {
			this.style = style;
		}
	}

	private final List<Shape> shapes;
	private final double height;

	/** The legend in the language of the locale, in lines no wider than {@code width}, its top at {@code top}. */
	public Legend(Locale locale, double top, double width) {
		ResourceBundle words = ResourceBundle.getBundle("org.hyoka.roadmap.layout.legend", locale, Legend.class.getClassLoader(), //$NON-NLS-1$
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		Flow flow = new Flow(words.getString("title"), top, width); //$NON-NLS-1$
		for (Entry entry : Entry.values()) {
			String text = words.getString(entry.name());
			flow.add((x, middle) -> sample(entry, x, middle, text), text, text);
		}
		this.shapes = flow.shapes();
		this.height = flow.height();
	}

	/** The sample of a mark, as the layout draws the mark, centred on the height {@code middle}. */
	private static Shape sample(Entry entry, double x, double middle, String tip) {
		double centre = x + Flow.SAMPLE_WIDTH / 2;
		return switch (entry) {
		case PERIOD, ROADMAP_ITEM, FLAGGED -> new Shape.Rect(x, middle - 5, Flow.SAMPLE_WIDTH, 10, entry.style, 1, false, tip);
		case TASK_START, UNCERTAIN -> new Shape.Rect(x, middle - 5, Flow.SAMPLE_WIDTH, 10, entry.style, 1, true, tip);
		case PLANNED_PERIOD -> new Shape.Rect(x, middle - 2, Flow.SAMPLE_WIDTH, RoadmapLayout.PLANNED_HEIGHT, entry.style, 1, false, tip);
		case BUDGET -> new Shape.Rect(x, middle - 2, Flow.SAMPLE_WIDTH, 4, entry.style, 0.6, false, tip);
		case MILESTONE, EVALUATION, EVALUATION_PLANNED -> new Shape.Diamond(centre, middle, 6, entry.style, tip);
		case REVISION -> new Shape.Diamond(centre, middle, 4, entry.style, tip);
		case TARGET_MET, TARGET_NOT_MET, TARGET_NOT_YET_DUE, TARGET_UNKNOWN -> new Shape.Circle(centre, middle, 5, entry.style, tip);
		case TARGET_REVISED -> new Shape.Circle(centre, middle, 7, entry.style, tip);
		case STATUS_LINE -> new Shape.Line(centre, middle - 7, centre, middle + 7, entry.style, false, tip);
		case ERA_CHANGE -> new Shape.Line(centre, middle - 7, centre, middle + 7, entry.style, true, tip);
		};
	}

	/** The legend's shapes: a title, then a sample and its words for each mark. */
	@Override
	public List<Shape> shapes() {
		return shapes;
	}

	/** How high the legend is, from its top to below its last line. */
	@Override
	public double height() {
		return height;
	}
}
