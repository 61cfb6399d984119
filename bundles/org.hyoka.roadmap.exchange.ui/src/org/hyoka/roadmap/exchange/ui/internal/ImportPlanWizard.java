package org.hyoka.roadmap.exchange.ui.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IImportWizard;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.exchange.Plans;

/**
 * File > Import… > Hyoka Workbench > Roadmap from a Plan: adds the plan as a new roadmap of the program or a project
 * of the evaluation in the active editor, as one command on its stack, so that one Undo removes it and saving the
 * editor keeps it.
 */
public class ImportPlanWizard extends PlanWizard implements IImportWizard {

	private ImportPlanPage page;

	public ImportPlanWizard() {
		super(Messages.Import_title);
	}

	@Override
	public void addPages() {
		page = new ImportPlanPage(editor);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Roadmap roadmap = page.roadmap();
		EvaluationSubject subject = page.subject();
		Plans.identify(roadmap, editor.report(), "rm-" + subject.getId() + "-plan"); //$NON-NLS-1$ //$NON-NLS-2$
		EditingDomain domain = editor.getEditingDomain();
		Command add = AddCommand.create(domain, subject, ProgramPackage.Literals.EVALUATION_SUBJECT__EXTENSIONS, roadmap);
		domain.getCommandStack().execute(add);
		return true;
	}
}
