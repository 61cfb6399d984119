package org.hyoka.ip.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.widgets.Label;
import org.hyoka.core.skeleton.EvaluationSkeleton;
import org.hyoka.core.skeleton.EvaluationSkeleton.ProjectSpec;
import org.hyoka.core.skeleton.EvaluationSkeleton.Spec;
import org.hyoka.ip.IpFactory;
import org.hyoka.ip.IpPackage;
import org.hyoka.ip.Ownership;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Organization;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.persistence.HyokaFiles;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.edit.ui.Spreadsheet;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.AgencyReportKind;
import org.hyoka.ip.ApplicationKind;
import org.hyoka.ip.ApplicationStatus;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.Licence;
import org.hyoka.ip.OfficeAction;
import org.hyoka.ip.PatentApplication;
import org.hyoka.ip.register.RegisterColumns;
import org.hyoka.ip.ui.internal.DeadlinesView;
import org.hyoka.ip.ui.internal.IpPage;
import org.hyoka.ip.ui.internal.Messages;
import org.hyoka.ip.ui.internal.RegisterView;
import org.hyoka.model.program.Project;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.TextBot;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IP Register and Deadlines views on the soyaku sample: an invention and a PCT application typed into the
 * register's tables make the national-phase and filing-notice deadlines appear, Edit &gt; Undo takes them away and
 * Redo brings them back, and they survive Save and reopening. A screenshot per step.
 */
class IpViewsTest {

	private static final String ROLE = "org.hyoka.ip.ui.filter";
	private static final String PCT_NUMBER = "PCT/JP2026/000001（架空）";

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();
	private int step;
	@TempDir
	Path temp;

	@Test
	void anInventionAndAPctApplicationTypedInTheRegisterGiveTheirDeadlines() throws Exception {
		IFile sample = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null);
		EvaluationEditor editor = openFullScreen(sample);
		RegisterView register = (RegisterView) bot.showView(RegisterView.ID);
		DeadlinesView deadlines = (DeadlinesView) bot.showView(DeadlinesView.ID);
		Project a = bot.syncCall(() -> editor.report().getProgram().getProjects().get(0));
		IPManagementScheme scheme = bot.syncCall(() -> IpSchemes.of(a));
		bot.waitUntil("the register shows the sample's inventions", () -> rowCount(register, "inventions") == 1);
		screenshot("views-open");

		// new records go to the register of the project chosen in the filter
		choose(register, "project", bot.syncCall(() -> ObjectLabels.of(a)));
		// #47: the as-of date reads YYYY-MM-DD as every date of the workbench, today at first
		assertEquals(LocalDate.now().toString(), bot.syncCall(() -> asOfText(deadlines).getText()));
		asOf(deadlines, LocalDate.of(2026, 10, 15));

		tab("発明");
		bot.button(root(), "Add Invention disclosure").click();
		bot.waitUntil("the invention is added", () -> bot.syncCall(() -> scheme.getInventions().size()) == 2);
		InventionDisclosure invention = bot.syncCall(() -> scheme.getInventions().get(1));
		assertEquals("ip-A-inv-2", invention.getId());
		assertEquals(a, invention.getProject());
		edit(register, "inventions", invention, 1, "（架空の例）糖鎖を認識するペプチド");
		edit(register, "inventions", invention, 2, "山田 太郎; 佐藤 花子");
		edit(register, "inventions", invention, 5, "2025-08-01");
		assertEquals(List.of("山田 太郎", "佐藤 花子"), invention.getInventors());
		assertEquals(LocalDate.of(2025, 8, 1), invention.getDisclosedDate());
		screenshot("invention-added");

		tab("特許出願");
		bot.button(root(), "Add Patent application").click();
		bot.waitUntil("the application is added", () -> bot.syncCall(() -> scheme.getApplications().size()) == 4);
		PatentApplication pct = bot.syncCall(() -> scheme.getApplications().get(3));
		edit(register, "applications", pct, 1, "PCT");
		edit(register, "applications", pct, 2, PCT_NUMBER);
		// #47: the invention is picked by its title, as the picker lists it
		edit(register, "applications", pct, 4, "（架空の例）糖鎖を認識するペプチド");
		// a priority on the last day of August: 30 months end on the last day of February (a leap year), 31 on 31 March
		edit(register, "applications", pct, 6, "2026-08-31");
		edit(register, "applications", pct, 7, "2025-08-31");
		edit(register, "applications", pct, 9, "US; EP");
		edit(register, "applications", pct, 12, "org-aist:60; 慶應義塾大学:40");
		assertEquals(ApplicationKind.PCT, pct.getKind());
		assertEquals(invention, pct.getInvention());
		assertEquals(List.of("US", "EP"), pct.getCountries());
		assertEquals(new BigDecimal("60"), pct.getOwners().get(0).getShare());
		assertEquals("org-keio", pct.getOwners().get(1).getOrganization().getId());
		// #47: typed by ids, shown by title and names; a filing date typed for a planned application files it
		assertEquals(ApplicationStatus.FILED, bot.syncCall(pct::getStatus));
		TableItem shownPct = bot.syncCall(() -> Arrays.stream(register.table("applications").viewer().getTable().getItems())
				.filter(item -> item.getText(0).equals(pct.getId())).findFirst().orElseThrow());
		assertEquals("（架空の例）糖鎖を認識するペプチド", bot.syncCall(() -> shownPct.getText(4)));
		assertEquals("産業技術総合研究所:60; 慶應義塾大学:40", bot.syncCall(() -> shownPct.getText(12)));
		String name = bot.syncCall(() -> editor.getEditorInput().getName());
		assertEquals(name.substring(0, name.lastIndexOf('.')) + "-ip-register.csv", bot.syncCall(register::exportName),
				"the export is offered a name after the evaluation, not Untitled.csv");
		screenshot("pct-added");

		// worked out by hand from the dates typed: 2025-08-31 + 30 months = 2028-02-29 (US), + 31 months = 2028-03-31
		// (EP); the filing notice is due 60 days after 2026-08-31: 30 days to 30 September, 30 more to 30 October
		String id = pct.getId();
		bot.waitUntil("the national phases and the filing notice are due", () -> deadlines().containsAll(List.of(
				"2028-02-29|" + id + "/US|due", "2028-03-31|" + id + "/EP|due", "2026-10-30|" + id + "|due",
				// 発明等報告: 60 days after the invention's disclosure of 2025-08-01, not reported yet
				"2025-09-30|ip-A-inv-2|overdue")));
		// as of 15 October, the filing notice falls due within 30 days: amber; the national phases are far off
		assertEquals(new Color(255, 226, 160), background("2026-10-30|" + id + "|due"));
		assertNull(background("2028-02-29|" + id + "/US|due"));
		// the sample's PCT application entered the US national phase (done, grey) but not China (overdue, red)
		assertTrue(deadlines().contains("2022-06-02|ip-A-app-2/US|done"), deadlines().toString());
		assertEquals(new Color(255, 200, 200), background("2022-06-02|ip-A-app-2/CN|overdue"));
		assertEquals(new Color(128, 128, 128), bot.syncCall(() -> item("2022-06-02|ip-A-app-2/US|done").getForeground(0)));
		bot.syncRun(() -> deadlinesTable().showItem(item("2026-10-30|" + id + "|due")));
		screenshot("deadlines-appear");

