package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.nonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Named;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.PerformerSite;
import org.hyoka.model.program.ProgramPackage;
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
		blocks.addAll(Tables.data("research.items", project.getResearchItems().stream().map(ResearchSection::item).toList(), //$NON-NLS-1$
				"research.code", "research.item", "research.description")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		blocks.addAll(Tables.data("research.tasks", project.getResearchTasks().stream().map(ResearchSection::task).toList(), //$NON-NLS-1$
				"research.code", "research.task", "research.item", "research.investigator", "research.performers", "research.start", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"research.round", "research.sites")); //$NON-NLS-1$ //$NON-NLS-2$
		return blocks;
	}

	private static List<String> item(ResearchItem item) {
		return List.of(nonNull(item.getCode()), nonNull(item.getNameJa()), nonNull(item.getDescription()));
	}

	private static List<String> task(ResearchTask task) {
		return List.of(nonNull(task.getCode()), nonNull(task.getNameJa()),
				String.join("、", task.getItems().stream().map(item -> item.getCode() != null ? item.getCode() : item.getNameJa()).filter(Objects::nonNull).toList()), //$NON-NLS-1$
				names(Stream.ofNullable(task.getPrincipalInvestigator())), names(task.getPerformers().stream()),
				Tables.year(task.getStartFY()), nonNull(task.getSelectionRound()),
				String.join("\n", task.getSites().stream().map(ResearchSection::site).toList())); //$NON-NLS-1$
	}

	/** Where a performer does its share: the site as printed, else the performer and its site by name. */
	private static String site(PerformerSite site) {
		return Printed.or(site, ProgramPackage.Literals.PERFORMER_SITE__SITE,
				() -> (Tables.name(site.getPerformer()) + " " + Tables.name(site.getSite())).strip()); //$NON-NLS-1$
	}

	private static String names(Stream<? extends Named> named) {
		return String.join("、", named.map(Named::getNameJa).filter(Objects::nonNull).toList()); //$NON-NLS-1$
	}
}
