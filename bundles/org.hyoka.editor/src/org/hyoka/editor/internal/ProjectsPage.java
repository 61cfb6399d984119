package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IFormColors;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hyoka.core.skeleton.EvaluationSkeleton;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.edit.ui.ListEditor;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.RevealingPage;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.Named;
import org.hyoka.model.base.RoleAssignment;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchItem;
import org.hyoka.model.program.ResearchTask;

/**
 * The projects (研究開発課題) of the program, master and details: the list of projects by letter, and for the one
 * selected its period (first and last fiscal year), leaders, performers, research items (研究開発項目), tasks,
 * budget tables and narrative sections. Names of projects and research items, and the years of the period, are
 * edited in place; a task's performers, principal investigator and research items are chosen in a dialog.
 */
public final class ProjectsPage extends SubjectPage implements RevealingPage {

	public static final String ID = "org.hyoka.editor.page.projects"; //$NON-NLS-1$

	/** The projects' list first, then the lists of the details. */
	private final List<ListEditor<?>> lists = new ArrayList<>();
	private final List<Runnable> fields = new ArrayList<>();
	/** Bind the text fields to the project shown. */
	private final List<Runnable> textFields = new ArrayList<>();
	private Control narrativeSection;
	private EObjectTable<Project> master;
	private ScrolledForm details;
	private Project shown;
	/** What the details' sizes depended on when last laid out ({@link #sizes}); null before. */
	private List<Object> shownSizes;
	private EObjectTable<ResearchItem> items;
	private EObjectTable<ResearchTask> tasks;
	private EObjectTable<RoleAssignment> leaders;
	private ListEditor<ResearchTask> taskList;

	public ProjectsPage(EvaluationEditor editor) {
		super(editor, ID, Messages.pageProjects, Messages.pageProjectsTitle);
	}

