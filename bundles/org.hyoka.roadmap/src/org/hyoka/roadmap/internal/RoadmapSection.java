package org.hyoka.roadmap.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.core.report.Vocabulary;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.export.outline.VectorDrawing;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.FiscalAxis;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.RowKind;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.Timelines;
import org.hyoka.roadmap.Zoom;
import org.hyoka.roadmap.layout.RoadmapLayout;
import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.output.PngWriter;
import org.hyoka.roadmap.output.SvgWriter;

/**
 * ロードマップ（年度別）: a subject's rows of the timeline as a table, after its progress: its period, research items
 * and tasks, and roadmap lanes, each with its years and its evaluations, targets and milestones, after the figure of
 * those rows (SVG in HTML, Word shapes in DOCX, vector graphics in PDF).
 */
public final class RoadmapSection implements ReportSection {

	/** Pixels per layout unit of the PNG, for writers that want one: sharp when the figure is shrunk to the page. */
	private static final double FIGURE_SCALE = 2;

	/** The vector form the PDF writer asks for, by name: org.hyoka.pdf is optional for this bundle. */
	private static final String PDF_DRAWING = "org.hyoka.pdf.PdfDrawing"; //$NON-NLS-1$

	private static final Vocabulary TEXT = Vocabulary.of("org.hyoka.roadmap.internal.report", RoadmapSection.class.getClassLoader()); //$NON-NLS-1$

