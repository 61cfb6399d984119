package org.hyoka.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.docx.DocxExporter;
import org.hyoka.export.html.HtmlExporter;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportOutline;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.MoneyUnit;
import org.hyoka.model.base.Organization;
import org.hyoka.model.base.Role;
import org.hyoka.model.base.RoleAssignment;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationBody;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.MeetingFormat;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.evaluation.Recommendation;
import org.hyoka.model.evaluation.ResponseKind;
import org.hyoka.model.evaluation.ScoreTable;
import org.hyoka.model.evaluation.ScoringScale;
import org.hyoka.model.evaluation.WGReview;
import org.hyoka.model.finance.AmountKind;
import org.hyoka.model.finance.AmountStatus;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinanceFactory;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.finance.FundingFlow;
import org.hyoka.model.finance.FundingMechanism;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.AccountingCategory;
import org.hyoka.model.program.CompetitiveLandscape;
import org.hyoka.model.program.GovernanceBody;
import org.hyoka.model.program.GovernanceBodyKind;
import org.hyoka.model.program.LineageEntry;
import org.hyoka.model.program.PerformerSite;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchItem;
import org.hyoka.model.program.ResearchTask;
import org.hyoka.model.program.UpperPolicy;
import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.Calculation;
import org.hyoka.model.results.ClaimKind;
import org.hyoka.model.results.CostEffectiveness;
import org.hyoka.model.results.EconomicClaim;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutcomeExample;
import org.hyoka.model.results.OutputIndicator;
import org.hyoka.model.results.OutputItem;
import org.hyoka.model.results.ProgressCell;
import org.hyoka.model.results.ProgressMatrix;
import org.hyoka.model.results.ResultsFactory;
import org.hyoka.model.results.ResultsPackage;
import org.hyoka.model.results.StepMark;
import org.hyoka.model.results.TargetKind;
import org.junit.jupiter.api.Test;

/**
 * Nothing typed is lost on the way to print (#44): every attribute of every class a user can create under a report
 * (the editor's Tree page offers them all), filled in a new evaluation, is found in the text of the HTML, DOCX and PDF
 * exports (read back with PDFBox and POI). Classes and attributes come from the metamodel, so a new one that is not
 * printed fails this test until it is printed or named in {@link #NOT_PRINTED_CLASSES} or {@link #NOT_PRINTED} with
 * the reason.
 */
class EverythingPrintedTest {

	/**
	 * Classes whose objects a user can create under a report (the Tree page offers every one) but the report does not
	 * print, each with the reason. Every other class reachable from a report must be in {@link Filled}.
	 */
	private static final Map<EClass, String> NOT_PRINTED_CLASSES = Map.of(
			BasePackage.Literals.SOURCE_DOCUMENT, "the documents an import read: provenance for checking, the report is the document itself", //$NON-NLS-1$
			BasePackage.Literals.SOURCE_REF, "where in a source document a value was read: provenance for validation's messages", //$NON-NLS-1$
			HyokaPackage.Literals.ADD_ON_REFERENCE, "bookkeeping of the add-ons a file needs to open; the add-ons print their own sections"); //$NON-NLS-1$

	/** Attributes that are legitimately not printed, each with the reason. */
	private static final Set<EAttribute> NOT_PRINTED = Set.of(
			// a key for references and tools; the report names things by their names
			BasePackage.Literals.IDENTIFIABLE__ID,
			// the report is Japanese; the English name is for the workbench
			BasePackage.Literals.NAMED__NAME_EN,
			// other spellings of the name, which validation uses to match an indicator across tables
			BasePackage.Literals.NAMED__ALIASES,
			// further items a comment touches: the report prints a comment once, under the item it was written on
			EvaluationPackage.Literals.EVALUATION_COMMENT__OTHER_ITEMS,
			// the report prints 提言 and 対処方針 in one table for the evaluation, without their items
			EvaluationPackage.Literals.RECOMMENDATION__ITEM,
			// how an importer found the unit of a table that prints none; the unit itself is printed
			FinancePackage.Literals.BUDGET_TABLE__UNIT_INFERRED,
			// the caption prints the kind as the table names it (kindPrinted), not the code chosen for it
			FinancePackage.Literals.BUDGET_TABLE__KIND,
			// titles are printed within the affiliation and position as transcribed (北海道大学 教授)
			BasePackage.Literals.PERSON__TITLE,
			// a score's place in its row: the report heads each column with the member's name
			EvaluationPackage.Literals.EVALUATOR_SCORE__COLUMN,
			// the average an imported report printed, which validation compares with the average the report prints
			EvaluationPackage.Literals.ITEM_SCORE__STATED_AVERAGE,
			// the deadline the score sheets give the members, not part of the report
			EvaluationPackage.Literals.EVALUATION_COMMITTEE__SCORE_SHEET_DEADLINE,
			// the 年度 of the evaluation: the cover prints it when no meeting is dated, headings do not repeat it
			EvaluationPackage.Literals.EVALUATION__FISCAL_YEAR,
			// a draft's title ends in （案）; an approved report prints no word for its status
			HyokaPackage.Literals.EVALUATION_REPORT__STATUS,
			// the register of organizations: the report names each where it is referenced (実施体制, 実施場所, 機関), as entered
			BasePackage.Literals.ORGANIZATION__ABBREVIATION, BasePackage.Literals.ORGANIZATION__TYPE);

