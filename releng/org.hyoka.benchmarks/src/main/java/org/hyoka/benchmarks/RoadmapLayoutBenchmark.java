package org.hyoka.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.FiscalAxis;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.RowKind;
import org.hyoka.roadmap.TargetStatus;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.Zoom;
import org.hyoka.roadmap.layout.RoadmapLayout;
import org.hyoka.roadmap.layout.Scene;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Laying out the rows a roadmap view shows (issue 14): timelines of 1,000, 10,000 and 100,000 rows of ten marks
 * each, and the window of {@link #VISIBLE_ROWS} rows in the middle, as a view scrolled there asks for. The goal is
 * that the cost does not grow with the rows outside the window: 100,000 rows within 1.2 × 1,000 rows.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoadmapLayoutBenchmark {

	/** About what a 1,000-pixel-high view shows at 28 units a row. */
	static final int VISIBLE_ROWS = 40;

	@State(Scope.Benchmark)
	public static class Rows {
		@Param({ "1000", "10000", "100000" })
		public int rows;

		RoadmapLayout layout;

		@Setup(Level.Trial)
		public void build() {
			Timeline timeline = timeline(rows);
			layout = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WAREKI, Zoom.YEAR));
		}
	}

	@Benchmark
	public Scene visibleWindow(Rows rows) {
		return rows.layout.window(rows.rows / 2, VISIBLE_ROWS);
	}

	/** {@code count} rows, each with a period, two roadmap items, two evaluations, three targets and two budgets. */
	static Timeline timeline(int count) {
		List<Row> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int start = 2010 + i % 10;
			rows.add(new Row(RowKind.PROJECT, 1 + i % 3, "研究開発課題" + i, null, List.of( //$NON-NLS-1$
					new Mark.Bar(Mark.BarKind.PERIOD, start, start + 4, "", Set.of(), null), //$NON-NLS-1$
					new Mark.Bar(Mark.BarKind.ROADMAP_ITEM, start + 1, start + 3, "要素技術の開発", Set.of(), null), //$NON-NLS-1$
					new Mark.Bar(Mark.BarKind.ROADMAP_ITEM, start + 4, start + 8, "社会実装", Set.of(), null), //$NON-NLS-1$
					new Mark.EvaluationPoint(EvaluationType.EX_ANTE, start - 1, false, "事前評価", null), //$NON-NLS-1$
					new Mark.EvaluationPoint(EvaluationType.INTERIM, start + 2, false, "中間評価", null), //$NON-NLS-1$
					new Mark.Target(false, start + 2, "アウトプット目標：5件", TargetStatus.MET, null, null), //$NON-NLS-1$
					new Mark.Target(false, start + 4, "アウトプット目標：10件", TargetStatus.NOT_MET, null, null), //$NON-NLS-1$
					new Mark.Target(true, start + 9, "アウトカム目標：20件", TargetStatus.NOT_YET_DUE, "10", null), //$NON-NLS-1$ //$NON-NLS-2$
					new Mark.Budget(start, BigDecimal.valueOf(1200), 1, null),
					new Mark.Budget(start + 1, BigDecimal.valueOf(900), 0.75, null))));
		}
		return new Timeline("合成ポートフォリオ", rows, 2009, 2030, 2021); //$NON-NLS-1$
	}

	/** Runs the benchmark and reports the median per size and the ratio of the largest to the smallest. */
	static String report(boolean quick) throws RunnerException {
		OptionsBuilder options = new OptionsBuilder();
		options.include(RoadmapLayoutBenchmark.class.getName() + ".*");
		if (quick) {
			options.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(100));
		} else {
			options.forks(1).warmupIterations(5).warmupTime(TimeValue.seconds(1)).measurementIterations(5)
					.measurementTime(TimeValue.seconds(2)).jvmArgs("-Xmx2g", "-Xms2g"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Map<Integer, Double> medians = new HashMap<>();
		for (RunResult result : new Runner(options.build()).run()) {
			medians.put(Integer.valueOf(result.getParams().getParam("rows")), //$NON-NLS-1$
					result.getPrimaryResult().getStatistics().getPercentile(50));
		}
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "# Roadmap layout: a window of %d rows, 10 marks a row%n%n", VISIBLE_ROWS)); //$NON-NLS-1$
		out.append("| rows | median | goal |\n|---|---|---|\n"); //$NON-NLS-1$
		for (int rows : new int[] { 1000, 10000, 100000 }) {
			out.append(String.format(Locale.ROOT, "| %,d | %,.1f µs | ≤ 16 ms |%n", rows, medians.get(rows))); //$NON-NLS-1$
		}
		out.append(String.format(Locale.ROOT, "%nroadmap ratio 100,000 / 1,000 rows: %.2f (goal ≤ 1.2)%n", //$NON-NLS-1$
				medians.get(100000) / medians.get(1000)));
		return out.toString();
	}
}
