package org.hyoka.roadmap;

/** How much of the axis a fiscal year takes, and what its ticks mark. */
public enum Zoom {
	/** Ten years per labelled tick. */
	DECADE(12, 1),
	/** One labelled tick per fiscal year. */
	YEAR(72, 1),
	/** Fiscal years divided in quarters (1Q is April to June). */
	QUARTER(192, 4),
	/** Fiscal years divided in months, April first. */
	MONTH(432, 12);

	private final double yearWidth;
	private final int divisions;

	Zoom(double yearWidth, int divisions) {
		this.yearWidth = yearWidth;
		this.divisions = divisions;
	}

	/** The width of one fiscal year, in the layout's units. */
	public double yearWidth() {
		return yearWidth;
	}

	/** The parts a fiscal year is divided in on the axis: 1, 4 quarters or 12 months. */
	public int divisions() {
		return divisions;
	}
}