	/** For each enum, a literal other than the first (which an attribute holds when unset) and the word printed for it. */
	private static final Map<EEnum, Map.Entry<Object, String>> CHOSEN = Map.ofEntries(
			Map.entry(ResultsPackage.Literals.TARGET_KIND, Map.entry(TargetKind.FINAL, "最終目標")),
			Map.entry(ResultsPackage.Literals.ACHIEVEMENT_STATUS, Map.entry(AchievementStatus.ON_TRACK, "達成見込み")),
			Map.entry(EvaluationPackage.Literals.RESPONSE_KIND, Map.entry(ResponseKind.STATUS, "対応状況")),
			Map.entry(EvaluationPackage.Literals.EVALUATION_TYPE, Map.entry(EvaluationType.FOLLOW_UP, "追跡評価")),
			Map.entry(EvaluationPackage.Literals.EVALUATION_BODY, Map.entry(EvaluationBody.EXTERNAL_EXPERTS, "外部有識者")),
			Map.entry(EvaluationPackage.Literals.EVALUATION_ITEM, Map.entry(EvaluationItem.I4, "事業アウトカム")),
			Map.entry(EvaluationPackage.Literals.COMMENT_POLARITY, Map.entry(CommentPolarity.NEGATIVE, "●")),
			Map.entry(EvaluationPackage.Literals.COMMITTEE_ROLE, Map.entry(CommitteeRole.CHAIR, "座長")),
			Map.entry(EvaluationPackage.Literals.MEETING_FORMAT, Map.entry(MeetingFormat.WRITTEN, "書面")),
			Map.entry(BasePackage.Literals.ROLE, Map.entry(Role.PL, "PL")),
			Map.entry(BasePackage.Literals.MONEY_UNIT, Map.entry(MoneyUnit.OKU_YEN, "億円")),
			Map.entry(ProgramPackage.Literals.ACCOUNTING_CATEGORY, Map.entry(AccountingCategory.ENERGY_SPECIAL, "エネルギー対策特別会計")),
			Map.entry(FinancePackage.Literals.AMOUNT_KIND, Map.entry(AmountKind.CONTRACT, "契約額")),
			Map.entry(FinancePackage.Literals.AMOUNT_STATUS, Map.entry(AmountStatus.PLANNED, "予定")),
			Map.entry(FinancePackage.Literals.FUNDING_MECHANISM, Map.entry(FundingMechanism.SUBSIDY, "補助")),
			Map.entry(ProgramPackage.Literals.GOVERNANCE_BODY_KIND, Map.entry(GovernanceBodyKind.USER_FORUM, "ユーザーフォーラム")),
			Map.entry(ResultsPackage.Literals.CLAIM_KIND, Map.entry(ClaimKind.COST_REDUCTION, "コスト削減")),
			Map.entry(ResultsPackage.Literals.STEP_MARK, Map.entry(StepMark.IN_PROGRESS, "△")));

