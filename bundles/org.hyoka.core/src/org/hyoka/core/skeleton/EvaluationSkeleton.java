package org.hyoka.core.skeleton;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hyoka.core.preferences.HyokaPreferences;
import org.hyoka.core.report.ReportText;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.ReportStatus;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Period;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationBody;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.ScoreTable;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.Project;

/**
 * Builds the skeleton of a new evaluation: a draft report, the program and its projects over a fiscal-year
 * range, the committee, and per project an evaluation with an empty 評点法 score table over items 1–7. The
 * New Evaluation wizard and the command line's {@code hyoka new} both create files through this class, so
 * both produce the same, valid start.
 */
public final class EvaluationSkeleton {

	/** A project to create: its letter code (A, B, …) and its name, which may be empty. */
	public record ProjectSpec(String letterCode, String name) {
		public ProjectSpec {
			Objects.requireNonNull(letterCode, "letterCode"); //$NON-NLS-1$
			name = name == null ? "" : name.strip(); //$NON-NLS-1$
			letterCode = letterCode.strip();
		}
	}

	/**
	 * What the user chose. Fiscal years are Western start years of the 年度 (2024 = 令和6年度); the evaluation
	 * takes place in {@code evaluationFiscalYear}.
	 */
	public record Spec(String programName, EvaluationType type, List<ProjectSpec> projects, int startFiscalYear,
			int endFiscalYear, int evaluationFiscalYear) {

		public Spec {
			Objects.requireNonNull(type, "type"); //$NON-NLS-1$
			programName = programName == null ? "" : programName.strip(); //$NON-NLS-1$
			projects = List.copyOf(projects);
		}

		/** The first problem that makes this specification unusable, or null when it is usable. */
		public SpecProblem problem() {
			if (programName.isEmpty()) {
				return new SpecProblem(SpecProblem.Kind.PROGRAM_NAME_MISSING, null);
			}
			if (startFiscalYear < MIN_FISCAL_YEAR || endFiscalYear > MAX_FISCAL_YEAR) {
				return new SpecProblem(SpecProblem.Kind.YEAR_OUT_OF_RANGE, null);
			}
			if (endFiscalYear < startFiscalYear) {
				return new SpecProblem(SpecProblem.Kind.PERIOD_REVERSED, null);
			}
			if (evaluationFiscalYear < MIN_FISCAL_YEAR || evaluationFiscalYear > MAX_FISCAL_YEAR) {
				return new SpecProblem(SpecProblem.Kind.YEAR_OUT_OF_RANGE, null);
			}
			Set<String> letters = new HashSet<>();
			for (ProjectSpec project : projects) {
				if (!LETTER_CODE.matcher(project.letterCode()).matches()) {
					return new SpecProblem(SpecProblem.Kind.LETTER_CODE_INVALID, project.letterCode());
				}
				if (!letters.add(project.letterCode())) {
					return new SpecProblem(SpecProblem.Kind.LETTER_CODE_DUPLICATE, project.letterCode());
				}
			}
			return null;
		}
	}

	/** Why a {@link Spec} cannot be built; {@code subject} is the offending letter code where there is one. */
	public record SpecProblem(Kind kind, String subject) {
		public enum Kind {
			PROGRAM_NAME_MISSING, YEAR_OUT_OF_RANGE, PERIOD_REVERSED, LETTER_CODE_INVALID, LETTER_CODE_DUPLICATE
		}
	}

	/** The 年度 the era tables cover (平成元年度 … far enough ahead for any plan). */
	public static final int MIN_FISCAL_YEAR = 1989;
	public static final int MAX_FISCAL_YEAR = 2099;

	// Letter codes as the reports print them: A–Z, optionally followed by digits (A1, B2).
	private static final Pattern LETTER_CODE = Pattern.compile("[A-Z][0-9]*"); //$NON-NLS-1$

	// Items 1–7 of the METI guideline's 評点法.
	private static final List<EvaluationItem> ITEMS = HyokaPreferences.GUIDELINE_ITEMS;

	private EvaluationSkeleton() {
	}

	/**
	 * A new draft report as the specification says.
	 *
	 * @throws IllegalArgumentException when {@link Spec#problem()} names a problem
	 */
	public static EvaluationReport create(Spec spec) {
		return create(spec, ITEMS);
	}

