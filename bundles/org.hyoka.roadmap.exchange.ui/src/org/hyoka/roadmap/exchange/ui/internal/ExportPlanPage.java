package org.hyoka.roadmap.exchange.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.hyoka.edit.ui.widgets.FileField;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.Roadmaps;

/** The roadmap to export, of the program or a project, and the plan file to write. */
final class ExportPlanPage extends WizardPage {

	private final EvaluationEditor editor;
	private final List<Roadmap> roadmaps = new ArrayList<>();
	private Combo roadmap;
	private PlanField plan;

	ExportPlanPage(EvaluationEditor editor) {
		super("plan"); //$NON-NLS-1$
		this.editor = editor;
		setTitle(Messages.Export_pageTitle);
		setDescription(Messages.Export_pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = PlanWizard.grid(parent);
		roadmap = PlanWizard.choice(composite, Messages.Export_roadmap);
		if (PlanField.editorProblem(editor) == null) {
			roadmaps.addAll(Roadmaps.of(editor.report()));
			for (Roadmap each : roadmaps) {
				String subject = each.eContainer() instanceof EvaluationSubject holder ? holder.getNameJa() : ""; //$NON-NLS-1$
				// the title first, as the issue asks of pickers: a narrow list still tells which; the id last
				roadmap.add(NLS.bind(Messages.Export_roadmapChoice, new Object[] { String.valueOf(each.getTitleJa()), subject, each.getId() }));
			}
			if (!roadmaps.isEmpty()) {
				roadmap.select(0);
			}
		}
		roadmap.addListener(SWT.Selection, event -> update());
		plan = new PlanField(composite, FileField.Kind.SAVE, this::update);
		setControl(composite);
		update();
	}

	private void update() {
		String problem = PlanField.editorProblem(editor);
		if (problem == null && roadmaps.isEmpty()) {
			problem = Messages.Export_noRoadmaps;
		}
		String planProblem = problem == null ? plan.problem() : null;
		boolean first = Messages.Plan_missing.equals(planProblem);
		setErrorMessage(problem != null ? problem : first ? null : planProblem);
		if (problem == null && planProblem == null && Files.exists(plan.path())) {
			setMessage(NLS.bind(Messages.Plan_replaces, plan.path()), IMessageProvider.WARNING);
		} else {
			setMessage(first ? planProblem : null);
		}
		setPageComplete(problem == null && planProblem == null);
	}

	Roadmap roadmap() {
		return roadmaps.get(roadmap.getSelectionIndex());
	}

	Path planFile() {
		return plan.path();
	}
}