	/** What a flag set to true prints. */
	private static final Map<EAttribute, String> FLAGS = Map.ofEntries(
			Map.entry(ResultsPackage.Literals.INDICATOR__CUMULATIVE, "（累計）"),
			Map.entry(BasePackage.Literals.PERIOD__OPEN_ENDED, "継続実施中"),
			Map.entry(FinancePackage.Literals.BUDGET_TABLE__ROUNDING_NOTE, "四捨五入の関係で一致しない場合がある"),
			Map.entry(FinancePackage.Literals.BUDGET_TABLE__EXCLUDES_ADJUSTMENT_FUND, "調整費を除く"),
			Map.entry(FinancePackage.Literals.FISCAL_YEAR_COLUMN__PLANNED, "（予定）"),
			Map.entry(EvaluationPackage.Literals.MEETING__PUBLIC, "公開"),
			Map.entry(ProgramPackage.Literals.SCHEDULED_EVALUATION__PLANNED, "（予定）"),
			Map.entry(ProgramPackage.Literals.LINEAGE_ENTRY__REFERENCE, "参考"),
			Map.entry(ResultsPackage.Literals.OUTPUT_ITEM__PRODUCTISED, "製品化"),
			Map.entry(ResultsPackage.Literals.COST_EFFECTIVENESS__STATED_AS_TOTAL, "（総額）"),
			Map.entry(ResultsPackage.Literals.ECONOMIC_CLAIM__PER_YEAR, "／年"),
			Map.entry(EvaluationPackage.Literals.WG_REVIEW__PENDING, "（未開催）"));

	/**
	 * Attributes that hide others while set (a written meeting's last day is printed in place of its date, a column
	 * without a year prints what its cells print, an amount as printed hides its figure and unit): the test exports once more without each of these.
	 */
	private static final Set<EAttribute> EXCLUSIVE = Set.of(EvaluationPackage.Literals.MEETING__PERIOD_END, EvaluationPackage.Literals.MEETING__FORMAT,
			BasePackage.Literals.PERIOD__OPEN_ENDED, FinancePackage.Literals.FISCAL_YEAR_COLUMN__FISCAL_YEAR, BasePackage.Literals.MONEY__PRINTED);

	private static final Map<String, Exporter> FORMATS = Map.of("HTML", new HtmlExporter(), "DOCX", new DocxExporter(), "PDF", new PdfExporter());

	@Test
	void everyValueEnteredIsInEveryFormat() throws Exception {
		Filled filled = new Filled();
		EvaluationReport report = filled.report();
		// the report derives some values only when their printed twin is unset: one export more without each twin
		// and once more without all of them, for a value hidden by two (a period's end year, by its printed end and by 継続実施中)
		List<EAttribute> hiding = filled.expected.stream().map(Map.Entry::getKey).distinct()
				.filter(attribute -> attribute.getName().endsWith("Printed") || EXCLUSIVE.contains(attribute)).toList(); //$NON-NLS-1$
		List<EvaluationReport> variants = new ArrayList<>(List.of(report, without(report, hiding)));
		hiding.forEach(attribute -> variants.add(without(report, List.of(attribute))));
		for (Map.Entry<String, Exporter> format : FORMATS.entrySet()) {
			List<String> texts = new ArrayList<>();
			for (EvaluationReport variant : variants) {
				texts.add(text(format.getKey(), format.getValue(), variant));
			}
			List<String> missing = new ArrayList<>();
			filled.expected.forEach(entry -> {
				if (texts.stream().noneMatch(text -> text.contains(compact(entry.getValue())))) {
					missing.add(entry.getKey().getEContainingClass().getName() + "." + entry.getKey().getName() + " = " + entry.getValue()); //$NON-NLS-1$ //$NON-NLS-2$
				}
			});
			assertEquals(List.of(), missing, format.getKey() + " prints every value entered");
		}
	}

	@Test
	void everyClassAUserCanCreateUnderAReportIsFilledOrSaidWhyNot() {
		EvaluationReport report = new Filled().report();
		Set<EClass> filled = new HashSet<>(Set.of(report.eClass()));
		report.eAllContents().forEachRemaining(object -> filled.add(object.eClass()));
		List<String> missing = creatable().stream().filter(type -> !filled.contains(type) && !NOT_PRINTED_CLASSES.containsKey(type)).map(EClass::getName)
				.sorted().toList();
		assertEquals(List.of(), missing, "fill an object of each of these in Filled, or say in NOT_PRINTED_CLASSES why the report leaves it out");
	}