	// the timeline of the report being written and each subject's rows in it: made once, not once per subject, since
	// the outline asks this instance for every subject of one report (ReportSection)
	private EvaluationReport timelineOf;
	private Timeline timeline;
	private Map<EObject, List<Row>> rowsBySubject;
	// the pixels the figures of one report are drawn into in turn, as its exporter asks for them one after another
	private final PngWriter.Canvas canvas = new PngWriter.Canvas();

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		if (!(target instanceof EvaluationSubject subject)) {
			return List.of();
		}
		List<List<Block.Cell>> rows = new ArrayList<>();
		rows.add(List.of(Block.Cell.header(TEXT.get("column.kind")), Block.Cell.header(TEXT.get("column.name")), //$NON-NLS-1$ //$NON-NLS-2$
				Block.Cell.header(TEXT.get("column.years")), Block.Cell.header(TEXT.get("column.marks")))); //$NON-NLS-1$ //$NON-NLS-2$
		if (report != timelineOf) {
			timeline = Timelines.of(report);
			rowsBySubject = subjectRows(timeline);
			timelineOf = report;
		}
		List<Row> subjectRows = rowsBySubject.getOrDefault(subject, List.of());
		for (Row row : subjectRows) {
			String years = ReportText.lines(row.marks().stream().map(RoadmapSection::years).filter(text -> !text.isEmpty()));
			String marks = ReportText.lines(row.marks().stream().map(RoadmapSection::point).filter(text -> !text.isEmpty()));
			if (!years.isEmpty() || !marks.isEmpty()) {
				rows.add(List.of(Block.Cell.text(TEXT.get("kind." + row.kind().name()), "text"), Block.Cell.text(row.label(), "name"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						Block.Cell.text(years, "text"), Block.Cell.text(marks, "text"))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (rows.size() == 1) {
			return List.of();
		}
		String id = "roadmap-" + (subject.getId() == null ? "" : subject.getId()); //$NON-NLS-1$ //$NON-NLS-2$
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(3, TEXT.get("roadmap"), "roadmap", id)); //$NON-NLS-1$ //$NON-NLS-2$
		blocks.addAll(figure(timeline, subjectRows, id));
		blocks.add(new Block.Table(Block.Kind.DATA, id, "", "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$
		return blocks;
	}

	/**
	 * The subject's rows drawn over the years of the whole timeline, so that every subject's figure has the same axis;
	 * no status line, so that a report drawn again from the same file is the same. None when the PNG would be too
	 * large (the table says the same). Laid out now, drawn as SVG, PNG, PDF vectors or
	 * neutral shapes when the writer asks.
	 */
	private List<Block> figure(Timeline timeline, List<Row> rows, String id) {
		Timeline own = new Timeline(rows.get(0).label(), rows, timeline.firstYear(), timeline.lastYear(), timeline.statusYear());
		Scene scene = new RoadmapLayout(own, FiscalAxis.of(own, Era.WESTERN, Zoom.YEAR)).figure(Locale.JAPANESE); // the report's language
		if (!PngWriter.fits(scene, FIGURE_SCALE)) {
			return List.of();
		}
		Block.Figure.Drawing drawing = new Block.Figure.Drawing() {
			@Override
			public String svg() {
				return SvgWriter.inline(scene);
			}

			@Override
			public byte[] png() {
				ByteArrayOutputStream png = new ByteArrayOutputStream();
				try {
					canvas.write(scene, FIGURE_SCALE, png);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				return png.toByteArray();
			}

			@Override
			public <T> T adapt(Class<T> type) {
				if (type == VectorDrawing.class) {
					return type.cast(new VectorFigure(scene));
				}
				// PdfFigure, and with it PDFBox, loaded only when the PDF writer asks
				return type.getName().equals(PDF_DRAWING) ? type.cast(new PdfFigure(scene)) : null;
			}
		};
		return List.of(new Block.Figure(id + "-figure", TEXT.format("figure", own.title()), drawing, scene.width(), scene.height())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Each subject's own rows: its row and those after it up to the next program or project. */
	static Map<EObject, List<Row>> subjectRows(Timeline timeline) {
		Map<EObject, List<Row>> bySubject = new IdentityHashMap<>();
		List<Row> current = null;
		for (Row row : timeline.rows()) {
			if (row.kind() == RowKind.PROGRAM || row.kind() == RowKind.PROJECT) {
				current = row.source() instanceof EvaluationSubject ? new ArrayList<>() : null;
				if (current != null) {
					bySubject.putIfAbsent(row.source(), current);
				}
			}
			if (current != null) {
				current.add(row);
			}
		}
		return bySubject;
	}

	/** The years of a bar, and of a period as planned before its revision; empty for other marks. */
	private static String years(Mark mark) {
		return switch (mark) {
		case Mark.Bar bar -> years(bar);
		case Mark.PlannedPeriod planned -> Timelines.plannedLabel(planned, ReportText::fiscalYear);
		default -> ""; //$NON-NLS-1$
		};
	}

	private static String years(Mark.Bar bar) {
		String range;
		if (bar.start() == null && bar.end() == null) {
			range = Timelines.undatedLabel(bar);
		} else if (bar.start() == null) {
			range = TEXT.format("open", ReportText.fiscalYear(bar.end())); //$NON-NLS-1$
		} else if (bar.end() == null) {
			range = TEXT.format("from", ReportText.fiscalYear(bar.start())); //$NON-NLS-1$
		} else {
			// an item with months: the months it records (a start in April or an end in March is the whole year's)
			Integer from = bar.from() == null || bar.from().equals(FiscalYears.start(bar.start())) ? null : bar.from().getMonthValue();
			Integer to = bar.to() == null || bar.to().equals(FiscalYears.end(bar.end())) ? null : bar.to().getMonthValue();
			range = TEXT.format("range", Timelines.yearAndMonth(bar.start(), from), Timelines.yearAndMonth(bar.end(), to)); //$NON-NLS-1$
		}
		return bar.kind() == Mark.BarKind.PERIOD || bar.label().isEmpty() || range.contains(bar.label()) ? range
				: TEXT.format("mark", bar.label(), range); //$NON-NLS-1$
	}

	private static String point(Mark mark) {
		return switch (mark) {
		case Mark.EvaluationPoint point -> TEXT.format("mark", point.label(), ReportText.fiscalYear(point.year())); //$NON-NLS-1$
		case Mark.Milestone milestone -> TEXT.format("mark", milestone.label(), Timelines.yearAndMonth(milestone.year(), milestone.month())); //$NON-NLS-1$
		case Mark.Target target -> TEXT.format("mark", TEXT.format("target", Timelines.targetLabel(target), //$NON-NLS-1$ //$NON-NLS-2$
				TEXT.get("status." + target.status().name())), ReportText.fiscalYear(target.year())); //$NON-NLS-1$
		case Mark.Revision revision -> TEXT.format("mark", revision.label(), ReportText.fiscalYear(revision.year())); //$NON-NLS-1$
		case Mark.Bar bar -> ""; //$NON-NLS-1$
		case Mark.PlannedPeriod planned -> ""; //$NON-NLS-1$
		case Mark.Budget budget -> ""; //$NON-NLS-1$
		};
	}
}
