package org.hyoka.roadmap.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.OverviewPage;
import org.hyoka.editor.internal.TreePage;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.base.Period;
import org.hyoka.model.program.Project;
import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.Milestone;
import org.hyoka.roadmap.PeriodRevision;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapElement;
import org.hyoka.roadmap.RoadmapFactory;
import org.hyoka.roadmap.RoadmapItem;
import org.hyoka.roadmap.RoadmapPackage;
import org.hyoka.roadmap.Roadmaps;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.Timelines;
import org.hyoka.roadmap.Zoom;
import org.hyoka.roadmap.layout.Legend;
import org.hyoka.roadmap.layout.RoadmapLayout;
import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.Style;
import org.hyoka.roadmap.layout.UndatedList;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.MenuBot;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The Roadmap view in the workbench, on the samples: what it draws, editing, zoom, eras, selection and export. */
class RoadmapViewTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@TempDir
	Path folder;

	/** Words of the legend, in English as the workbench under test is. */
	private static final List<String> LEGEND_WORDS = List.of("Legend", "Period", "Milestone", "Evaluation (planned)", "Target met", "Years not given"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private EvaluationEditor editor;
	private RoadmapView view;

	private void open(String sample) throws Exception {
		IFile file = SampleEvaluations.install(SampleEvaluations.find(sample).orElseThrow(), null);
		editor = (EvaluationEditor) bot.openEditor(file);
		view = (RoadmapView) bot.showView(RoadmapView.ID);
		bot.waitUntil("the view shows the sample's rows", () -> canvas().tree().shown() != null && !rows().isEmpty());
		waitForLayout();
	}

	/** The canvas lays out on a thread of its own: waits until the layout of the rows and settings now is painted. */
	private void waitForLayout() {
		bot.waitUntil("the view has laid out its rows", () -> canvas().laidOut());
	}

	/**
	 * Closes the view, so that the next test starts with its defaults (no filter, year zoom); the table collapsed
	 * first, as the workbench keeps the view's memento for the next test.
	 */
	@AfterEach
	void closeView() {
		if (view != null) {
			bot.syncRun(() -> {
				view.showTable(false);
				bot.page().hideView(view);
			});
		}
	}

	private RoadmapCanvas canvas() {
		return view.canvas();
	}

	private List<Row> rows() {
		return canvas().tree().shown().rows();
	}

	/** Shows the view large, as a user maximizing it does, for the screenshots. */
	private void maximize(boolean on) {
		bot.syncRun(() -> bot.page().setPartState(bot.page().getReference(view), on ? IWorkbenchPage.STATE_MAXIMIZED : IWorkbenchPage.STATE_RESTORED));
		bot.flush();
	}

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void drawsARowForEachSubjectAndEveryMilestoneAndEvaluationOfTheModel(String sample) throws Exception {
		open(sample);
		List<Row> rows = bot.syncCall(this::rows);
		assertEquals(editor.report().getProgram(), rows.get(0).source(), "the program first");
		for (Project project : editor.report().getProgram().getProjects()) {
			assertTrue(rows.stream().anyMatch(row -> row.source() == project), "a row for " + project.getNameJa());
		}
		List<EObject> milestones = new ArrayList<>();
		editor.report().eAllContents().forEachRemaining(object -> {
			if (object.eClass().getName().equals("Milestone")) { //$NON-NLS-1$
				milestones.add(object);
			}
		});
		assertFalse(milestones.isEmpty(), "the sample has milestones");
		// a dated milestone is a diamond in its year; one whose years the figure does not give, a box without a year
		for (EObject milestone : milestones) {
			boolean dated = year(milestone, "startFY") != null || year(milestone, "endFY") != null; //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(rows.stream().flatMap(row -> row.marks().stream()).anyMatch(mark -> mark.source() == milestone
					&& (dated ? mark instanceof Mark.Milestone : mark instanceof Mark.Bar bar && bar.firstYear() == null)), "a mark for " + milestone);
		}
		for (Evaluation evaluation : editor.report().getEvaluations()) {
			if (evaluation.getFiscalYear() != null && evaluation.getTarget() != null) {
				int row = bot.syncCall(() -> canvas().rowOf(evaluation.getTarget()));
				// one whose type the report leaves unsaid (000's program evaluation) is no 事前評価, nor any other
				assertEquals(evaluation.isSetType(), rows.get(row).marks().stream().anyMatch(mark -> mark instanceof Mark.EvaluationPoint point
						&& point.year() == evaluation.getFiscalYear() && point.type() == evaluation.getType()), "the evaluation of " + evaluation.getFiscalYear());
			}
		}
		maximize(true);
		// painted: a label for every row in view, and milestone diamonds where the rows in view have milestones
		bot.waitUntil("the view has painted", () -> canvas().lastScene() != null && canvas().lastScene().rowCount() > 0);
		var scene = bot.syncCall(canvas()::lastScene);
		long labels = scene.shapes().stream().filter(shape -> shape instanceof Shape.Text text
				&& (text.style() == Style.ROW_LABEL || text.style() == Style.FLAGGED_LABEL)).count();
		assertEquals(scene.rowCount(), labels);
		assertTrue(scene.rowCount() < rows.size() || scene.firstRow() == 0, "only the rows in view are laid out");
		bot.screenshot("roadmap-" + sample + ".png"); //$NON-NLS-1$ //$NON-NLS-2$
		maximize(false);
	}

	private static Integer year(EObject object, String name) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
		return feature == null ? null : (Integer) object.eGet(feature);
	}

	@Test
	void draggingABarEndIsOneCommandThatUndoTakesBack() throws Exception {
		open("soyaku-kiban-2021");
		Project project = editor.report().getProgram().getProjects().get(0);
		int before = project.getPeriod().getEndFY();
		int row = dragPeriodEndOneYear(project);
		assertEquals(before + 1, project.getPeriod().getEndFY(), "the end moved one fiscal year");
		var stack = editor.getEditingDomain().getCommandStack();
		assertEquals(NLS.bind(Messages.moveEnd, bot.syncCall(() -> rows().get(row).label())), stack.getUndoCommand().getLabel());
		bot.waitUntil("the view shows the new end", () -> periodEnd(project) == before + 1);
		bot.syncRun(stack::undo);
		assertEquals(before, project.getPeriod().getEndFY(), "undone");
		bot.waitUntil("the view shows the old end again", () -> periodEnd(project) == before);
		assertFalse(stack.canUndo(), "the drag was one command");
	}

	/** At year zoom, drags the end of the project's period one fiscal year later, as a user does; gives the project's row. */
	private int dragPeriodEndOneYear(Project project) {
		bot.syncRun(() -> view.setZoom(Zoom.YEAR));
		waitForLayout();
		int end = project.getPeriod().getEndFY();
		bot.syncRun(() -> canvas().reveal(project));
		bot.flush();
		int row = bot.syncCall(() -> canvas().rowOf(project));
		int x = bot.syncCall(() -> canvas().pixelX(canvas().roadmapLayout().x(end + 1)));
		int y = bot.syncCall(() -> (int) (RoadmapLayout.rowTop(row) + RoadmapLayout.ROW_HEIGHT / 2) - canvas().getVerticalBar().getSelection());
		// the tip comes from the last paint, which may still be on its way
		bot.waitUntil("the bar's end, hovered, names its period", () -> { //$NON-NLS-1$
			mouse(canvas(), SWT.MouseMove, x - 2, y);
			return canvas().getToolTipText() != null;
		});
		String pressed = bot.syncCall(() -> {
			RoadmapCanvas canvas = canvas();
			mouse(canvas, SWT.MouseDown, x, y);
			String tip = canvas.getToolTipText();
			mouse(canvas, SWT.MouseMove, x + (int) Zoom.YEAR.yearWidth(), y);
			mouse(canvas, SWT.MouseUp, x + (int) Zoom.YEAR.yearWidth(), y);
			return tip;
		});
		assertNull(pressed, "no tip of the period before the drag where the drag ends"); //$NON-NLS-1$
		return row;
	}

	/**
	 * With the Roadmap view active, Edit &gt; Undo names the drag and Ctrl+Z takes it back, Edit &gt; Redo applies it
	 * again; the Properties view shows the period's end year as it is after each.
	 */
	@Test
	void undoAndRedoWorkFromTheViewAndThePropertiesViewShowsTheCurrentYear() throws Exception {
		open("soyaku-kiban-2021");
		PropertySheet properties = (PropertySheet) bot.showView(IPageLayout.ID_PROP_SHEET);
		bot.syncRun(() -> bot.page().activate(view));
		Project project = editor.report().getProgram().getProjects().get(0);
		Period period = project.getPeriod();
		int before = period.getEndFY();
		String endName = bot.syncCall(() -> property(period, period.eClass().getEStructuralFeature("endFY")).getDisplayName(period)); //$NON-NLS-1$
		int row = dragPeriodEndOneYear(project);
		assertEquals(before + 1, period.getEndFY(), "the end moved one fiscal year");
		assertEquals(period, ((IStructuredSelection) bot.syncCall(view::getSelection)).getFirstElement(), "the period's bar was pressed");
		assertEquals(view, bot.syncCall(() -> bot.page().getActivePart()));
		bot.waitUntil("the Properties view shows the new end year", () -> showsYear(properties, endName, before + 1));

		String undo = "Undo " + NLS.bind(Messages.moveEnd, bot.syncCall(() -> rows().get(row).label())); //$NON-NLS-1$
		MenuBot undoItem = bot.windowShell().menu("Edit", undo); //$NON-NLS-1$
		assertTrue(undoItem.isEnabled(), "Edit > Undo names the drag and is enabled while the view is active");
		bot.screenshot("roadmap-undo-menu.png"); //$NON-NLS-1$
		bot.pressKey(canvas(), 'z', SWT.MOD1);
		bot.waitUntil("Ctrl+Z in the view restores the year", () -> period.getEndFY() == before);
		bot.waitUntil("the view shows the old end again", () -> periodEnd(project) == before);
		bot.waitUntil("the Properties view shows the year Undo restored", () -> showsYear(properties, endName, before));

		bot.windowShell().menu("Edit", "Redo " + NLS.bind(Messages.moveEnd, bot.syncCall(() -> rows().get(row).label()))).click(); //$NON-NLS-1$ //$NON-NLS-2$
		bot.waitUntil("Edit > Redo from the view applies the drag again", () -> period.getEndFY() == before + 1);
		bot.waitUntil("the Properties view shows the year Redo applied", () -> showsYear(properties, endName, before + 1));
		assertEquals(view, bot.syncCall(() -> bot.page().getActivePart()), "the view stayed active");
		bot.flush();
		bot.screenshot("roadmap-redo-properties.png"); //$NON-NLS-1$
	}

	/** On the display thread: whether the Properties view's row of the property shows the year. */
	private static boolean showsYear(PropertySheet properties, String property, int year) {
		if (!(properties.getCurrentPage().getControl() instanceof Tree tree)) {
			return false;
		}
		List<TreeItem> items = new ArrayList<>();
		collect(tree.getItems(), items);
		return items.stream().anyMatch(item -> item.getText(0).equals(property) && item.getText(1).contains(String.valueOf(year)));
	}

	private static void collect(TreeItem[] level, List<TreeItem> into) {
		for (TreeItem item : level) {
			into.add(item);
			collect(item.getItems(), into);
		}
	}

	/**
	 * A milestone dragged at quarter zoom lands in the quarter's middle month, recorded as its month; dragged at
	 * year zoom it is in a whole year again (the month cleared). Undo takes each drag back.
	 */
	@Test
	void draggingAMilestoneAtQuarterZoomRecordsTheMonthAndUndoTakesItBack() throws Exception {
		open("saisei-iryo-2022"); // its milestones have years; 創薬基盤's figure gives none
		maximize(true);
		Milestone milestone = bot.syncCall(() -> rows().stream().flatMap(row -> row.marks().stream())
				.filter(mark -> mark instanceof Mark.Milestone && ((Milestone) mark.source()).getStartFY() != null)
				.map(mark -> (Milestone) mark.source()).findFirst().orElseThrow());
		int year = milestone.getStartFY();
		assertEquals(null, milestone.getStartMonth(), "the sample records years only");
		var stack = editor.getEditingDomain().getCommandStack();

		dragMilestone(milestone, Zoom.QUARTER, year - 1, 2.5); // into the third quarter (October to December) of the year before
		assertEquals(year - 1, milestone.getStartFY());
		assertEquals(11, milestone.getStartMonth(), "the quarter's middle month, November");
		bot.waitUntil("the view draws it in November", () -> milestoneMark(milestone).month() != null && milestoneMark(milestone).month() == 11);
		// zooming out and in again keeps the selected milestone in view, whatever year was at the left edge
		bot.syncRun(() -> canvas().getHorizontalBar().setSelection(0));
		bot.syncRun(() -> view.setZoom(Zoom.MONTH));
		bot.syncRun(() -> view.setZoom(Zoom.QUARTER));
		waitForLayout();
		bot.waitUntil("the view is scrolled to the milestone's diamond", () -> canvas().zoom() == Zoom.QUARTER && inView(milestone));
		// painted now, not when the display gets to it: the screenshot shows what the canvas drew last
		bot.syncRun(() -> {
			canvas().redraw();
			canvas().update();
		});
		assertTrue(bot.syncCall(() -> inView(milestone)), "the diamond painted in view");
		bot.screenshot("roadmap-milestone-quarter.png"); //$NON-NLS-1$

		dragMilestone(milestone, Zoom.YEAR, year - 2, 0.5);
		assertEquals(year - 2, milestone.getStartFY());
		assertEquals(null, milestone.getStartMonth(), "a drag at year zoom clears the month");

		bot.syncRun(stack::undo);
		assertEquals(year - 1, milestone.getStartFY());
		assertEquals(11, milestone.getStartMonth(), "undone: back in November");
		bot.syncRun(stack::undo);
		assertEquals(year, milestone.getStartFY());
		assertEquals(null, milestone.getStartMonth(), "undone: the year only, as the file has it");
		assertFalse(stack.canUndo(), "each drag was one command");
		bot.waitUntil("the view shows the year again", () -> milestoneMark(milestone).year() == year && milestoneMark(milestone).month() == null);
		maximize(false);
	}

	/**
	 * A press that comes before the canvas has painted its layout selects what it is on, a milestone as a bar: a
	 * loaded machine paints late, and the press once looked for milestones in the last paint, which was none.
	 */
	@Test
	void aPressBeforeTheFirstPaintSelectsWhatItIsOn() throws Exception {
		open("saisei-iryo-2022"); //$NON-NLS-1$
		Milestone milestone = bot.syncCall(() -> rows().stream().flatMap(row -> row.marks().stream())
				.filter(mark -> mark instanceof Mark.Milestone && ((Milestone) mark.source()).getStartFY() != null)
				.map(mark -> (Milestone) mark.source()).findFirst().orElseThrow());
		Period period = editor.report().getProgram().getPeriod();
		// a canvas in a shell never opened: it lays out but is never painted
		RoadmapCanvas unpainted = bot.syncCall(() -> {
			Shell shell = new Shell(bot.display());
			RoadmapCanvas canvas = new RoadmapCanvas(shell);
			canvas.setBounds(0, 0, 1200, 800);
			canvas.setTimeline(Timelines.of(editor.report()));
			return canvas;
		});
		try {
			bot.waitUntil("the unpainted canvas has laid out its rows", () -> unpainted.laidOut());
			assertNull(bot.syncCall(unpainted::lastScene), "nothing painted");
			assertNull(bot.syncCall(unpainted::selection), "nothing selected yet");
			EObject pressed = bot.syncCall(() -> {
				int row = unpainted.rowOf(milestone);
				Shape.Diamond diamond = unpainted.roadmapLayout().window(row, 1).shapes().stream()
						.filter(shape -> shape instanceof Shape.Diamond d && d.style() == Style.MILESTONE
								&& d.tip().startsWith(milestoneMark(milestone).label() + " (")) //$NON-NLS-1$
						.map(Shape.Diamond.class::cast).findFirst().orElseThrow();
				// scrolled to it, not revealed: a reveal would select it before the press
				unpainted.getVerticalBar().setSelection((int) (RoadmapLayout.rowTop(row) - RoadmapLayout.HEADER_HEIGHT));
				unpainted.getHorizontalBar().setSelection((int) (diamond.x() - RoadmapLayout.LABEL_WIDTH) / 2);
				int x = unpainted.pixelX(diamond.x());
				int y = (int) diamond.y() - unpainted.getVerticalBar().getSelection();
				mouse(unpainted, SWT.MouseDown, x, y);
				mouse(unpainted, SWT.MouseUp, x, y);
				return unpainted.selection();
			});
			assertEquals(milestone, pressed, "the press on the milestone's diamond selects it");
			EObject onBar = bot.syncCall(() -> {
				int row = unpainted.rowOf(period);
				unpainted.getVerticalBar().setSelection(0);
				unpainted.getHorizontalBar().setSelection(0);
				// the middle of the period's first year, away from its ends and from marks drawn over it
				int x = unpainted.pixelX(unpainted.roadmapLayout().x(period.getStartFY()) + unpainted.axis().zoom().yearWidth() / 2);
				int y = (int) (RoadmapLayout.rowTop(row) + RoadmapLayout.ROW_HEIGHT / 2);
				mouse(unpainted, SWT.MouseDown, x, y);
				mouse(unpainted, SWT.MouseUp, x, y);
				return unpainted.selection();
			});
			assertEquals(period, onBar, "the press on the period's bar selects the period");
		} finally {
			bot.syncRun(() -> unpainted.getShell().dispose());
		}
	}

	/** Drags the milestone's diamond at a zoom level to a place in a fiscal year (in units of the zoom's quarters or years). */
	private void dragMilestone(Milestone milestone, Zoom zoom, int year, double units) {
		bot.syncRun(() -> view.setZoom(zoom));
		bot.syncRun(() -> canvas().reveal(milestone));
		waitForLayout();
		// painted by the layout at this zoom, not the one before
		bot.waitUntil("the milestone is painted at this zoom", () -> {
			Shape.Diamond diamond = diamondOf(milestone);
			int at = milestoneMark(milestone).year();
			RoadmapLayout layout = canvas().roadmapLayout();
			return diamond != null && canvas().zoom() == zoom && diamond.x() > layout.x(at) && diamond.x() < layout.x(at + 1);
		});
		bot.syncRun(() -> {
			RoadmapCanvas canvas = canvas();
			Shape.Diamond diamond = diamondOf(milestone);
			int y = (int) diamond.y() - canvas.getVerticalBar().getSelection();
			int to = canvas.pixelX(canvas.roadmapLayout().x(year) + units * zoom.yearWidth() / zoom.divisions());
			mouse(canvas, SWT.MouseDown, canvas.pixelX(diamond.x()), y);
			mouse(canvas, SWT.MouseMove, to, y);
			mouse(canvas, SWT.MouseUp, to, y);
		});
	}

	/** On the display thread: whether the diamond last painted for the milestone is right of the labels and in the canvas. */
	private boolean inView(Milestone milestone) {
		Shape.Diamond diamond = diamondOf(milestone);
		int x = diamond == null ? -1 : canvas().pixelX(diamond.x());
		return x >= canvas().labelWidth() && x <= canvas().getClientArea().width;
	}

	/** On the display thread: the diamond last painted for the milestone, null if none. */
	private Shape.Diamond diamondOf(Milestone milestone) {
		Scene scene = canvas().lastScene();
		String tip = milestoneMark(milestone).label() + " ("; //$NON-NLS-1$
		return scene == null ? null : scene.shapes().stream().filter(shape -> shape instanceof Shape.Diamond d && d.style() == Style.MILESTONE
				&& d.tip().startsWith(tip)).map(Shape.Diamond.class::cast).findFirst().orElse(null);
	}

	private Mark.Milestone milestoneMark(Milestone milestone) {
		return rows().stream().flatMap(row -> row.marks().stream()).filter(mark -> mark instanceof Mark.Milestone && mark.source() == milestone)
				.map(Mark.Milestone.class::cast).findFirst().orElseThrow();
	}

	private int periodEnd(Project project) {
		Row row = rows().get(canvas().rowOf(project));
		return row.marks().stream().filter(mark -> mark instanceof Mark.Bar bar && bar.kind() == Mark.BarKind.PERIOD).findFirst().orElseThrow().lastYear();
	}

	private static void mouse(RoadmapCanvas canvas, int type, int x, int y) {
		Event event = new Event();
		event.button = 1;
		event.x = x;
		event.y = y;
		canvas.notifyListeners(type, event);
	}

	/**
	 * A roadmap made from scratch in the Tree page: New Child on a project offers the add-on's Roadmap (and none of
	 * the core's classes in that slot), New Child on the roadmap a Roadmap Item; the item with its years set is a
	 * bar in this view, and Undo takes it away.
	 */
	@Test
	void aRoadmapAndItsItemMadeWithNewChildAreDrawnAndUndone() throws Exception {
		open("soyaku-kiban-2021");
		Project project = editor.report().getProgram().getProjects().get(0);
		int roadmaps = bot.syncCall(() -> Roadmaps.of(project).size());
		TreePage page = bot.syncCall(() -> (TreePage) editor.setActivePage(TreePage.ID));
		Control tree = bot.syncCall(() -> page.viewer().getControl());

		select(page, project);
		List<String> offered = bot.contextMenu(tree, "New Child").itemLabels();
		assertTrue(offered.contains("Roadmap"), "New Child on a project offers " + offered);
		assertFalse(offered.stream().anyMatch(label -> label.equals("Program") || label.equals("Project")), "no core class in the extensions slot: " + offered);
		bot.contextMenu(tree, "New Child", "Roadmap").click();
		bot.waitUntil("a roadmap is added", () -> Roadmaps.of(project).size() == roadmaps + 1);
		Roadmap roadmap = bot.syncCall(() -> Roadmaps.of(project).get(roadmaps));

		select(page, roadmap);
		List<String> under = bot.contextMenu(tree, "New Child").itemLabels();
		assertTrue(under.containsAll(List.of("Roadmap Lane", "Roadmap Item", "Milestone")), "New Child on a roadmap offers " + under);
		bot.contextMenu(tree, "New Child", "Roadmap Item").click();
		bot.waitUntil("an item is added", () -> roadmap.getElements().size() == 1);
		RoadmapElement item = bot.syncCall(() -> roadmap.getElements().get(0));
		assertTrue(item instanceof RoadmapItem);

		// the commands the Properties view issues for the item's label and years
		var domain = editor.getEditingDomain();
		bot.syncRun(() -> {
			domain.getCommandStack().execute(SetCommand.create(domain, item, RoadmapPackage.Literals.ROADMAP_ELEMENT__LABEL_JA, "新規項目")); //$NON-NLS-1$
			domain.getCommandStack().execute(SetCommand.create(domain, item, RoadmapPackage.Literals.ROADMAP_ELEMENT__START_FY, 2023));
			domain.getCommandStack().execute(SetCommand.create(domain, item, RoadmapPackage.Literals.ROADMAP_ELEMENT__END_FY, 2026));
		});
		bot.waitUntil("the view draws the item as a bar over its years", () -> barOf(item) != null && barOf(item).firstYear() == 2023
				&& barOf(item).lastYear() == 2026 && "新規項目".equals(barOf(item).label())); //$NON-NLS-1$
		maximize(true);
		bot.syncRun(() -> canvas().reveal(item));
		waitForLayout();
		bot.screenshot("roadmap-new-child.png"); //$NON-NLS-1$
		maximize(false);

		for (int i = 0; i < 4; i++) { // three settings, then the item
			bot.syncRun(domain.getCommandStack()::undo);
		}
		bot.waitUntil("undone: the item is gone from the model and the view", () -> roadmap.getElements().isEmpty() && barOf(item) == null);
		bot.syncRun(domain.getCommandStack()::undo);
		assertEquals(roadmaps, bot.syncCall(() -> Roadmaps.of(project).size()), "undone: the roadmap is gone");
	}

	/**
	 * A roadmap drawn from the view's menu, as a secretariat starts one on a new evaluation: Add Roadmap on a project's
	 * row (over its period's bar), Add Lane on the roadmap, then Add Item and Add Milestone on the lane in the fiscal
	 * year the menu was opened over, each named in a dialog whose OK waits for a name; the item is a bar of that year
	 * in the lane, the milestone a diamond in its year. Delete on the lane's row of the table beside the bars (the same
	 * menu) takes it with what it holds, and each Undo takes back one step.
	 */
	@Test
	void aRoadmapIsDrawnFromTheViewsMenuInTheYearPointedAt() throws Exception {
		open("soyaku-kiban-2021");
		maximize(true);
		Project project = editor.report().getProgram().getProjects().get(0);
		int roadmaps = bot.syncCall(() -> Roadmaps.of(project).size());
		int year = bot.syncCall(() -> project.getPeriod().getStartFY()) + 1;

		rightPress(project, year);
		bot.contextMenu(canvas(), "Add Roadmap...").click();
		named("New Roadmap", "事業化ロードマップ");
		bot.waitUntil("the roadmap is added", () -> Roadmaps.of(project).size() == roadmaps + 1);
		Roadmap roadmap = bot.syncCall(() -> Roadmaps.of(project).get(roadmaps));
		assertEquals("事業化ロードマップ", roadmap.getTitleJa());
		bot.waitUntil("the roadmap has its row, selected", () -> canvas().rowOf(roadmap) >= 0
				&& ((IStructuredSelection) view.getSelection()).getFirstElement() == roadmap);

		rightPress(roadmap, year);
		bot.contextMenu(canvas(), "Add Lane...").click();
		named("New Lane", "創薬開発");
		bot.waitUntil("the lane is added", () -> roadmap.getLanes().size() == 1);
		var lane = bot.syncCall(() -> roadmap.getLanes().get(0));
		assertEquals("創薬開発", lane.getNameJa());
		bot.waitUntil("the lane has its row", () -> canvas().rowOf(lane) >= 0);

		String shown = bot.syncCall(() -> canvas().era().label(year));
		rightPress(lane, year);
		bot.contextMenu(canvas(), "Add Item in " + shown + "...").click();
		named("New Item", "原薬の連続生産");
		bot.waitUntil("the item is added", () -> roadmap.getElements().size() == 1);
		RoadmapElement item = bot.syncCall(() -> roadmap.getElements().get(0));
		assertTrue(item instanceof RoadmapItem && item.getLane() == lane && item.getStartFY() == year && item.getEndFY() == year, "an item of the year in the lane");
		bot.waitUntil("the item is a bar of its year in the lane's row", () -> rows().get(canvas().rowOf(lane)).marks().stream()
				.anyMatch(mark -> mark.source() == item && mark instanceof Mark.Bar bar && bar.firstYear() == year && bar.lastYear() == year));

		String later = bot.syncCall(() -> canvas().era().label(year + 2));
		rightPress(lane, year + 2);
		bot.contextMenu(canvas(), "Add Milestone in " + later + "...").click();
		named("New Milestone", "承認申請");
		bot.waitUntil("the milestone is added", () -> roadmap.getElements().size() == 2);
		RoadmapElement milestone = bot.syncCall(() -> roadmap.getElements().get(1));
		assertTrue(milestone instanceof Milestone && milestone.getLane() == lane && milestone.getStartFY() == year + 2, "a milestone of the year in the lane");
		bot.waitUntil("the milestone is a diamond in its year", () -> rows().get(canvas().rowOf(lane)).marks().stream()
				.anyMatch(mark -> mark.source() == milestone && mark instanceof Mark.Milestone point && point.year() == year + 2));
		waitForLayout();
		bot.screenshot("roadmap-drawn-from-the-menu.png"); //$NON-NLS-1$

		// Delete on the lane's row of the table beside the bars, which has the same menu: the lane and what it holds
		toggleTable(true);
		bot.syncRun(() -> {
			ScheduleTable table = view.table();
			Event event = new Event();
			event.button = 3;
			event.x = 10;
			event.y = (int) (RoadmapLayout.rowTop(canvas().rowOf(lane)) + RoadmapLayout.ROW_HEIGHT / 2) - canvas().getVerticalBar().getSelection();
			table.notifyListeners(SWT.MouseDown, event);
		});
		assertEquals(lane, bot.syncCall(() -> ((IStructuredSelection) view.getSelection()).getFirstElement()), "the press selects the row's lane");
		bot.contextMenu(view.table(), "Delete").click();
		bot.waitUntil("the lane is deleted with its item and milestone", () -> roadmap.getLanes().isEmpty() && roadmap.getElements().isEmpty());
		var stack = editor.getEditingDomain().getCommandStack();
		assertEquals("Delete 創薬開発", bot.syncCall(() -> stack.getUndoCommand().getLabel()));
		bot.syncRun(stack::undo);
		assertEquals(List.of(item, milestone), bot.syncCall(() -> List.copyOf(roadmap.getElements())), "Undo brings back the lane with both");
		assertEquals(lane, bot.syncCall(() -> milestone.getLane()));
		for (int step = 0; step < 4; step++) { // the milestone, the item, the lane, the roadmap
			bot.syncRun(stack::undo);
		}
		assertEquals(roadmaps, bot.syncCall(() -> Roadmaps.of(project).size()), "undone: the roadmap is gone");
		toggleTable(false);
		maximize(false);
	}

	/** A press of the right button on the object's row, over the middle of the fiscal year, or on its label (null). */
	private void rightPress(EObject object, Integer year) {
		bot.syncRun(() -> canvas().reveal(object));
		waitForLayout();
		bot.syncRun(() -> {
			RoadmapCanvas canvas = canvas();
			int y = (int) (RoadmapLayout.rowTop(canvas.rowOf(object)) + RoadmapLayout.ROW_HEIGHT / 2) - canvas.getVerticalBar().getSelection();
			int x = year == null ? 10 : canvas.pixelX(canvas.roadmapLayout().x(year) + Zoom.YEAR.yearWidth() / 2);
			Event event = new Event();
			event.button = 3;
			event.x = x;
			event.y = y;
			canvas.notifyListeners(SWT.MouseDown, event);
			canvas.notifyListeners(SWT.MouseUp, event);
		});
	}

	/** Names what a menu item adds in its dialog: OK waits for a name, and no error shows before one is typed. */
	private void named(String title, String name) {
		var dialog = bot.shell(title);
		Button ok = dialog.find(Button.class, "OK", button -> "OK".equals(button.getText()));
		Text field = dialog.find(Text.class, "the name", text -> (text.getStyle() & SWT.READ_ONLY) == 0);
		Text error = dialog.find(Text.class, "the error line", text -> (text.getStyle() & SWT.READ_ONLY) != 0);
		assertTrue(bot.syncCall(() -> error.getText().isBlank()), "no error before a name is typed");
		bot.syncRun(() -> field.setText(""));
		assertFalse(bot.syncCall(ok::isEnabled), "OK waits for a name");
		bot.syncRun(() -> field.setText(name));
		dialog.button("OK").click();
		dialog.waitUntilClosed();
	}

	/**
	 * A revision of a project's period made with New Child in the Tree page and given its planned years through its
	 * property descriptors, as the Properties view sets them (each a command on the editor's stack): the Tree page
	 * labels it with the planned years, the view draws the planned period as a thin hollow bar under the current one,
	 * over the planned years, and Undo takes it away.
	 */
	@Test
	void aPeriodRevisionMadeWithNewChildIsDrawnHollowUnderThePeriodAndUndone() throws Exception {
		open("soyaku-kiban-2021");
		Project project = editor.report().getProgram().getProjects().get(0);
		int start = project.getPeriod().getStartFY();
		int end = project.getPeriod().getEndFY();
		TreePage page = bot.syncCall(() -> (TreePage) editor.setActivePage(TreePage.ID));
		Control tree = bot.syncCall(() -> page.viewer().getControl());
		select(page, project);
		List<String> offered = bot.contextMenu(tree, "New Child").itemLabels();
		assertTrue(offered.containsAll(List.of("Roadmap", "Period Revision")), "New Child on a project offers " + offered);
		bot.contextMenu(tree, "New Child", "Period Revision").click();
		bot.waitUntil("a revision is added", () -> !Roadmaps.periodRevisions(project).isEmpty());
		PeriodRevision revision = bot.syncCall(() -> Roadmaps.periodRevisions(project).get(0));

		var domain = editor.getEditingDomain();
		bot.syncRun(() -> {
			property(revision, RoadmapPackage.Literals.PERIOD_REVISION__PLANNED_START_FY).setPropertyValue(revision, start);
			property(revision, RoadmapPackage.Literals.PERIOD_REVISION__PLANNED_END_FY).setPropertyValue(revision, end - 1);
			property(revision, RoadmapPackage.Literals.PERIOD_REVISION__REASON).setPropertyValue(revision, "延長"); //$NON-NLS-1$
		});
		assertEquals(end - 1, revision.getPlannedEndFY());
		assertEquals("Period Revision " + start + "–" + (end - 1), //$NON-NLS-1$ //$NON-NLS-2$
				bot.syncCall(() -> ((ILabelProvider) page.viewer().getLabelProvider()).getText(revision)), "the Tree page names the planned years");
		maximize(true);
		bot.syncRun(() -> canvas().reveal(project));
		waitForLayout();
		bot.waitUntil("the view draws the planned period hollow under the current one", () -> {
			Shape.Rect planned = rectOf(Style.PLANNED_PERIOD, revision);
			RoadmapLayout layout = canvas().roadmapLayout();
			int row = canvas().rowOf(project);
			return planned != null && planned.x() == layout.x(start) && planned.x() + planned.width() == layout.x(end)
					&& planned.y() == RoadmapLayout.rowTop(row) + RoadmapLayout.PLANNED_TOP && planned.tip().endsWith("：延長"); //$NON-NLS-1$
		});
		bot.screenshot("roadmap-period-revision.png"); //$NON-NLS-1$
		// a click on the hollow bar selects the revision, one on the bar above it the period
		bot.syncRun(() -> {
			RoadmapCanvas canvas = canvas();
			int x = canvas.pixelX(canvas.roadmapLayout().x(start) + Zoom.YEAR.yearWidth() / 2);
			int top = (int) RoadmapLayout.rowTop(canvas.rowOf(project)) - canvas.getVerticalBar().getSelection();
			int planned = top + (int) (RoadmapLayout.PLANNED_TOP + RoadmapLayout.PLANNED_HEIGHT / 2);
			mouse(canvas, SWT.MouseDown, x, planned);
			mouse(canvas, SWT.MouseUp, x, planned);
		});
		assertEquals(revision, bot.syncCall(canvas()::selection), "the hollow bar selects the revision");
		bot.syncRun(() -> {
			RoadmapCanvas canvas = canvas();
			int x = canvas.pixelX(canvas.roadmapLayout().x(start) + Zoom.YEAR.yearWidth() / 2);
			int middle = (int) (RoadmapLayout.rowTop(canvas.rowOf(project)) + RoadmapLayout.ROW_HEIGHT / 2) - canvas.getVerticalBar().getSelection() - 2;
			mouse(canvas, SWT.MouseDown, x, middle);
			mouse(canvas, SWT.MouseUp, x, middle);
		});
		assertEquals(project.getPeriod(), bot.syncCall(canvas()::selection), "the bar above it selects the period");
		maximize(false);

		for (int i = 0; i < 4; i++) { // three settings, then the revision
			bot.syncRun(domain.getCommandStack()::undo);
		}
		bot.waitUntil("undone: the revision is gone from the model and the view",
				() -> Roadmaps.periodRevisions(project).isEmpty() && canvas().laidOut() && rectOf(Style.PLANNED_PERIOD, null) == null);
	}

	/** The descriptor the Properties view edits a feature of the object with. */
	private IItemPropertyDescriptor property(EObject object, EStructuralFeature feature) {
		IItemPropertySource source = (IItemPropertySource) ((AdapterFactoryEditingDomain) editor.getEditingDomain()).getAdapterFactory()
				.adapt(object, IItemPropertySource.class);
		return source.getPropertyDescriptors(object).stream().filter(descriptor -> descriptor.getFeature(object) == feature).findFirst()
				.orElseThrow(() -> new AssertionError("no property for " + feature.getName())); //$NON-NLS-1$
	}

	/** On the display thread: the first rectangle of a style painted last (for a source's mark when given), null if none. */
	private Shape.Rect rectOf(Style style, EObject source) {
		Scene scene = canvas().lastScene();
		return scene == null ? null : scene.shapes().stream().filter(shape -> shape instanceof Shape.Rect r && r.style() == style)
				.map(Shape.Rect.class::cast).filter(r -> source == null || rows().stream().flatMap(row -> row.marks().stream())
						.anyMatch(mark -> mark.source() == source))
				.findFirst().orElse(null);
	}

	/** The bar the view draws for a roadmap item, null if none. */
	private Mark.Bar barOf(EObject item) {
		return rows().stream().flatMap(row -> row.marks().stream()).filter(mark -> mark instanceof Mark.Bar bar && bar.source() == item)
				.map(Mark.Bar.class::cast).findFirst().orElse(null);
	}

	private void select(TreePage page, Object object) {
		bot.syncRun(() -> page.viewer().setSelection(new StructuredSelection(object), true));
		bot.flush();
	}

	@Test
	void zoomsToQuartersByKeyAndSwitchesEras() throws Exception {
		open("saisei-iryo-2022");
		bot.syncRun(() -> {
			view.setZoom(Zoom.YEAR);
			view.setEra(Era.WESTERN);
		});
		maximize(true);
		bot.syncRun(() -> key(canvas(), '=', SWT.MOD1));
		assertEquals(Zoom.QUARTER, bot.syncCall(canvas()::zoom), "Ctrl+= zooms in from years to quarters");
		bot.waitUntil("the header drawn again in quarters", () -> drawnHeader().contains("1Q")); //$NON-NLS-1$
		List<String> header = headerTexts();
		int first = bot.syncCall(() -> canvas().axis().firstYear());
		assertTrue(header.contains(first + "年度"), header.toString()); //$NON-NLS-1$
		assertTrue(header.stream().filter(text -> text.matches("[1-4]Q")).count() >= 4, "quarters: " + header); //$NON-NLS-1$
		bot.screenshot("roadmap-quarters-western.png"); //$NON-NLS-1$

		bot.syncRun(() -> view.setEra(Era.WAREKI));
		String wareki = Era.WAREKI.label(2022);
		// the canvas paints when the display gets to it, which a loaded machine may put off past one flush
		bot.waitUntil("the header drawn again in 和暦", () -> drawnHeader().contains(wareki)); //$NON-NLS-1$
		header = headerTexts();
		assertEquals("令和4年度", wareki); //$NON-NLS-1$
		assertTrue(header.contains(wareki) && !header.contains("2022年度"), header.toString()); //$NON-NLS-1$
		bot.screenshot("roadmap-quarters-wareki.png"); //$NON-NLS-1$

		bot.syncRun(() -> key(canvas(), '-', SWT.MOD1));
		assertEquals(Zoom.YEAR, bot.syncCall(canvas()::zoom), "Ctrl+- zooms out");
		maximize(false);
	}

	/** The texts of the axis header the view drew last. */
	private List<String> headerTexts() {
		bot.waitUntil("painted", () -> canvas().lastScene() != null);
		return bot.syncCall(this::drawnHeader);
	}

	/** On the display thread: the header texts of the last scene drawn, none before the first. */
	private List<String> drawnHeader() {
		return canvas().lastScene() == null ? List.of() : canvas().lastScene().shapes().stream().filter(shape -> shape instanceof Shape.Text text
				&& (text.style() == Style.AXIS_TEXT || text.style() == Style.MINOR_TEXT)).map(shape -> ((Shape.Text) shape).text()).toList();
	}

	private static void key(RoadmapCanvas canvas, char character, int state) {
		Event event = UiBot.newEvent();
		event.character = character;
		event.stateMask = state;
		canvas.notifyListeners(SWT.KeyDown, event);
	}

	private static void keyCode(RoadmapCanvas canvas, int code) {
		Event event = UiBot.newEvent();
		event.keyCode = code;
		canvas.notifyListeners(SWT.KeyDown, event);
	}

	@Test
	void exportsTheWholeRoadmapAndTheVisibleRangeAsSvgPngAndPdf() throws Exception {
		open("soyaku-kiban-2021");
		List<String> labels = bot.syncCall(() -> canvas().tree().whole().rows().stream().map(Row::label).toList());
		Path svg = folder.resolve("roadmap.svg");
		bot.syncRun(() -> export(svg, false));
		Set<String> texts = svgTexts(svg);
		for (String label : labels) {
			assertTrue(texts.contains(label), "the SVG holds the row label " + label);
		}
		assertTrue(texts.containsAll(LEGEND_WORDS), "the SVG has the legend"); //$NON-NLS-1$

		Path png = folder.resolve("roadmap.png");
		bot.syncRun(() -> export(png, false));
		BufferedImage image = ImageIO.read(png.toFile());
		assertNotNull(image, "a PNG image");
		assertEquals((int) Math.ceil(bot.syncCall(() -> canvas().wholeScene().width())), image.getWidth());
		assertEquals((int) Math.ceil(bot.syncCall(() -> canvas().wholeScene().height())), image.getHeight());
		assertTrue(image.getHeight() > bot.syncCall(() -> canvas().roadmapLayout().height() + Legend.LINE_HEIGHT), "the legend under the rows"); //$NON-NLS-1$

		Path pdf = folder.resolve("roadmap.pdf");
		bot.syncRun(() -> export(pdf, false));
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertEquals(1, document.getNumberOfPages(), "the roadmap on one page");
			String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
			for (String label : labels) {
				assertTrue(text.contains(label.replaceAll("\\s", "")), "the PDF holds the row label " + label);
			}
			assertTrue(LEGEND_WORDS.stream().allMatch(word -> text.contains(word.replaceAll("\\s", ""))), "the PDF has the legend"); //$NON-NLS-1$ //$NON-NLS-2$
		}

		Path visible = folder.resolve("visible.svg");
		bot.syncRun(() -> export(visible, true));
		Set<String> visibleTexts = svgTexts(visible);
		var scene = bot.syncCall(canvas()::lastScene);
		List<String> inView = labels.subList(scene.firstRow(), scene.firstRow() + scene.rowCount());
		assertTrue(visibleTexts.containsAll(inView), "the rows in view");
		assertTrue(visibleTexts.containsAll(LEGEND_WORDS), "the visible range has the legend too"); //$NON-NLS-1$
		if (scene.rowCount() < labels.size()) {
			assertFalse(visibleTexts.containsAll(labels), "only the rows in view");
		}
		Path wrong = folder.resolve("roadmap.txt");
		assertThrows(IllegalArgumentException.class, () -> view.export(wrong, false));
		assertFalse(Files.exists(wrong), "nothing written for an unknown format");
	}

	private void export(Path file, boolean visibleOnly) {
		try {
			view.export(file, visibleOnly);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The texts and titles of the SVG, which must parse as XML. */
	private static Set<String> svgTexts(Path svg) throws Exception {
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		assertEquals("svg", document.getDocumentElement().getTagName()); //$NON-NLS-1$
		Set<String> texts = new HashSet<>();
		for (String tag : new String[] { "text", "title" }) { //$NON-NLS-1$ //$NON-NLS-2$
			NodeList nodes = document.getElementsByTagName(tag);
			for (int i = 0; i < nodes.getLength(); i++) {
				texts.add(tag.equals("text") ? nodes.item(i).getLastChild().getTextContent() : nodes.item(i).getTextContent()); //$NON-NLS-1$
			}
		}
		return texts;
	}

	/**
	 * The legend under the rows, shown from the view's toolbar, explains the marks in the workbench's language, every
	 * line of it in view, and is remembered.
	 */
	@Test
	void theLegendUnderTheRowsExplainsTheMarks() throws Exception {
		open("soyaku-kiban-2021"); //$NON-NLS-1$
		maximize(true);
		assertFalse(bot.syncCall(() -> view.legend().getVisible()), "hidden until asked for"); //$NON-NLS-1$
		Rectangle without = bot.syncCall(canvas()::getBounds);
		bot.syncRun(() -> view.showLegend(true));
		List<String> words = bot.syncCall(() -> view.legend().strip().shapes().stream().filter(Shape.Text.class::isInstance)
				.map(shape -> ((Shape.Text) shape).text()).toList());
		assertTrue(words.containsAll(LEGEND_WORDS), words.toString());
		Rectangle rows = bot.syncCall(canvas()::getBounds);
		Rectangle strip = bot.syncCall(() -> view.legend().getBounds());
		assertTrue(strip.y >= rows.y + rows.height, "under the rows"); //$NON-NLS-1$
		assertEquals((int) Math.ceil(bot.syncCall(() -> view.legend().strip().height())), strip.height, "every line of the legend in view"); //$NON-NLS-1$
		bot.screenshot("roadmap-legend.png"); //$NON-NLS-1$
		assertTrue(without.height >= rows.height + strip.height, "the rows gave the legend its lines"); //$NON-NLS-1$
		XMLMemento memento = XMLMemento.createWriteRoot("view"); //$NON-NLS-1$
		bot.syncRun(() -> view.saveState(memento));
		assertEquals(Boolean.TRUE, memento.getBoolean(RoadmapView.LEGEND), "remembered shown"); //$NON-NLS-1$
		bot.syncRun(() -> view.showLegend(false));
		assertEquals(without.height, bot.syncCall(canvas()::getBounds).height, "hidden again, the rows take its place"); //$NON-NLS-1$
		maximize(false);
	}

	/**
	 * Items without years are not drawn on the grid but listed under the rows, as in the exports; clicking one selects
	 * its item, which the editor shows.
	 */
	@Test
	void undatedItemsAreListedUnderTheRowsAndSelectTheirItem() throws Exception {
		open("soyaku-kiban-2021"); //$NON-NLS-1$
		maximize(true);
		List<Mark.Bar> undated = bot.syncCall(() -> rows().stream().flatMap(row -> row.marks().stream())
				.filter(mark -> mark instanceof Mark.Bar bar && bar.firstYear() == null).map(Mark.Bar.class::cast).toList());
		assertFalse(undated.isEmpty(), "the sample's roadmap has items without years"); //$NON-NLS-1$
		Set<String> tips = new HashSet<>(undated.stream().map(Timelines::undatedLabel).toList());
		assertTrue(bot.syncCall(() -> canvas().roadmapLayout().layout().shapes().stream()
				.noneMatch(shape -> shape instanceof Shape.Rect rect && tips.contains(rect.tip()))), "none on the grid"); //$NON-NLS-1$
		assertTrue(bot.syncCall(() -> view.undated().isVisible()), "the list is shown"); //$NON-NLS-1$
		assertEquals(undated, bot.syncCall(() -> view.undated().strip().entries().stream().map(UndatedList.Entry::bar).toList()));
		Rectangle rowsArea = bot.syncCall(canvas()::getBounds);
		Rectangle list = bot.syncCall(() -> view.undated().getBounds());
		assertTrue(list.y >= rowsArea.y + rowsArea.height && list.height >= Legend.LINE_HEIGHT, "under the rows"); //$NON-NLS-1$
		assertTrue(rowsArea.height > 2 * list.height, "the rows keep their room"); //$NON-NLS-1$
		assertTrue(bot.syncCall(() -> view.undated().strip().shapes().stream()
				.anyMatch(shape -> shape instanceof Shape.Text text && text.text().equals("Undated"))), "with its heading"); //$NON-NLS-1$
		// the last item, scrolled to in the list when it has more lines than its room
		UndatedList.Entry last = bot.syncCall(() -> view.undated().strip().entries().get(undated.size() - 1));
		bot.syncRun(() -> {
			view.undated().getVerticalBar().setSelection((int) last.y());
			Event event = new Event();
			event.button = 1;
			event.x = (int) (last.x() + 4);
			event.y = (int) (last.y() + Legend.LINE_HEIGHT / 2) - view.undated().scrollY();
			view.undated().notifyListeners(SWT.MouseDown, event);
		});
		assertEquals(last.bar().source(), ((IStructuredSelection) bot.syncCall(view::getSelection)).getFirstElement(), "the item clicked"); //$NON-NLS-1$
		assertEquals(bot.syncCall(() -> canvas().rowOf(last.bar().source())), bot.syncCall(canvas()::selectedRow), "its row selected"); //$NON-NLS-1$
		bot.flush();
		bot.screenshot("roadmap-undated.png"); //$NON-NLS-1$
		Path svg = folder.resolve("undated.svg"); //$NON-NLS-1$
		bot.syncRun(() -> export(svg, false));
		assertTrue(svgTexts(svg).contains("Undated"), "the export lists them too"); //$NON-NLS-1$ //$NON-NLS-2$
		// filtered to rows without undated items, the list goes and the rows take its place
		bot.syncRun(() -> view.filterText().setText(rows().get(0).label()));
		waitForLayout();
		bot.waitUntil("the list is hidden", () -> !view.undated().isVisible()); //$NON-NLS-1$
		maximize(false);
	}

	/** A toolbar action of the view, by its text. */
	private IAction toolbarAction(String text) {
		return bot.syncCall(() -> Arrays.stream(view.getViewSite().getActionBars().getToolBarManager().getItems())
				.filter(ActionContributionItem.class::isInstance).map(item -> ((ActionContributionItem) item).getAction())
				.filter(action -> action.getText().equals(text)).findFirst().orElseThrow());
	}

	/**
	 * Go to Today scrolls the axis to today's line, Go to Selection back to the selected row and its bar after the user
	 * scrolled away; both are in the toolbar with icons.
	 */
	@Test
	void goToTodayAndGoToSelectionScrollTheView() throws Exception {
		open("saisei-iryo-2022"); //$NON-NLS-1$
		bot.syncRun(() -> view.setZoom(Zoom.MONTH));
		waitForLayout();
		IAction today = toolbarAction(Messages.goToToday);
		IAction toSelection = toolbarAction(Messages.goToSelection);
		assertNotNull(today.getImageDescriptor(), "an icon"); //$NON-NLS-1$
		assertNotNull(toSelection.getImageDescriptor(), "an icon"); //$NON-NLS-1$
		LocalDate now = LocalDate.now();
		assertTrue(bot.syncCall(() -> canvas().axis().shows(FiscalYears.of(now))), "the sample's years hold today"); //$NON-NLS-1$
		bot.syncRun(() -> canvas().getHorizontalBar().setSelection(0));
		assertFalse(bot.syncCall(() -> inViewX(canvas().roadmapLayout().x(now))), "scrolled away from today"); //$NON-NLS-1$
		bot.syncRun(today::run);
		assertTrue(bot.syncCall(() -> inViewX(canvas().roadmapLayout().x(now))), "today in view"); //$NON-NLS-1$
		bot.flush();
		bot.screenshot("roadmap-today.png"); //$NON-NLS-1$

		List<Project> projects = editor.report().getProgram().getProjects();
		Period period = projects.get(projects.size() - 1).getPeriod();
		bot.syncRun(() -> canvas().reveal(period));
		waitForLayout();
		bot.syncRun(() -> {
			canvas().getHorizontalBar().setSelection(canvas().getHorizontalBar().getMaximum());
			canvas().getVerticalBar().setSelection(0);
		});
		int row = bot.syncCall(() -> canvas().rowOf(period));
		assertTrue(row > 0);
		assertFalse(bot.syncCall(() -> inViewX(canvas().roadmapLayout().x(period.getStartFY()))), "scrolled away from the bar"); //$NON-NLS-1$
		bot.syncRun(toSelection::run);
		assertTrue(bot.syncCall(() -> RoadmapLayout.rowTop(row) - canvas().getVerticalBar().getSelection() >= RoadmapLayout.HEADER_HEIGHT
				&& RoadmapLayout.rowTop(row + 1) - canvas().getVerticalBar().getSelection() <= canvas().getClientArea().height), "the row in view"); //$NON-NLS-1$
		assertTrue(bot.syncCall(() -> inViewX(canvas().roadmapLayout().x(period.getStartFY()))), "its bar's start in view"); //$NON-NLS-1$
		bot.flush();
		bot.screenshot("roadmap-go-to-selection.png"); //$NON-NLS-1$
	}

	/** On the display thread: whether a position of the layout is painted right of the label column, in view. */
	private boolean inViewX(double x) {
		int pixel = canvas().pixelX(x);
		return pixel >= canvas().labelWidth() && pixel <= canvas().getClientArea().width;
	}

	/**
	 * Hide Rows Without Marks keeps the rows with marks and the rows above them, hides the others, is remembered, and
	 * shows them all again when unchecked.
	 */
	@Test
	void rowsWithoutMarksAreHiddenByAToggle() throws Exception {
		open("saisei-iryo-2022"); //$NON-NLS-1$
		List<Row> all = bot.syncCall(this::rows);
		IAction hide = toolbarAction(Messages.hideEmpty);
		assertEquals(IAction.AS_CHECK_BOX, hide.getStyle());
		assertNotNull(hide.getImageDescriptor(), "an icon"); //$NON-NLS-1$
		assertTrue(all.stream().anyMatch(row -> row.marks().isEmpty()), "the sample has rows without marks"); //$NON-NLS-1$
		bot.syncRun(() -> {
			hide.setChecked(true);
			hide.run();
		});
		waitForLayout();
		List<Row> shown = bot.syncCall(this::rows);
		assertTrue(shown.size() < all.size(), "fewer rows"); //$NON-NLS-1$
		assertEquals(all.stream().filter(RoadmapViewTest::onTheGrid).toList(), shown.stream().filter(RoadmapViewTest::onTheGrid).toList(),
				"every row with marks on the grid"); //$NON-NLS-1$
		for (int i = 0; i < shown.size(); i++) {
			Row row = shown.get(i);
			int depth = row.depth();
			boolean marksUnder = shown.subList(i + 1, shown.size()).stream().takeWhile(next -> next.depth() > depth).anyMatch(RoadmapViewTest::onTheGrid);
			assertTrue(onTheGrid(row) || marksUnder, row.label() + " has marks or rows with marks under it"); //$NON-NLS-1$
		}
		bot.flush();
		bot.screenshot("roadmap-hide-empty.png"); //$NON-NLS-1$
		XMLMemento memento = XMLMemento.createWriteRoot("view"); //$NON-NLS-1$
		bot.syncRun(() -> view.saveState(memento));
		assertEquals(Boolean.TRUE, memento.getBoolean(RoadmapView.HIDE_EMPTY), "remembered"); //$NON-NLS-1$
		bot.syncRun(() -> {
			hide.setChecked(false);
			hide.run();
		});
		waitForLayout();
		assertEquals(all, bot.syncCall(this::rows));
	}

	/** Whether a row has a mark on the grid: an undated item is listed apart. */
	private static boolean onTheGrid(Row row) {
		return row.marks().stream().anyMatch(mark -> mark.firstYear() != null);
	}

	@Test
	void selectionIsLinkedBothWaysWithTheOutlineAndTheEditor() throws Exception {
		open("saisei-iryo-2022");
		Project project = editor.report().getProgram().getProjects().get(1);
		// the Outline selects: the view selects the project's row and scrolls to it
		bot.showView(IPageLayout.ID_OUTLINE);
		bot.syncRun(() -> {
			editor.getAdapter(IContentOutlinePage.class).setSelection(new StructuredSelection(project));
		});
		bot.waitUntil("the view follows the Outline", () -> canvas().selection() == project);
		assertEquals(bot.syncCall(() -> canvas().rowOf(project)), bot.syncCall(canvas()::selectedRow));

		// the view selects: its selection is the model object, and the editor shows it
		bot.syncRun(() -> bot.page().activate(view));
		int row = bot.syncCall(() -> canvas().rowOf(editor.report().getProgram()));
		bot.syncRun(() -> {
			canvas().reveal(editor.report().getProgram());
			int y = (int) (RoadmapLayout.rowTop(row) + RoadmapLayout.ROW_HEIGHT / 2) - canvas().getVerticalBar().getSelection();
			mouse(canvas(), SWT.MouseDown, 20, y);
			mouse(canvas(), SWT.MouseUp, 20, y);
		});
		assertEquals(editor.report().getProgram(), ((IStructuredSelection) bot.syncCall(view::getSelection)).getFirstElement());

		// arrows move the selection by rows; Enter reveals it in the editor, which takes the keyboard
		bot.syncRun(() -> keyCode(canvas(), SWT.ARROW_DOWN));
		Row next = bot.syncCall(() -> rows().get(row + 1));
		assertEquals(next.source(), ((IStructuredSelection) bot.syncCall(view::getSelection)).getFirstElement());
		bot.syncRun(() -> keyCode(canvas(), SWT.CR));
		bot.waitUntil("the editor is active", () -> bot.page().getActivePart() == editor);
		bot.screenshot("roadmap-selection.png"); //$NON-NLS-1$
	}

	/**
	 * Clicking a bar reveals its object in the editor even when the Tree page was not made yet: the page opens with the
	 * object selected, the Roadmap view at its default size under the editor. Selecting an object in the Tree page
	 * scrolls this view to its row. (Whether the page scrolled to the object is not seen here: under the test display
	 * the tree reports its item in view either way; docs/roadmap.md says how it was checked.)
	 */
	@Test
	void selectionRevealsTheObjectInTheTreePageAndInTheView() throws Exception {
		open("saisei-iryo-2022"); //$NON-NLS-1$
		Period period = editor.report().getProgram().getPeriod();
		bot.syncRun(() -> editor.setActivePage(OverviewPage.ID));
		bot.syncRun(() -> bot.page().activate(view));
		bot.syncRun(() -> view.setZoom(Zoom.YEAR));
		waitForLayout();
		Click clicked = bot.syncCall(() -> {
			RoadmapCanvas canvas = canvas();
			int row = canvas.rowOf(period);
			// the period's row in view: a reveal of another selection may have scrolled the rows since the layout
			canvas.getVerticalBar().setSelection((int) (RoadmapLayout.rowTop(row) - RoadmapLayout.HEADER_HEIGHT));
			// a year of the period with no evaluation or target in it: a click there is on the bar alone
			int year = IntStream.rangeClosed(period.getStartFY(), period.getEndFY()).filter(y -> rows().get(row).marks().stream()
					.noneMatch(mark -> !(mark instanceof Mark.Bar) && !(mark instanceof Mark.Budget) && mark.firstYear() != null
							&& mark.firstYear() <= y && y <= mark.lastYear()))
					.findFirst().orElseThrow();
			canvas.getHorizontalBar().setSelection((int) (canvas.roadmapLayout().x(year) - RoadmapLayout.LABEL_WIDTH));
			int x = canvas.pixelX((canvas.roadmapLayout().x(year) + canvas.roadmapLayout().x(year + 1)) / 2);
			int y = (int) (RoadmapLayout.rowTop(row) + RoadmapLayout.ROW_HEIGHT / 2) - canvas.getVerticalBar().getSelection();
			String where = "row " + row + " at (" + x + ", " + y + "), scrolled to (" + canvas.getHorizontalBar().getSelection() + ", " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ canvas.getVerticalBar().getSelection() + "), labels " + canvas.labelWidth() + " wide, canvas " + canvas.getClientArea(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			mouse(canvas, SWT.MouseDown, x, y);
			mouse(canvas, SWT.MouseUp, x, y);
			return new Click(canvas.selection(), where);
		});
		assertEquals(period, clicked.selection(), "the period's bar was clicked: " + clicked.where()); //$NON-NLS-1$
		bot.waitUntil("the Tree page shows the period selected", () -> editor.getActivePageInstance() instanceof TreePage tree //$NON-NLS-1$
				&& tree.viewer().getStructuredSelection().getFirstElement() == period);
		assertEquals(period, ((IStructuredSelection) bot.syncCall(view::getSelection)).getFirstElement(), "the view's selection is the period"); //$NON-NLS-1$
		bot.flush();
		bot.screenshot("roadmap-reveal-tree.png"); //$NON-NLS-1$

		// the other way: the Tree page selects a project further down; the view scrolls to the project's row
		List<Project> projects = editor.report().getProgram().getProjects();
		Project last = projects.get(projects.size() - 1);
		TreePage tree = (TreePage) bot.syncCall(editor::getActivePageInstance);
		bot.syncRun(() -> {
			bot.page().activate(editor);
			tree.viewer().setSelection(new StructuredSelection(last), true);
		});
		bot.waitUntil("the view selects the project's row and scrolls to it", () -> canvas().selection() == last //$NON-NLS-1$
				&& RoadmapLayout.rowTop(canvas().rowOf(last)) - canvas().getVerticalBar().getSelection() >= RoadmapLayout.HEADER_HEIGHT
				&& RoadmapLayout.rowTop(canvas().rowOf(last) + 1) - canvas().getVerticalBar().getSelection() <= canvas().getClientArea().height);
	}

	@Test
	void theLabelColumnIsDraggedNarrowerAndRemembered() throws Exception {
		open("soyaku-kiban-2021");
		int width = bot.syncCall(() -> canvas().getClientArea().width);
		int labels = bot.syncCall(canvas()::labelWidth);
		assertEquals(Math.clamp(width * 3 / 10, RoadmapCanvas.MIN_LABELS, (int) RoadmapLayout.LABEL_WIDTH), labels, "about a third of the view");
		int narrower = RoadmapCanvas.MIN_LABELS + 30;
		bot.syncRun(() -> {
			mouse(canvas(), SWT.MouseDown, labels, 100);
			mouse(canvas(), SWT.MouseMove, narrower, 100);
			mouse(canvas(), SWT.MouseUp, narrower, 100);
		});
		assertEquals(narrower, bot.syncCall(canvas()::labelWidth));
		// the time axis moved left with the column's edge: the first year starts there
		double firstYear = bot.syncCall(() -> canvas().roadmapLayout().x(canvas().axis().firstYear()));
		assertEquals(narrower, (int) bot.syncCall(() -> canvas().pixelX(firstYear) + canvas().getHorizontalBar().getSelection()));
		XMLMemento memento = XMLMemento.createWriteRoot("view"); //$NON-NLS-1$
		bot.syncRun(() -> view.saveState(memento));
		assertEquals(narrower, memento.getInteger(RoadmapView.LABEL_WIDTH));
		bot.flush();
		bot.screenshot("roadmap-narrow-labels.png"); //$NON-NLS-1$
		// the workbench keeps the view's memento when it is closed: the next tests start from the default width
		bot.syncRun(() -> canvas().setLabelWidth(null));
	}

	@Test
	void collapsesRowsAndFiltersThem() throws Exception {
		open("saisei-iryo-2022");
		int all = bot.syncCall(() -> rows().size());
		Row program = bot.syncCall(() -> rows().get(0));
		bot.syncRun(() -> canvas().setCollapsed(program, true));
		assertEquals(1, bot.syncCall(() -> rows().size()), "the program's rows are under it");
		bot.syncRun(() -> canvas().setCollapsed(program, false));
		assertEquals(all, bot.syncCall(() -> rows().size()));
		Project project = editor.report().getProgram().getProjects().get(0);
		String name = bot.syncCall(() -> rows().get(canvas().rowOf(project)).label());
		bot.syncRun(() -> view.filterText().setText(name));
		List<Row> shown = bot.syncCall(this::rows);
		assertTrue(shown.size() < all, "filtered");
		assertEquals(program.source(), shown.get(0).source(), "with the rows above the match");
		assertTrue(shown.stream().anyMatch(row -> row.source() == project));
	}

	/** Shows or collapses the table beside the bars by its toggle, as a user does. */
	private void toggleTable(boolean on) {
		IAction toggle = toolbarAction(Messages.showTable);
		bot.syncRun(() -> {
			toggle.setChecked(on);
			toggle.run();
		});
		bot.flush();
	}

	/** On the display thread: the cells of a row as the table paints them now, of the rows the bars are painted for. */
	private List<String> paintedCells(int row) {
		return view.table().cells(canvas().painted().rows().get(row));
	}

	/** Types a value in a cell of a row and presses Enter; gives why it was refused, or null. */
	private String type(int row, ScheduleTable.Column column, String text) {
		return bot.syncCall(() -> {
			assertTrue(view.table().edit(row, column), "the cell opens a field");
			view.table().field().setText(text);
			view.table().commit();
			return view.table().refusal();
		});
	}

	/**
	 * The table beside the bars has a row for each bar row, at its height however the rows are scrolled; its cells
	 * show the period as the model holds it, in the view's year labels. A finish typed in its cell is the command a
	 * drag is, which Ctrl+Z in the view takes back; a start typed as a 和暦 year is read as one.
	 */
	@Test
	void theTableEditsThePeriodAndUndoFromTheViewRestoresIt() throws Exception {
		open("soyaku-kiban-2021"); //$NON-NLS-1$
		bot.syncRun(() -> view.setEra(Era.WESTERN));
		waitForLayout();
		toggleTable(true);
		Project project = editor.report().getProgram().getProjects().get(0);
		Period period = project.getPeriod();
		int start = period.getStartFY();
		int end = period.getEndFY();
		int row = bot.syncCall(() -> canvas().rowOf(project));
		ScheduleTable table = view.table();
		assertTrue(bot.syncCall(table::isVisible), "shown"); //$NON-NLS-1$
		assertEquals(bot.syncCall(() -> table.getBounds().y), bot.syncCall(() -> canvas().getBounds().y), "the headers side by side"); //$NON-NLS-1$
		assertTrue(bot.syncCall(() -> table.getBounds().x + table.getBounds().width <= canvas().getBounds().x), "left of the bars"); //$NON-NLS-1$
		bot.syncRun(() -> canvas().getVerticalBar().setSelection((int) RoadmapLayout.ROW_HEIGHT * 2));
		bot.syncRun(() -> canvas().redraw());
		bot.flush();
		int scrolled = bot.syncCall(canvas()::scrollY);
		assertTrue(scrolled > 0, "the rows scrolled"); //$NON-NLS-1$
		assertEquals((int) RoadmapLayout.rowTop(row) - scrolled, bot.syncCall(() -> table.cellBounds(row, ScheduleTable.Column.START).y),
				"the row at its bar row's height"); //$NON-NLS-1$
		assertEquals(List.of(rows().get(row).label(), Era.WESTERN.label(start), Era.WESTERN.label(end), NLS.bind(Messages.tableYears, end - start + 1)),
				bot.syncCall(() -> paintedCells(row).subList(0, 4)));
		bot.syncRun(() -> bot.page().activate(view));

		assertEquals(null, type(row, ScheduleTable.Column.FINISH, Integer.toString(end + 1)));
		assertEquals(end + 1, period.getEndFY(), "the finish typed"); //$NON-NLS-1$
		assertEquals(null, bot.syncCall(table::field), "the field closed"); //$NON-NLS-1$
		var stack = editor.getEditingDomain().getCommandStack();
		assertEquals(NLS.bind(Messages.moveEnd, bot.syncCall(() -> rows().get(row).label())), stack.getUndoCommand().getLabel(), "the drag's command"); //$NON-NLS-1$
		bot.waitUntil("the table shows the new finish", () -> paintedCells(row).get(2).equals(Era.WESTERN.label(end + 1))); //$NON-NLS-1$
		bot.pressKey(canvas(), 'z', SWT.MOD1);
		bot.waitUntil("Ctrl+Z in the view restores the finish", () -> period.getEndFY() == end); //$NON-NLS-1$
		bot.waitUntil("the table shows the old finish", () -> paintedCells(row).get(2).equals(Era.WESTERN.label(end))); //$NON-NLS-1$

		bot.syncRun(() -> view.setEra(Era.WAREKI));
		waitForLayout();
		assertEquals(Era.WAREKI.label(start), bot.syncCall(() -> paintedCells(row).get(1)), "和暦 when the view shows it"); //$NON-NLS-1$
		assertEquals(null, type(row, ScheduleTable.Column.START, Era.WAREKI.label(start - 1)));
		assertEquals(start - 1, period.getStartFY(), "the 和暦 start typed"); //$NON-NLS-1$
		bot.waitUntil("the table shows the new start", () -> paintedCells(row).get(1).equals(Era.WAREKI.label(start - 1))); //$NON-NLS-1$
		maximize(true);
		// the table is repainted after the bars it follows, a paint later
		bot.flush();
		bot.flush();
		bot.screenshot("roadmap-table.png"); //$NON-NLS-1$
		maximize(false);
		bot.syncRun(stack::undo);
		assertEquals(start, period.getStartFY(), "undone"); //$NON-NLS-1$
		bot.syncRun(() -> view.setEra(Era.WESTERN));
		toggleTable(false);
	}

	/** Text where a year belongs, and a finish before the start, are refused with a message and change nothing. */
	@Test
	void aBadValueInACellIsRefusedWithAMessage() throws Exception {
		open("soyaku-kiban-2021"); //$NON-NLS-1$
		toggleTable(true);
		Project project = editor.report().getProgram().getProjects().get(0);
		int start = project.getPeriod().getStartFY();
		int end = project.getPeriod().getEndFY();
		int row = bot.syncCall(() -> canvas().rowOf(project));
		var stack = editor.getEditingDomain().getCommandStack();
		Era era = bot.syncCall(canvas()::era);
		assertEquals(NLS.bind(Messages.tableNotAYear, "next spring"), type(row, ScheduleTable.Column.FINISH, "next spring")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(bot.syncCall(() -> view.table().field() != null), "the field stays open to correct it"); //$NON-NLS-1$
		maximize(true);
		assertEquals(NLS.bind(Messages.tableFinishBeforeStart, era.label(start - 1), era.label(start)),
				type(row, ScheduleTable.Column.FINISH, Integer.toString(start - 1)));
		bot.flush();
		bot.screenshot("roadmap-table-refused.png"); //$NON-NLS-1$
		maximize(false);
		assertEquals(NLS.bind(Messages.tableStartAfterFinish, era.label(end + 1), era.label(end)),
				type(row, ScheduleTable.Column.START, Integer.toString(end + 1)));
		assertEquals(start, project.getPeriod().getStartFY(), "nothing changed"); //$NON-NLS-1$
		assertEquals(end, project.getPeriod().getEndFY(), "nothing changed"); //$NON-NLS-1$
		assertFalse(stack.canUndo(), "no command"); //$NON-NLS-1$
		toggleTable(false);
	}

	/**
	 * The name and duration cells edit the model too, each typed value one command that Ctrl+Z in the view takes back:
	 * a name renames the project; a duration moves the finish and keeps the start, in years for a period, in the
	 * months a roadmap item records; a row of milestones without a bar shows its first milestone's year and moves it.
	 * A year outside those a file takes, and months where a period records years, are refused and change nothing.
	 */
	@Test
	void theTableRenamesChangesDurationsAndMovesMilestones() throws Exception {
		open("saisei-iryo-2022"); //$NON-NLS-1$
		bot.syncRun(() -> view.setEra(Era.WESTERN));
		waitForLayout();
		toggleTable(true);
		bot.syncRun(() -> bot.page().activate(view));
		var stack = editor.getEditingDomain().getCommandStack();
		Project project = editor.report().getProgram().getProjects().get(0);
		String name = project.getNameJa();
		int start = project.getPeriod().getStartFY();
		int end = project.getPeriod().getEndFY();
		int row = bot.syncCall(() -> canvas().rowOf(project));
		String label = bot.syncCall(() -> rows().get(row).label());

		assertEquals(null, type(row, ScheduleTable.Column.NAME, "  細胞製造基盤の開発 ")); //$NON-NLS-1$
		assertEquals("細胞製造基盤の開発", project.getNameJa(), "renamed, the blanks around it dropped"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(NLS.bind(Messages.rename, label), stack.getUndoCommand().getLabel());
		bot.waitUntil("the row shows the new name", () -> paintedCells(canvas().rowOf(project)).get(0).endsWith("細胞製造基盤の開発")); //$NON-NLS-1$ //$NON-NLS-2$
		bot.pressKey(canvas(), 'z', SWT.MOD1);
		bot.waitUntil("Ctrl+Z in the view restores the name", () -> name.equals(project.getNameJa())); //$NON-NLS-1$
		assertEquals(Messages.tableNameEmpty, type(row, ScheduleTable.Column.NAME, " ")); //$NON-NLS-1$
		assertEquals(name, project.getNameJa(), "a blank name refused"); //$NON-NLS-1$

		assertEquals(NLS.bind(Messages.tableYears, end - start + 1), bot.syncCall(() -> paintedCells(row).get(3)));
		assertEquals(null, type(row, ScheduleTable.Column.DURATION, "2")); //$NON-NLS-1$
		assertEquals(start, project.getPeriod().getStartFY(), "the start kept"); //$NON-NLS-1$
		assertEquals(start + 1, project.getPeriod().getEndFY(), "the finish a year after the start"); //$NON-NLS-1$
		assertEquals(NLS.bind(Messages.moveEnd, label), stack.getUndoCommand().getLabel(), "the command a drag of the finish is"); //$NON-NLS-1$
		bot.waitUntil("the table shows the duration typed", () -> paintedCells(row).get(3).equals(NLS.bind(Messages.tableYears, 2)));
		bot.pressKey(canvas(), 'z', SWT.MOD1);
		bot.waitUntil("Ctrl+Z in the view restores the finish", () -> project.getPeriod().getEndFY() == end); //$NON-NLS-1$

		assertEquals(NLS.bind(Messages.tableYearOutOfRange, new Object[] { "2150", "1989", "2099" }), type(row, ScheduleTable.Column.FINISH, "2150")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(NLS.bind(Messages.tableYearOutOfRange, new Object[] { Integer.toString(start + 199), "1989", "2099" }), //$NON-NLS-1$ //$NON-NLS-2$
				type(row, ScheduleTable.Column.DURATION, "200 years")); //$NON-NLS-1$
		assertEquals(NLS.bind(Messages.tableWholeYears, "18 months"), type(row, ScheduleTable.Column.DURATION, "18 months")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(NLS.bind(Messages.tableNotADuration, "soon"), type(row, ScheduleTable.Column.DURATION, "soon")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(end, project.getPeriod().getEndFY(), "nothing changed"); //$NON-NLS-1$

		// 事業アウトカム達成に至るまでのロードマップ of project A: milestones only
		Roadmap roadmap = bot.syncCall(() -> Roadmaps.of(project).get(0));
		Milestone milestone = (Milestone) roadmap.getElements().get(0);
		int year = milestone.getStartFY();
		int roadmapRow = bot.syncCall(() -> canvas().rowOf(roadmap));
		assertEquals(List.of(Era.WESTERN.label(year), Era.WESTERN.label(year)), bot.syncCall(() -> paintedCells(roadmapRow).subList(1, 3)),
				"the first milestone's year as start and finish"); //$NON-NLS-1$
		assertFalse(bot.syncCall(() -> view.table().edit(roadmapRow, ScheduleTable.Column.DURATION)), "a milestone has no duration to type"); //$NON-NLS-1$
		assertEquals(null, type(roadmapRow, ScheduleTable.Column.START, "令和2年度")); //$NON-NLS-1$
		assertEquals(2020, milestone.getStartFY(), "the milestone moved to the 和暦 year typed"); //$NON-NLS-1$
		assertEquals(NLS.bind(Messages.moveMilestone, milestone.getLabelJa()), stack.getUndoCommand().getLabel());
		bot.pressKey(canvas(), 'z', SWT.MOD1);
		bot.waitUntil("Ctrl+Z in the view puts the milestone back", () -> milestone.getStartFY() == year); //$NON-NLS-1$

		// an item of June to September 2023 added to the roadmap: its row's first bar, in months
		RoadmapItem item = RoadmapFactory.eINSTANCE.createRoadmapItem();
		item.setLabelJa("製造工程の検証"); //$NON-NLS-1$
		item.setStartFY(2023);
		item.setStartMonth(6);
		item.setEndFY(2023);
		item.setEndMonth(9);
		bot.syncRun(() -> stack.execute(AddCommand.create(editor.getEditingDomain(), roadmap, RoadmapPackage.Literals.ROADMAP__ELEMENTS, item, 0)));
		bot.waitUntil("the row shows the item's months", () -> paintedCells(canvas().rowOf(roadmap)).get(3).equals(NLS.bind(Messages.tableMonths, 4)));
		assertEquals(null, type(roadmapRow, ScheduleTable.Column.DURATION, "18")); //$NON-NLS-1$
		assertEquals(List.of(2023, 6, 2024, 11), List.of(item.getStartFY(), item.getStartMonth(), item.getEndFY(), item.getEndMonth()),
				"eighteen months from June 2023: to November 2024"); //$NON-NLS-1$
		assertEquals(null, type(roadmapRow, ScheduleTable.Column.DURATION, "２年")); //$NON-NLS-1$
		assertEquals(List.of(2025, 5), List.of(item.getEndFY(), item.getEndMonth()), "two years typed in full width: to May 2025"); //$NON-NLS-1$
		bot.waitUntil("the table shows the duration typed", () -> paintedCells(roadmapRow).get(3).equals(NLS.bind(Messages.tableMonths, 24)));
		maximize(true);
		bot.syncRun(() -> canvas().reveal(item));
		waitForLayout();
		bot.flush();
		bot.flush();
		bot.screenshot("roadmap-table-duration.png"); //$NON-NLS-1$
		maximize(false);
		bot.syncRun(stack::undo);
		bot.syncRun(stack::undo);
		assertEquals(List.of(2023, 9), List.of(item.getEndFY(), item.getEndMonth()), "undone: September 2023 again"); //$NON-NLS-1$
		bot.syncRun(stack::undo);
		assertFalse(roadmap.getElements().contains(item), "undone: the item is gone"); //$NON-NLS-1$
		toggleTable(false);
	}

	/** The table is collapsed by a toggle with an icon, and shown again when the view is opened again. */
	@Test
	void theTableIsCollapsedByAToggleAndRemembered() throws Exception {
		open("soyaku-kiban-2021"); //$NON-NLS-1$
		IAction toggle = toolbarAction(Messages.showTable);
		assertEquals(IAction.AS_CHECK_BOX, toggle.getStyle());
		assertNotNull(toggle.getImageDescriptor(), "an icon"); //$NON-NLS-1$
		assertFalse(bot.syncCall(() -> view.table().isVisible()), "collapsed at first"); //$NON-NLS-1$
		int barsAlone = bot.syncCall(() -> canvas().getBounds().width);
		toggleTable(true);
		assertTrue(bot.syncCall(() -> view.table().isVisible()), "shown"); //$NON-NLS-1$
		assertTrue(bot.syncCall(() -> canvas().getBounds().width) < barsAlone, "the bars give it room"); //$NON-NLS-1$
		XMLMemento memento = XMLMemento.createWriteRoot("view"); //$NON-NLS-1$
		bot.syncRun(() -> view.saveState(memento));
		assertEquals(Boolean.TRUE, memento.getBoolean(RoadmapView.TABLE), "remembered"); //$NON-NLS-1$
		bot.syncRun(() -> bot.page().hideView(view));
		view = (RoadmapView) bot.showView(RoadmapView.ID);
		bot.flush();
		assertTrue(bot.syncCall(() -> view.table().isVisible()), "shown again when the view opens again"); //$NON-NLS-1$
		assertTrue(toolbarAction(Messages.showTable).isChecked(), "its toggle checked"); //$NON-NLS-1$
		toggleTable(false);
		assertFalse(bot.syncCall(() -> view.table().isVisible()), "collapsed"); //$NON-NLS-1$
		assertEquals(barsAlone, (int) bot.syncCall(() -> canvas().getBounds().width), "the bars take the width back"); //$NON-NLS-1$
	}

	/**
	 * The undated list's samples and words, measured as the view paints them, never run into each other, however long
	 * the labels (the sample's are Japanese and long): a long label is cut with … and its tooltip has it whole.
	 */
	@Test
	void theUndatedListsEntriesDoNotOverlap() throws Exception {
		open("soyaku-kiban-2021"); //$NON-NLS-1$
		maximize(true);
		bot.flush();
		StripCanvas<UndatedList> list = view.undated();
		List<Shape> shapes = bot.syncCall(() -> list.strip().shapes());
		int width = bot.syncCall(() -> list.getClientArea().width);
		// each line's samples and words as painted, left to right
		Map<Integer, List<double[]>> lines = new TreeMap<>();
		for (Shape shape : shapes) {
			double[] span = switch (shape) {
			case Shape.Text text -> new double[] { text.x(), text.x() + bot.syncCall(() -> list.paintedWidth(text)), text.y() - text.size() / 2 };
			case Shape.Rect rect -> new double[] { rect.x(), rect.x() + rect.width(), rect.y() + rect.height() / 2 };
			default -> null;
			};
			if (span != null) {
				lines.computeIfAbsent((int) (span[2] / Legend.LINE_HEIGHT), line -> new ArrayList<>()).add(span);
			}
		}
		assertTrue(lines.size() > 3, "the sample's list has several lines"); //$NON-NLS-1$
		for (List<double[]> line : lines.values()) {
			line.sort((a, b) -> Double.compare(a[0], b[0]));
			for (int i = 1; i < line.size(); i++) {
				assertTrue(line.get(i - 1)[1] <= line.get(i)[0], "overlap at x " + line.get(i)[0] + " of line " + line.get(i)[2]); //$NON-NLS-1$ //$NON-NLS-2$
			}
			assertTrue(line.get(line.size() - 1)[1] <= width, "inside the view"); //$NON-NLS-1$
		}
		List<UndatedList.Entry> entries = bot.syncCall(() -> list.strip().entries());
		UndatedList.Entry cut = entries.stream().filter(entry -> entry.words().endsWith("…")).findFirst().orElseThrow(); //$NON-NLS-1$
		assertTrue(cut.bar().label().startsWith(cut.words().substring(0, cut.words().length() - 1)), "cut from the label"); //$NON-NLS-1$
		assertTrue(shapes.stream().anyMatch(shape -> shape instanceof Shape.Text text && text.text().equals(cut.words())
				&& Timelines.undatedLabel(cut.bar()).equals(text.tip())), "the whole label in its tooltip"); //$NON-NLS-1$
		bot.screenshot("roadmap-undated-no-overlap.png"); //$NON-NLS-1$
		maximize(false);
	}

	/**
	 * A lane holding only undated items shows nothing on the grid, so hiding the rows without marks hides it; its
	 * items stay in the list of undated items.
	 */
	@Test
	void aLaneOfUndatedItemsAloneIsHiddenWithTheRowsWithoutMarks() throws Exception {
		open("soyaku-kiban-2021"); //$NON-NLS-1$
		List<Row> all = bot.syncCall(this::rows);
		List<Row> undatedOnly = all.stream().filter(row -> !row.marks().isEmpty() && !onTheGrid(row)).toList();
		assertFalse(undatedOnly.isEmpty(), "the sample has lanes of undated items alone"); //$NON-NLS-1$
		List<Mark.Bar> listed = bot.syncCall(() -> view.undated().strip().entries().stream().map(UndatedList.Entry::bar).toList());
		bot.syncRun(() -> view.hideEmpty(true));
		waitForLayout();
		List<Row> shown = bot.syncCall(this::rows);
		for (Row lane : undatedOnly) {
			int index = all.indexOf(lane);
			boolean datedUnder = all.subList(index + 1, all.size()).stream().takeWhile(next -> next.depth() > lane.depth())
					.anyMatch(RoadmapViewTest::onTheGrid);
			assertEquals(datedUnder, shown.contains(lane), lane.label() + " is shown only for the dated marks under it"); //$NON-NLS-1$
		}
		assertTrue(undatedOnly.stream().anyMatch(lane -> !shown.contains(lane)), "some hidden"); //$NON-NLS-1$
		bot.waitUntil("the list laid out again", () -> view.undated().strip().entries().size() == listed.size()); //$NON-NLS-1$
		assertEquals(listed, bot.syncCall(() -> view.undated().strip().entries().stream().map(UndatedList.Entry::bar).toList()), "still listed"); //$NON-NLS-1$
		maximize(true);
		bot.flush();
		bot.screenshot("roadmap-hide-undated-lanes.png"); //$NON-NLS-1$
		maximize(false);
		bot.syncRun(() -> view.hideEmpty(false));
	}

	/** What a click selected, and where it went, for the message. */
	private record Click(EObject selection, String where) {
	}
}
