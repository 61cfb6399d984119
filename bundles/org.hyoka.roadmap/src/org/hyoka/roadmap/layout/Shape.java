package org.hyoka.roadmap.layout;

/**
 * Something to draw, in the layout's virtual coordinates (x to the right, y down). {@code tip} is the text a
 * tooltip or an SVG {@code <title>} shows: the full label, the years, the status; null for none.
 */
public sealed interface Shape {

	Style style();

	/** The full text a tooltip shows, or null. */
	String tip();

	/** A rectangle; {@code opacity} 0 to 1 (the budget strip's shade), {@code dashed} for open or uncertain ends. */
	record Rect(double x, double y, double width, double height, Style style, double opacity, boolean dashed, String tip) implements Shape {
	}

	/** A diamond centred on (x, y), {@code radius} from centre to corner: evaluations, milestones, revisions. */
	record Diamond(double x, double y, double radius, Style style, String tip) implements Shape {
	}

	/** A circle centred on (x, y): output and outcome targets. */
	record Circle(double x, double y, double radius, Style style, String tip) implements Shape {
	}

	/** A line. */
	record Line(double x1, double y1, double x2, double y2, Style style, boolean dashed, String tip) implements Shape {
	}

	/** Text whose baseline starts at (x, y), or is centred on x when {@code centred}; {@code size} in units. */
	record Text(double x, double y, String text, double size, boolean centred, Style style, String tip) implements Shape {

		/** The whole text when the layout shortened it with … to fit: its tip, which starts with the rest; else null. */
		public String whole() {
			String shown = text.endsWith("…") ? text.substring(0, text.length() - 1) : null; //$NON-NLS-1$
			return shown != null && tip != null && tip.length() > shown.length() && tip.startsWith(shown) ? tip : null;
		}
	}
}
