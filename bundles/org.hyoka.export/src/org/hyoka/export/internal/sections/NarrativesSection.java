package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.nonNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Paragraph;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.NarrativeSection;
import org.hyoka.model.program.ProgramPackage;

/** The subject's narrative sections under their printed headings. */
public final class NarrativesSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		List<Block> blocks = new ArrayList<>();
		for (NarrativeSection narrative : ((EvaluationSubject) target).getNarratives()) {
			blocks.add(new Heading(3, nonNull(Printed.of(narrative, ProgramPackage.Literals.NARRATIVE_SECTION__ITEM)), "narrative", "")); //$NON-NLS-1$ //$NON-NLS-2$
			if (narrative.getText() != null) {
				blocks.add(new Paragraph(narrative.getText(), Tables.TEXT));
			}
		}
		return blocks;
	}
}
