package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.get;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;

/**
 * The heading of a part, 第1部 事業の概要 or 第2部 評価, on a new page; plugin.xml names the part after the class
 * ({@code PartHeading:part1}), which is also the heading's id and its word in the report's vocabulary.
 */
public final class PartHeading implements ReportSection, IExecutableExtension {

	private String part;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		part = (String) data;
	}

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		return List.of(new Heading(1, get(part), "part", part)); //$NON-NLS-1$
	}
}
