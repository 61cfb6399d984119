package org.hyoka.scoresheets.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.hyoka.edit.ui.widgets.FileField;
import org.hyoka.scoresheets.Evaluator;
import org.hyoka.scoresheets.ScoreSheets;

/** The evaluation, the folder, and whom the sheets are for. */
final class BlankScoreSheetsPage extends WizardPage {

	private final IWorkbenchPage workbenchPage;
	private final Path initialSource;
	private SourceField source;
	private FileField folder;
	private Label evaluators;
	private EvaluationTarget target;

	BlankScoreSheetsPage(IWorkbenchPage workbenchPage, Path initialSource) {
		super("blankScoreSheets"); //$NON-NLS-1$
		this.workbenchPage = workbenchPage;
		this.initialSource = initialSource;
		setTitle(Messages.Blank_pageTitle);
		setDescription(Messages.Blank_pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		source = new SourceField(page, initialSource, this::update);
		folder = new FileField(page, Messages.Blank_folder, FileField.Kind.FOLDER).browseLabel(Messages.Blank_browseFolder);
		evaluators = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(500, SWT.DEFAULT).applyTo(evaluators);
		if (initialSource != null && initialSource.getParent() != null) {
			folder.setText(initialSource.getParent().toString());
		}
		folder.onChange(this::update);
		setControl(page);
		update();
	}

	EvaluationTarget target() {
		return target;
	}

	Path folder() {
		return folder.path();
	}

	private void update() {
		String problem = source.problem();
		target = null;
		if (problem == null) {
			try {
				target = EvaluationTarget.open(workbenchPage, source.file());
			} catch (IOException | RuntimeException e) {
				problem = NLS.bind(Messages.Source_unreadable, source.file(), e.getMessage());
			}
		}
		evaluators.setText(target == null ? "" : NLS.bind(Messages.Blank_evaluators, //$NON-NLS-1$
				Evaluator.of(target.report()).stream().map(Evaluator::name).collect(Collectors.joining("、")))); //$NON-NLS-1$
		if (problem == null && folder() == null) {
			problem = Messages.Blank_folderMissing;
		} else if (problem == null && !Files.isDirectory(folder())) {
			problem = NLS.bind(Messages.Blank_folderNotFound, folder.getText().strip());
		}
		setErrorMessage(problem);
		// a sheet of the same name may be one a member has filled in: say so before Finish writes over it
		String replaced = problem != null || target == null ? "" : ScoreSheets.existing(target.report(), folder()).stream() //$NON-NLS-1$
				.map(sheet -> sheet.getFileName().toString()).collect(Collectors.joining("、")); //$NON-NLS-1$
		setMessage(replaced.isEmpty() ? null : NLS.bind(Messages.Blank_replaces, replaced), WARNING);
		setPageComplete(problem == null);
		evaluators.getParent().layout(true, true);
	}
}
