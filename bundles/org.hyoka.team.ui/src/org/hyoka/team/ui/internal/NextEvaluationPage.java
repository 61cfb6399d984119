package org.hyoka.team.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;
import org.hyoka.core.skeleton.EvaluationSkeleton;
import org.hyoka.core.skeleton.NextEvaluation;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.team.NextEvaluations;

/** The last evaluation (the selected file at first), the type and year of the next one, and the new file's name. */
final class NextEvaluationPage extends WizardPage {

	private static final String EXTENSION = ".hyoka"; //$NON-NLS-1$
	private static final List<EvaluationType> TYPES = List.of(EvaluationType.INTERIM, EvaluationType.FINAL,
			EvaluationType.FOLLOW_UP);
	// a fiscal year in a file name (saisei-iryo-2022.hyoka), replaced by the new year in the proposed name
	private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d(?!.*(19|20)\\d\\d)"); //$NON-NLS-1$

	private final IStructuredSelection selection;
	private Text sourceText;
	private Combo typeCombo;
	private Spinner yearSpinner;
	private Text nameText;
	private IFile source;
	/** The last evaluation as read from {@link #source}, or null when it could not be read. */
	private EvaluationReport previous;
	private String readProblem;
	/** Whether the user typed the name: else it follows the source and year. */
	private boolean nameTyped;

	NextEvaluationPage(IStructuredSelection selection) {
		super("next"); //$NON-NLS-1$
		this.selection = selection;
		setTitle(Messages.Next_title);
		setDescription(Messages.Next_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.Next_source);
		sourceText = new Text(area, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(sourceText);
		Button browse = new Button(area, SWT.PUSH);
		browse.setText(Messages.Next_browse);
		browse.addListener(SWT.Selection, event -> browse());
		new Label(area, SWT.NONE).setText(Messages.Next_type);
		typeCombo = new Combo(area, SWT.READ_ONLY);
		typeCombo.setItems(Messages.Next_interim, Messages.Next_final, Messages.Next_followUp);
		typeCombo.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(typeCombo);
		new Label(area, SWT.NONE).setText(Messages.Next_year);
		yearSpinner = new Spinner(area, SWT.BORDER);
		yearSpinner.setValues(java.time.Year.now().getValue(), EvaluationSkeleton.MIN_FISCAL_YEAR,
				EvaluationSkeleton.MAX_FISCAL_YEAR, 0, 1, 5);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(yearSpinner);
		new Label(area, SWT.NONE).setText(Messages.Next_file);
		nameText = new Text(area, SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(nameText);

		sourceText.addModifyListener(event -> sourceChanged());
		yearSpinner.addModifyListener(event -> {
			proposeName();
			validate();
		});
		typeCombo.addListener(SWT.Selection, event -> validate());
		nameText.addModifyListener(event -> {
			nameTyped = nameText.isFocusControl();
			validate();
		});
		if (selection != null && selection.getFirstElement() instanceof IFile file && file.getName().endsWith(EXTENSION)) {
			sourceText.setText(file.getFullPath().toString());
		} else {
			validate();
		}
		setControl(area);
	}

	private void browse() {
		FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(getShell(), false,
				ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
		dialog.setTitle(Messages.Next_browseTitle);
		dialog.setInitialPattern("*" + EXTENSION); //$NON-NLS-1$
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile file) {
			sourceText.setText(file.getFullPath().toString());
		}
	}

	/** Reads the file named, once, and proposes the year after its latest evaluation. */
	private void sourceChanged() {
		source = null;
		previous = null;
		readProblem = null;
		String path = sourceText.getText().strip();
		if (!path.isEmpty() && ResourcesPlugin.getWorkspace().getRoot().findMember(path) instanceof IFile file
				&& file.getLocation() != null) {
			source = file;
			try {
				previous = HyokaFiles.load(file.getLocation().toFile().toPath());
				Integer latest = NextEvaluation.latestYear(previous);
				if (latest != null && latest < EvaluationSkeleton.MAX_FISCAL_YEAR) {
					yearSpinner.setSelection(latest + 1);
				}
			} catch (IOException | RuntimeException e) {
				readProblem = e.getMessage();
			}
		}
		proposeName();
		validate();
	}

	private void proposeName() {
		if (nameTyped || source == null) {
			return;
		}
		String name = source.getName().substring(0, source.getName().length() - source.getFileExtension().length() - 1);
		Matcher year = YEAR.matcher(name);
		String proposed = year.find() ? year.replaceFirst(String.valueOf(year())) : name + "-" + year(); //$NON-NLS-1$
		nameText.setText(proposed + EXTENSION);
		nameTyped = false;
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String problem() {
		if (source == null) {
			return Messages.Next_noSource;
		}
		if (previous == null) {
			return NLS.bind(Messages.failed, source.getFullPath(), readProblem);
		}
		NextEvaluation.YearProblem yearProblem = NextEvaluation.yearProblem(previous, year());
		if (yearProblem != null) {
			return NextEvaluations.yearMessage(yearProblem, year(), previous);
		}
		String name = fileName();
		if (!name.endsWith(EXTENSION) || name.length() == EXTENSION.length() || name.contains("/") || name.contains("\\")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Messages.Next_badName;
		}
		if (source.getParent().getFile(org.eclipse.core.runtime.Path.fromPortableString(name)).exists()
				|| source.getParent().getLocation().append(name).toFile().exists()) {
			return NLS.bind(Messages.Next_exists, name);
		}
		return null;
	}

	IFile source() {
		return source;
	}

	EvaluationType type() {
		return TYPES.get(typeCombo.getSelectionIndex());
	}

	int year() {
		return yearSpinner.getSelection();
	}

	String fileName() {
		return nameText.getText().strip();
	}
}
