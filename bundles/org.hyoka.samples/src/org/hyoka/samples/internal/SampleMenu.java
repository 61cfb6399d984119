package org.hyoka.samples.internal;

import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.hyoka.samples.Sample;
import org.hyoka.samples.SampleEvaluations;

/** One menu entry per installed sample. */
public class SampleMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		return SampleEvaluations.all().stream().map(SampleMenu::item).toArray(IContributionItem[]::new);
	}

	private static IContributionItem item(Sample sample) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
				"org.hyoka.samples.menu." + sample.id(), OpenSampleHandler.COMMAND, CommandContributionItem.STYLE_PUSH); //$NON-NLS-1$
		parameter.label = sample.name();
		parameter.tooltip = sample.description();
		parameter.parameters = Map.of(OpenSampleHandler.PARAMETER, sample.id());
		return new CommandContributionItem(parameter);
	}
}
