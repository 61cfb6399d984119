package org.hyoka.editor.walks.tests;

import static org.hyoka.testing.editor.EvaluationRun.AFFILIATION;
import static org.hyoka.testing.editor.EvaluationRun.COMMENT;
import static org.hyoka.testing.editor.EvaluationRun.RECOMMENDATION;
import static org.hyoka.testing.editor.EvaluationRun.RESPONSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.osgi.util.NLS;
import org.hyoka.core.report.ReportText;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.Messages;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.Recommendation;
import org.hyoka.model.finance.AmountKind;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.Project;
import org.hyoka.model.results.Indicator;
import org.hyoka.testing.editor.EvaluationRun;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A secretariat writes a small evaluation from File > New on, through the forms alone: projects, committee, a
 * meeting, indicators with targets, a budget table, a comment and a 提言 with its 対処方針; undoes and redoes a
 * step, saves, and finds everything in the file. A screenshot per step.
 */
class AuthoringTest {

	private static final String FOLDER = "Authoring";
	private static final List<String> PROJECTS = List.of("課題B 高度製造技術", "課題C 評価手法", "課題D 基盤整備");
	private static final List<String> MEMBERS = List.of("山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健");

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void aNewEvaluationIsWrittenThroughTheFormsSavedAndReadBack() throws Exception {
		IProject folder = ResourcesPlugin.getWorkspace().getRoot().getProject(FOLDER);
		folder.create(null);
		folder.open(null);
		EvaluationRun run = new EvaluationRun(bot, "authoring");
		EvaluationEditor editor = run.newEvaluation(FOLDER, "authoring", "次世代評価技術開発事業", 2022, 2024);
		run.addProjects(editor, PROJECTS);
		Program program = bot.syncCall(() -> editor.report().getProgram());
		assertEquals(List.of("A", "B", "C", "D"), bot.syncCall(() -> program.getProjects().stream().map(Project::getLetterCode).toList()));
		run.addCommittee(editor, MEMBERS);
		run.addIndicators(editor);
		BudgetTable table = run.addBudget(editor);
		EObjectTable<?> totals = run.budgetTotals(editor);
		bot.editCell(totals.viewer(), table, 1, "200");
		bot.editCell(totals.viewer(), table, 2, "999");
		bot.flush();
		assertEquals(NLS.bind(Messages.budgetTotalAndSum, "999", "400"), bot.syncCall(() -> totals.viewer().getTable().getItem(0).getText(2)),
				"a printed total shows the computed sum beside it");
		assertEquals(NLS.bind(Messages.budgetTotalAndSum, "200", "200"), bot.syncCall(() -> totals.viewer().getTable().getItem(0).getText(1)),
				"also where the two agree");
		run.screenshot("budget");
		run.addCommentAndRecommendation(editor);

		// the last step, as the Edit menu names it
		bot.windowShell().menu("Edit", "Undo Set Response (対処方針)").click();
		bot.flush();
		Recommendation recommendation = bot.syncCall(() -> editor.report().getEvaluations().get(0).getRecommendations().get(0));
		bot.waitUntil("the 対処方針 is undone", () -> recommendation.getResponse() == null);
		run.screenshot("undone");
		bot.windowShell().menu("Edit", "Redo Set Response (対処方針)").click();
		bot.waitUntil("the 対処方針 is back", () -> recommendation.getResponse() != null && RESPONSE.equals(recommendation.getResponse().getText()));
		run.screenshot("redone");

		run.save(editor);
		run.screenshot("saved");
		IFile file = folder.getFile("authoring.hyoka");
		assertEverythingIsIn(HyokaFiles.load(file.getLocation().toPath()));
	}

	private void assertEverythingIsIn(EvaluationReport saved) {
		Program program = saved.getProgram();
		assertEquals(PROJECTS, program.getProjects().subList(1, 4).stream().map(Project::getNameJa).toList());
		for (Project project : program.getProjects()) {
			List<Evaluation> evaluations = saved.getEvaluations().stream().filter(evaluation -> evaluation.getTarget() == project).toList();
			assertEquals(1, evaluations.size(), "an added project is evaluated like the wizard's: " + project.getLetterCode());
			assertEquals(saved.getEvaluations().get(0).getType(), evaluations.get(0).getType());
			assertEquals(7, evaluations.get(0).getScoreTable().getRows().size(), "the seven items to score");
		}
		List<CommitteeMember> members = saved.getCommittee().getMembers();
		assertEquals(MEMBERS, members.stream().map(member -> member.getPerson().getNameJa()).toList());
		assertEquals(CommitteeRole.CHAIR, members.get(0).getRole());
		assertTrue(members.stream().allMatch(member -> AFFILIATION.equals(member.getAffiliationPrinted())));
		assertEquals("2024-12-01", saved.getCommittee().getMeetings().get(0).getDate().toString());
		List<? extends Indicator> indicators = program.getProjects().get(0).getOutputIndicators();
		assertEquals(List.of("特許出願件数1", "特許出願件数2"), indicators.stream().map(Indicator::getNameJa).toList());
		assertEquals(List.of(10, 20), indicators.stream().map(indicator -> indicator.getTargets().get(0).getTargetValue().intValue()).toList());
		BudgetTable table = program.getBudgetTables().get(0);
		assertEquals(AmountKind.EXECUTED, table.getKind());
		assertEquals("予算額等（執行額）", ReportText.budgetCaption(table), "the report heads the table with its kind");
		assertEquals(List.of("研究開発費", "管理費"), table.getLines().stream().map(BudgetLine::getLabelPrinted).toList());
		assertEquals(List.of(100, 200, 300), table.getLines().get(1).getCells().stream().map(FiscalYearAmount::getAmount)
				.map(BigDecimal::intValue).toList());
		assertEquals(0, new BigDecimal("999").compareTo(table.getStatedTotals().get(1).getAmount()));
		Evaluation evaluation = saved.getEvaluations().get(0);
		EvaluationComment comment = evaluation.getComments().get(0);
		assertEquals(CommentPolarity.NEGATIVE, comment.getPolarity());
		assertEquals(COMMENT, comment.getText());
		Recommendation recommendation = evaluation.getRecommendations().get(0);
		assertEquals(RECOMMENDATION, recommendation.getText());
		assertEquals(RESPONSE, recommendation.getResponse().getText());
	}
}