		// the register's undo names each change; undoing them all takes the application and its deadlines away
		activate(register);
		assertEquals("Set Owners (name:share %)", undoLabel(editor));
		int undone = 0;
		while (bot.syncCall(() -> scheme.getApplications().contains(pct))) {
			bot.windowShell().menu("Edit", "Undo " + undoLabel(editor)).click();
			bot.flush();
			undone++;
		}
		assertEquals(8, undone, "the addition and the seven cells");
		bot.waitUntil("the deadlines are gone", () -> deadlines().stream().noneMatch(line -> line.contains(id)));
		assertEquals("Add Patent application", redoLabel(editor));
		screenshot("undone");
		for (int i = 0; i < undone; i++) {
			bot.windowShell().menu("Edit", "Redo " + redoLabel(editor)).click();
			bot.flush();
		}
		bot.waitUntil("redo brings the deadlines back", () -> deadlines().contains("2028-02-29|" + id + "/US|due"));
		screenshot("redone");

		// double-clicking a deadline shows its record in the register
		tab("発明");
		doubleClick("2028-03-31|" + id + "/EP|due");
		bot.waitUntil("the register shows the application", () -> bot.syncCall(() -> {
			IStructuredSelection selection = (IStructuredSelection) register.table("applications").viewer().getSelection();
			return selection.getFirstElement() == scheme.getApplications().get(3);
		}));
		// the register's selection is the workbench's, which the Properties view shows
		activate(register);
		assertEquals(pct, bot.syncCall(() -> ((IStructuredSelection) bot.page().getSelection()).getFirstElement()));
		screenshot("deadline-revealed");

		bot.syncRun(() -> bot.page().activate(editor));
		bot.windowShell().menu("File", "Save").click();
		bot.waitUntil("the editor is saved", () -> !editor.isDirty());
		bot.syncRun(() -> bot.page().closeEditor(editor, false));
		bot.waitUntil("the views follow no editor", () -> register.editor() == null && deadlines().isEmpty());
		screenshot("closed");

