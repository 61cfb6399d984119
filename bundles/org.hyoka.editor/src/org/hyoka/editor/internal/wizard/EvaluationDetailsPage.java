package org.hyoka.editor.internal.wizard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hyoka.core.skeleton.EvaluationSkeleton;
import org.hyoka.core.skeleton.EvaluationSkeleton.ProjectSpec;
import org.hyoka.core.skeleton.EvaluationSkeleton.Spec;
import org.hyoka.core.skeleton.EvaluationSkeleton.SpecProblem;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.edit.ui.Spreadsheet;
import org.hyoka.edit.ui.Spreadsheet.Position;
import org.hyoka.edit.ui.TabSeparated;
import org.hyoka.editor.internal.Texts;
import org.hyoka.model.evaluation.EvaluationType;

/** The program, the type of evaluation, the fiscal years and the projects of a new evaluation. */
public class EvaluationDetailsPage extends WizardPage {

	/** A row of the projects table; mutable while the user edits it. */
	public static final class ProjectRow {
		String letterCode;
		String name;

		ProjectRow(String letterCode, String name) {
			this.letterCode = letterCode;
			this.name = name;
		}
	}

	public static final String YEAR_FIELD = "org.hyoka.editor.yearField"; //$NON-NLS-1$

	private final List<ProjectRow> projects = new ArrayList<>();
	private Text programName;
	private ComboViewer type;
	private YearField start;
	private YearField end;
	private YearField evaluationYear;
	private TableViewer projectTable;
	private Spreadsheet sheet;
	/** The table's edits; the rows are the page's own until Finish makes the evaluation. */
	private final CommandStack edits = new BasicCommandStack();
	// As in Eclipse's own wizards, a fresh page is incomplete but names no error until the user changes something.
	private boolean changed;

