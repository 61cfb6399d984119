package org.hyoka.ip.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.edit.ui.ListEditor;
import org.hyoka.edit.ui.PropertyLabels;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.SelectionForwarder;
import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.AgreementParty;
import org.hyoka.ip.ApplicationStatus;
import org.hyoka.ip.CommitteeDecision;
import org.hyoka.ip.CommitteeMeeting;
import org.hyoka.ip.IPAgreement;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.IpFactory;
import org.hyoka.ip.IpPackage.Literals;
import org.hyoka.ip.IpProjects;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.Licence;
import org.hyoka.ip.OfficeAction;
import org.hyoka.ip.Ownership;
import org.hyoka.ip.PatentApplication;
import org.hyoka.ip.register.RegisterFormatException;
import org.hyoka.ip.register.RegisterImport;
import org.hyoka.ip.register.RegisterTables;
import org.hyoka.ip.register.Shares;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.base.Organization;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.program.Project;

/**
 * 知財台帳: the IP register of the active evaluation editor, a tab for each kind of record (agreements, inventions,
 * patent applications, licences, committee meetings and decisions, reports to the agency), filtered by project, party,
 * kind and text. Every addition, removal and cell edit is a command on the editor's editing domain, so Edit &gt; Undo
 * names and reverts it; the selected records are the view's selection, which the Properties view shows. Import and
 * Export exchange the register with a CSV or XLSX table as {@code hyoka ip import/export} do; an import is one
 * command.
 */
public final class RegisterView extends ViewPart {

	public static final String ID = "org.hyoka.ip.ui.register"; //$NON-NLS-1$
	/** The {@link org.eclipse.swt.widgets.Widget#getData(String) data key} naming a tab's table: {@code inventions} … */
	public static final String TABLE = "org.hyoka.ip.ui.table"; //$NON-NLS-1$