	/**
	 * A new draft report as the specification says, whose score tables list {@code items} in that order (the
	 * user's default items, {@link HyokaPreferences#defaultItems()}).
	 *
	 * @throws IllegalArgumentException when {@link Spec#problem()} names a problem or no item is given
	 */
	public static EvaluationReport create(Spec spec, List<EvaluationItem> items) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("no evaluation items"); //$NON-NLS-1$
		}
		SpecProblem problem = spec.problem();
		if (problem != null) {
			throw new IllegalArgumentException(problem.kind() + (problem.subject() == null ? "" : ": " + problem.subject())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String typeLabel = typeLabel(spec.type());
		EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
		report.setId("report"); //$NON-NLS-1$
		report.setStatus(ReportStatus.DRAFT);
		report.setTitleJa(spec.programName() + " " + typeLabel + " 技術評価報告書"); //$NON-NLS-1$ //$NON-NLS-2$

		Program program = ProgramFactory.eINSTANCE.createProgram();
		program.setId("program"); //$NON-NLS-1$
		program.setNameJa(spec.programName());
		program.setPeriod(period(spec));
		report.setProgram(program);

		EvaluationCommittee committee = EvaluationFactory.eINSTANCE.createEvaluationCommittee();
		committee.setId("committee"); //$NON-NLS-1$
		committee.setNameJa(spec.programName() + " " + typeLabel + "検討会"); //$NON-NLS-1$ //$NON-NLS-2$
		report.setCommittee(committee);

		for (ProjectSpec projectSpec : spec.projects()) {
			Project project = ProgramFactory.eINSTANCE.createProject();
			project.setId("prj-" + projectSpec.letterCode()); //$NON-NLS-1$
			project.setLetterCode(projectSpec.letterCode());
			project.setNameJa(projectSpec.name());
			project.setPeriod(period(spec));
			program.getProjects().add(project);
			report.getEvaluations().add(evaluation(spec, project, typeLabel, items));
		}
		return report;
	}

	private static Evaluation evaluation(Spec spec, Project project, String typeLabel, List<EvaluationItem> items) {
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
		evaluation.setId("eval-" + project.getLetterCode()); //$NON-NLS-1$
		evaluation.setTarget(project);
		evaluation.setType(spec.type());
		evaluation.setTypePrinted(typeLabel);
		evaluation.setFiscalYear(spec.evaluationFiscalYear());
		evaluation.setBody(EvaluationBody.COMMITTEE);
		evaluation.setScoreTable(scoreTable(items));
		return evaluation;
	}

	/**
	 * The evaluation of a project added to an existing report: of the same type, year and body as {@code like} (an
	 * evaluation of the report), with an empty score table for the seven items. The caller gives it an id.
	 */
	public static Evaluation evaluationLike(Evaluation like, Project project) {
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
		evaluation.setTarget(project);
		if (like.isSetType()) {
			evaluation.setType(like.getType());
		}
		evaluation.setTypePrinted(like.getTypePrinted());
		evaluation.setFiscalYear(like.getFiscalYear());
		evaluation.setBody(like.getBody());
		evaluation.setScoreTable(scoreTable(ITEMS));
		return evaluation;
	}

	/** A score table of the items, labelled as the reports print them, without scores. */
	private static ScoreTable scoreTable(List<EvaluationItem> items) {
		ScoreTable table = EvaluationFactory.eINSTANCE.createScoreTable();
		table.setMethod("評点法"); //$NON-NLS-1$
		for (int i = 0; i < items.size(); i++) {
			ItemScore row = EvaluationFactory.eINSTANCE.createItemScore();
			row.setItem(items.get(i));
			// labelled as the reports print them: １．当省が実施することの必要性
			row.setItemLabelPrinted(fullWidth(i + 1) + "．" + ReportText.itemTitle(items.get(i))); //$NON-NLS-1$
			table.getRows().add(row);
		}
		return table;
	}

	/** 12 as the reports number their rows: １２. */
	private static String fullWidth(int number) {
		return Integer.toString(number).chars().mapToObj(c -> Character.toString(c - '0' + '０'))
				.collect(Collectors.joining());
	}

	private static Period period(Spec spec) {
		Period period = BaseFactory.eINSTANCE.createPeriod();
		period.setStartFY(spec.startFiscalYear());
		period.setEndFY(spec.endFiscalYear());
		return period;
	}

	/** The type of evaluation as the reports print it: 事前評価, 中間評価, 終了時評価, 追跡評価. */
	public static String typeLabel(EvaluationType type) {
		return switch (type) {
		case EX_ANTE -> "事前評価"; //$NON-NLS-1$
		case INTERIM -> "中間評価"; //$NON-NLS-1$
		case FINAL -> "終了時評価"; //$NON-NLS-1$
		case FOLLOW_UP -> "追跡評価"; //$NON-NLS-1$
		};
	}
}
