package org.hyoka.roadmap.layout;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.hyoka.roadmap.Flag;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.Timelines;

/**
 * The items of a timeline's rows that have no year, listed apart under the rows: drawn on the grid they would look
 * dated. They are grouped by row, each group on a line of its own after its row's label, each item a dashed sample in
 * its bar's style (years to check, or years the source leaves open) and its label, flowing in lines over a width;
 * empty, and no height, when every item is dated. Its heading is in
 * English or Japanese by the locale asked for ({@code legend.properties}).
 */
public final class UndatedList implements Strip {

	/**
	 * An undated bar of a row, and where the list shows it: its sample and words, {@code width} wide, the top of its
	 * line at {@code y}; {@code words} its label as shown, cut with … when long (the tooltip has it whole).
	 */
	public record Entry(Row row, Mark.Bar bar, double x, double y, double width, String words) {
	}

	private final List<Shape> shapes;
	private final List<Entry> entries;
	private final double height;

	/** The undated items of the timeline's rows, in lines no wider than {@code width}, the heading's top at {@code top}. */
	public UndatedList(Timeline timeline, Locale locale, double top, double width) {
		ResourceBundle words = ResourceBundle.getBundle("org.hyoka.roadmap.layout.legend", locale, UndatedList.class.getClassLoader(), //$NON-NLS-1$
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		List<Entry> found = new ArrayList<>();
		Flow flow = new Flow(words.getString("undated"), top, width); //$NON-NLS-1$
		for (Row row : timeline.rows()) {
			List<Mark.Bar> bars = row.marks().stream().filter(mark -> mark instanceof Mark.Bar bar && bar.firstYear() == null).map(Mark.Bar.class::cast)
					.toList();
			if (!bars.isEmpty()) {
				flow.group(MessageFormat.format(words.getString("undatedRow"), row.label())); //$NON-NLS-1$
			}
			for (Mark.Bar bar : bars) {
				Style style = bar.flags().contains(Flag.UNDATED) ? Style.FLAGGED : Style.UNCERTAIN;
				String tip = Timelines.undatedLabel(bar);
				Flow.Placed placed = flow.add((x, middle) -> new Shape.Rect(x, middle - 5, Flow.SAMPLE_WIDTH, 10, style, 1, true, tip), bar.label(), tip);
				found.add(new Entry(row, bar, placed.x(), placed.y(), placed.width(), placed.words()));
			}
		}
		this.entries = List.copyOf(found);
		this.shapes = found.isEmpty() ? List.of() : flow.shapes();
		this.height = found.isEmpty() ? 0 : flow.height();
	}

	/** The heading, then a sample and words for each undated item; none when there is none. */
	@Override
	public List<Shape> shapes() {
		return shapes;
	}

	/** The heading, at the left of the list's first line; null when there is no undated item. */
	public Shape.Text heading() {
		return shapes.isEmpty() ? null : (Shape.Text) shapes.getFirst();
	}

	/** The undated items in the order of their rows. */
	public List<Entry> entries() {
		return entries;
	}

	/** From the top to below the last line; 0 when there is no undated item. */
	@Override
	public double height() {
		return height;
	}

	/** The entry at a point, or null. */
	public Entry at(double x, double y) {
		for (Entry entry : entries) {
			if (x >= entry.x() && x <= entry.x() + entry.width() && y >= entry.y() && y < entry.y() + Flow.LINE_HEIGHT) {
				return entry;
			}
		}
		return null;
	}
}
