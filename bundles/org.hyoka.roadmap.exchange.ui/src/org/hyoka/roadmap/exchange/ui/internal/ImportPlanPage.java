package org.hyoka.roadmap.exchange.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.hyoka.edit.ui.widgets.FileField;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Program;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.Roadmaps;
import org.hyoka.roadmap.exchange.Plans;

/**
 * The plan to import, the subject whose roadmap it becomes, and whether it is a new roadmap or updates or replaces
 * one the subject has (#47). The plan is read as soon as its name is complete, so that a plan that cannot be read
 * says why (file, line and column) before Finish.
 */
final class ImportPlanPage extends WizardPage {

	private final EvaluationEditor editor;
	/** The plan proposed, or null. */
	private final Path proposed;
	private final List<EvaluationSubject> subjects = new ArrayList<>();
	private PlanField plan;
	private Combo subject;
	private Combo into;
	/** The subject's roadmaps, in the order {@link #into} offers each twice: update, then replace. */
	private final List<Roadmap> roadmaps = new ArrayList<>();
	private Label summary;
	private Roadmap roadmap;

	ImportPlanPage(EvaluationEditor editor, Path proposed) {
		super("plan"); //$NON-NLS-1$
		this.editor = editor;
		this.proposed = proposed;
		setTitle(Messages.Import_pageTitle);
		setDescription(Messages.Import_pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = PlanWizard.grid(parent);
		plan = new PlanField(composite, FileField.Kind.OPEN, this::update);
		subject = PlanWizard.choice(composite, Messages.Import_subject);
		if (PlanField.editorProblem(editor) == null) {
			subjects.addAll(Roadmaps.subjects(editor.report()));
			subjects.forEach(each -> subject.add(NLS.bind(each instanceof Program ? Messages.Import_program : Messages.Import_project, each.getNameJa())));
			if (!subjects.isEmpty()) {
				subject.select(0);
			}
		}
		into = PlanWizard.choice(composite, Messages.Import_into);
		subject.addListener(SWT.Selection, event -> {
			offerRoadmaps();
			update();
		});
		into.addListener(SWT.Selection, event -> update());
		offerRoadmaps();
		summary = new Label(composite, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		setControl(composite);
		if (proposed != null) {
			plan.set(proposed); // reads it
		} else {
			update();
		}
	}

	/** A new roadmap first, the choice of the wizard before it offered more, then each roadmap of the subject. */
	private void offerRoadmaps() {
		into.removeAll();
		roadmaps.clear();
		into.add(Messages.Import_new);
		if (subject.getSelectionIndex() >= 0) {
			roadmaps.addAll(Roadmaps.of(subject()));
		}
		for (Roadmap each : roadmaps) {
			String name = each.getTitleJa() == null || each.getTitleJa().isBlank() ? each.getId() : each.getTitleJa();
			// the id tells apart roadmaps of the same title
			into.add(NLS.bind(Messages.Import_update, name, each.getId()));
			into.add(NLS.bind(Messages.Import_replace, name, each.getId()));
		}
		into.select(0);
	}

	private void update() {
		roadmap = null;
		summary.setText(""); //$NON-NLS-1$
		String problem = PlanField.editorProblem(editor);
		if (problem == null) {
			problem = plan.problem();
		}
		if (problem == null && !Files.isRegularFile(plan.path())) {
			problem = NLS.bind(Messages.Plan_notFound, plan.path());
		}
		if (problem == null) {
			try {
				roadmap = Plans.read(plan.path());
				summary.setText(NLS.bind(target() == null ? Messages.Import_summary : replaces() ? Messages.Import_summaryReplace : Messages.Import_summaryUpdate,
						new Object[] { roadmap.getTitleJa(), roadmap.getLanes().size(), roadmap.getElements().size() }));
			} catch (IOException | RuntimeException e) {
				problem = String.valueOf(e.getMessage());
			}
		}
		// a missing name is the first step, not an error
		setErrorMessage(problem == null || problem.equals(Messages.Plan_missing) ? null : problem);
		setMessage(problem != null && problem.equals(Messages.Plan_missing) ? problem : null);
		summary.getParent().layout();
		setPageComplete(roadmap != null && subject.getSelectionIndex() >= 0);
	}

	/** The plan read, a roadmap without ids. */
	Roadmap roadmap() {
		return roadmap;
	}

	/** The program or project chosen. */
	EvaluationSubject subject() {
		return subjects.get(subject.getSelectionIndex());
	}

	/** The roadmap the plan updates or replaces, or null for a new one. */
	Roadmap target() {
		int chosen = into.getSelectionIndex();
		return chosen <= 0 ? null : roadmaps.get((chosen - 1) / 2);
	}

	/** Whether the plan replaces the lanes and elements of {@link #target()}, rather than updating the lanes it names. */
	boolean replaces() {
		return into.getSelectionIndex() > 0 && into.getSelectionIndex() % 2 == 0;
	}

	Path planFile() {
		return plan.path();
	}
}