	/**
	 * The concrete classes of the report's metamodel that containment reaches from a report. Extensions (typed
	 * EObject) are left out: add-ons print their own sections and test them in their bundles.
	 */
	private static Set<EClass> creatable() {
		List<EClass> all = new ArrayList<>();
		collect(HyokaPackage.eINSTANCE, all);
		Set<EClass> reached = new LinkedHashSet<>();
		Deque<EClass> open = new ArrayDeque<>(List.of(HyokaPackage.Literals.EVALUATION_REPORT));
		while (!open.isEmpty()) {
			EClass type = open.pop();
			if (reached.add(type)) {
				type.getEAllContainments().stream().map(EReference::getEReferenceType).filter(contained -> contained != EcorePackage.Literals.EOBJECT)
						.forEach(contained -> all.stream().filter(candidate -> !candidate.isAbstract() && !candidate.isInterface()
								&& (candidate == contained || candidate.getEAllSuperTypes().contains(contained))).forEach(open::push));
			}
		}
		return reached;
	}

	private static void collect(EPackage ePackage, List<EClass> classes) {
		ePackage.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast).forEach(classes::add);
		ePackage.getESubpackages().forEach(sub -> collect(sub, classes));
	}

	@Test
	void theTwelveFindingsOfSample000AreInEveryFormatInOrder() throws Exception {
		EvaluationReport report = HyokaFiles.load(Path.of("../org.hyoka.samples/samples/soyaku-kiban-2021.hyoka"));
		List<PreviousFinding> findings = new ArrayList<>();
		report.eAllContents().forEachRemaining(object -> {
			if (object instanceof PreviousFinding finding) {
				findings.add(finding);
			}
		});
		assertEquals(12, findings.size());
		for (Map.Entry<String, Exporter> format : FORMATS.entrySet()) {
			String text = text(format.getKey(), format.getValue(), report);
			int from = 0;
			for (PreviousFinding finding : findings) {
				int at = text.indexOf(compact(finding.getText()), from);
				assertTrue(at >= 0, format.getKey() + " prints finding " + finding.getId() + " after the one before");
				int response = text.indexOf(compact(finding.getResponse().getText()), at);
				assertTrue(response >= 0, format.getKey() + " prints the response to " + finding.getId() + " after it");
				from = at + 1;
			}
		}
	}

	@Test
	void anUnsetStatusOrKindIsNotPrintedAsTheFirstLiteral() {
		EvaluationReport report = new Filled().report();
		report.eAllContents().forEachRemaining(object -> {
			if (object instanceof IndicatorTarget target) {
				target.unsetStatus();
				target.setStatusPrinted(null);
				// nor an actual value, from which a target typed in the workbench states the status its numbers give
				target.setActualValue(null);
				target.eUnset(ResultsPackage.Literals.INDICATOR_TARGET__KIND);
			}
		});
		List<Table> indicators = ReportOutline.of(report, new NullProgressMonitor()).stream()
				.filter(block -> block instanceof Table table && table.rows().get(0).get(0).text().endsWith("指標")).map(Table.class::cast).toList(); //$NON-NLS-1$
		assertEquals(2, indicators.size());
		for (Table table : indicators) {
			List<Cell> target = table.rows().get(1);
			assertEquals("", target.get(1).text(), "no kind of target where none was entered"); //$NON-NLS-1$
			assertEquals("", target.get(6).text(), "no status where none was entered"); //$NON-NLS-1$
		}
	}

	/** A copy of the report with these attributes unset wherever they are. */
	private static EvaluationReport without(EvaluationReport report, List<EAttribute> attributes) {
		EvaluationReport copy = EcoreUtil.copy(report);
		copy.eAllContents().forEachRemaining(object -> attributes.stream().filter(object.eClass().getEAllAttributes()::contains).forEach(object::eUnset));
		return copy;
	}

	/** A new report with one object of each edited class, every attribute filled with a value of its own. */
	private static final class Filled {

		private final List<Map.Entry<EAttribute, String>> expected = new ArrayList<>();
		private int number = 611;
		private int year = 2041;

		/** The register of organizations the report's other objects refer to. */
		private final Organization organization = fill(BaseFactory.eINSTANCE.createOrganization());

		EvaluationReport report() {
			EvaluationReport report = fill(HyokaFactory.eINSTANCE.createEvaluationReport());
			report.getOrganizations().add(organization);
			Program program = fill(ProgramFactory.eINSTANCE.createProgram());
			program.setPeriod(fill(BaseFactory.eINSTANCE.createPeriod()));
			program.getLeaders().add(leader());
			program.getNarratives().add(fill(ProgramFactory.eINSTANCE.createNarrativeSection()));
			program.getBudgetTables().add(budget());
			program.getEvaluationSchedule().add(fill(ProgramFactory.eINSTANCE.createScheduledEvaluation()));
			program.getFundingFlows().add(funding());
			program.getUpperPolicies().add(policy());
			program.getLineage().add(lineage());
			program.getBudgetRequests().add(fill(FinanceFactory.eINSTANCE.createBudgetRequestSheet()));
			program.getPublications().add(fill(ResultsFactory.eINSTANCE.createPublicationRecord()));
			program.getProgressMatrices().add(progress());
			program.getOutcomeExamples().add(example());
			program.getLandscapes().add(landscape());
			program.getGovernanceBodies().add(governance());
			program.setCostEffectiveness(cost());
			report.setProgram(program);
			Project project = fill(ProgramFactory.eINSTANCE.createProject());
			ResearchItem item = fill(ProgramFactory.eINSTANCE.createResearchItem());
			ResearchTask task = fill(ProgramFactory.eINSTANCE.createResearchTask());
			task.getItems().add(item);
			PerformerSite site = fill(ProgramFactory.eINSTANCE.createPerformerSite());
			site.setPerformer(organization);
			site.setSite(organization);
			task.getSites().add(site);
			project.getResearchItems().add(item);
			project.getResearchTasks().add(task);
			program.getProjects().add(project);
			program.getPreviousFindings().add(finding());
			OutputIndicator output = indicator(ResultsFactory.eINSTANCE.createOutputIndicator());
			OutputItem counted = fill(ResultsFactory.eINSTANCE.createOutputItem());
			counted.setOrganization(organization);
			output.getBreakdown().add(counted);
			program.getOutputIndicators().add(output);
			program.getOutcomeIndicators().add(indicator(ResultsFactory.eINSTANCE.createOutcomeIndicator()));
			EvaluationCommittee committee = fill(EvaluationFactory.eINSTANCE.createEvaluationCommittee());
			CommitteeMember member = fill(EvaluationFactory.eINSTANCE.createCommitteeMember());
			member.setPerson(fill(BaseFactory.eINSTANCE.createPerson()));
			committee.getMembers().add(member);
			committee.getMeetings().add(fill(EvaluationFactory.eINSTANCE.createMeeting()));
			report.setCommittee(committee);
			ScoringScale scale = fill(EvaluationFactory.eINSTANCE.createScoringScale());
			scale.getLevels().add(fill(EvaluationFactory.eINSTANCE.createScoreLevel()));
			report.getScoringScales().add(scale);
			Evaluation evaluation = fill(EvaluationFactory.eINSTANCE.createEvaluation());
			evaluation.setTarget(program);
			evaluation.getScales().add(scale);
			ScoreTable scores = fill(EvaluationFactory.eINSTANCE.createScoreTable());
			ItemScore row = fill(EvaluationFactory.eINSTANCE.createItemScore());
			EvaluatorScore score = fill(EvaluationFactory.eINSTANCE.createEvaluatorScore());
			score.setMember(member);
			row.getScores().add(score);
			scores.getRows().add(row);
			evaluation.setScoreTable(scores);
			evaluation.getComments().add(fill(EvaluationFactory.eINSTANCE.createEvaluationComment()));
			Recommendation recommendation = fill(EvaluationFactory.eINSTANCE.createRecommendation());
			recommendation.setResponse(fill(EvaluationFactory.eINSTANCE.createResponse()));
			evaluation.getRecommendations().add(recommendation);
			report.getEvaluations().add(evaluation);
			WGReview review = fill(EvaluationFactory.eINSTANCE.createWGReview());
			review.setTarget(program);
			review.getFindings().add(inReview(finding(), review));
			report.getWgReviews().add(review);
			report.getPersons().add(member.getPerson());
			return report;
		}

		/** The finding moved to the review's year and meeting, which the report prints once for the review's findings. */
		private PreviousFinding inReview(PreviousFinding finding, WGReview review) {
			expected.removeIf(entry -> entry.getKey() == EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_FY && entry.getValue().equals(String.valueOf(finding.getSourceFY()))
					|| entry.getKey() == EvaluationPackage.Literals.PREVIOUS_FINDING__WG_MEETING_NUMBER
							&& entry.getValue().equals(String.valueOf(finding.getWgMeetingNumber())));
			finding.setSourceFY(review.getFiscalYear());
			finding.setWgMeetingNumber(review.getMeetingNumber());
			return finding;
		}

		private PreviousFinding finding() {
			PreviousFinding finding = fill(EvaluationFactory.eINSTANCE.createPreviousFinding());
			finding.setResponse(fill(EvaluationFactory.eINSTANCE.createFindingResponse()));
			return finding;
		}

		private FundingFlow funding() {
			FundingFlow flow = fill(FinanceFactory.eINSTANCE.createFundingFlow());
			flow.getSteps().add(fill(FinanceFactory.eINSTANCE.createFundingStep()));
			return flow;
		}

		private UpperPolicy policy() {
			UpperPolicy policy = fill(ProgramFactory.eINSTANCE.createUpperPolicy());
			policy.getAmendments().add(fill(BaseFactory.eINSTANCE.createDatedEvent()));
			return policy;
		}

		private LineageEntry lineage() {
			LineageEntry entry = fill(ProgramFactory.eINSTANCE.createLineageEntry());
			entry.setPeriod(fill(BaseFactory.eINSTANCE.createPeriod()));
			return entry;
		}

		/** A table of one row and one step, whose cell is at that row and step: where the report prints it. */
		private ProgressMatrix progress() {
			ProgressMatrix matrix = fill(ResultsFactory.eINSTANCE.createProgressMatrix());
			ProgressCell cell = fill(ResultsFactory.eINSTANCE.createProgressCell());
			expected.removeIf(entry -> entry.getKey() == ResultsPackage.Literals.PROGRESS_CELL__ROW || entry.getKey() == ResultsPackage.Literals.PROGRESS_CELL__COLUMN);
			cell.setRow(matrix.getRows().get(0));
			cell.setColumn(matrix.getColumns().get(0));
			matrix.getCells().add(cell);
			return matrix;
		}

		private OutcomeExample example() {
			OutcomeExample example = fill(ResultsFactory.eINSTANCE.createOutcomeExample());
			example.setOrganization(organization);
			example.getMilestones().add(fill(BaseFactory.eINSTANCE.createDatedEvent()));
			return example;
		}

		private CompetitiveLandscape landscape() {
			CompetitiveLandscape landscape = fill(ProgramFactory.eINSTANCE.createCompetitiveLandscape());
			landscape.getEvents().add(fill(ProgramFactory.eINSTANCE.createLandscapeEvent()));
			landscape.getCompetitors().add(fill(ProgramFactory.eINSTANCE.createCompetitorProfile()));
			return landscape;
		}

		private GovernanceBody governance() {
			GovernanceBody body = fill(ProgramFactory.eINSTANCE.createGovernanceBody());
			body.setOrganizer(organization);
			body.getMembers().add(leader());
			return body;
		}

		private CostEffectiveness cost() {
			CostEffectiveness cost = fill(ResultsFactory.eINSTANCE.createCostEffectiveness());
			cost.setNationalCost(fill(BaseFactory.eINSTANCE.createMoney()));
			EconomicClaim claim = fill(ResultsFactory.eINSTANCE.createEconomicClaim());
			claim.setValue(fill(BaseFactory.eINSTANCE.createMoney()));
			claim.setValueUpper(fill(BaseFactory.eINSTANCE.createMoney()));
			cost.getClaims().add(claim);
			Calculation calculation = fill(ResultsFactory.eINSTANCE.createCalculation());
			calculation.getFactors().add(fill(ResultsFactory.eINSTANCE.createCalcFactor()));
			calculation.setStatedResult(fill(BaseFactory.eINSTANCE.createMoney()));
			cost.getCalculations().add(calculation);
			return cost;
		}

		private RoleAssignment leader() {
			RoleAssignment leader = fill(BaseFactory.eINSTANCE.createRoleAssignment());
			leader.setPerson(fill(BaseFactory.eINSTANCE.createPerson()));
			leader.setOrganization(organization);
			return leader;
		}

		/** A table of one column and one line, whose cell and stated total are in the column's year. */
		private BudgetTable budget() {
			BudgetTable table = fill(FinanceFactory.eINSTANCE.createBudgetTable());
			FiscalYearColumn column = fill(FinanceFactory.eINSTANCE.createFiscalYearColumn());
			table.getColumns().add(column);
			BudgetLine line = fill(FinanceFactory.eINSTANCE.createBudgetLine());
			line.getCells().add(inColumn(fill(FinanceFactory.eINSTANCE.createFiscalYearAmount()), column));
			table.getLines().add(line);
			table.getStatedTotals().add(inColumn(fill(FinanceFactory.eINSTANCE.createFiscalYearAmount()), column));
			return table;
		}

		/** The amount moved to the column's year, which is where the report prints it. */
		private FiscalYearAmount inColumn(FiscalYearAmount amount, FiscalYearColumn column) {
			expected.removeIf(entry -> entry.getKey() == FinancePackage.Literals.FISCAL_YEAR_AMOUNT__FISCAL_YEAR
					&& entry.getValue().equals(String.valueOf(amount.getFiscalYear())));
			amount.setFiscalYear(column.getFiscalYear());
			return amount;
		}

		private <T extends Indicator> T indicator(T indicator) {
			fill(indicator);
			indicator.getTargets().add(fill(ResultsFactory.eINSTANCE.createIndicatorTarget()));
			indicator.getRevisions().add(fill(ResultsFactory.eINSTANCE.createTargetRevision()));
			return indicator;
		}

		/** Every attribute of the object set to a value no other attribute has, and the text it is printed as. */
		private <T extends EObject> T fill(T object) {
			assertTrue(!NOT_PRINTED_CLASSES.containsKey(object.eClass()), object.eClass().getName());
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (!NOT_PRINTED.contains(attribute)) {
					set(object, attribute);
				}
			}
			return object;
		}

		private void set(EObject object, EAttribute attribute) {
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			Function<Object, String> printed = String::valueOf;
			Object value;
			if (attribute.getEAttributeType() instanceof EEnum enumeration) {
				Map.Entry<Object, String> chosen = CHOSEN.get(enumeration);
				assertTrue(chosen != null, "choose a literal of " + enumeration.getName() + " for " + attribute.getName());
				value = chosen.getKey();
				printed = literal -> chosen.getValue();
			} else if (type == String.class) {
				value = object.eClass().getName() + "." + attribute.getName() + "〆"; //$NON-NLS-1$ //$NON-NLS-2$
			} else if (type == BigDecimal.class) {
				value = BigDecimal.valueOf(number++);
			} else if (type == Integer.class || type == int.class) {
				value = year++;
			} else if (type == LocalDate.class) {
				value = LocalDate.of(year++, 1 + number % 12, 1 + number++ % 28);
				printed = date -> ReportText.date((LocalDate) date, null);
			} else if (type == boolean.class || type == Boolean.class) {
				value = true;
				String word = FLAGS.get(attribute);
				assertTrue(word != null, "say what " + attribute.getEContainingClass().getName() + "." + attribute.getName() + " prints when set");
				printed = flag -> word;
			} else {
				throw new AssertionError("no test value for " + attribute.getName() + " of type " + type);
			}
			object.eSet(attribute, attribute.isMany() ? List.of(value) : value);
			expected.add(Map.entry(attribute, printed.apply(value)));
		}
	}

	/** The document's text without white space, which writers break where their layout needs. */
	static String text(String format, Exporter exporter, EvaluationReport report) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.export(report, ExportOptions.DEFAULTS, new NullProgressMonitor(), out);
		byte[] bytes = out.toByteArray();
		return compact(switch (format) {
		case "PDF" -> pdf(bytes);
		case "DOCX" -> docx(bytes);
		default -> new String(bytes, StandardCharsets.UTF_8).replaceAll("<[^>]*>", ""); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	private static String pdf(byte[] bytes) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(pdf).replaceAll("(?m)^\\d+ / \\d+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static String docx(byte[] bytes) throws IOException {
		StringBuilder text = new StringBuilder();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					text.append(paragraph.getText()).append('\n');
				} else if (element instanceof XWPFTable table) {
					table.getRows().forEach(row -> row.getTableCells().stream().map(XWPFTableCell::getText).forEach(cell -> text.append(cell).append('\n')));
				}
			}
		}
		return text.toString();
	}

	private static String compact(String text) {
		return text.replaceAll("\\s", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
