package org.hyoka.editor.walks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.Messages;
import org.hyoka.editor.internal.ScoresPage;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.program.Project;
import org.hyoka.testing.editor.EvaluationRun;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #13's "done when": a complete small evaluation written through the GUI alone, from File > New to the PDF:
 * program, three projects (one with its period changed), a three-year budget (a fourth year added and removed), two
 * indicators with targets and a revision, five committee members (four from the New wizard), dates picked from
 * calendars, their blank
 * 評点票 written by the wizard, filled by the test as the evaluators would, imported through the wizard (the scores
 * show at once in the open editor), a comment, a 提言 and its 対処方針, no error or warning in the Problems view, and the
 * report exported as PDF. {@link JapaneseEndToEndTest} runs the same in Japanese.
 */
class EndToEndTest {

	static final String PROGRAM = "次世代評価技術開発事業";
	static final List<String> PROJECTS = List.of("課題B 高度製造技術", "課題C 評価手法");
	static final List<String> MEMBERS = List.of("山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健");
	private static final String SHEET_COMMENT = "目標設定が明確である。";
	private static final int FIRST_ITEM_ROW = 6;

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();

	@Test
	void aSecretariatWritesACompleteEvaluationThroughTheGuiAlone() throws Exception {
		write(clean.bot(), "e2e");
	}

	/** The whole run, with a screenshot per step named after the prefix; returns it for the texts it saw. */
	static EvaluationRun write(WorkbenchBot bot, String prefix) throws Exception {
		IProject folder = ResourcesPlugin.getWorkspace().getRoot().getProject(prefix);
		folder.create(null);
		folder.open(null);
		EvaluationRun run = new EvaluationRun(bot, prefix);
		// all members but the last come from the New wizard, the chair first; the Committee page adds the last
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < MEMBERS.size() - 1; i++) {
			lines.add(MEMBERS.get(i) + (i == 0 ? ",座長," : ",委員,") + EvaluationRun.AFFILIATION);
		}
		EvaluationEditor editor = run.newEvaluation(prefix, prefix, PROGRAM, 2022, 2024, lines);
		assertEquals(MEMBERS.subList(0, MEMBERS.size() - 1), bot.syncCall(() -> editor.report().getCommittee().getMembers().stream()
				.map(member -> member.getPerson().getNameJa()).toList()), "the wizard's members");
		assertEquals(CommitteeRole.CHAIR, bot.syncCall(() -> editor.report().getCommittee().getMembers().get(0).getRole()));
		IFile file = folder.getFile(prefix + ".hyoka");
		run.addProjects(editor, PROJECTS);
		List<String> letters = bot.syncCall(() -> editor.report().getProgram().getProjects().stream().map(Project::getLetterCode).toList());
		assertEquals(List.of("A", "B", "C"), letters);
		Project b = bot.syncCall(() -> editor.report().getProgram().getProjects().get(1));
		run.describeProject(editor, b, "高度製造", "製造現場で使える評価技術を開発する。");

		BudgetTable table = run.addBudget(editor);
		EObjectTable<?> totals = run.budgetTotals(editor);
		for (int year = 1; year <= 3; year++) {
			bot.editCell(totals.viewer(), table, year, String.valueOf(200 * year));
		}
		bot.flush();
		assertEquals(List.of("200", "400", "600").stream().map(total -> NLS.bind(Messages.budgetTotalAndSum, total, total)).toList(),
				bot.syncCall(() -> List.of(1, 2, 3).stream().map(column -> totals.viewer().getTable().getItem(0).getText(column)).toList()),
				"printed totals that match their cells, each beside its sum");
		run.screenshot("budget");
		run.addIndicators(editor);
		run.addCommittee(editor, MEMBERS.subList(MEMBERS.size() - 1, MEMBERS.size()));
		assertEquals(MEMBERS, bot.syncCall(() -> editor.report().getCommittee().getMembers().stream().map(member -> member.getPerson().getNameJa()).toList()));
		run.save(editor);

