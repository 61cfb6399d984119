package org.hyoka.roadmap.exchange.ui.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.hyoka.roadmap.exchange.LeftOut;
import org.hyoka.roadmap.exchange.Plans;

/**
 * File > Export… > Hyoka Workbench > Roadmap as a Plan: writes a roadmap of the evaluation in the active editor as a
 * plan, atomically, and then names the elements a plan cannot hold.
 */
public class ExportPlanWizard extends PlanWizard implements IExportWizard {

	private static final int LISTED = 10;

	private ExportPlanPage page;

	public ExportPlanWizard() {
		super(Messages.Export_title);
	}

	@Override
	public void addPages() {
		page = new ExportPlanPage(editor);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		List<LeftOut> leftOut;
		try {
			leftOut = Plans.write(page.roadmap(), page.planFile());
		} catch (IOException | RuntimeException e) {
			page.setErrorMessage(NLS.bind(Messages.Export_failed, e.getMessage()));
			return false;
		}
		if (!leftOut.isEmpty()) {
			MessageDialog.openInformation(getShell(), Messages.Export_leftOutTitle, NLS.bind(Messages.Export_leftOut, leftOut.size(), byReason(leftOut)));
		}
		return true;
	}

	/** The elements left out under each reason, the first few of each by label, so that the dialog fits a screen. */
	private static String byReason(List<LeftOut> leftOut) {
		Map<String, List<String>> labels = leftOut.stream().collect(Collectors.groupingBy(LeftOut::reason, LinkedHashMap::new,
				Collectors.mapping(each -> "「" + each.element().getLabelJa() + "」", Collectors.toList()))); //$NON-NLS-1$ //$NON-NLS-2$
		StringBuilder text = new StringBuilder();
		labels.forEach((reason, names) -> {
			text.append('\n').append(reason).append(':');
			names.stream().limit(LISTED).forEach(name -> text.append("\n  ").append(name)); //$NON-NLS-1$
			if (names.size() > LISTED) {
				text.append("\n  ").append(NLS.bind(Messages.Export_more, names.size() - LISTED)); //$NON-NLS-1$
			}
		});
		return text.toString();
	}
}
