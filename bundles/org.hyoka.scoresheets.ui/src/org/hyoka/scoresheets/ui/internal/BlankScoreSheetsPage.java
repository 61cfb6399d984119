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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.hyoka.edit.ui.widgets.FileField;
import org.hyoka.scoresheets.Evaluator;
import org.hyoka.scoresheets.ScoreSheets;

/** The evaluation, the folder, and whom the sheets are for. */
final class BlankScoreSheetsPage extends WizardPage {

	/** The page setting of the user's choice not to open the folder. */
	private static final String DONT_OPEN = "dontOpen"; //$NON-NLS-1$

	private final IWorkbenchPage workbenchPage;
	private final Path initialSource;
	private SourceField source;
	private FileField folder;
	private Label evaluators;
	private Button openFolder;
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
		openFolder = new Button(page, SWT.CHECK);
		openFolder.setText(Messages.Blank_openFolder);
		// on unless the user turned it off: the sheets are to be sent, from the folder they are in
		openFolder.setSelection(!PageSettings.of(getName()).getBoolean(DONT_OPEN));
		GridDataFactory.swtDefaults().span(3, 1).applyTo(openFolder);
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

	/** Whether to open the folder once the sheets are written; the choice is kept for the next time. */
	boolean opensFolder() {
		PageSettings.of(getName()).put(DONT_OPEN, !openFolder.getSelection());
		return openFolder.getSelection();
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