		EvaluationEditor reopened = (EvaluationEditor) bot.openEditor(sample);
		bot.waitUntil("the reopened file gives the deadlines", () -> deadlines().containsAll(List.of(
				"2028-02-29|" + id + "/US|due", "2028-03-31|" + id + "/EP|due", "2026-10-30|" + id + "|due")));
		PatentApplication saved = bot.syncCall(() -> IpSchemes.of(reopened.report().getProgram().getProjects().get(0)).getApplications().get(3));
		assertEquals(PCT_NUMBER, saved.getApplicationNumber());
		assertEquals("ip-A-inv-2", saved.getInvention().getId());
		assertEquals(LocalDate.of(2025, 8, 31), saved.getPriorityDate());
		screenshot("reopened");
	}

	@Test
	void theFamiliesShowEachInventionsApplicationsUnderWhatTheyAreBasedOnAndFollowEdits() throws Exception {
		IFile sample = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null);
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(sample);
		RegisterView register = (RegisterView) bot.showView(RegisterView.ID);
		bot.waitUntil("the register shows the sample's applications", () -> rowCount(register, "applications") == 3);
		tab("パテントファミリー");
		Tree tree = bot.syncCall(() -> UiBot.findAll(folder(), Tree.class, each -> "families".equals(each.getData(RegisterView.TABLE))).get(0));
		String title = "（架空の例）糖鎖抗原を標的とする抗体の作製方法";
		// the routes and statuses as the Patent applications tab labels them
		List<String> routes = bot.syncCall(() -> {
			Table applications = register.table("applications").viewer().getTable();
			int route = column(applications, Messages.columnRoute);
			int status = column(applications, Messages.columnStatus);
			return Arrays.stream(applications.getItems()).map(item -> item.getText(0) + "=" + item.getText(route) + "/" + item.getText(status)).sorted().toList();
		});
		assertEquals(List.of("ip-A-app-1", "ip-A-app-2", "ip-A-app-3"), routes.stream().map(route -> route.split("=")[0]).toList());
		String[] domestic = routes.get(0).split("[=/]");
		String[] pct = routes.get(1).split("[=/]");
		String[] phase = routes.get(2).split("[=/]");
		assertEquals(List.of("0 " + title + " |  | JP, US, EP, CN |  | ",
				"1 特願2019-000000（架空） | " + domestic[1] + " | JP | 2019-12-02 | " + domestic[2],
				"2 PCT/JP2020/000000（架空） | " + pct[1] + " | US, EP, CN | 2020-11-30 | " + pct[2],
				"3 US 17/000,000（架空） | " + phase[1] + " | US | 2022-05-31 | " + phase[2]), familyRows(tree));
		screenshot("families");

		// a national phase added to the PCT application joins the family under it; Undo takes it away again
		PatentApplication pctApplication = bot.syncCall(() -> IpSchemes.of(editor.report().getProgram().getProjects().get(0)).getApplications().get(1));
		bot.syncRun(() -> {
			PatentApplication europe = IpFactory.eINSTANCE.createPatentApplication();
			europe.setId("ip-A-app-4");
			europe.setKind(ApplicationKind.NATIONAL_PHASE);
			europe.setBasedOn(pctApplication);
			europe.getCountries().add("EP");
			europe.setInvention(pctApplication.getInvention());
			editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(), pctApplication.eContainer(),
					IpPackage.Literals.IP_MANAGEMENT_SCHEME__APPLICATIONS, europe));
		});
		bot.waitUntil("the family shows the new national phase", () -> familyRows(tree).size() == 5);
		assertTrue(familyRows(tree).get(4).startsWith("3 ip-A-app-4 | ") && familyRows(tree).get(4).contains(" | EP | "), familyRows(tree).toString());
		bot.syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
		bot.waitUntil("Undo takes it out of the family", () -> familyRows(tree).size() == 4);

		// a double-click shows the application in its own tab, selected
		bot.syncRun(() -> {
			TreeItem last = tree.getItem(0).getItem(0).getItem(0).getItem(0);
			tree.setSelection(last);
			Event event = new Event();
			event.item = last;
			tree.notifyListeners(SWT.DefaultSelection, event);
		});
		bot.flush();
		Object selected = bot.syncCall(() -> ((IStructuredSelection) register.table("applications").viewer().getSelection()).getFirstElement());
		assertEquals("ip-A-app-3", ((PatentApplication) selected).getId());
		assertEquals(Messages.tabApplications, bot.syncCall(() -> folder().getSelection().getText()), "the Patent applications tab is in front");
	}

	private static int column(Table table, String header) {
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (table.getColumn(i).getText().equals(header)) {
				return i;
			}
		}
		throw new AssertionError("no column " + header);
	}

	/** Each row of the families' tree as its depth and cells, top to bottom. */
	private List<String> familyRows(Tree tree) {
		return bot.syncCall(() -> {
			List<String> rows = new ArrayList<>();
			addRows(tree.getItems(), 0, tree.getColumnCount(), rows);
			return rows;
		});
	}

	private static void addRows(TreeItem[] items, int depth, int columns, List<String> rows) {
		for (TreeItem item : items) {
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < columns; column++) {
				cells.add(item.getText(column));
			}
			rows.add(depth + " " + String.join(" | ", cells));
			addRows(item.getItems(), depth + 1, columns, rows);
		}
	}

	@Test
	void filtersNarrowTheRegisterAndTheOutlineOpensTheIpPageOnARecord() throws Exception {
		IFile sample = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null);
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(sample);
		RegisterView register = (RegisterView) bot.showView(RegisterView.ID);
		// an agreement's type by the edit providers' label, not its enum literal (IPInstrument is abstract)
		bot.waitUntil("the register shows the sample's agreements", () -> rowCount(register, "agreements") > 0);
		List<String> types = bot.syncCall(() -> Arrays.stream(register.table("agreements").viewer().getTable().getItems())
				.map(item -> item.getText(2)).toList());
		assertTrue(types.contains("IP covenant") && !types.contains("IP_COVENANT"), types.toString());
		tab("特許出願");
		bot.waitUntil("the register shows the sample's applications", () -> rowCount(register, "applications") == 3);
		choose(register, "kind", "PCT");
		bot.waitUntil("the kind filter keeps the PCT application", () -> rowCount(register, "applications") == 1);
		choose(register, "kind", "All");
		choose(register, "party", bot.syncCall(() -> ObjectLabels.of(editor.report().getOrganizations().stream()
				.filter(organization -> "org-chugai".equals(organization.getId())).findFirst().orElseThrow())));
		tab("実施許諾");
		bot.waitUntil("the licensee's licence stays", () -> rowCount(register, "licences") == 1);
		screenshot("filtered");

		// the Outline opens the IP page on the licence's row
		Licence licence = bot.syncCall(() -> IpSchemes.of(editor.report().getProgram().getProjects().get(0)).getLicences().get(0));
		bot.showView(IPageLayout.ID_OUTLINE);
		IContentOutlinePage outline = bot.syncCall(() -> editor.getAdapter(IContentOutlinePage.class));
		bot.waitUntil("the Outline shows the evaluation", () -> bot.syncCall(() -> outline.getControl() != null
				&& !UiBot.findAll(outline.getControl(), Tree.class, tree -> tree.getItemCount() > 0).isEmpty()));
		bot.syncRun(() -> outline.setSelection(new StructuredSelection(licence)));
		bot.flush();
		assertEquals(IpPage.ID, bot.syncCall(() -> editor.getActivePageInstance().getId()));
		List<Object> selected = bot.syncCall(() -> {
			List<Object> rows = new ArrayList<>();
			for (Table table : UiBot.findAll(((IpPage) editor.getActivePageInstance()).getManagedForm().getForm().getBody(), Table.class, t -> true)) {
				Arrays.stream(table.getSelection()).map(TableItem::getData).forEach(rows::add);
			}
			return rows;
		});
		assertEquals(List.of(licence), selected);
		screenshot("ip-page-reveals-licence");
	}

	@Test
	void theRegisterFiltersRefusesBadDatesImportsAndDeadlinesAreMarkedDoneWithUndo() throws Exception {
		EvaluationEditor editor = openFullScreen(SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null));
		RegisterView register = (RegisterView) bot.showView(RegisterView.ID);
		DeadlinesView deadlines = (DeadlinesView) bot.showView(DeadlinesView.ID);
		IPManagementScheme scheme = bot.syncCall(() -> IpSchemes.of(editor.report().getProgram().getProjects().get(0)));
		tab("特許出願");
		bot.waitUntil("the register shows the sample's applications", () -> rowCount(register, "applications") == 3);

		// the text filter, typed key by key, narrows the rows to the ids and titles holding the text
		TextBot filter = bot.windowShell().textWithData(ROLE, "text");
		filter.setText("app-2");
		bot.waitUntil("the text filter keeps one application", () -> rowCount(register, "applications") == 1);
		assertEquals("ip-A-app-2", bot.syncCall(() -> register.table("applications").viewer().getTable().getItem(0).getText(0)));
		screenshot("text-filter");
		filter.setText("（架空の例）糖鎖抗原");
		bot.waitUntil("a title's words keep every application", () -> rowCount(register, "applications") == 3);
		filter.setText("app-9");
		bot.waitUntil("a text no record holds keeps none", () -> rowCount(register, "applications") == 0);
		bot.syncRun(() -> filter.widget().setText(""));
		bot.waitUntil("every application shows again", () -> rowCount(register, "applications") == 3);

		// a date that does not exist is refused, naming the column and the record; the model keeps its date
		PatentApplication first = bot.syncCall(() -> scheme.getApplications().get(0));
		LocalDate filed = bot.syncCall(first::getFilingDate);
		edit(register, "applications", first, 6, "2024-02-30");
		bot.waitUntil("the view says why the date is refused", () -> bot.syncCall(register::getContentDescription).startsWith("Filed (YYYY-MM-DD) of ip-A-app-1: "));
		// #47: in words that say what is wrong with the text, not "written as 2024-03-31"
		assertEquals("Filed (YYYY-MM-DD) of ip-A-app-1: \"2024-02-30\" is not a date written YYYY-MM-DD (2024-02-29).",
				bot.syncCall(register::getContentDescription));
		assertEquals(filed, bot.syncCall(first::getFilingDate));
		assertTrue(bot.syncCall(() -> !editor.isDirty()), "nothing was changed");
		screenshot("bad-date-refused");

		// #48: an id references cannot carry or another record has, and a date past 2100, are refused the same way
		edit(register, "applications", first, 0, "app x");
		bot.waitUntil("the view says why the id is refused", () -> bot.syncCall(register::getContentDescription).contains("U+0020"));
		edit(register, "applications", first, 0, "ip-A-app-2");
		bot.waitUntil("the view says the id is taken", () -> bot.syncCall(register::getContentDescription).contains("already used"));
		edit(register, "applications", first, 6, "+999999999-12-31");
		bot.waitUntil("the view says the date is refused", () -> bot.syncCall(register::getContentDescription).contains("+999999999-12-31"));
		// a column of items typed as text (Spreadsheet.textColumn) names the record the same way
		edit(register, "applications", first, 12, "（架空の例）株式会社サンプル:半分");
		bot.waitUntil("the view says why the owners are refused", () -> bot.syncCall(register::getContentDescription).startsWith("Owners (name:share %) of ip-A-app-1: "));
		assertEquals("ip-A-app-1", bot.syncCall(first::getId));
		assertEquals(filed, bot.syncCall(first::getFilingDate));
		assertTrue(bot.syncCall(() -> !editor.isDirty()), "nothing was changed");
		screenshot("bad-id-refused");

		// Mark Done on a filing notice records the report as sent on the as-of date; Undo makes it due again
		asOf(deadlines, LocalDate.of(2022, 6, 15));
		bot.waitUntil("the filing notice of app-3 is due", () -> deadlines().contains("2022-07-30|ip-A-app-3|due"));
		select("2022-07-30|ip-A-app-3|due");
		bot.contextMenu(bot.syncCall(this::deadlinesTable), "Mark Done").click();
		bot.waitUntil("the filing notice is done", () -> deadlines().contains("2022-07-30|ip-A-app-3|done"));
		AgencyReport sent = bot.syncCall(() -> scheme.getAgencyReports().get(scheme.getAgencyReports().size() - 1));
		assertEquals(AgencyReportKind.FILING, sent.getKind());
		assertEquals("ip-A-app-3", sent.getConcerns().getId());
		assertEquals(LocalDate.of(2022, 6, 15), sent.getSentDate());
		assertEquals("Mark Done", undoLabel(editor));
		screenshot("marked-done");
		activate(deadlines);
		bot.windowShell().menu("Edit", "Undo Mark Done").click();
		bot.waitUntil("undo makes the filing notice due again", () -> deadlines().contains("2022-07-30|ip-A-app-3|due"));
		assertTrue(bot.syncCall(() -> !scheme.getAgencyReports().contains(sent)));
		screenshot("mark-done-undone");

		// a report's own due date replaces the rule's; a date that does not exist cannot be confirmed
		select("2022-07-30|ip-A-app-3|due");
		bot.contextMenu(bot.syncCall(this::deadlinesTable), "Set Due Date...").click();
		ShellBot dialog = bot.shell("Set Due Date");
		Text due = dialog.find(Text.class, "the due date", Text::isVisible);
		bot.syncRun(() -> due.setText("2022-09-31"));
		bot.flush();
		assertTrue(!bot.syncCall(() -> dialog.button("OK").widget().isEnabled()), "an impossible date is refused");
		assertTrue(dialog.textContaining("not a date").contains("2022-09-31"));
		screenshot(dialog, "due-date-refused");
		// as a secretariat writes dates in letters
		bot.syncRun(() -> due.setText("令和4年9月30日"));
		bot.flush();
		dialog.button("OK").click();
		dialog.waitUntilClosed();
		bot.waitUntil("the filing notice is due on the date set", () -> deadlines().contains("2022-09-30|ip-A-app-3|due"));
		assertEquals("Set Due Date", undoLabel(editor));

		// a partner's rule that does not say how to end its deadlines: Mark Done is disabled, and its tooltip says why
		select("2022-04-01|ip-A-lic-1|overdue");
		assertTrue(!bot.contextMenu(bot.syncCall(this::deadlinesTable), "Mark Done").isEnabled());
		assertEquals("The rule \"Utilisation report (test)\" does not say how to end its deadlines: record what ends them in the IP Register",
				bot.syncCall(() -> toolItem("Mark Done").getToolTipText()));
		assertTrue(bot.syncCall(() -> toolItem("Set Due Date...").isEnabled()), "its report may still get a due date");

		// Mark Done on a national phase files it in that country and shows the new application in the register
		select("2022-06-02|ip-A-app-2/CN|overdue");
		bot.contextMenu(bot.syncCall(this::deadlinesTable), "Mark Done").click();
		bot.waitUntil("the Chinese national phase is done", () -> deadlines().contains("2022-06-02|ip-A-app-2/CN|done"));
		PatentApplication china = bot.syncCall(() -> scheme.getApplications().get(scheme.getApplications().size() - 1));
		assertEquals(ApplicationKind.NATIONAL_PHASE, china.getKind());
		assertEquals(List.of("CN"), china.getCountries());
		bot.waitUntil("the register shows the new application", () -> bot.syncCall(
				() -> ((IStructuredSelection) register.table("applications").viewer().getSelection()).getFirstElement() == china));
		screenshot("national-phase-filed");

		// a table with bad rows imports nothing and names every one; a good one is one command that Undo reverts
		int inventions = bot.syncCall(() -> scheme.getInventions().size());
		Path bad = table("bad.csv", row("invention", "ip-A-inv-9", "prj-A", "（架空）取り込む発明", "2025-02-30"),
				row("invention", "ip-A-inv-10", "prj-A", "（架空）別の発明", "2025-02-28"),
				row("invention", "ip-A-inv-11", "prj-Z", "（架空）三つ目の発明", "2025-13-01"));
		bot.display().asyncExec(() -> register.importTable(bad));
		ShellBot refused = bot.shell("Import IP Register");
		String problems = refused.textWithData(RegisterView.TABLE, "importLines").getText();
		assertEquals(List.of(bad + ":2: the column \"disclosed\" is \"2025-02-30\", not a date (YYYY-MM-DD).",
				bad + ":4: the column \"project\" names \"prj-Z\", which is no project of the report (by id or letter code).",
				bad + ":4: the column \"disclosed\" is \"2025-13-01\", not a date (YYYY-MM-DD)."), problems.lines().toList());
		screenshot(refused, "import-refused");
		refused.button("Close").click();
		refused.waitUntilClosed();
		assertEquals(inventions, bot.syncCall(() -> scheme.getInventions().size()));

		Path good = table("register.csv", row("invention", "ip-A-inv-9", "prj-A", "（架空）取り込む発明", "2025-02-28"),
				row("invention", "ip-A-inv-1", "prj-A", "別の題名", "2025-02-28"));
		bot.display().asyncExec(() -> register.importTable(good));
		ShellBot preview = bot.shell("Import IP Register");
		String lines = preview.textWithData(RegisterView.TABLE, "importLines").getText();
		assertTrue(lines.contains("register.csv:2: adds InventionDisclosure ip-A-inv-9"), lines);
		assertTrue(lines.contains("register.csv:3: the register already holds ip-A-inv-1"), lines);
		screenshot(preview, "import-preview");
		preview.button("Import").click();
		preview.waitUntilClosed();
		bot.waitUntil("the invention is imported", () -> bot.syncCall(() -> scheme.getInventions().size()) == inventions + 1);
		assertEquals("Import register.csv", undoLabel(editor));
		tab("発明");
		bot.waitUntil("the register lists it", () -> rowCount(register, "inventions") == inventions + 1);
		screenshot("imported");
		activate(register);
		bot.windowShell().menu("Edit", "Undo Import register.csv").click();
		bot.waitUntil("undo takes the import away", () -> bot.syncCall(() -> scheme.getInventions().size()) == inventions);
		screenshot("import-undone");

		// the export writes what the import reads
		Path exported = temp.resolve("exported.csv");
		bot.syncRun(() -> register.exportTable(exported));
		assertTrue(Files.readString(exported, StandardCharsets.UTF_8).contains("application,ip-A-app-2,"), "the register's rows");
	}

	/**
	 * A block copied from a spreadsheet into the applications (columns 6 to 9: filed, priority, based on, countries),
	 * read as typed cells are, is one command; a date that does not exist refuses the whole block, naming its cell.
	 */
	@Test
	void aBlockPastedIntoTheRegisterIsOneCommandAndABadDateRefusesIt() throws Exception {
		EvaluationEditor editor = openFullScreen(SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null));
		RegisterView register = (RegisterView) bot.showView(RegisterView.ID);
		IPManagementScheme scheme = bot.syncCall(() -> IpSchemes.of(editor.report().getProgram().getProjects().get(0)));
		tab("特許出願");
		bot.waitUntil("the register shows the sample's applications", () -> rowCount(register, "applications") == 3);
		Table table = bot.syncCall(() -> register.table("applications").viewer().getTable());
		PatentApplication first = bot.syncCall(() -> scheme.getApplications().get(0));
		PatentApplication second = bot.syncCall(() -> scheme.getApplications().get(1));
		LocalDate filed = bot.syncCall(first::getFilingDate);

		paste(table, 0, 6, "2024-02-30\t2023-12-01\r\n");
		bot.waitUntil("the view says why", () -> register.getContentDescription().contains("2024-02-30"));
		String refused = bot.syncCall(register::getContentDescription);
		assertTrue(refused.contains("row 1") && refused.contains("Filed (YYYY-MM-DD)"), refused);
		assertEquals(filed, bot.syncCall(first::getFilingDate));
		assertTrue(bot.syncCall(() -> !editor.isDirty()), "nothing was changed");

		paste(table, 0, 6, "2024-01-10\t2023-12-01\t\tUS; EP\r\n2024-01-11\t2023-12-02\t\tJP\r\n");
		bot.waitUntil("the block is pasted", () -> LocalDate.of(2024, 1, 11).equals(second.getFilingDate()));
		assertEquals(List.of("2024-01-10", "2023-12-01", "[US, EP]", "2024-01-11", "2023-12-02", "[JP]"), bot.syncCall(() -> List.of(
				first.getFilingDate().toString(), first.getPriorityDate().toString(), first.getCountries().toString(),
				second.getFilingDate().toString(), second.getPriorityDate().toString(), second.getCountries().toString())));
		assertEquals("Paste 8 Cells", undoLabel(editor));
		screenshot("block-pasted");
		bot.windowShell().menu("Edit", "Undo Paste 8 Cells").click();
		bot.waitUntil("one Undo takes the block away", () -> filed.equals(first.getFilingDate()));
		assertTrue(bot.syncCall(() -> !editor.isDirty()));
	}

	/** Puts the text on the clipboard and presses Ctrl+V in the table with the cell selected. */
	private void paste(Table table, int row, int column, String text) {
		bot.setClipboard(text);
		bot.syncRun(() -> {
			table.setFocus();
			Spreadsheet.on(table).focus(row, column);
		});
		bot.pressKey(table, 'v', SWT.MOD1);
	}

	@Test
	void addStartsTheRegisterOfANewEvaluationAsOneUndoableCommand() throws Exception {
		// a new evaluation as File > New makes it: a program and a project A, no IP scheme
		EvaluationReport created = EvaluationSkeleton.create(new Spec("次世代評価技術開発事業", EvaluationType.INTERIM,
				List.of(new ProjectSpec("A", "課題A")), 2021, 2025, 2023));
		IProject workspaceProject = ResourcesPlugin.getWorkspace().getRoot().getProject("IpViewsTest");
		workspaceProject.create(null);
		workspaceProject.open(null);
		IFile file = workspaceProject.getFile("new.hyoka");
		HyokaFiles.save(created, file.getLocation().toFile().toPath());
		file.refreshLocal(0, null);
		EvaluationEditor editor = openFullScreen(file);
		Project a = bot.syncCall(() -> editor.report().getProgram().getProjects().get(0));
		assertNull(bot.syncCall(() -> IpSchemes.of(a)));
		RegisterView register = (RegisterView) bot.showView(RegisterView.ID);
		bot.waitUntil("the view offers to start a register", () -> rowCount(register, "inventions") == 0);
		Label hint = bot.find(root(), Label.class, "the view's message", label -> label.getText().startsWith("This evaluation has no IP register yet"));
		screenshot("new-file-no-register");

		choose(register, "project", bot.syncCall(() -> ObjectLabels.of(a)));
		tab("発明");
		bot.button(root(), "Add Invention disclosure").click();
		bot.waitUntil("project A has a register with the invention", () -> bot.syncCall(
				() -> IpSchemes.of(a) != null && IpSchemes.of(a).getInventions().size() == 1));
		IPManagementScheme started = bot.syncCall(() -> IpSchemes.of(a));
		InventionDisclosure invention = bot.syncCall(() -> started.getInventions().get(0));
		assertEquals("ip-A", started.getId());
		assertEquals("ip-A-inv-1", invention.getId());
		assertEquals(a, invention.getProject());
		assertEquals("Add Invention disclosure", undoLabel(editor));
		bot.waitUntil("the register lists the invention", () -> rowCount(register, "inventions") == 1);
		assertTrue(bot.syncCall(() -> !hint.isVisible()), "the message is gone");
		edit(register, "inventions", invention, 1, "（架空の例）最初の発明");
		assertEquals("（架空の例）最初の発明", bot.syncCall(invention::getTitleJa));
		screenshot("register-started");

		// one Undo for the title, one for the addition: the register goes with its first record
		activate(register);
		bot.windowShell().menu("Edit", "Undo " + undoLabel(editor)).click();
		bot.windowShell().menu("Edit", "Undo Add Invention disclosure").click();
		bot.waitUntil("undo takes the register away", () -> bot.syncCall(() -> IpSchemes.of(a) == null));
		bot.waitUntil("the register view is empty again", () -> rowCount(register, "inventions") == 0);
		assertTrue(bot.syncCall(() -> !editor.isDirty()), "back to the saved file");
		screenshot("register-undone");
		bot.windowShell().menu("Edit", "Redo Add Invention disclosure").click();
		bot.waitUntil("redo brings both back", () -> bot.syncCall(() -> IpSchemes.of(a) == started && started.getInventions().contains(invention)));

		// without a project chosen, a file without any register starts the program's
		bot.windowShell().menu("Edit", "Undo Add Invention disclosure").click();
		bot.waitUntil("undone", () -> bot.syncCall(() -> IpSchemes.of(a) == null));
		choose(register, "project", "All");
		bot.button(root(), "Add Invention disclosure").click();
		bot.waitUntil("the program has a register", () -> bot.syncCall(() -> IpSchemes.of(editor.report().getProgram()) != null));
		assertEquals("ip-prg-inv-1", bot.syncCall(() -> IpSchemes.of(editor.report().getProgram()).getInventions().get(0).getId()));
		assertNull(bot.syncCall(() -> IpSchemes.of(a)));

		bot.syncRun(() -> bot.page().activate(editor));
		bot.windowShell().menu("File", "Save").click();
		bot.waitUntil("the editor is saved", () -> !editor.isDirty());
		EvaluationReport saved = HyokaFiles.load(file.getLocation().toFile().toPath());
		assertEquals("ip-prg-inv-1", IpSchemes.of(saved.getProgram()).getInventions().get(0).getId());
	}

	@Test
	void theDeadlinesViewFiltersByProjectPartyAndAsOfDateSortedByDueDate() throws Exception {
		EvaluationEditor editor = openFullScreen(SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null));
		DeadlinesView deadlines = (DeadlinesView) bot.showView(DeadlinesView.ID);
		// a domestic filing of project B by its secretariat, so that two projects have deadlines
		Project b = bot.syncCall(() -> editor.report().getProgram().getProjects().get(1));
		Organization nnct = bot.syncCall(() -> IpSchemes.of(b).getSecretariat());
		bot.syncRun(() -> {
			PatentApplication filing = IpFactory.eINSTANCE.createPatentApplication();
			filing.setId("ip-B-app-9");
			filing.setKind(ApplicationKind.DOMESTIC);
			filing.setFilingDate(LocalDate.of(2021, 9, 30));
			Ownership owner = IpFactory.eINSTANCE.createOwnership();
			owner.setOrganization(nnct);
			filing.getOwners().add(owner);
			editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(), IpSchemes.of(b),
					org.hyoka.ip.IpPackage.Literals.IP_MANAGEMENT_SCHEME__APPLICATIONS, filing));
		});
		asOf(deadlines, LocalDate.of(2022, 6, 15));
		// worked out by hand: 2021-09-30 + 60 days = 2021-11-29 (filing notice), + 12 months = 2022-09-30 (Paris), + 3 years
		// = 2024-09-30, a Monday the JPO is open (審査請求); the sample's domestic filing of 2019-12-02 gives 2022-12-02
		List<String> all = List.of("2019-11-30|ip-A-inv-1|done", "2020-01-31|ip-A-app-1|done", "2020-12-02|ip-A-app-1|done", "2021-01-29|ip-A-app-2|done",
				"2021-05-31|ip-A-lic-1|overdue", "2021-11-29|ip-B-app-9|overdue", "2022-04-01|ip-A-lic-1|overdue",
				"2022-06-02|ip-A-app-2/CN|overdue", "2022-06-02|ip-A-app-2/US|done", "2022-07-02|ip-A-app-2/EP|due",
				"2022-07-30|ip-A-app-3|due", "2022-09-30|ip-B-app-9|due", "2022-12-02|ip-A-app-1|due", "2024-09-30|ip-B-app-9|due");
		bot.waitUntil("every deadline of both projects", () -> deadlines().equals(all));
		// the record (対象) by the words the register's pickers use, its title and number, before its id (#47)
		assertEquals("（架空の例）糖鎖抗原を標的とする抗体の作製方法 特願2019-000000（架空） (ip-A-app-1)",
				bot.syncCall(() -> item("2022-12-02|ip-A-app-1|due").getText(2)));
		// a licence by its licensee and field
		assertEquals("中外製薬株式会社 （架空の例）抗体医薬の研究開発 (ip-A-lic-1)", bot.syncCall(() -> item("2021-05-31|ip-A-lic-1|overdue").getText(2)));
		// Add to Calendar: the nine shown that are not done, as all-day events a calendar program imports
		assertTrue(bot.syncCall(() -> toolItem("Add to Calendar...").isEnabled()));
		Path ics = temp.resolve("deadlines.ics");
		bot.syncRun(() -> deadlines.writeCalendar(ics));
		String calendar = Files.readString(ics, StandardCharsets.UTF_8);
		assertTrue(calendar.startsWith("BEGIN:VCALENDAR\r\n") && calendar.endsWith("END:VCALENDAR\r\n"), calendar);
		assertEquals(9, calendar.split("BEGIN:VEVENT", -1).length - 1, calendar);
		assertTrue(calendar.contains("DTSTART;VALUE=DATE:20240930") && !calendar.contains("DTSTART;VALUE=DATE:20200131"),
				"B's 審査請求 in it, A's filing notice done and left out: " + calendar);
		// the reminder names the record as the view does; a line folds at 75 octets, unfolded here
		assertTrue(calendar.replace("\r\n ", "").contains("SUMMARY:Request for examination (3 years from filing in Japan): （架空の例）糖鎖抗原を標的とする抗体の作製方法 特願2019-000000（架空） (ip-A-app-1)"),
				calendar);

		choose(deadlines, "project", bot.syncCall(() -> ObjectLabels.of(b)));
		bot.waitUntil("project B's three deadlines", () -> deadlines().equals(List.of("2021-11-29|ip-B-app-9|overdue", "2022-09-30|ip-B-app-9|due",
				"2024-09-30|ip-B-app-9|due")));
		assertTrue(bot.syncCall(() -> Arrays.stream(deadlinesTable().getItems()).allMatch(item -> item.getText(3).equals(ObjectLabels.of(b)))));
		// the record by its title first, the id after it: a narrow column still tells which record it is; project A's
		// first application has a title and a number, B's new filing no words but its id
		assertEquals(List.of("ip-B-app-9"), bot.syncCall(() -> Arrays.stream(deadlinesTable().getItems()).map(item -> item.getText(2)).distinct().toList()));
		screenshot("deadlines-project-b");

		// the licensee's deadlines: its licence's notice and the test rule's utilisation report, in due order
		choose(deadlines, "project", "All");
		choose(deadlines, "party", bot.syncCall(() -> ObjectLabels.of(organization(editor, "org-chugai"))));
		bot.waitUntil("the licensee's two deadlines", () -> deadlines().equals(List.of("2021-05-31|ip-A-lic-1|overdue", "2022-04-01|ip-A-lic-1|overdue")));
		// the owners of project A's applications are parties of everything of A, and of nothing of B
		choose(deadlines, "party", bot.syncCall(() -> ObjectLabels.of(organization(editor, "org-keio"))));
		bot.waitUntil("Keio's deadlines", () -> deadlines().equals(all.stream().filter(row -> row.contains("ip-A-")).toList()));
		// both filters at once: project B and a party of A leave nothing
		choose(deadlines, "project", bot.syncCall(() -> ObjectLabels.of(b)));
		bot.waitUntil("no deadline of Keio in B", () -> deadlines().isEmpty());
		choose(deadlines, "party", bot.syncCall(() -> ObjectLabels.of(nnct)));
		bot.waitUntil("B's secretariat owns B's filing", () -> deadlines().size() == 3);

		// an earlier as-of date: the filing notice is due, within 30 days (amber), the Paris deadline far off
		asOf(deadlines, LocalDate.of(2021, 11, 1));
		bot.waitUntil("as of 1 November 2021", () -> deadlines().equals(List.of("2021-11-29|ip-B-app-9|due", "2022-09-30|ip-B-app-9|due",
				"2024-09-30|ip-B-app-9|due")));
		assertEquals(new Color(255, 226, 160), background("2021-11-29|ip-B-app-9|due"));
		assertNull(background("2022-09-30|ip-B-app-9|due"));
		screenshot("deadlines-as-of");
		asOf(deadlines, LocalDate.of(2021, 11, 30));
		bot.waitUntil("the day after, overdue", () -> deadlines().equals(List.of("2021-11-29|ip-B-app-9|overdue", "2022-09-30|ip-B-app-9|due",
				"2024-09-30|ip-B-app-9|due")));
		assertEquals(new Color(255, 200, 200), background("2021-11-29|ip-B-app-9|overdue"));
	}

	/** #47: a granted patent's annuities and an office action typed into the register, listed and marked done. */
	@Test
	void annuitiesAndAnOfficeActionAreListedAndMarkedDone() throws Exception {
		EvaluationEditor editor = openFullScreen(SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null));
		RegisterView register = (RegisterView) bot.showView(RegisterView.ID);
		DeadlinesView deadlines = (DeadlinesView) bot.showView(DeadlinesView.ID);
		Project a = bot.syncCall(() -> editor.report().getProgram().getProjects().get(0));
		IPManagementScheme scheme = bot.syncCall(() -> IpSchemes.of(a));
		PatentApplication first = bot.syncCall(() -> scheme.getApplications().get(0));
		// granted on 2022-06-01, typed into the register's row: the status, then its date
		tab("特許出願");
		Table applications = bot.syncCall(() -> register.table("applications").viewer().getTable());
		edit(register, "applications", first, bot.syncCall(() -> column(applications, Messages.columnStatus)), "Granted");
		edit(register, "applications", first, bot.syncCall(() -> column(applications, NLS.bind(Messages.dateColumn, Messages.columnStatusDate))), "2022-06-01");
		assertEquals(ApplicationStatus.GRANTED, bot.syncCall(first::getStatus));
		assertEquals(LocalDate.of(2022, 6, 1), bot.syncCall(first::getStatusDate));
		asOf(deadlines, LocalDate.of(2025, 6, 3));
		// worked out by hand: the 4th year begins on 2025-06-01, a Sunday, so its fee is due on Monday the 2nd
		bot.waitUntil("the annuities are listed", () -> deadlines().containsAll(List.of("2025-06-02|ip-A-app-1/4|overdue",
				"2026-06-01|ip-A-app-1/5|due", "2038-06-01|ip-A-app-1/17|due")));
		select("2025-06-02|ip-A-app-1/4|overdue");
		bot.contextMenu(bot.syncCall(this::deadlinesTable), "Mark Done").click();
		bot.waitUntil("the 4th year is paid", () -> deadlines().contains("2025-06-02|ip-A-app-1/4|done"));
		assertEquals(4, bot.syncCall(first::getPaidThroughYear));
		assertEquals("Mark Done", undoLabel(editor));
		screenshot("annuity-paid");

		choose(register, "project", bot.syncCall(() -> ObjectLabels.of(a)));
		tab("拒絶理由通知等");
		bot.button(root(), "Add Office action").click();
		bot.waitUntil("the office action is added", () -> bot.syncCall(() -> scheme.getOfficeActions().size()) == 1);
		OfficeAction action = bot.syncCall(() -> scheme.getOfficeActions().get(0));
		assertEquals("ip-A-oa-1", action.getId());
		// the application is picked by its title and number, as the picker lists it
		edit(register, "actions", action, 1, "（架空の例）糖鎖抗原を標的とする抗体の作製方法 特願2019-000000（架空）");
		edit(register, "actions", action, 2, "2025-04-11");
		assertEquals(first, bot.syncCall(action::getApplication));
		// 60 days from 2025-04-11 end on Tuesday 10 June
		bot.waitUntil("the response is due", () -> deadlines().contains("2025-06-10|ip-A-oa-1|due"));
		edit(register, "actions", action, 3, "30");
		bot.waitUntil("the recorded period counts", () -> deadlines().contains("2025-05-12|ip-A-oa-1|overdue"));
		select("2025-05-12|ip-A-oa-1|overdue");
		bot.contextMenu(bot.syncCall(this::deadlinesTable), "Mark Done").click();
		bot.waitUntil("the action is answered", () -> deadlines().contains("2025-05-12|ip-A-oa-1|done"));
		assertEquals(LocalDate.of(2025, 6, 3), bot.syncCall(action::getRespondedDate));
		screenshot("office-action-answered");

		// the editor's IP page lists it among the register's records
		bot.syncRun(() -> editor.setActivePage(IpPage.ID));
		bot.flush();
		assertTrue(bot.syncCall(() -> UiBot.findAll(((IpPage) editor.getActivePageInstance()).getManagedForm().getForm().getBody(), Table.class,
				table -> true).stream().flatMap(table -> Arrays.stream(table.getItems())).anyMatch(item -> item.getData() == action)),
				"the IP page lists the office action");
	}

	/**
	 * The record selected in the tab shown is the view's selection, which the Properties view shows, after a switch of
	 * tabs as well: the view keeps one selection provider.
	 */
	@Test
	void thePropertiesViewShowsTheRecordSelectedInTheTabShown() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null));
		PageBookView properties = (PageBookView) bot.showView(IPageLayout.ID_PROP_SHEET);
		RegisterView register = (RegisterView) bot.showView(RegisterView.ID);
		IPManagementScheme scheme = bot.syncCall(() -> IpSchemes.of(editor.report().getProgram().getProjects().get(0)));
		PatentApplication first = bot.syncCall(() -> scheme.getApplications().get(0));
		Licence licence = bot.syncCall(() -> scheme.getLicences().get(0));
		activate(register);
		tab("特許出願");
		bot.syncRun(() -> register.table("applications").viewer().setSelection(new StructuredSelection(first), true));
		bot.waitUntil("the Properties view shows the application", () -> propertyValues(properties).contains(first.getApplicationNumber()));
		tab("実施許諾");
		bot.syncRun(() -> register.table("licences").viewer().setSelection(new StructuredSelection(licence), true));
		bot.waitUntil("the Properties view shows the licence", () -> propertyValues(properties).contains(licence.getField()));
		screenshot("properties-follow-the-tab");
	}

	/** The values the Properties view shows now, of every row; on the display thread. */
	private static List<String> propertyValues(PageBookView properties) {
		List<String> values = new ArrayList<>();
		if (properties.getCurrentPage() != null && properties.getCurrentPage().getControl() instanceof Tree tree) {
			collectValues(tree.getItems(), values);
		}
		return values;
	}

	private static void collectValues(TreeItem[] items, List<String> into) {
		for (TreeItem item : items) {
			into.add(item.getText(1));
			collectValues(item.getItems(), into);
		}
	}

	/**
	 * A register hidden behind the Problems view builds nothing while another file opens, and shows that file's
	 * records once it is shown again.
	 */
	@Test
	void aHiddenRegisterShowsTheFileOpenedMeanwhileWhenShown() throws Exception {
		IFile sample = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("hidden-register");
		project.create(null);
		project.open(null);
		IFile copy = project.getFile("copy.hyoka");
		try (InputStream in = sample.getContents()) {
			copy.create(in, false, null);
		}
		bot.openEditor(sample);
		RegisterView register = (RegisterView) bot.showView(RegisterView.ID);
		bot.waitUntil("the register shows the sample's invention", () -> rowCount(register, "inventions") == 1);
		bot.showView(IPageLayout.ID_PROBLEM_VIEW);
		assertFalse(bot.syncCall(() -> bot.page().isPartVisible(register)), "the register is behind the Problems view");

		EvaluationEditor other = (EvaluationEditor) bot.openEditor(copy);
		bot.flush();
		bot.showView(RegisterView.ID);
		// the tab's table as shown, not through the view's accessors, which catch up themselves
		CTabFolder tabs = folder();
		List<Object> rows = bot.syncCall(() -> UiBot.findAll(tabs, Table.class, table -> "inventions".equals(table.getData(RegisterView.TABLE)))
				.stream().flatMap(table -> Arrays.stream(table.getItems())).map(TableItem::getData).toList());
		assertEquals(1, rows.size(), "the copy's one invention: " + rows);
		assertEquals(bot.syncCall(() -> other.model().resource()), ((EObject) rows.get(0)).eResource(), "the row is the copy's record");
	}

	private static Organization organization(EvaluationEditor editor, String id) {
		return editor.report().getOrganizations().stream().filter(each -> id.equals(each.getId())).findFirst().orElseThrow();
	}

	/** Opens the file on the whole screen, so that the screenshots show the views' rows. */
	private EvaluationEditor openFullScreen(IFile file) {
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		bot.syncRun(() -> bot.window().getShell().setBounds(bot.display().getPrimaryMonitor().getBounds()));
		return editor;
	}

	/** The tool item of a view's toolbar labelled so; call on the display thread. */
	private static ToolItem toolItem(String text) {
		return UiBot.findAll(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), ToolBar.class, bar -> true).stream()
				.flatMap(bar -> Arrays.stream(bar.getItems())).filter(item -> text.equals(item.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no tool item " + text));
	}

	/** A CSV register table of the rows given. */
	private Path table(String name, String... rows) throws java.io.IOException {
		return Files.writeString(temp.resolve(name), String.join(",", RegisterColumns.HEADER) + "\n" + String.join("\n", rows) + "\n",
				StandardCharsets.UTF_8);
	}

	/** A CSV row of an invention: its id, project, title and disclosure date, the other columns empty. */
	private static String row(String record, String id, String project, String title, String disclosed) {
		List<String> cells = new ArrayList<>(RegisterColumns.HEADER.stream().map(column -> "").toList());
		cells.set(RegisterColumns.HEADER.indexOf("record"), record);
		cells.set(RegisterColumns.HEADER.indexOf("id"), id);
		cells.set(RegisterColumns.HEADER.indexOf("project"), project);
		cells.set(RegisterColumns.HEADER.indexOf("title"), title);
		cells.set(RegisterColumns.HEADER.indexOf("disclosed"), disclosed);
		return cells.stream().collect(Collectors.joining(","));
	}

	private void select(String row) {
		click(row, SWT.Selection);
	}

	private void activate(IViewPart view) {
		bot.syncRun(() -> bot.page().activate(view));
		bot.flush();
	}

	/** The register view's own controls: what holds its filters and its tabs. */
	private Composite root() {
		CTabFolder folder = folder();
		return bot.syncCall(() -> folder.getParent().getParent());
	}

	private CTabFolder folder() {
		return bot.find(bot.windowShell().widget(), CTabFolder.class, "the register's tabs",
				folder -> Arrays.stream(folder.getItems()).anyMatch(item -> item.getText().equals("特許出願") || item.getText().equals("Patent applications")));
	}

	/** Clicks the register's tab whose title the English or Japanese text names. */
	private void tab(String japanese) {
		CTabFolder folder = folder();
		bot.syncRun(() -> {
			String english = switch (japanese) {
			case "発明" -> "Inventions";
			case "特許出願" -> "Patent applications";
			case "実施許諾" -> "Licences";
			case "拒絶理由通知等" -> "Office actions";
			case "パテントファミリー" -> "Patent families";
			default -> throw new IllegalArgumentException(japanese);
			};
			var item = Arrays.stream(folder.getItems()).filter(each -> each.getText().equals(japanese) || each.getText().equals(english))
					.findFirst().orElseThrow();
			folder.setSelection(item);
			Event event = new Event();
			event.item = item;
			folder.notifyListeners(SWT.Selection, event);
		});
		bot.flush();
	}

	private void choose(IViewPart view, String role, String label) {
		Combo combo = bot.find(viewRoot(view), Combo.class, role + " filter", each -> role.equals(each.getData(ROLE)));
		bot.syncRun(() -> {
			int index = Arrays.asList(combo.getItems()).indexOf(label);
			assertTrue(index >= 0, label + " among " + Arrays.toString(combo.getItems()));
			combo.select(index);
			combo.notifyListeners(SWT.Selection, new Event());
		});
		bot.flush();
	}

	private Text asOfText(DeadlinesView view) {
		return bot.find(viewRoot(view), Text.class, "as-of date", each -> DeadlinesView.AS_OF.equals(each.getData(ROLE)));
	}

	private void asOf(DeadlinesView view, LocalDate date) {
		Text asOf = asOfText(view);
		bot.syncRun(() -> asOf.setText(date.toString()));
		bot.flush();
	}

	/** The composite a view's controls are made in. */
	private Control viewRoot(IViewPart view) {
		return view instanceof RegisterView ? root() : bot.syncCall(() -> deadlinesTable().getParent().getParent());
	}

	/** The Deadlines view's table; call on the display thread. */
	private Table deadlinesTable() {
		return UiBot.findAll(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), Table.class, table -> "deadlines".equals(table.getData(RegisterView.TABLE))).get(0);
	}

	private void edit(RegisterView register, String table, EObject row, int column, String text) {
		EObjectTable<?> shown = bot.syncCall(() -> register.table(table));
		assertNotNull(shown, table);
		bot.editCell(shown.viewer(), row, column, text);
	}

	private int rowCount(RegisterView register, String table) {
		return bot.syncCall(() -> register.table(table) == null ? -1 : register.table(table).viewer().getTable().getItemCount());
	}

	/** The rows as due|id|status (the id is the last word of the record column, after the record's title). */
	private List<String> deadlines() {
		return bot.syncCall(() -> Arrays.stream(deadlinesTable().getItems()).map(IpViewsTest::deadline).toList());
	}

	private static String deadline(TableItem item) {
		// the record's id: in brackets after its words, or alone
		String record = item.getText(2);
		String id = record.endsWith(")") ? record.substring(record.lastIndexOf(" (") + 2, record.length() - 1) : record;
		return item.getText(0) + "|" + id + "|" + item.getText(4);
	}

	private TableItem item(String row) {
		return Arrays.stream(deadlinesTable().getItems()).filter(item -> row.equals(deadline(item))).findFirst()
				.orElseThrow(() -> new AssertionError("no deadline " + row));
	}

	private Color background(String row) {
		return bot.syncCall(() -> {
			TableItem item = item(row);
			// the viewer colours each cell
			Color background = item.getBackground(0);
			return background.equals(item.getParent().getBackground()) ? null : background;
		});
	}

	private void doubleClick(String row) {
		click(row, SWT.DefaultSelection);
	}

	/** Selects the deadline's row and sends the table a selection (a click) or default selection (a double-click). */
	private void click(String row, int type) {
		bot.syncRun(() -> {
			TableItem item = item(row);
			item.getParent().setSelection(item);
			Event event = new Event();
			event.item = item;
			item.getParent().notifyListeners(type, event);
		});
		bot.flush();
	}

	private String undoLabel(EvaluationEditor editor) {
		return bot.syncCall(() -> editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
	}

	private String redoLabel(EvaluationEditor editor) {
		return bot.syncCall(() -> editor.getEditingDomain().getCommandStack().getRedoCommand().getLabel());
	}

	private void screenshot(String name) {
		// rows changed by a command, and the filters' combos, are painted: GTK paints on its frame clock, not at once
		for (int i = 0; i < 3; i++) {
			bot.syncRun(() -> bot.window().getShell().update());
			bot.flush();
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		bot.screenshot(String.format("ip-views-%02d-%s.png", ++step, name));
	}

	/** A screenshot once the dialog has painted. */
	private void screenshot(ShellBot dialog, String name) {
		dialog.screenshot(Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"),
				String.format("ip-views-%02d-%s.png", ++step, name)));
	}
}
