package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.get;
import static org.hyoka.core.report.ReportText.nonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Kind;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Named;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchItem;
import org.hyoka.model.program.ResearchTask;

/** A project's 研究開発項目 and its research themes with their performers, as entered on the Projects page. */
public final class ResearchSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		if (!(target instanceof Project project)) {
			return List.of();
		}
		List<Block> blocks = new ArrayList<>();
		if (!project.getResearchItems().isEmpty()) {
			blocks.add(table("research.items", project.getResearchItems().stream().map(ResearchSection::item).toList(), //$NON-NLS-1$
					"research.code", "research.item", "research.description")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (!project.getResearchTasks().isEmpty()) {
			blocks.add(table("research.tasks", project.getResearchTasks().stream().map(ResearchSection::task).toList(), //$NON-NLS-1$
					"research.code", "research.task", "research.item", "research.investigator", "research.performers", "research.start", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					"research.round")); //$NON-NLS-1$
		}
		return blocks;
	}

	private static List<String> item(ResearchItem item) {
		return List.of(nonNull(item.getCode()), nonNull(item.getNameJa()), nonNull(item.getDescription()));
	}

	private static List<String> task(ResearchTask task) {
		return List.of(nonNull(task.getCode()), nonNull(task.getNameJa()),
				String.join("、", task.getItems().stream().map(item -> item.getCode() != null ? item.getCode() : item.getNameJa()).filter(Objects::nonNull).toList()), //$NON-NLS-1$
				names(Stream.ofNullable(task.getPrincipalInvestigator())), names(task.getPerformers().stream()),
				task.getStartFY() == null ? "" : ReportText.fiscalYear(task.getStartFY()), nonNull(task.getSelectionRound())); //$NON-NLS-1$
	}

	/** A table of these rows under these headings, without the columns no row fills (most projects name no investigator). */
	private static Table table(String caption, List<List<String>> texts, String... headings) {
		List<Integer> kept = IntStream.range(0, headings.length).filter(column -> texts.stream().anyMatch(row -> !row.get(column).isEmpty())).boxed().toList();
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(kept.stream().map(column -> Cell.header(get(headings[column]))).toList());
		texts.forEach(row -> rows.add(kept.stream().map(column -> Cell.text(row.get(column), Tables.TEXT)).toList()));
		return new Table(Kind.DATA, "", get(caption), "", rows, 1, 0); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String names(Stream<? extends Named> named) {
		return String.join("、", named.map(Named::getNameJa).filter(Objects::nonNull).toList()); //$NON-NLS-1$
	}
}
