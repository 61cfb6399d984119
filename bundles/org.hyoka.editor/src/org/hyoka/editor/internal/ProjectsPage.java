package org.hyoka.editor.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.RoleAssignment;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchItem;
import org.hyoka.model.program.ResearchTask;

/**
 * The projects (研究開発課題) of the program, master and details: the list of projects by letter, and for the one
 * selected its period, leaders, performers, research items (研究開発項目), tasks and budget tables. Names of
 * projects and research items are edited in place.
 */
public final class ProjectsPage extends ModelFormPage {

	public static final String ID = "org.hyoka.editor.page.projects"; //$NON-NLS-1$

	private final BudgetTables budgets = new BudgetTables();
	private EObjectTable<Project> master;
	private ScrolledForm details;
	private Project shown;
	private EObjectTable<ResearchItem> items;
	private EObjectTable<ResearchTask> tasks;
	private EObjectTable<RoleAssignment> leaders;

	public ProjectsPage(EvaluationEditor editor) {
		super(editor, ID, Messages.pageProjects, Messages.pageProjectsTitle);
	}

	@Override
	protected void fill() {
		FormToolkit toolkit = getManagedForm().getToolkit();
		shown = null;
		Program program = editor.report().getProgram();
		if (program == null || program.getProjects().isEmpty()) {
			master = null;
			toolkit.createLabel(content, Messages.noProjects, SWT.WRAP);
			return;
		}
		SashForm sash = new SashForm(content, SWT.HORIZONTAL);
		toolkit.adapt(sash);
		// small preferred size: the sash takes the page's size and the details scroll on their own
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 400).applyTo(sash);
		Composite left = toolkit.createComposite(sash);
		GridLayoutFactory.fillDefaults().margins(0, 0).applyTo(left);
		master = table(left, program::getProjects);
		master.column(Messages.columnLetter, 2, 48, SWT.CENTER, project -> Texts.firstOf(project.getLetterCode(), project.getLetterCodePrinted()))
				.editableColumn(Messages.columnProject, 10, 120, SWT.LEFT, project -> project, BasePackage.Literals.NAMED__NAME_JA)
				.refresh();
		GridDataFactory.fillDefaults().grab(true, true).applyTo(master.control());
		details = toolkit.createScrolledForm(sash);
		GridLayoutFactory.fillDefaults().margins(8, 0).applyTo(details.getBody());
		sash.setWeights(2, 5);
		master.viewer().addSelectionChangedListener(event -> show(selected()));
		select(program.getProjects().get(0));
	}

	/** Selects a project in the master list and shows its details. */
	public void select(Project project) {
		master.viewer().setSelection(new StructuredSelection(project), true);
	}

	private Project selected() {
		return ((IStructuredSelection) master.viewer().getSelection()).getFirstElement() instanceof Project project ? project : null;
	}

	private void show(Project project) {
		Point origin = project == shown ? details.getOrigin() : new Point(0, 0);
		shown = project;
		for (Control child : details.getBody().getChildren()) {
			child.dispose();
		}
		budgets.clear();
		items = null;
		tasks = null;
		leaders = null;
		if (project == null) {
			details.setText(""); //$NON-NLS-1$
			details.reflow(true);
			return;
		}
		details.setText(ObjectLabels.of(project));
		Composite body = details.getBody();

		Composite fields = section(body, Messages.sectionProject, Messages.sectionProjectDescription);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(fields);
		field(fields, Messages.fieldPeriod, Texts.period(project.getPeriod()));
		field(fields, Messages.fieldShortName, Texts.firstOf(project.getShortName()));
		field(fields, Messages.fieldPerformers,
				Texts.join(project.getResearchTasks().stream().flatMap(task -> task.getPerformers().stream()).map(Texts::name)));
		field(fields, Messages.fieldPurpose, Texts.firstOf(project.getPurpose()));

		Composite people = section(body, Messages.sectionLeaders, Messages.sectionLeadersDescription);
		GridLayoutFactory.fillDefaults().applyTo(people);
		leaders = table(people, project::getLeaders);
		leaders.column(Messages.columnRole, 10, 100, leader -> Texts.firstOf(leader.getRolePrinted(),
						label(leader, BasePackage.Literals.ROLE_ASSIGNMENT__ROLE, leader.getRole())))
				.column(Messages.columnName, 10, 90, leader -> Texts.name(leader.getPerson()))
				.column(Messages.columnOrganization, 25, 150, leader -> Texts.firstOf(leader.getPositionText(), Texts.name(leader.getOrganization())))
				.refresh();

		Composite work = section(body, Messages.sectionResearchItems, Messages.sectionResearchItemsDescription);
		GridLayoutFactory.fillDefaults().applyTo(work);
		items = table(work, project::getResearchItems);
		items.column(Messages.columnCode, 3, 50, item -> Texts.firstOf(item.getCode()))
				.editableColumn(Messages.columnTitle, 20, 200, SWT.LEFT, item -> item, BasePackage.Literals.NAMED__NAME_JA)
				.column(Messages.columnDescription, 25, 150, item -> Texts.firstOf(item.getDescription()))
				.refresh();

		Composite taskArea = section(body, Messages.sectionTasks, Messages.sectionTasksDescription);
		GridLayoutFactory.fillDefaults().applyTo(taskArea);
		tasks = table(taskArea, project::getResearchTasks);
		tasks.column(Messages.columnCode, 8, 90, task -> Texts.firstOf(task.getCode()))
				.column(Messages.columnTitle, 30, 200, task -> Texts.name(task))
				.column(Messages.columnPerformers, 12, 110, task -> Texts.names(task.getPerformers()))
				.column(Messages.columnInvestigator, 6, 80, task -> Texts.name(task.getPrincipalInvestigator()))
				.column(Messages.columnItems, 6, 80, task -> Texts.join(task.getItems().stream().map(ResearchItem::getCode)))
				.column(Messages.columnRound, 6, 80, task -> Texts.firstOf(task.getSelectionRound()))
				.refresh();

		FormToolkit toolkit = getManagedForm().getToolkit();
		for (BudgetTable table : project.getBudgetTables()) {
			Composite area = section(body, Texts.firstOf(table.getTitlePrinted(), table.getKindPrinted(), Messages.sectionBudget),
					Messages.sectionBudgetDescription);
			GridLayoutFactory.fillDefaults().applyTo(area);
			budgets.add(toolkit, area, table);
		}
		details.reflow(true);
		details.setOrigin(origin);
	}

	/** The page is a master and details while the program has projects, a message otherwise. */
	@Override
	protected List<Object> structure() {
		Program program = editor.report().getProgram();
		return List.of(program == null || program.getProjects().isEmpty());
	}

	@Override
	protected void modelChanged() {
		Project previous = shown;
		master.refresh();
		List<Project> projects = editor.report().getProgram().getProjects();
		Project next = projects.contains(previous) ? previous : projects.get(0);
		if (!next.equals(selected())) {
			select(next);
		}
		// labels of the details read the model once: build them again, where the reader was
		show(next);
	}

	/** The list of projects. */
	public EObjectTable<Project> master() {
		return master;
	}

	/** The project whose details show. */
	public Project shown() {
		return shown;
	}

	/** The research items of the project shown. */
	public EObjectTable<ResearchItem> researchItems() {
		return items;
	}

	/** The research tasks of the project shown. */
	public EObjectTable<ResearchTask> researchTasks() {
		return tasks;
	}

	/** The leaders of the project shown. */
	public EObjectTable<RoleAssignment> leaders() {
		return leaders;
	}
}