	@Override
	protected void fill() {
		FormToolkit toolkit = getManagedForm().getToolkit();
		shown = null;
		lists.clear();
		fields.clear();
		textFields.clear();
		items = null;
		tasks = null;
		leaders = null;
		taskList = null;
		Program program = editor.report().getProgram();
		if (program == null) {
			master = null;
			toolkit.createLabel(content, Messages.noProgram, SWT.WRAP);
			return;
		}
		SashForm sash = new SashForm(content, SWT.HORIZONTAL);
		toolkit.adapt(sash);
		// small preferred size: the sash takes the page's size and the details scroll on their own
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 400).applyTo(sash);
		Composite left = toolkit.createComposite(sash);
		GridLayoutFactory.fillDefaults().margins(0, 0).applyTo(left);
		ListEditor<Project> projects = list(left, program::getProjects, ProgramPackage.Literals.PROJECT);
		projects.addition(typeName(ProgramPackage.Literals.PROJECT), this::addProject).removal(this::removeProject).buttonsAbove();
		master = projects.table();
		master.editableColumn(Messages.columnLetter, 2, 48, SWT.CENTER, project -> project, ProgramPackage.Literals.PROJECT__LETTER_CODE,
						project -> Texts.firstOf(project.getLetterCode(), Printed.of(project, ProgramPackage.Literals.PROJECT__LETTER_CODE)))
				.editableColumn(Messages.columnProject, 10, 120, SWT.LEFT, project -> project, BasePackage.Literals.NAMED__NAME_JA)
				.refresh();
		lists.add(projects);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(projects.control());
		// scrolls down only: with a sideways scroll bar, focusing a field that reaches the right edge scrolled the
		// details sideways by the width of the vertical bar, cutting off their left edge
		details = new ScrolledForm(sash, SWT.V_SCROLL | toolkit.getOrientation());
		details.setExpandHorizontal(true);
		details.setExpandVertical(true);
		toolkit.adapt(details);
		details.setForeground(toolkit.getColors().getColor(IFormColors.TITLE));
		details.setFont(JFaceResources.getHeaderFont());
		GridLayoutFactory.fillDefaults().margins(8, 0).applyTo(details.getBody());
		sash.setWeights(2, 5);
		master.viewer().addSelectionChangedListener(event -> show(selected()));
		if (!program.getProjects().isEmpty()) {
			select(program.getProjects().get(0));
		}
	}

	/** Selects a project in the master list and shows its details. */
	public void select(Project project) {
		master.viewer().setSelection(new StructuredSelection(project), true);
	}

	private Project selected() {
		return ((IStructuredSelection) master.viewer().getSelection()).getFirstElement() instanceof Project project ? project : null;
	}

	/**
	 * Shows the project in the details: built once, then the same widgets read the project selected now (its tables
	 * and lists, fields bound anew), so that clicking through the projects is quick; so do the sections of the budget
	 * tables, whose years' columns follow the project's years.
	 */
	private void show(Project project) {
		Point origin = project == shown ? details.getOrigin() : new Point(0, 0);
		Project before = shown;
		shown = project;
		String heading = project == null ? "" : ObjectLabels.of(project); //$NON-NLS-1$
		// one layout of the details once all is updated: the tables' refreshes, the sections built and the heading's
		// ScrolledForm.setText (which reflows the form) each laid them out whole, the heading alone in half the time
		// of a selection (docs/benchmarks.md, "The editor's UI tests")
		details.setLayoutDeferred(true);
		try {
			if (project == null) {
				clear();
			} else {
				update(project, before);
			}
			// a reflow measures every widget of the details again: only when their sizes may have changed, or the
			// heading comes or goes; another heading's text alone lays out the heading. Details not laid out yet
			// (the page being built) are measured when they get their size, which reflows them.
			List<Object> sizes = sizes(details.getBody(), new ArrayList<>());
			boolean reflow = !sizes.equals(shownSizes) || heading.isEmpty() != details.getText().isEmpty();
			boolean sized = details.getSize().x > 0;
			shownSizes = sized ? sizes : null;
			if (!heading.equals(details.getText())) {
				details.getForm().setText(heading);
			}
			if (reflow && sized) {
				details.reflow(true);
			}
		} finally {
			details.setLayoutDeferred(false);
		}
		details.setOrigin(origin);
	}

	/**
	 * What the sizes of the control and those within it depend on, where the details change it in place: each
	 * table with its rows and columns, the text of each label that wraps and of each section's title and description.
	 */
	private static List<Object> sizes(Control control, List<Object> into) {
		if (control instanceof Table table) {
			into.add(table);
			into.add(table.getItemCount());
			into.add(table.getColumnCount());
			return into;
		}
		if (control instanceof Label label && (label.getStyle() & SWT.WRAP) != 0) {
			into.add(label.getText());
		} else if (control instanceof org.eclipse.ui.forms.widgets.Section section) {
			into.add(section.getText());
			into.add(Objects.toString(section.getDescription()));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				sizes(child, into);
			}
		}
		return into;
	}

	/** The details without a project: none of its widgets. */
	private void clear() {
		for (Control child : details.getBody().getChildren()) {
			child.dispose();
		}
		lists.subList(1, lists.size()).clear();
		fields.clear();
		textFields.clear();
		rebind();
		items = null;
		tasks = null;
		leaders = null;
		taskList = null;
	}

	/** The details of the project, built the first time, else updated from the one shown before. */
	private void update(Project project, Project before) {
		boolean built = leaders != null;
		if (!built) {
			rebind();
			buildDetails(project);
		} else if (project != before) {
			rebind();
			textFields.forEach(Runnable::run);
		}
		// first, so that the refreshes below read the project's tables; new sections go before the narratives
		budgetTables(details.getBody(), project).forEach(section -> section.moveAbove(narrativeSection));
		if (built) {
			lists.subList(1, lists.size()).forEach(ListEditor::refresh);
			fields.forEach(Runnable::run);
			updateSubject();
		}
	}

	/** The details' sections but the budget tables', on the project shown whichever it is. */
	private void buildDetails(Project project) {
		Composite body = details.getBody();
		Composite fields = section(body, Messages.sectionProject, Messages.sectionProjectDescription);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(fields);
		period(fields, () -> shown);
		projectText(fields, project, ProgramPackage.Literals.PROJECT__SHORT_NAME, Messages.fieldShortName, SWT.SINGLE);
		field(fields, Messages.fieldPerformers,
				() -> Texts.join(shown.getResearchTasks().stream().flatMap(task -> task.getPerformers().stream()).map(Texts::name)));
		projectText(fields, project, ProgramPackage.Literals.EVALUATION_SUBJECT__PURPOSE, Messages.fieldPurpose, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);

		Composite people = section(body, Messages.sectionLeaders, Messages.sectionLeadersDescription);
		GridLayoutFactory.fillDefaults().applyTo(people);
		ListEditor<RoleAssignment> leaderList = list(people, () -> shown.getLeaders(), BasePackage.Literals.ROLE_ASSIGNMENT);
		leaderList.addition(typeName(BasePackage.Literals.ROLE_ASSIGNMENT), domain -> addLeader(domain, shown));
		leaders = leaderList.table();
		leaders.editableColumn(Messages.columnRole, 10, 100, SWT.LEFT, leader -> leader, BasePackage.Literals.ROLE_ASSIGNMENT__ROLE,
						leader -> Printed.or(leader, BasePackage.Literals.ROLE_ASSIGNMENT__ROLE, () -> statedLabel(leader, BasePackage.Literals.ROLE_ASSIGNMENT__ROLE)))
				.editableColumn(Messages.columnName, 10, 90, SWT.LEFT, RoleAssignment::getPerson, BasePackage.Literals.NAMED__NAME_JA)
				.editableColumn(Messages.columnOrganization, 25, 150, SWT.LEFT, leader -> leader, BasePackage.Literals.ROLE_ASSIGNMENT__POSITION_TEXT,
						leader -> Texts.firstOf(leader.getPositionText(), Texts.name(leader.getOrganization())))
				.refresh();
		lists.add(leaderList);

		Composite work = section(body, Messages.sectionResearchItems, Messages.sectionResearchItemsDescription);
		GridLayoutFactory.fillDefaults().applyTo(work);
		ListEditor<ResearchItem> itemList = list(work, () -> shown.getResearchItems(), ProgramPackage.Literals.RESEARCH_ITEM);
		itemList.addition(typeName(ProgramPackage.Literals.RESEARCH_ITEM), domain -> addItem(domain, shown))
				.longText(Messages.columnDescription, ProgramPackage.Literals.RESEARCH_ITEM__DESCRIPTION);
		items = itemList.table();
		items.editableColumn(Messages.columnCode, 3, 50, SWT.LEFT, item -> item, ProgramPackage.Literals.RESEARCH_ITEM__CODE)
				.editableColumn(Messages.columnTitle, 20, 200, SWT.LEFT, item -> item, BasePackage.Literals.NAMED__NAME_JA)
				.column(Messages.columnDescription, 25, 150, item -> Texts.firstOf(item.getDescription()))
				.refresh();
		lists.add(itemList);

		Composite taskArea = section(body, Messages.sectionTasks, Messages.sectionTasksDescription);
		GridLayoutFactory.fillDefaults().applyTo(taskArea);
		taskList = list(taskArea, () -> shown.getResearchTasks(), ProgramPackage.Literals.RESEARCH_TASK);
		taskList.addition(typeName(ProgramPackage.Literals.RESEARCH_TASK), domain -> addTask(domain, shown))
				.action(Messages.choosePerformers, Messages.columnPerformers, task -> choose(task, ProgramPackage.Literals.RESEARCH_TASK__PERFORMERS,
						Messages.columnPerformers, Messages.choosePerformersMessage, editor.report().getOrganizations(),
						NewObjects.organizations(editor.report())))
				.action(Messages.chooseInvestigator, Messages.columnInvestigator, task -> choose(task,
						ProgramPackage.Literals.RESEARCH_TASK__PRINCIPAL_INVESTIGATOR, Messages.columnInvestigator,
						Messages.chooseInvestigatorMessage, editor.report().getPersons(), NewObjects.persons(editor.report())))
				.action(Messages.chooseItems, Messages.columnItems, task -> choose(task, ProgramPackage.Literals.RESEARCH_TASK__ITEMS,
						Messages.columnItems, Messages.chooseItemsMessage, shown.getResearchItems(), null));
		tasks = taskList.table();
		tasks.editableColumn(Messages.columnCode, 8, 90, SWT.LEFT, task -> task, ProgramPackage.Literals.RESEARCH_TASK__CODE)
				.editableColumn(Messages.columnTitle, 30, 200, SWT.LEFT, task -> task, BasePackage.Literals.NAMED__NAME_JA, Texts::name)
				.column(Messages.columnPerformers, 12, 110, task -> Texts.names(task.getPerformers()))
				.column(Messages.columnInvestigator, 6, 80, task -> Texts.name(task.getPrincipalInvestigator()))
				.column(Messages.columnItems, 6, 80, task -> Texts.join(task.getItems().stream().map(ResearchItem::getCode)))
				.editableColumn(Messages.columnRound, 6, 80, SWT.LEFT, task -> task, ProgramPackage.Literals.RESEARCH_TASK__SELECTION_ROUND)
				.refresh();
		lists.add(taskList);

		budgetList(body, () -> shown);
		// the narratives' section, below which the budget tables' sections come
		narrativeSection = narratives(body, () -> shown).control().getParent().getParent();
	}

	/** A project, its leaders, research items, tasks and budget tables. */
	@Override
	public boolean shows(EObject object) {
		return within(object, enclosing(object, Project.class), ProgramPackage.Literals.EVALUATION_SUBJECT__LEADERS,
				ProgramPackage.Literals.PROJECT__RESEARCH_ITEMS, ProgramPackage.Literals.PROJECT__RESEARCH_TASKS,
				ProgramPackage.Literals.EVALUATION_SUBJECT__BUDGET_TABLES, ProgramPackage.Literals.EVALUATION_SUBJECT__NARRATIVES);
	}

	/** Shows the object's project in the details first. */
	@Override
	public void reveal(EObject object, EStructuralFeature feature, boolean focus) {
		Project project = enclosing(object, Project.class);
		if (master != null && project != null && project != shown) {
			select(project);
		}
		super.reveal(object, feature, focus);
	}

	/** The page is a master and details while there is a program, a message otherwise. */
	@Override
	protected List<Object> structure() {
		return List.of(editor.report().getProgram() == null);
	}

	@Override
	protected void modelChanged() {
		List<Project> projects = editor.report().getProgram().getProjects();
		Project next = projects.contains(shown) ? shown : projects.isEmpty() ? null : projects.get(0);
		lists.get(0).refresh();
		if (next != null && !next.equals(selected())) {
			// which shows it
			select(next);
		} else {
			// the same widgets updated in place, so that a cell being edited stays, unless the budget tables changed
			show(next);
		}
	}

	/**
	 * The new project: the next free letter, and the program's period until the user says otherwise; and, as one
	 * command, its evaluation like the report's others (type, year, an empty score table), so that score sheets and
	 * the Scores page include it.
	 */
	private Command addProject(EditingDomain domain) {
		EvaluationReport report = editor.report();
		Program program = report.getProgram();
		Project project = ProgramFactory.eINSTANCE.createProject();
		String letter = nextCode(program.getProjects().stream().map(Project::getLetterCode).toList(), "A"); //$NON-NLS-1$
		project.setId(NewObjects.id(program, "prj-" + letter)); //$NON-NLS-1$
		project.setLetterCode(letter);
		if (program.getPeriod() != null) {
			project.setPeriod(EcoreUtil.copy(program.getPeriod()));
		}
		Command add = ListEditor.add(domain, program, ProgramPackage.Literals.PROGRAM__PROJECTS, project);
		if (report.getEvaluations().isEmpty()) {
			return add;
		}
		Evaluation evaluation = EvaluationSkeleton.evaluationLike(report.getEvaluations().get(0), project);
		evaluation.setId(NewObjects.id(report, "eval-" + letter)); //$NON-NLS-1$
		CompoundCommand both = new CompoundCommand(add.getLabel(), add.getDescription());
		both.append(add);
		both.append(AddCommand.create(domain, report, HyokaPackage.Literals.EVALUATION_REPORT__EVALUATIONS, evaluation));
		return both;
	}

	/**
	 * The project and its evaluations, as one command: an evaluation of a project that is gone would be scored and
	 * printed for nothing. References to either (a finding's, another project's predecessor) go as Delete takes them.
	 */
	private Command removeProject(Project project) {
		List<EObject> doomed = new ArrayList<>();
		doomed.add(project);
		editor.report().getEvaluations().stream().filter(evaluation -> evaluation.getTarget() == project).forEach(doomed::add);
		return DeleteCommand.create(domain(), doomed);
	}

	/** The task's performers, principal investigator or research items, as the user chooses them in a dialog. */
	private <T extends Named> Command choose(ResearchTask task, EReference reference, String title, String message,
			List<? extends T> candidates, ChooseDialog.Creation<T> creation) {
		return ChooseDialog.choose(getSite().getShell(), domain(), NLS.bind(Messages.chooseTitle, title, Texts.name(task)), message, task,
				reference, candidates, creation);
	}

	private Command addLeader(EditingDomain domain, Project project) {
		CompoundCommand command = new CompoundCommand();
		RoleAssignment leader = BaseFactory.eINSTANCE.createRoleAssignment();
		leader.setPerson(NewObjects.person(domain, editor.report(), command));
		command.append(ListEditor.add(domain, project, ProgramPackage.Literals.EVALUATION_SUBJECT__LEADERS, leader));
		return command;
	}

	private static Command addItem(EditingDomain domain, Project project) {
		ResearchItem item = ProgramFactory.eINSTANCE.createResearchItem();
		item.setId(NewObjects.id(project, project.getId() + "-item")); //$NON-NLS-1$
		item.setCode(nextCode(project.getResearchItems().stream().map(ResearchItem::getCode).toList(), "1")); //$NON-NLS-1$
		return ListEditor.add(domain, project, ProgramPackage.Literals.PROJECT__RESEARCH_ITEMS, item);
	}

	private static Command addTask(EditingDomain domain, Project project) {
		ResearchTask task = ProgramFactory.eINSTANCE.createResearchTask();
		task.setId(NewObjects.id(project, project.getId() + "-task")); //$NON-NLS-1$
		task.setCode(nextCode(project.getResearchTasks().stream().map(ResearchTask::getCode).toList(), "1")); //$NON-NLS-1$
		return ListEditor.add(domain, project, ProgramPackage.Literals.PROJECT__RESEARCH_TASKS, task);
	}

	/** After A and B comes C, after 1 and 2 comes 3; the first code when the last is neither. */
	static String nextCode(List<String> codes, String first) {
		String last = codes.stream().filter(code -> code != null && !code.isEmpty()).reduce((a, b) -> b).orElse(null);
		if (last == null) {
			return first;
		}
		if (last.chars().allMatch(Character::isDigit)) {
			return String.valueOf(Integer.parseInt(last) + 1);
		}
		char end = last.charAt(last.length() - 1);
		return end >= 'A' && end < 'Z' ? last.substring(0, last.length() - 1) + (char) (end + 1) : first;
	}

	/** A field editing the attribute of the project shown, bound to the next one shown as well. */
	private void projectText(Composite parent, Project project, EAttribute attribute, String label, int style) {
		Text text = text(parent, project, attribute, label, style);
		textFields.add(() -> bind(text, shown, attribute, label));
	}

	/** A label of the details and how to read its text again. */
	private void field(Composite parent, String label, Supplier<String> text) {
		Label widget = field(parent, label, text.get());
		fields.add(() -> {
			if (!widget.isDisposed()) {
				widget.setText(text.get());
			}
		});
	}

	/** The list of projects. */
	public EObjectTable<Project> master() {
		return master;
	}

	/** The project whose details show. */
	public Project shown() {
		return shown;
	}

	/** The heading of the details: the project as the report names it. */
	public String heading() {
		return details.getText();
	}

	/** The research items of the project shown. */
	public EObjectTable<ResearchItem> researchItems() {
		return items;
	}

	/** The research tasks of the project shown. */
	public EObjectTable<ResearchTask> researchTasks() {
		return tasks;
	}

	/** The research tasks of the project shown, with their buttons; for tests. */
	public ListEditor<ResearchTask> researchTaskList() {
		return taskList;
	}

	/** The leaders of the project shown. */
	public EObjectTable<RoleAssignment> leaders() {
		return leaders;
	}
}
