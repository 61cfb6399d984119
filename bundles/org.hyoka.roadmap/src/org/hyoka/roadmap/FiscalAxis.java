package org.hyoka.roadmap;

import java.util.ArrayList;
import java.util.List;

/**
 * The time axis: fiscal years {@code firstYear} to {@code lastYear} (both shown), labelled by {@code era}, at a zoom
 * level; with {@code relativeStart} set, each year is also counted as Year 1…N from that fiscal year (1年目).
 * Positions are in the layout's units from the axis' start, 1 April of the first year.
 */
public record FiscalAxis(int firstYear, int lastYear, Era era, Zoom zoom, Integer relativeStart) {

	/** A tick of the axis: from {@code x}, {@code width} long, labelled; major ticks are fiscal years or decades. */
	public record Tick(double x, double width, String label, boolean major) {
	}

	public FiscalAxis {
		if (lastYear < firstYear) {
			throw new IllegalArgumentException("Last year " + lastYear + " before first year " + firstYear); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (era == null || zoom == null) {
			throw new IllegalArgumentException("An axis needs era labels and a zoom level"); //$NON-NLS-1$
		}
	}

	/** The axis over the years of a timeline. */
	public static FiscalAxis of(Timeline timeline, Era era, Zoom zoom) {
		return new FiscalAxis(timeline.firstYear(), timeline.lastYear(), era, zoom, null);
	}

	/** The same axis counting relative years from a fiscal year (null: none). */
	public FiscalAxis relativeTo(Integer startYear) {
		return new FiscalAxis(firstYear, lastYear, era, zoom, startYear);
	}

	/** The same axis at another zoom level. */
	public FiscalAxis zoomed(Zoom level) {
		return new FiscalAxis(firstYear, lastYear, era, level, relativeStart);
	}

	/** The same axis with other year labels. */
	public FiscalAxis labelled(Era labels) {
		return new FiscalAxis(firstYear, lastYear, labels, zoom, relativeStart);
	}

	public int years() {
		return lastYear - firstYear + 1;
	}

	public double width() {
		return years() * zoom.yearWidth();
	}

	/** Where a fiscal year starts (1 April). */
	public double start(int fiscalYear) {
		return (fiscalYear - firstYear) * zoom.yearWidth();
	}

	/** Where a fiscal year ends (31 March), that is where the next one starts. */
	public double end(int fiscalYear) {
		return start(fiscalYear + 1);
	}

	/** True when the fiscal year is on the axis. */
	public boolean shows(int fiscalYear) {
		return fiscalYear >= firstYear && fiscalYear <= lastYear;
	}

	/** The fiscal year's label: 2019年度 or 令和元年度. */
	public String label(int fiscalYear) {
		return era.label(fiscalYear);
	}

	/** 1年目 for the relative start year, 0 or less before it; null without a relative start. */
	public String relativeLabel(int fiscalYear) {
		return relativeStart == null ? null : Timelines.TEXT.format("relativeYear", Integer.toString(fiscalYear - relativeStart + 1)); //$NON-NLS-1$
	}

	/**
	 * The ticks, in order: fiscal years (at {@link Zoom#DECADE}, the first year and every tenth one) as major ticks,
	 * and at {@link Zoom#QUARTER} and {@link Zoom#MONTH} the quarters and months inside each year as minor ones.
	 */
	public List<Tick> ticks() {
		List<Tick> ticks = new ArrayList<>();
		double yearWidth = zoom.yearWidth();
		for (int year = firstYear; year <= lastYear; year++) {
			if (zoom == Zoom.DECADE) {
				if (year == firstYear || year % 10 == 0) {
					int next = Math.min(lastYear + 1, (year / 10 + 1) * 10);
					ticks.add(new Tick(start(year), (next - year) * yearWidth, label(year), true));
				}
				continue;
			}
			ticks.add(new Tick(start(year), yearWidth, label(year), true));
			double partWidth = yearWidth / zoom.divisions();
			for (int part = 0; zoom.divisions() > 1 && part < zoom.divisions(); part++) {
				String label = zoom == Zoom.QUARTER ? Timelines.TEXT.format("quarter", Integer.toString(part + 1)) //$NON-NLS-1$
						: Timelines.monthLabel((part + 3) % 12 + 1);
				ticks.add(new Tick(start(year) + part * partWidth, partWidth, label, false));
			}
		}
		return ticks;
	}

	/** The fiscal years after the first whose era differs from the year before's: 2019 (令和元年度), 1989 (平成元年度). */
	public List<Integer> eraChanges() {
		List<Integer> changes = new ArrayList<>();
		for (int year = Math.max(firstYear, Era.FIRST_ERA_YEAR) + 1; year <= lastYear; year++) {
			if (Era.of(year) != Era.of(year - 1)) {
				changes.add(year);
			}
		}
		return changes;
	}
}
