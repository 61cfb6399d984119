package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.nonNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Kind;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.CompetitiveLandscape;
import org.hyoka.model.program.CompetitorProfile;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.LandscapeEvent;
import org.hyoka.model.program.ProgramPackage;

/** The subject's 類似・競合 tables: the history and the competitors of each, as tables under the printed title. */
public final class LandscapesSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		List<Block> blocks = new ArrayList<>();
		for (CompetitiveLandscape landscape : ((EvaluationSubject) target).getLandscapes()) {
			landscape(landscape, blocks);
		}
		return blocks;
	}

	/** The title heads the first of the two tables. */
	private static void landscape(CompetitiveLandscape landscape, List<Block> blocks) {
		String caption = nonNull(landscape.getTitlePrinted());
		if (!landscape.getEvents().isEmpty()) {
			List<List<Cell>> rows = new ArrayList<>();
			rows.add(Tables.headers("event.year", "event.region", "event.text")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (LandscapeEvent event : landscape.getEvents()) {
				rows.add(List.of(Cell.text(Printed.or(event, ProgramPackage.Literals.LANDSCAPE_EVENT__YEAR,
						() -> event.getYear() == null ? "" : event.getYear().toString()), Tables.TEXT), //$NON-NLS-1$
						Cell.text(nonNull(event.getRegion()), Tables.TEXT), Cell.text(nonNull(event.getText()), Tables.TEXT)));
			}
			blocks.add(new Table(Kind.DATA, "", caption, "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$
			caption = ""; //$NON-NLS-1$
		}
		if (!landscape.getCompetitors().isEmpty()) {
			List<List<Cell>> rows = new ArrayList<>();
			rows.add(Tables.headers("competitor.name", "competitor.headquarters", "competitor.business", "competitor.direction")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			for (CompetitorProfile competitor : landscape.getCompetitors()) {
				rows.add(List.of(Cell.header(nonNull(competitor.getNameJa())), Cell.text(nonNull(competitor.getHeadquarters()), Tables.TEXT),
						Cell.text(nonNull(competitor.getBusiness()), Tables.TEXT), Cell.text(nonNull(competitor.getDirection()), Tables.TEXT)));
			}
			blocks.add(new Table(Kind.DATA, "", caption, "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