	EvaluationDetailsPage() {
		super("details"); //$NON-NLS-1$
		setTitle(Messages.detailsPageTitle);
		setDescription(Messages.detailsPageDescription);
		projects.add(new ProjectRow("A", "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(composite);

		label(composite, Messages.programName);
		programName = new Text(composite, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(programName);
		programName.addModifyListener(e -> update());

		label(composite, Messages.evaluationType);
		type = new ComboViewer(composite, SWT.READ_ONLY);
		type.setContentProvider(ArrayContentProvider.getInstance());
		type.setLabelProvider(LabelProvider.createTextProvider(element -> typeName((EvaluationType) element)));
		type.setInput(EvaluationType.VALUES);
		type.setSelection(new StructuredSelection(EvaluationType.INTERIM));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(type.getControl());

		int thisYear = FiscalYears.of(LocalDate.now());
		start = new YearField(composite, "start", Messages.startFiscalYear, thisYear - 2); //$NON-NLS-1$
		end = new YearField(composite, "end", Messages.endFiscalYear, thisYear + 2); //$NON-NLS-1$
		evaluationYear = new YearField(composite, "evaluation", Messages.evaluationFiscalYear, thisYear); //$NON-NLS-1$

		Label projectsLabel = label(composite, Messages.projects);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(projectsLabel);
		createProjectTable(composite);
		Composite buttons = new Composite(composite, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		button(buttons, Messages.addProject, this::addProject);
		button(buttons, Messages.removeProject, this::removeSelectedProjects);

		setControl(composite);
		update();
		changed = true;
	}

	private void createProjectTable(Composite parent) {
		projectTable = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		projectTable.getTable().setHeaderVisible(true);
		projectTable.getTable().setLinesVisible(true);
		projectTable.setContentProvider(ArrayContentProvider.getInstance());
		// cells as the editor's tables have them, for users who come from Excel: typing, a double-click and F2 edit,
		// Tab goes from cell to cell, a block copied from a sheet goes into the cells and adds the rows it needs
		sheet = Spreadsheet.of(projectTable, edits).growing(() -> {
			ProjectRow row = new ProjectRow(nextLetterCode(), ""); //$NON-NLS-1$
			return RowChange.of(row, () -> projects.add(row), () -> projects.remove(row));
		}).pasteStart(this::pasteStart).problems(problem -> {
			if (problem == null) {
				update();
			} else {
				setErrorMessage(problem);
			}
		});
		edits.addCommandStackListener(event -> {
			projectTable.refresh();
			update();
		});
		column(Messages.letterCode, 80, row -> row.letterCode, (row, value) -> row.letterCode = value);
		column(Messages.projectName, 320, row -> row.name, (row, value) -> row.name = value);
		// once the columns are there: items made before them would show the rows' toString
		projectTable.setInput(projects);
		Table table = projectTable.getTable();
		WizardTablePaste.track(table, text -> sheet.paste(TabSeparated.parse(text)));
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 140).applyTo(table);
	}

	private void column(String title, int width, Function<ProjectRow, String> getter, BiConsumer<ProjectRow, String> setter) {
		TableViewerColumn column = new TableViewerColumn(projectTable, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> getter.apply((ProjectRow) element)));
		sheet.textColumn(column, row -> getter.apply((ProjectRow) row),
				(row, text) -> RowChange.text(row, getter.apply((ProjectRow) row), text, value -> setter.accept((ProjectRow) row, value)));
	}

	/**
	 * Where a block copied from a sheet goes: a block of two columns or more is letters and names, from the row's
	 * letter; with no row selected, as after Tab into the table, from the first project without a name (the page starts
	 * with A), else after the last.
	 */
	private Position pasteStart(Position selected, List<List<String>> block) {
		boolean lettersAndNames = block.stream().anyMatch(cells -> cells.size() > 1);
		int row = selected != null ? selected.row() : (int) projects.stream().takeWhile(project -> !project.name.isBlank()).count();
		return new Position(row, lettersAndNames ? 0 : selected != null ? selected.column() : 1);
	}

	/** Adds the letter after the last one (A, B, C …) and lets the user type its name. */
	void addProject() {
		ProjectRow row = new ProjectRow(nextLetterCode(), ""); //$NON-NLS-1$
		projects.add(row);
		projectTable.refresh();
		projectTable.editElement(row, 1);
		update();
	}

	private String nextLetterCode() {
		char next = 'A';
		for (ProjectRow row : projects) {
			if (row.letterCode.length() == 1 && row.letterCode.charAt(0) >= next && row.letterCode.charAt(0) < 'Z') {
				next = (char) (row.letterCode.charAt(0) + 1);
			}
		}
		return String.valueOf(next);
	}

	private void removeSelectedProjects() {
		projects.removeAll(((IStructuredSelection) projectTable.getSelection()).toList());
		projectTable.refresh();
		update();
	}

	/** What the user entered, as the skeleton builder takes it. */
	public Spec spec() {
		List<ProjectSpec> specs = projects.stream().map(row -> new ProjectSpec(row.letterCode, row.name)).toList();
		return new Spec(programName.getText(), (EvaluationType) type.getStructuredSelection().getFirstElement(), specs,
				start.year(), end.year(), evaluationYear.year());
	}

	private void update() {
		if (programName == null || evaluationYear == null) {
			return; // still building the page
		}
		start.showEra();
		end.showEra();
		evaluationYear.showEra();
		SpecProblem problem = spec().problem();
		setErrorMessage(problem == null || !changed ? null : message(problem));
		setPageComplete(problem == null);
	}

	private static String message(SpecProblem problem) {
		return switch (problem.kind()) {
		case PROGRAM_NAME_MISSING -> Messages.programNameMissing;
		case YEAR_OUT_OF_RANGE -> NLS.bind(Messages.yearOutOfRange, EvaluationSkeleton.MIN_FISCAL_YEAR,
				EvaluationSkeleton.MAX_FISCAL_YEAR);
		case PERIOD_REVERSED -> Messages.periodReversed;
		case LETTER_CODE_INVALID -> NLS.bind(Messages.letterCodeInvalid, problem.subject());
		case LETTER_CODE_DUPLICATE -> NLS.bind(Messages.letterCodeDuplicate, problem.subject());
		};
	}

	static String typeName(EvaluationType type) {
		return switch (type) {
		case EX_ANTE -> Messages.typeExAnte;
		case INTERIM -> Messages.typeInterim;
		case FINAL -> Messages.typeFinal;
		case FOLLOW_UP -> Messages.typeFollowUp;
		};
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().applyTo(button);
	}

	/** A fiscal year and, beside it, how the reports print it (令和6年度). */
	private final class YearField {
		private final Spinner spinner;
		private final Label era;

		/** @param id names the field for tests, under the data key {@link #YEAR_FIELD} */
		YearField(Composite parent, String id, String text, int initial) {
			label(parent, text);
			spinner = new Spinner(parent, SWT.BORDER);
			spinner.setValues(initial, EvaluationSkeleton.MIN_FISCAL_YEAR, EvaluationSkeleton.MAX_FISCAL_YEAR, 0, 1, 5);
			spinner.setData(YEAR_FIELD, id);
			era = new Label(parent, SWT.NONE);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(era);
			spinner.addModifyListener(e -> update());
		}

		int year() {
			return spinner.getSelection();
		}

		void showEra() {
			era.setText(Texts.year(year()));
		}
	}
}
