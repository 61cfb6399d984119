package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.hyoka.core.indicator.Achievement;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Program;
import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.ResultsPackage;

/**
 * The output and outcome indicators of the program and of each project, one row per target: what was aimed at
 * for which year, what was reached, the status and rate {@link Achievement} computes next to those the report
 * prints, and the reason given. Actual values and reasons are edited in place.
 */
public final class OutputsPage extends ModelFormPage {

	public static final String ID = "org.hyoka.editor.page.outputs"; //$NON-NLS-1$

	private final List<EObjectTable<IndicatorTarget>> tables = new ArrayList<>();

	public OutputsPage(EvaluationEditor editor) {
		super(editor, ID, Messages.pageOutputs, Messages.pageOutputsTitle);
	}

	@Override
	protected void fill() {
		tables.clear();
		for (EvaluationSubject subject : subjects()) {
			if (!hasIndicators(subject)) {
				continue;
			}
			Composite area = section(content, ObjectLabels.of(subject), Messages.sectionIndicatorsDescription);
			GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(area);
			if (!subject.getOutputIndicators().isEmpty()) {
				heading(area, Messages.outputIndicators);
				tables.add(indicators(area, () -> targets(subject.getOutputIndicators())));
			}
			if (!subject.getOutcomeIndicators().isEmpty()) {
				heading(area, Messages.outcomeIndicators);
				tables.add(indicators(area, () -> targets(subject.getOutcomeIndicators())));
			}
		}
		if (tables.isEmpty()) {
			getManagedForm().getToolkit().createLabel(content, Messages.noIndicators, SWT.WRAP);
		}
	}

	private void heading(Composite parent, String text) {
		Label label = getManagedForm().getToolkit().createLabel(parent, text);
		label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
	}

	private static List<IndicatorTarget> targets(List<? extends Indicator> indicators) {
		return indicators.stream().flatMap(indicator -> indicator.getTargets().stream()).toList();
	}

	private EObjectTable<IndicatorTarget> indicators(Composite parent, Supplier<List<IndicatorTarget>> rows) {
		EObjectTable<IndicatorTarget> table = table(parent, rows);
		table.column(Messages.columnIndicator, 30, 160, target -> Texts.name((Indicator) target.eContainer()))
				.column(Messages.columnTargetKind, 7, 70, target -> label(target, ResultsPackage.Literals.INDICATOR_TARGET__KIND, target.getKind()))
				.column(Messages.columnFiscalYear, 8, 85, target -> Texts.year(target.getFiscalYear()))
				.column(Messages.columnTarget, 6, 60, SWT.RIGHT, OutputsPage::targetText)
				.editableColumn(Messages.columnActual, 5, 55, SWT.RIGHT, target -> target, ResultsPackage.Literals.INDICATOR_TARGET__ACTUAL_VALUE)
				.column(Messages.columnStatusComputed, 8, 80, this::computedStatus)
				.column(Messages.columnRateComputed, 5, 50, SWT.RIGHT, OutputsPage::computedRate)
				.column(Messages.columnPrinted, 10, 100, this::printed)
				.editableColumn(Messages.columnReason, 25, 150, SWT.LEFT, target -> target, ResultsPackage.Literals.INDICATOR_TARGET__REASON)
				.refresh();
		return table;
	}

	/** Status and rate as the report prints them: 達成 100%, 達成見込み 75%. */
	private String printed(IndicatorTarget target) {
		return Texts.join(Stream.of(
				Texts.firstOf(target.getStatusPrinted(), label(target, ResultsPackage.Literals.INDICATOR_TARGET__STATUS, target.getStatus())),
				percent(Texts.amount(target.getAchievementRatePrinted()))), " "); //$NON-NLS-1$
	}

	private static String targetText(IndicatorTarget target) {
		String value = Texts.amount(target.getTargetValue());
		String unit = ((Indicator) target.eContainer()).getUnit();
		return value.isEmpty() || unit == null ? value : value + " " + unit; //$NON-NLS-1$
	}

	/**
	 * The status {@link Achievement} derives from target and actual value as of the year the subject is evaluated,
	 * named as the model's statuses are.
	 */
	String computedStatus(IndicatorTarget target) {
		Optional<Integer> asOf = target.eContainer().eContainer() instanceof EvaluationSubject subject ? evaluationYear(subject) : Optional.empty();
		Optional<AchievementStatus> status = asOf.isPresent() ? Achievement.status(target, asOf.get()) : Achievement.status(target);
		return status.map(value -> label(target, ResultsPackage.Literals.INDICATOR_TARGET__STATUS, value)).orElse(""); //$NON-NLS-1$
	}

	/** The fiscal year of the subject's evaluation, else of the report's first evaluation that has one. */
	private Optional<Integer> evaluationYear(EvaluationSubject subject) {
		List<Evaluation> evaluations = editor.report().getEvaluations();
		return evaluations.stream().filter(evaluation -> evaluation.getTarget() == subject).map(Evaluation::getFiscalYear)
				.filter(Objects::nonNull).findFirst()
				.or(() -> evaluations.stream().map(Evaluation::getFiscalYear).filter(Objects::nonNull).findFirst());
	}

	static String computedRate(IndicatorTarget target) {
		return Achievement.rate(target).map(rate -> percent(rate.toPlainString())).orElse(""); //$NON-NLS-1$
	}

	private static String percent(String number) {
		return number.isEmpty() ? number : number + "%"; //$NON-NLS-1$
	}

	/** Which subjects have a table of output and of outcome indicators. */
	@Override
	protected List<Object> structure() {
		List<Object> structure = new ArrayList<>();
		for (EvaluationSubject subject : subjects()) {
			structure.add(subject);
			structure.add(subject.getOutputIndicators().isEmpty());
			structure.add(subject.getOutcomeIndicators().isEmpty());
		}
		return structure;
	}

	private static boolean hasIndicators(EvaluationSubject subject) {
		return !subject.getOutputIndicators().isEmpty() || !subject.getOutcomeIndicators().isEmpty();
	}

	private List<EvaluationSubject> subjects() {
		Program program = editor.report().getProgram();
		List<EvaluationSubject> subjects = new ArrayList<>();
		if (program != null) {
			subjects.add(program);
			subjects.addAll(program.getProjects());
		}
		return subjects;
	}

	@Override
	protected void modelChanged() {
		tables.forEach(EObjectTable::refresh);
	}

	/** The tables of targets, of output then of outcome indicators of each subject in turn, for tests. */
	public List<EObjectTable<IndicatorTarget>> tables() {
		return tables;
	}
}