		Path location = folder.getLocation().toPath();
		List<Path> blank = run.writeBlankSheets(location);
		assertEquals(MEMBERS.stream().map(name -> "評点票_" + name.replace(' ', '_') + ".xlsx").sorted().toList(),
				blank.stream().map(sheet -> sheet.getFileName().toString()).toList(), "a blank sheet per member");
		for (Path sheet : blank) {
			fill(sheet, letters);
		}
		folder.refreshLocal(IResource.DEPTH_ONE, null);
		List<IFile> sheets = blank.stream().map(sheet -> folder.getFile(sheet.getFileName().toString())).toList();
		int previewed = run.importSheets(file.getLocation().toPath(), sheets);
		assertEquals(MEMBERS.size() * letters.size() * 7 + 1, previewed, "every score and the one comment in the preview");
		assertScoresShow(bot, run, editor);

		run.addCommentAndRecommendation(editor);
		run.save(editor);
		// a new target's year lies in the project's period even when the evaluation comes later (no HY-IN-09)
		assertEquals(List.of(), run.validate(file), "errors and warnings in the Problems view");

		Path pdf = location.resolve(prefix + ".pdf");
		run.exportPdf(file.getLocation().toPath(), pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains(PROGRAM), "the PDF names the program");
			assertTrue(text.contains(MEMBERS.get(1)), "the PDF names the committee");
		}
		return run;
	}

	/** The score the member with this index gives to the item of the project: 2 or 3. */
	private static int score(int member, int project, int item) {
		return 2 + (member + project + item) % 2;
	}

	/** Fills a blank 評点票 as its evaluator does in Excel: a score per item of each project's sheet, one comment. */
	private static void fill(Path sheet, List<String> letters) throws Exception {
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(sheet)) {
			workbook = new XSSFWorkbook(in);
		}
		try (workbook) {
			for (Sheet page : workbook) {
				int member = MEMBERS.indexOf(page.getRow(1).getCell(1).getStringCellValue());
				int project = letters.indexOf(page.getRow(2).getCell(1).getStringCellValue());
				assertTrue(member >= 0 && project >= 0, sheet + "!" + page.getSheetName() + " names its evaluator and project");
				for (int item = 1; item <= 7; item++) {
					Row row = page.getRow(FIRST_ITEM_ROW + item - 1);
					row.getCell(2, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(score(member, project, item));
					if (member == 0 && project == 0 && item == 1) {
						row.getCell(3, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(SHEET_COMMENT);
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(sheet)) {
				workbook.write(out);
			}
		}
	}

	/** The Scores page shows project A's new columns, one per member, and each item's average, without reopening. */
	private static void assertScoresShow(WorkbenchBot bot, EvaluationRun run, EvaluationEditor editor) {
		ScoresPage page = run.show(editor, ScoresPage.ID);
		Table scores = bot.windowShell().find(Table.class, "project A's score table", table -> table.getData() instanceof Evaluation evaluation
				&& evaluation.getTarget() instanceof Project project && "A".equals(project.getLetterCode()));
		bot.waitUntil("A's score table shows a column per member",
				() -> Arrays.stream(scores.getColumns()).map(TableColumn::getText).toList().containsAll(MEMBERS));
		List<String> headers = bot.syncCall(() -> Arrays.stream(scores.getColumns()).map(TableColumn::getText).toList());
		int average = headers.indexOf(MEMBERS.get(MEMBERS.size() - 1)) + 1;
		List<String> expected = new ArrayList<>();
		for (int item = 1; item <= 7; item++) {
			int sum = 0;
			for (int member = 0; member < MEMBERS.size(); member++) {
				sum += score(member, 0, item);
			}
			expected.add(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(MEMBERS.size())).setScale(1).toPlainString());
		}
		assertEquals(expected, bot.syncCall(() -> Arrays.stream(scores.getItems()).map(row -> row.getText(average)).toList()),
				"A's averages per item, as the sheets give them; columns " + headers);
		// the table's columns up to the average lie within the page in a 1280-pixel window: the chart is under the table
		int right = bot.syncCall(() -> scores.toDisplay(Arrays.stream(scores.getColumns()).limit(average + 1).mapToInt(TableColumn::getWidth).sum(), 0).x);
		Rectangle visible = bot.syncCall(() -> {
			ScrolledForm form = page.getManagedForm().getForm();
			return form.getDisplay().map(form, null, form.getClientArea());
		});
		assertTrue(right <= visible.x + visible.width, "the average column ends at " + right + ", within the page's " + visible);
		run.screenshot("scores");
	}
}