	private final List<Tab<?>> tabs = new ArrayList<>();
	/** The view's selection: the record selected in the tab shown, which the Properties view shows. */
	private final SelectionForwarder selection = new SelectionForwarder();
	private FollowedEditor followed;
	private FilterBar filters;
	private Composite body;
	private CTabFolder folder;
	private FamilyTab families;
	private Label message;
	private EvaluationReport shownReport;
	/** Whether the view follows another editor than it shows, having been hidden when it switched (see {@link #switched}). */
	private boolean stale;
	private final IPartListener2 shownAgain = new IPartListener2() {
		@Override
		public void partVisible(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == RegisterView.this) {
				catchUp();
			}
		}
	};
	private List<IPManagementScheme> shownSchemes = List.of();
	private final IAction importAction = fileAction(Messages.importAction, SWT.OPEN, Messages.importTitle, this::importTable);
	private final IAction exportAction = fileAction(Messages.exportAction, SWT.SAVE, Messages.exportTitle, this::exportTable);

	/** Where a new record goes: a register, and the command that starts it when its subject has none yet (else null). */
	private record Target(IPManagementScheme scheme, Command start) {
	}

	/** A tab: its list and the contents it shows. */
	private record Tab<T extends EObject>(CTabItem item, ListEditor<T> list, Function<IPManagementScheme, List<? extends T>> content) {
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(FilterBar.columns(true)).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		filters = new FilterBar(bar, true, this::refresh);
		message = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		// one provider for the view's life: the workbench does not follow a site's provider set anew while it is active
		getSite().setSelectionProvider(selection);
		importAction.setId("import"); //$NON-NLS-1$
		importAction.setToolTipText(Messages.importTooltip);
		exportAction.setId("export"); //$NON-NLS-1$
		exportAction.setToolTipText(Messages.exportTooltip);
		getViewSite().getActionBars().getToolBarManager().add(importAction);
		getViewSite().getActionBars().getToolBarManager().add(exportAction);
		getSite().getPage().addPartListener(shownAgain);
		followed = new FollowedEditor(getViewSite(), editor -> switched(), this::refresh);
		followed.start();
		// built now as before, visible or not yet: the view is being created to be shown
		catchUp();
	}

	/** An action that asks for a register table's file (to open or to save) and hands it on. */
	private IAction fileAction(String text, int style, String title, Consumer<Path> then) {
		return new Action(text) {
			@Override
			public void run() {
				FileDialog dialog = new FileDialog(getSite().getShell(), style);
				dialog.setText(title);
				dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.csv", "*.xlsx" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				dialog.setOverwrite(true);
				if (style == SWT.SAVE) {
					// after the evaluation's file rather than the dialog's "Untitled" (#47)
					dialog.setFileName(exportName());
				}
				dialog.setFilterPath(followed.folder());
				String file = dialog.open();
				if (file != null) {
					then.accept(Path.of(file));
				}
			}
		};
	}

	/** The name the export offers: the evaluation's file name without its extension, then {@code -ip-register.csv}. */
	public String exportName() {
		return NLS.bind(Messages.exportFileName, followed.fileStem());
	}

	/**
	 * Imports a register table (CSV, or XLSX by its extension) into the editor's file: rows that cannot be read
	 * change nothing, and a dialog lists every problem of every such row; otherwise a dialog lists what the table adds and leaves out,
	 * each by its place, and Import adds it as one command.
	 */
	public void importTable(Path table) {
		EvaluationEditor editor = followed.editor();
		if (editor == null) {
			return;
		}
		RegisterImport plan;
		try {
			if (!RegisterTables.isTable(table)) {
				throw new RegisterFormatException(NLS.bind(Messages.importNotATable, table));
			}
			plan = RegisterTables.read(editor.report(), table);
		} catch (RegisterFormatException e) {
			new ImportDialog(getSite().getShell(), e.problems()).open();
			return;
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.importTitle, NLS.bind(Messages.importFailed, table, e.getMessage()));
			return;
		}
		if (new ImportDialog(getSite().getShell(), plan).open() == Window.OK) {
			Changes.run(editor.getEditingDomain(), NLS.bind(Messages.importCommand, table.getFileName()), plan.changes());
		}
	}

	/** Writes the editor's register to a table (XLSX by the extension, else CSV) atomically; a failure says why. */
	public void exportTable(Path table) {
		EvaluationEditor editor = followed.editor();
		if (editor == null) {
			return;
		}
		try {
			RegisterTables.write(editor.report(), table);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.exportTitle, NLS.bind(Messages.exportFailed, table, e.getMessage()));
		}
	}

	/** The editor the view shows the register of, or null. */
	public EvaluationEditor editor() {
		return followed.editor();
	}

	/** Shows the record in its tab, selected; the filters are cleared when they hide it. */
	public boolean reveal(EObject object) {
		catchUp();
		for (Tab<?> tab : tabs) {
			if (tab.list().table().rowOf(object) != null) {
				show(tab);
				return tab.list().table().reveal(object, null, true);
			}
		}
		return false;
	}

	/** The table of a tab by its {@link #TABLE} key, e.g. {@code applications}; null when the view shows no register. */
	public EObjectTable<?> table(String key) {
		catchUp();
		return tabs.stream().map(tab -> tab.list().table()).filter(table -> key.equals(table.viewer().getTable().getData(TABLE))).findFirst()
				.orElse(null);
	}

	/**
	 * The followed editor changed: the tabs are built for it now if the view shows, else when it shows again. A
	 * register hidden behind the Problems view would otherwise build all its tabs on every switch of editors.
	 */
	private void switched() {
		stale = !getSite().getPage().isPartVisible(this);
		if (!stale) {
			build();
		}
	}

	private void catchUp() {
		if (stale && !body.isDisposed()) {
			stale = false;
			build();
		}
	}

	private void build() {
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		tabs.clear();
		folder = null;
		families = null;
		// a refused cell of the file shown before names a record of that file
		showProblem(null);
		EvaluationEditor editor = followed.editor();
		importAction.setEnabled(editor != null);
		exportAction.setEnabled(editor != null);
		shownReport = editor == null ? null : editor.report();
		shownSchemes = Registers.schemes(shownReport);
		if (Registers.subjects(shownReport).isEmpty()) {
			showMessage(editor == null ? Messages.noEditor : Messages.noProgram);
		} else {
			// without a register yet the tabs are shown empty: Add starts one
			showMessage(shownSchemes.isEmpty() ? Messages.noRegister : null);
			folder = new CTabFolder(body, SWT.BORDER | SWT.TOP);
			GridDataFactory.fillDefaults().grab(true, true).applyTo(folder);
			fill(editor.getEditingDomain());
			families = new FamilyTab(folder, adapterFactory(), this::reveal);
			selection.track(families.viewer());
			// once every column is defined
			tabs.forEach(tab -> tab.list().refresh());
			folder.addListener(SWT.Selection, event -> {
				tabs.stream().filter(tab -> tab.item() == event.item).findFirst().ifPresent(this::show);
				if (event.item == families.item()) {
					showFamilies();
				}
			});
			show(tabs.get(0));
		}
		offer();
		body.layout(true, true);
	}

	/** Brings the tab to the front; its table's selection becomes the view's, which the Properties view shows. */
	private void show(Tab<?> tab) {
		folder.setSelection(tab.item());
		selection.setSelection(tab.list().table().viewer().getSelection());
	}

	private void refresh() {
		EvaluationEditor editor = followed.editor();
		// a stale view is built anew when it shows
		if (body.isDisposed() || stale) {
			return;
		}
		// the file reverted: the tabs hold the old objects
		if (editor == null || editor.report() != shownReport) {
			build();
			return;
		}
		List<IPManagementScheme> schemes = Registers.schemes(shownReport);
		if (schemes.isEmpty() != shownSchemes.isEmpty()) {
			showMessage(schemes.isEmpty() ? Messages.noRegister : null);
		}
		shownSchemes = schemes;
		offer();
		tabs.forEach(tab -> tab.list().refresh());
		if (families != null && folder.getSelection() == families.item()) {
			families.show(shownReport);
		}
	}

	/** Brings the families to the front, read from the register as it is now. */
	void showFamilies() {
		folder.setSelection(families.item());
		families.show(shownReport);
		selection.setSelection(families.viewer().getSelection());
	}

	private void offer() {
		EvaluationEditor editor = followed.editor();
		EvaluationReport report = editor == null ? null : editor.report();
		List<Project> projects = report == null || report.getProgram() == null ? List.of() : report.getProgram().getProjects();
		Set<Organization> parties = new LinkedHashSet<>();
		Set<String> kinds = new LinkedHashSet<>();
		for (Tab<?> tab : tabs) {
			for (IPManagementScheme scheme : shownSchemes) {
				for (EObject record : tab.content().apply(scheme)) {
					parties.addAll(Registers.parties(record));
					String kind = kind(record);
					if (kind != null) {
						kinds.add(kind);
					}
				}
			}
		}
		filters.offer(projects, parties, kinds);
	}

	private void showMessage(String text) {
		message.setText(text == null ? "" : text); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).exclude(text == null).applyTo(message);
		message.setVisible(text != null);
		message.getParent().layout(true);
	}

	private AdapterFactory adapterFactory() {
		return ((AdapterFactoryEditingDomain) followed.editor().getEditingDomain()).getAdapterFactory();
	}

	private String label(EObject owner, EStructuralFeature feature) {
		return PropertyLabels.ofStated(adapterFactory(), owner, feature);
	}

	/** What the kind filter compares: an application's route, a report's kind, an agreement's type. */
	private String kind(EObject record) {
		return switch (record) {
		case PatentApplication application -> label(application, Literals.PATENT_APPLICATION__KIND);
		case AgencyReport report -> label(report, Literals.AGENCY_REPORT__KIND);
		case IPAgreement agreement -> label(agreement, Literals.IP_INSTRUMENT__TYPE);
		default -> null;
		};
	}

	private boolean accepts(EObject record) {
		IPManagementScheme scheme = Registers.schemeOf(record);
		EObject project = record instanceof Identifiable identifiable && scheme != null ? IpProjects.of(identifiable, scheme) : null;
		String id = record instanceof Identifiable identifiable ? identifiable.getId() : null;
		String title = record.eClass().getEStructuralFeature("titleJa") instanceof EAttribute titleJa ? (String) record.eGet(titleJa) : null; //$NON-NLS-1$
		return filters.accepts((Project) project, Registers.parties(record), kind(record), id, title, ObjectLabels.of(record));
	}

	private void fill(EditingDomain domain) {
		agreements(tab(domain, "agreements", Messages.tabAgreements, Literals.IP_MANAGEMENT_SCHEME__AGREEMENTS, IPManagementScheme::getAgreements, "agr")); //$NON-NLS-1$ //$NON-NLS-2$
		inventions(domain, tab(domain, "inventions", Messages.tabInventions, Literals.IP_MANAGEMENT_SCHEME__INVENTIONS, IPManagementScheme::getInventions, "inv")); //$NON-NLS-1$ //$NON-NLS-2$
		applications(domain, tab(domain, "applications", Messages.tabApplications, Literals.IP_MANAGEMENT_SCHEME__APPLICATIONS, IPManagementScheme::getApplications, "app")); //$NON-NLS-1$ //$NON-NLS-2$
		licences(domain, tab(domain, "licences", Messages.tabLicences, Literals.IP_MANAGEMENT_SCHEME__LICENCES, IPManagementScheme::getLicences, "lic")); //$NON-NLS-1$ //$NON-NLS-2$
		meetings(domain, tab(domain, "meetings", Messages.tabMeetings, Literals.IP_MANAGEMENT_SCHEME__MEETINGS, IPManagementScheme::getMeetings, "mtg")); //$NON-NLS-1$ //$NON-NLS-2$
		decisions(domain);
		reports(domain, tab(domain, "reports", Messages.tabReports, Literals.IP_MANAGEMENT_SCHEME__AGENCY_REPORTS, IPManagementScheme::getAgencyReports, "rep")); //$NON-NLS-1$ //$NON-NLS-2$
		actions(domain, tab(domain, "actions", Messages.tabActions, Literals.IP_MANAGEMENT_SCHEME__OFFICE_ACTIONS, IPManagementScheme::getOfficeActions, "oa")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A tab listing one content of the registers, with an Add that puts a new record into the chosen project's register. */
	private <T extends EObject> EObjectTable<T> tab(EditingDomain domain, String key, String title, EReference containment,
			Function<IPManagementScheme, List<? extends T>> content, String idPart) {
		ListEditor<T> list = tab(domain, key, title, containment.getEReferenceType(), content);
		list.addition(typeName(containment.getEReferenceType()), editing -> {
			Target target = target(editing);
			if (target == null) {
				return null;
			}
			Command add = ListEditor.add(editing, target.scheme(), containment, created(containment.getEReferenceType(), target.scheme(), idPart));
			// one command, named for the record: Undo takes the new register away with it
			return target.start() == null ? add : new CompoundCommand(List.of(target.start(), add));
		});
		return list.table();
	}

	private <T extends EObject> ListEditor<T> tab(EditingDomain domain, String key, String title, EClass type,
			Function<IPManagementScheme, List<? extends T>> content) {
		CTabItem item = new CTabItem(folder, SWT.NONE);
		item.setText(title);
		ListEditor<T> list = new ListEditor<>(folder, domain, () -> Registers.<T> all(followed.editor().report(), content).stream()
				.filter(this::accepts).toList(), typeName(type));
		list.problems(this::showProblem);
		list.table().rowLabels(RegisterView::id);
		list.table().viewer().getTable().setData(TABLE, key);
		selection.track(list.table().viewer());
		item.setControl(list.control());
		tabs.add(new Tab<>(item, list, content));
		return list;
	}

	private void showProblem(String problem) {
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(problem);
		setContentDescription(problem == null ? "" : problem); //$NON-NLS-1$
	}

	private String typeName(EClass type) {
		return PropertyLabels.typeName(adapterFactory(), type);
	}

	/** A new record with a fresh id; inventions and applications of the project the filter or the register names. */
	private EObject created(EClass type, IPManagementScheme scheme, String idPart) {
		EObject created = EcoreUtil.create(type);
		((Identifiable) created).setId(Registers.freshId(followed.editor().report(), scheme.getId() + "-" + idPart)); //$NON-NLS-1$
		Project project = filters.project() != null ? filters.project() : IpSchemes.subject(scheme) instanceof Project own ? own : null;
		if (created instanceof InventionDisclosure invention) {
			invention.setProject(project);
		} else if (created instanceof PatentApplication application) {
			application.setProject(project);
		}
		return created;
	}

	/**
	 * Where a new record goes: the register of the project chosen in the filter, else of the selected record, else the
	 * first; a subject without one (the chosen project, else the program when the file has no register) gets a new
	 * scheme in its extensions slot, added by the same command.
	 */
	private Target target(EditingDomain domain) {
		EvaluationSubject subject = filters.project();
		if (subject == null) {
			EObject selected = tabs.stream().filter(tab -> tab.item() == folder.getSelection()).findFirst()
					.<EObject> map(tab -> tab.list().selected()).orElse(null);
			if (selected != null && Registers.schemeOf(selected) != null) {
				return new Target(Registers.schemeOf(selected), null);
			}
			if (!shownSchemes.isEmpty()) {
				return new Target(shownSchemes.get(0), null);
			}
			subject = report().getProgram();
		}
		if (subject == null) {
			return null;
		}
		if (IpSchemes.of(subject) != null) {
			return new Target(IpSchemes.of(subject), null);
		}
		IPManagementScheme scheme = IpFactory.eINSTANCE.createIPManagementScheme();
		// named as the samples name them: ip-A for project A, ip-prg for the program
		String id = subject instanceof Project project && project.getLetterCode() != null ? "ip-" + project.getLetterCode() : "ip-prg"; //$NON-NLS-1$ //$NON-NLS-2$
		scheme.setId(Registers.find(report(), id, Identifiable.class) == null ? id : Registers.freshId(report(), id));
		return new Target(scheme, AddCommand.create(domain, subject, ProgramPackage.Literals.EVALUATION_SUBJECT__EXTENSIONS, scheme));
	}

	private static String date(String title) {
		return NLS.bind(Messages.dateColumn, title);
	}

	private static String id(Object object) {
		return object instanceof Identifiable identifiable ? String.valueOf(identifiable.getId()) : ObjectLabels.of((EObject) object);
	}

	private EvaluationReport report() {
		return followed.editor().report();
	}

	private <T extends EObject> void idAndTitle(EObjectTable<T> table, EAttribute title) {
		table.editableColumn(Messages.columnId, 2, 90, SWT.LEFT, row -> row, BasePackage.Literals.IDENTIFIABLE__ID);
		if (title != null) {
			table.editableColumn(Messages.columnTitle, 4, 160, SWT.LEFT, row -> row, title);
		}
	}

	private static <T extends EObject> EObjectTable<T> dateColumn(EObjectTable<T> table, String title, EAttribute attribute) {
		return table.editableColumn(date(title), 2, 100, SWT.LEFT, row -> row, attribute);
	}

	private void agreements(EObjectTable<IPAgreement> table) {
		idAndTitle(table, Literals.IP_INSTRUMENT__TITLE_JA);
		table.editableColumn(Messages.columnType, 2, 90, SWT.LEFT, row -> row, Literals.IP_INSTRUMENT__TYPE);
		table.column(Messages.columnParties, 3, 120, row -> Cells.join(row.getParties().stream().map(AgreementParty::getOrganization).toList(),
				organization -> organization == null ? "" : organizationLabel(organization))); //$NON-NLS-1$
		dateColumn(table, Messages.columnConcluded, Literals.IP_INSTRUMENT__CONCLUDED_DATE);
		dateColumn(table, Messages.columnExpiry, Literals.IP_AGREEMENT__EXPIRY_DATE);
		dateColumn(table, Messages.columnRenewed, Literals.IP_AGREEMENT__RENEWED_DATE);
	}

	private void inventions(EditingDomain domain, EObjectTable<InventionDisclosure> table) {
		idAndTitle(table, Literals.INVENTION_DISCLOSURE__TITLE_JA);
		Cells.text(table, domain, Messages.columnInventors, Literals.INVENTION_DISCLOSURE__INVENTORS,
				row -> Cells.join(row.getInventors(), String::valueOf), Cells::items);
		Cells.text(table, domain, Messages.columnOrganizations, Literals.INVENTION_DISCLOSURE__ORGANIZATIONS,
				row -> Cells.join(row.getOrganizations(), this::organizationLabel), text -> Cells.items(text).stream().map(this::organization).toList());
		Cells.choice(table, domain, Messages.columnProject, Literals.INVENTION_DISCLOSURE__PROJECT, this::projects, RegisterView::projectLabel);
		dateColumn(table, Messages.columnDisclosed, Literals.INVENTION_DISCLOSURE__DISCLOSED_DATE);
		dateColumn(table, Messages.columnReported, Literals.INVENTION_DISCLOSURE__REPORTED_DATE);
	}

	private void applications(EditingDomain domain, EObjectTable<PatentApplication> table) {
		table.editableColumn(Messages.columnId, 2, 90, SWT.LEFT, row -> row, BasePackage.Literals.IDENTIFIABLE__ID);
		table.editableColumn(Messages.columnRoute, 2, 90, SWT.LEFT, row -> row, Literals.PATENT_APPLICATION__KIND);
		table.editableColumn(Messages.columnNumber, 3, 120, SWT.LEFT, row -> row, Literals.PATENT_APPLICATION__APPLICATION_NUMBER);
		table.editableColumn(Messages.columnTitle, 3, 120, SWT.LEFT, row -> row, Literals.PATENT_APPLICATION__TITLE_JA);
		Cells.choice(table, domain, Messages.columnInvention, Literals.PATENT_APPLICATION__INVENTION, this::inventions, labelled(this::inventions));
		Cells.choice(table, domain, Messages.columnProject, Literals.PATENT_APPLICATION__PROJECT, this::projects, RegisterView::projectLabel);
		dateColumn(table, Messages.columnFiled, Literals.PATENT_APPLICATION__FILING_DATE)
				.editedBy((row, date) -> filed(domain, (PatentApplication) row, (LocalDate) date));
		dateColumn(table, Messages.columnPriority, Literals.PATENT_APPLICATION__PRIORITY_DATE);
		Cells.choice(table, domain, Messages.columnBasedOn, Literals.PATENT_APPLICATION__BASED_ON, this::applications, labelled(this::applications));
		Cells.text(table, domain, Messages.columnCountries, Literals.PATENT_APPLICATION__COUNTRIES,
				row -> Cells.join(row.getCountries(), String::valueOf), Cells::items);
		table.editableColumn(Messages.columnStatus, 2, 90, SWT.LEFT, row -> row, Literals.PATENT_APPLICATION__STATUS);
		// the date of the status: a grant's is where the annuities count from
		dateColumn(table, Messages.columnStatusDate, Literals.PATENT_APPLICATION__STATUS_DATE);
		Cells.text(table, domain, Messages.columnOwners, Literals.PATENT_APPLICATION__OWNERS, this::owners, this::owners);
		table.editableColumn(Messages.columnPaidThrough, 1, 70, SWT.RIGHT, row -> row, Literals.PATENT_APPLICATION__PAID_THROUGH_YEAR);
	}

	private void licences(EditingDomain domain, EObjectTable<Licence> table) {
		table.editableColumn(Messages.columnId, 2, 90, SWT.LEFT, row -> row, BasePackage.Literals.IDENTIFIABLE__ID);
		Cells.choice(table, domain, Messages.columnLicensee, Literals.LICENCE__LICENSEE, () -> report().getOrganizations(), this::organizationLabel);
		Cells.text(table, domain, Messages.columnRights, Literals.LICENCE__RIGHTS, row -> Cells.join(row.getRights(), labelled(this::applications)),
				text -> Cells.items(text).stream().map(item -> record(item, PatentApplication.class, applications())).toList());
		table.editableColumn(Messages.columnExclusive, 1, 70, SWT.LEFT, row -> row, Literals.LICENCE__EXCLUSIVE);
		table.editableColumn(Messages.columnTransfer, 1, 70, SWT.LEFT, row -> row, Literals.LICENCE__TRANSFER);
		table.editableColumn(Messages.columnField, 3, 100, SWT.LEFT, row -> row, Literals.LICENCE__FIELD);
		table.editableColumn(Messages.columnTerritory, 2, 80, SWT.LEFT, row -> row, Literals.LICENCE__TERRITORY);
		dateColumn(table, Messages.columnConcluded, Literals.LICENCE__CONCLUDED_DATE);
		dateColumn(table, Messages.columnStart, Literals.LICENCE__START_DATE);
		dateColumn(table, Messages.columnEnd, Literals.LICENCE__END_DATE);
		Cells.choice(table, domain, Messages.columnDecision, Literals.LICENCE__DECISION, this::decisions, labelled(this::decisions));
	}

	private void meetings(EditingDomain domain, EObjectTable<CommitteeMeeting> table) {
		table.editableColumn(Messages.columnId, 2, 90, SWT.LEFT, row -> row, BasePackage.Literals.IDENTIFIABLE__ID);
		Cells.choice(table, domain, Messages.columnCommittee, Literals.COMMITTEE_MEETING__COMMITTEE,
				() -> Registers.all(report(), IPManagementScheme::getCommittees), object -> ObjectLabels.of((EObject) object));
		table.editableColumn(Messages.columnMeetingNumber, 1, 60, SWT.RIGHT, row -> row, Literals.COMMITTEE_MEETING__NUMBER);
		dateColumn(table, Messages.columnDate, Literals.COMMITTEE_MEETING__DATE);
		table.column(Messages.columnDecisions, 3, 120, row -> Cells.join(row.getDecisions(), labelled(this::decisions)));
	}

	/** Decisions are minuted at a meeting: a new one goes to the selected decision's meeting, else the register's last. */
	private void decisions(EditingDomain domain) {
		ListEditor<CommitteeDecision> list = tab(domain, "decisions", Messages.tabDecisions, Literals.COMMITTEE_DECISION, //$NON-NLS-1$
				scheme -> scheme.getMeetings().stream().flatMap(meeting -> meeting.getDecisions().stream()).toList());
		list.addition(typeName(Literals.COMMITTEE_DECISION), editing -> {
			Target target = list.selected() != null ? null : target(editing);
			CommitteeMeeting meeting = list.selected() != null ? (CommitteeMeeting) list.selected().eContainer()
					: lastMeeting(target == null ? null : target.scheme());
			return meeting == null ? null : ListEditor.add(editing, meeting, Literals.COMMITTEE_MEETING__DECISIONS,
					created(Literals.COMMITTEE_DECISION, Registers.schemeOf(meeting), "dec")); //$NON-NLS-1$
		});
		EObjectTable<CommitteeDecision> table = list.table();
		table.editableColumn(Messages.columnId, 2, 90, SWT.LEFT, row -> row, BasePackage.Literals.IDENTIFIABLE__ID);
		table.column(Messages.columnMeeting, 2, 90, row -> labelled(this::meetings).apply(row.eContainer()));
		table.editableColumn(Messages.columnSubject, 4, 160, SWT.LEFT, row -> row, Literals.COMMITTEE_DECISION__SUBJECT_JA);
		table.editableColumn(Messages.columnOutcome, 2, 90, SWT.LEFT, row -> row, Literals.COMMITTEE_DECISION__OUTCOME);
		Cells.text(table, domain, Messages.columnConcerns, Literals.COMMITTEE_DECISION__CONCERNS, row -> Cells.join(row.getConcerns(), labelled(this::records)),
				text -> Cells.items(text).stream().map(item -> record(item, Identifiable.class, records())).toList());
	}

	private static CommitteeMeeting lastMeeting(IPManagementScheme scheme) {
		return scheme == null || scheme.getMeetings().isEmpty() ? null : scheme.getMeetings().get(scheme.getMeetings().size() - 1);
	}

	private void reports(EditingDomain domain, EObjectTable<AgencyReport> table) {
		table.editableColumn(Messages.columnId, 2, 90, SWT.LEFT, row -> row, BasePackage.Literals.IDENTIFIABLE__ID);
		table.editableColumn(Messages.columnReportKind, 2, 120, SWT.LEFT, row -> row, Literals.AGENCY_REPORT__KIND);
		Cells.choice(table, domain, Messages.columnConcerns, Literals.AGENCY_REPORT__CONCERNS, this::records, labelled(this::records));
		dateColumn(table, Messages.columnDue, Literals.AGENCY_REPORT__DUE_DATE);
		dateColumn(table, Messages.columnSent, Literals.AGENCY_REPORT__SENT_DATE);
	}

	private void actions(EditingDomain domain, EObjectTable<OfficeAction> table) {
		table.editableColumn(Messages.columnId, 2, 90, SWT.LEFT, row -> row, BasePackage.Literals.IDENTIFIABLE__ID);
		Cells.choice(table, domain, Messages.columnApplication, Literals.OFFICE_ACTION__APPLICATION, this::applications, labelled(this::applications));
		dateColumn(table, Messages.columnActionSent, Literals.OFFICE_ACTION__DATE);
		table.editableColumn(Messages.columnPeriod, 1, 70, SWT.RIGHT, row -> row, Literals.OFFICE_ACTION__RESPONSE_PERIOD);
		table.editableColumn(Messages.columnUnit, 1, 70, SWT.LEFT, row -> row, Literals.OFFICE_ACTION__PERIOD_UNIT);
		dateColumn(table, Messages.columnResponded, Literals.OFFICE_ACTION__RESPONDED_DATE);
	}

	/** What a report may concern: every invention, application, licence and agreement of the file. */
	private List<EObject> records() {
		List<EObject> records = new ArrayList<>();
		for (IPManagementScheme scheme : Registers.schemes(report())) {
			records.addAll(scheme.getInventions());
			records.addAll(scheme.getApplications());
			records.addAll(scheme.getLicences());
			records.addAll(scheme.getAgreements());
		}
		return records;
	}

	private List<InventionDisclosure> inventions() {
		return Registers.all(report(), IPManagementScheme::getInventions);
	}

	private List<PatentApplication> applications() {
		return Registers.all(report(), IPManagementScheme::getApplications);
	}

	private List<CommitteeMeeting> meetings() {
		return Registers.all(report(), IPManagementScheme::getMeetings);
	}

	private List<CommitteeDecision> decisions() {
		return meetings().stream().flatMap(meeting -> meeting.getDecisions().stream()).toList();
	}

	/** How a picker or cell shows an object among the candidates: by its title or name, not its id (#47). */
	private static Function<Object, String> labelled(Supplier<? extends Collection<? extends EObject>> candidates) {
		return object -> object == null ? "" : Labels.of((EObject) object, candidates.get()); //$NON-NLS-1$
	}

	/**
	 * Sets an application's filing date; one still planned is filed by then, so the same command makes it
	 * {@code FILED} (#47), and Undo takes both back.
	 */
	private static Command filed(EditingDomain domain, PatentApplication application, LocalDate date) {
		Command set = SetCommand.create(domain, application, Literals.PATENT_APPLICATION__FILING_DATE, date == null ? SetCommand.UNSET_VALUE : date);
		if (date == null || application.getStatus() != ApplicationStatus.PLANNED) {
			return set;
		}
		return new CompoundCommand(List.of(set, SetCommand.create(domain, application, Literals.PATENT_APPLICATION__STATUS, ApplicationStatus.FILED)));
	}

	private List<Project> projects() {
		return report().getProgram() == null ? List.of() : report().getProgram().getProjects();
	}

	private static String projectLabel(Object project) {
		return ObjectLabels.of((EObject) project);
	}

	private String organizationLabel(Object organization) {
		return Labels.of((EObject) organization, report().getOrganizations());
	}

	private String owners(PatentApplication application) {
		return Cells.join(application.getOwners(), owner -> {
			Ownership ownership = (Ownership) owner;
			return (ownership.getOrganization() == null ? "" : organizationLabel(ownership.getOrganization())) //$NON-NLS-1$
					+ (ownership.getShare() == null ? "" : ":" + ownership.getShare().toPlainString()); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	/** Owners typed as {@code org-aist:50; 慶應義塾大学:50}: organizations by id or name, each with its share in percent. */
	private List<Ownership> owners(String text) {
		List<Ownership> owners = new ArrayList<>();
		for (String item : Cells.items(text)) {
			int colon = Math.max(item.lastIndexOf(':'), item.lastIndexOf('：'));
			Ownership owner = IpFactory.eINSTANCE.createOwnership();
			owner.setOrganization(organization(colon < 0 ? item : item.substring(0, colon).strip()));
			if (colon >= 0) {
				String share = item.substring(colon + 1).strip();
				try {
					owner.setShare(Shares.parse(share));
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException(NLS.bind(Messages.notAShare, share), e);
				}
			}
			owners.add(owner);
		}
		String over = Shares.sumProblem(owners.stream().map(Ownership::getShare).toList());
		if (over != null) {
			throw new IllegalArgumentException(over);
		}
		return owners;
	}

	/** An organization typed by its id or name, or as its cell shows it. */
	private Organization organization(String text) {
		Organization found = Labels.find(text, report().getOrganizations());
		if (found == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.unknownOrganization, text));
		}
		return found;
	}

	/** A record typed by its id (anything of the type in the file), or by its title as the cell shows it among the candidates. */
	private <T> T record(String text, Class<T> type, List<? extends EObject> candidates) {
		T found = Registers.find(report(), text, type);
		if (found == null) {
			EObject worded = Labels.find(text, candidates.stream().filter(type::isInstance).toList());
			found = worded == null ? null : type.cast(worded);
		}
		if (found == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.unknownRecord, text));
		}
		return found;
	}

	@Override
	public <A> A getAdapter(Class<A> adapter) {
		// the editor's Properties page: its item providers label and edit the records through the same domain
		if (adapter == IPropertySheetPage.class && followed != null && followed.editor() != null) {
			return followed.editor().getAdapter(adapter);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		catchUp();
		if (folder != null && folder.getSelection() != null) {
			folder.getSelection().getControl().setFocus();
		} else {
			body.setFocus();
		}
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(shownAgain);
		if (followed != null) {
			followed.dispose();
		}
		super.dispose();
	}
}
