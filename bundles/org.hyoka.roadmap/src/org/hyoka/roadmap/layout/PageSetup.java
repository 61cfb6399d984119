package org.hyoka.roadmap.layout;

/**
 * How a roadmap is printed: the paper, its orientation, how many pages wide the years are spread over, and the
 * margin on every side in millimetres. Sizes are in points (72 to the inch), as printers and PDF measure them.
 */
public record PageSetup(Paper paper, boolean landscape, int pagesWide, double marginMillimetres) {

	/** The most pages wide a setup may ask for, and the widest margin. */
	public static final int MAX_PAGES_WIDE = 20;
	public static final double MAX_MARGIN = 50;

	/** A4 landscape, the years on one page wide, 10 mm margins: a program manager's usual print. */
	public static final PageSetup DEFAULT = new PageSetup(Paper.A4, true, 1, 10);

	private static final double POINTS_PER_MILLIMETRE = 72 / 25.4;

	/** The paper sizes offered, portrait width and height in points. */
	public enum Paper {
		A4(595.28, 841.89), A3(841.89, 1190.55), LETTER(612, 792);

		private final double width;
		private final double height;

		Paper(double width, double height) {
			this.width = width;
			this.height = height;
		}
	}

	public PageSetup {
		if (paper == null) {
			throw new IllegalArgumentException("no paper"); //$NON-NLS-1$
		}
		if (pagesWide < 1 || pagesWide > MAX_PAGES_WIDE) {
			throw new IllegalArgumentException("pages wide " + pagesWide + " is not 1 to " + MAX_PAGES_WIDE); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!(marginMillimetres >= 0 && marginMillimetres <= MAX_MARGIN)) {
			throw new IllegalArgumentException("margin " + marginMillimetres + " mm is not 0 to " + MAX_MARGIN); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The sheet's width as it is printed on, in points. */
	public double width() {
		return landscape ? paper.height : paper.width;
	}

	/** The sheet's height as it is printed on, in points. */
	public double height() {
		return landscape ? paper.width : paper.height;
	}

	/** The margin in points. */
	public double margin() {
		return marginMillimetres * POINTS_PER_MILLIMETRE;
	}
}
