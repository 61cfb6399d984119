package org.hyoka.export.html;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.hyoka.export.outline.Block.Bar;
import org.hyoka.export.outline.Block.Chart;

/**
 * The outline's {@link Chart} of the averages as inline SVG: a horizontal bar per item on the 0–3 scale, averages
 * below 2.0 in red. Labels go through the same escaping as the rest of the report.
 */
final class ScoreChart {

	private static final String SVG_NS = "http://www.w3.org/2000/svg"; //$NON-NLS-1$
	private static final int LABEL_WIDTH = 300;
	private static final int PLOT_WIDTH = 360;
	private static final int VALUE_WIDTH = 40;
	private static final int ROW_HEIGHT = 26;
	private static final int BAR_HEIGHT = 16;
	private static final int AXIS_HEIGHT = 20;
	private static final String TEXT = "text"; //$NON-NLS-1$

	private final Chart chart;

	ScoreChart(Chart chart) {
		this.chart = chart;
	}

	void write(MarkupWriter svg) throws IOException {
		String title = chart.title();
		int width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
		int height = chart.bars().size() * ROW_HEIGHT + AXIS_HEIGHT;
		svg.start("svg").attribute("xmlns", SVG_NS).attribute("class", "chart").attribute("role", "img") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				.attribute("aria-label", title).attribute("width", Integer.toString(width)) //$NON-NLS-1$ //$NON-NLS-2$
				.attribute("height", Integer.toString(height)).attribute("viewBox", "0 0 " + width + " " + height) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.attribute("font-size", "12"); //$NON-NLS-1$ //$NON-NLS-2$
		svg.element("title", title); //$NON-NLS-1$
		for (int score = chart.minimum(); score <= chart.maximum(); score++) {
			String x = Integer.toString(x(BigDecimal.valueOf(score)));
			svg.start("line").attribute("x1", x).attribute("x2", x).attribute("y1", "0") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					.attribute("y2", Integer.toString(height - AXIS_HEIGHT)).attribute("stroke", "#bbb").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			svg.start(TEXT).attribute("x", x).attribute("y", Integer.toString(height - 5)) //$NON-NLS-1$ //$NON-NLS-2$
					.attribute("text-anchor", "middle").text(Integer.toString(score)).end(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (int i = 0; i < chart.bars().size(); i++) {
			Bar bar = chart.bars().get(i);
			int top = i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
			String baseline = Integer.toString(top + BAR_HEIGHT - 3);
			svg.start(TEXT).attribute("x", Integer.toString(LABEL_WIDTH - 8)).attribute("y", baseline) //$NON-NLS-1$ //$NON-NLS-2$
					.attribute("text-anchor", "end").text(bar.label()).end(); //$NON-NLS-1$ //$NON-NLS-2$
			if (bar.average() == null) {
				continue;
			}
			int end = x(bar.average());
			svg.start("rect").attribute("class", bar.low() ? "bar low" : "bar") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.attribute("x", Integer.toString(LABEL_WIDTH)).attribute("y", Integer.toString(top)) //$NON-NLS-1$ //$NON-NLS-2$
					.attribute("width", Integer.toString(end - LABEL_WIDTH)).attribute("height", Integer.toString(BAR_HEIGHT)) //$NON-NLS-1$ //$NON-NLS-2$
					.attribute("fill", bar.low() ? "#c0392b" : "#4a7ab5").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			svg.start(TEXT).attribute("x", Integer.toString(end + 4)).attribute("y", baseline) //$NON-NLS-1$ //$NON-NLS-2$
					.text(bar.average().toPlainString()).end();
		}
		svg.end();
	}

	/** The x coordinate of a score on the axis. */
	private int x(BigDecimal score) {
		return LABEL_WIDTH + score.subtract(BigDecimal.valueOf(chart.minimum())).multiply(BigDecimal.valueOf(PLOT_WIDTH))
				.divide(BigDecimal.valueOf(chart.maximum() - chart.minimum()), 0, RoundingMode.HALF_UP).intValue();
	}

}
