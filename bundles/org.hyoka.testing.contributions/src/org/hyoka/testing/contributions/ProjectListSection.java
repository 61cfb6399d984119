package org.hyoka.testing.contributions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Paragraph;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.Project;

/** プロジェクト一覧: a heading and one paragraph per project, right after the heading of 第1部. */
public final class ProjectListSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		if (report.getProgram() == null) {
			return List.of();
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Heading(2, "プロジェクト一覧", "projects", "contributed-projects")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Project project : report.getProgram().getProjects()) {
			blocks.add(new Paragraph(project.getLetterCode() + " " + project.getNameJa(), "text")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return blocks;
	}
}
