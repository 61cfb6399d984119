package org.hyoka.editor.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.indicator.Achievement;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.edit.ui.ListEditor;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.RevealingPage;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.Period;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutputIndicator;
import org.hyoka.model.results.ResultsFactory;
import org.hyoka.model.results.ResultsPackage;
import org.hyoka.model.results.TargetRevision;

/**
 * The output and outcome indicators of the program and of each project, one row per target: what was aimed at
 * for which year, what was reached, the status and rate {@link Achievement} computes next to those the report
 * prints, and the reason given. Actual values and reasons are edited in place.
 */
public final class OutputsPage extends ModelFormPage implements RevealingPage {

	public static final String ID = "org.hyoka.editor.page.outputs"; //$NON-NLS-1$

	private final List<EObjectTable<IndicatorTarget>> tables = new ArrayList<>();
	private final List<ListEditor<?>> lists = new ArrayList<>();
	private final List<ListEditor<?>> revisions = new ArrayList<>();

	public OutputsPage(EvaluationEditor editor) {
		super(editor, ID, Messages.pageOutputs, Messages.pageOutputsTitle);
	}

	@Override
	protected void fill() {
		tables.clear();
		lists.clear();
		revisions.clear();
		for (EvaluationSubject subject : subjects()) {
			Composite area = section(content, ObjectLabels.of(subject), Messages.sectionIndicatorsDescription);
			GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(area);
			heading(area, Messages.sectionIndicators);
			ListEditor<Indicator> indicators = list(area, () -> indicators(subject), ResultsPackage.Literals.INDICATOR);
			indicators.addition(typeName(ResultsPackage.Literals.OUTPUT_INDICATOR),
					domain -> addIndicator(domain, subject, ProgramPackage.Literals.EVALUATION_SUBJECT__OUTPUT_INDICATORS,
							ResultsFactory.eINSTANCE.createOutputIndicator()))
					.addition(typeName(ResultsPackage.Literals.OUTCOME_INDICATOR),
							domain -> addIndicator(domain, subject, ProgramPackage.Literals.EVALUATION_SUBJECT__OUTCOME_INDICATORS,
									ResultsFactory.eINSTANCE.createOutcomeIndicator()))
					.longText(Messages.fieldRationale, ResultsPackage.Literals.INDICATOR__RATIONALE);
			indicators.table().column(Messages.columnTargetKind, 8, 90,
					indicator -> indicator instanceof OutputIndicator ? Messages.outputIndicators : Messages.outcomeIndicators)
					.editableColumn(Messages.columnIndicator, 30, 160, SWT.LEFT, indicator -> indicator, BasePackage.Literals.NAMED__NAME_JA)
					.editableColumn(Messages.columnUnit, 6, 60, SWT.LEFT, indicator -> indicator, ResultsPackage.Literals.INDICATOR__UNIT)
					.refresh();
			lists.add(indicators);

			heading(area, Messages.sectionTargets);
			ListEditor<IndicatorTarget> targets = list(area, () -> targets(indicators(subject)), ResultsPackage.Literals.INDICATOR_TARGET);
			targets.addition(typeName(ResultsPackage.Literals.INDICATOR_TARGET), domain -> addTarget(domain, subject,
					indicators.selected(), targets.selected()));
			tables.add(targets(targets.table()));
			lists.add(targets);

			heading(area, Messages.sectionRevisions);
			ListEditor<TargetRevision> changes = list(area, () -> revisions(indicators(subject)), ResultsPackage.Literals.TARGET_REVISION);
			changes.addition(typeName(ResultsPackage.Literals.TARGET_REVISION), domain -> addRevision(domain, subject,
					indicators.selected(), targets.selected()))
					.longText(Messages.columnReason, ResultsPackage.Literals.TARGET_REVISION__REASON);
			changes.table().column(Messages.columnIndicator, 30, 160, revision -> Texts.name((Indicator) revision.eContainer()))
					.editableColumn(Messages.columnRevisedTarget, 10, 110, revision -> revision, ResultsPackage.Literals.TARGET_REVISION__TARGET)
					.editableColumn(Messages.columnDecidedYear, 8, 85, SWT.LEFT, revision -> revision, ResultsPackage.Literals.TARGET_REVISION__DECIDED_FY,
							revision -> Texts.year(revision.getDecidedFY()))
					.editableColumn(Messages.columnOldValue, 6, 70, SWT.RIGHT, revision -> revision, ResultsPackage.Literals.TARGET_REVISION__OLD_VALUE)
					.editableColumn(Messages.columnNewValue, 6, 70, SWT.RIGHT, revision -> revision, ResultsPackage.Literals.TARGET_REVISION__NEW_VALUE)
					.editableColumn(Messages.columnDecidedBy, 10, 100, SWT.LEFT, revision -> revision, ResultsPackage.Literals.TARGET_REVISION__DECIDED_BY)
					.column(Messages.columnReason, 25, 150, revision -> Texts.firstOf(revision.getReason()))
					.refresh();
			revisions.add(changes);
		}
		if (lists.isEmpty()) {
			getManagedForm().getToolkit().createLabel(content, Messages.noIndicators, SWT.WRAP);
		}
	}

	private void heading(Composite parent, String text) {
		Label label = getManagedForm().getToolkit().createLabel(parent, text);
		label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
	}

	private static List<Indicator> indicators(EvaluationSubject subject) {
		List<Indicator> indicators = new ArrayList<>(subject.getOutputIndicators());
		indicators.addAll(subject.getOutcomeIndicators());
		return indicators;
	}

	private static List<IndicatorTarget> targets(List<? extends Indicator> indicators) {
		return indicators.stream().flatMap(indicator -> indicator.getTargets().stream()).toList();
	}

	private static Command addIndicator(EditingDomain domain, EvaluationSubject subject, EReference list, Indicator indicator) {
		indicator.setId(NewObjects.id(subject, "indicator")); //$NON-NLS-1$
		return ListEditor.add(domain, subject, list, indicator);
	}

	/**
	 * A target of the indicator selected, else of the selected target's indicator, else of the subject's last
	 * indicator; for the year the subject's evaluation looks at, until the user says otherwise.
	 */
	private Command addTarget(EditingDomain domain, EvaluationSubject subject, Indicator selectedIndicator, IndicatorTarget selectedTarget) {
		Indicator indicator = indicator(subject, selectedIndicator, selectedTarget);
		if (indicator == null) {
			return null;
		}
		IndicatorTarget target = ResultsFactory.eINSTANCE.createIndicatorTarget();
		target.setId(NewObjects.id(subject, "target")); //$NON-NLS-1$
		Achievement.evaluationYear(subject).map(year -> withinPeriod(subject, year)).ifPresent(target::setFiscalYear);
		return ListEditor.add(domain, indicator, ResultsPackage.Literals.INDICATOR__TARGETS, target);
	}

	/**
	 * A revision of the targets of the same indicator as {@link #addTarget} chooses, decided in the evaluation's year;
	 * of the selected target, when it is one of that indicator's.
	 */
	private Command addRevision(EditingDomain domain, EvaluationSubject subject, Indicator selectedIndicator, IndicatorTarget selectedTarget) {
		Indicator indicator = indicator(subject, selectedIndicator, selectedTarget);
		if (indicator == null) {
			return null;
		}
		TargetRevision revision = ResultsFactory.eINSTANCE.createTargetRevision();
		Achievement.evaluationYear(subject).ifPresent(revision::setDecidedFY);
		if (selectedTarget != null && selectedTarget.eContainer() == indicator) {
			revision.setTarget(selectedTarget);
		}
		return ListEditor.add(domain, indicator, ResultsPackage.Literals.INDICATOR__REVISIONS, revision);
	}

	/** The indicator selected, else the selected target's, else the subject's last; null when it has none. */
	private static Indicator indicator(EvaluationSubject subject, Indicator selectedIndicator, IndicatorTarget selectedTarget) {
		List<Indicator> all = indicators(subject);
		return selectedIndicator != null ? selectedIndicator
				: selectedTarget != null ? (Indicator) selectedTarget.eContainer() : all.isEmpty() ? null : all.get(all.size() - 1);
	}

	private static List<TargetRevision> revisions(List<? extends Indicator> indicators) {
		return indicators.stream().flatMap(indicator -> indicator.getRevisions().stream()).toList();
	}

	/** The year moved into the subject's period, if it has one: a target outside it is a finding (HY-IN-09). */
	private static int withinPeriod(EvaluationSubject subject, int year) {
		Period period = subject.getPeriod();
		if (period != null && period.getEndFY() != null && year > period.getEndFY()) {
			return period.getEndFY();
		}
		if (period != null && period.getStartFY() != null && year < period.getStartFY()) {
			return period.getStartFY();
		}
		return year;
	}

	private EObjectTable<IndicatorTarget> targets(EObjectTable<IndicatorTarget> table) {
		table.column(Messages.columnIndicator, 30, 160, target -> Texts.name((Indicator) target.eContainer()))
				.editableColumn(Messages.columnTargetKind, 7, 70, SWT.LEFT, target -> target, ResultsPackage.Literals.INDICATOR_TARGET__KIND)
				.editableColumn(Messages.columnFiscalYear, 8, 85, SWT.LEFT, target -> target, ResultsPackage.Literals.INDICATOR_TARGET__FISCAL_YEAR,
						target -> Texts.year(target.getFiscalYear()))
				.editableColumn(Messages.columnTarget, 6, 60, SWT.RIGHT, target -> target, ResultsPackage.Literals.INDICATOR_TARGET__TARGET_VALUE,
						target -> withUnit(target, target.getTargetValue()))
				.editableColumn(Messages.columnActual, 6, 60, SWT.RIGHT, target -> target, ResultsPackage.Literals.INDICATOR_TARGET__ACTUAL_VALUE,
						target -> withUnit(target, target.getActualValue()))
				.column(Messages.columnStatusComputed, 8, 80, this::computedStatus)
				.column(Messages.columnRateComputed, 5, 50, SWT.RIGHT, OutputsPage::computedRate)
				.column(Messages.columnPrinted, 10, 100, this::printed)
				.editableColumn(Messages.columnReason, 25, 150, SWT.LEFT, target -> target, ResultsPackage.Literals.INDICATOR_TARGET__REASON)
				.refresh();
		return table;
	}

	/**
	 * Status and rate as the report prints them: 達成 100%, 達成見込み 75%; for a target typed here, the computed ones
	 * ({@link Achievement#statedStatus}).
	 */
	private String printed(IndicatorTarget target) {
		return Texts.join(Stream.of(Printed.or(target, ResultsPackage.Literals.INDICATOR_TARGET__STATUS, () -> Achievement.statedStatus(target)
				.map(status -> label(target, ResultsPackage.Literals.INDICATOR_TARGET__STATUS, status)).orElse("")), //$NON-NLS-1$
				percent(Texts.amount(Achievement.statedRate(target).orElse(null)))), " "); //$NON-NLS-1$
	}

	/** A target's or actual value as typed, with the indicator's unit as the report prints both: 80 %, 75 %. */
	private static String withUnit(IndicatorTarget target, BigDecimal amount) {
		String value = Texts.amount(amount);
		String unit = ((Indicator) target.eContainer()).getUnit();
		return value.isEmpty() || unit == null ? value : value + " " + unit; //$NON-NLS-1$
	}

	/**
	 * The status {@link Achievement} derives from target and actual value as of the year the subject is evaluated,
	 * named as the model's statuses are.
	 */
	String computedStatus(IndicatorTarget target) {
		return Achievement.statusAtEvaluation(target).map(value -> label(target, ResultsPackage.Literals.INDICATOR_TARGET__STATUS, value)).orElse(""); //$NON-NLS-1$
	}

	static String computedRate(IndicatorTarget target) {
		return Achievement.rate(target).map(rate -> percent(rate.toPlainString())).orElse(""); //$NON-NLS-1$
	}

	private static String percent(String number) {
		return number.isEmpty() ? number : number + "%"; //$NON-NLS-1$
	}

	/** Indicators, their targets and revisions. */
	@Override
	public boolean shows(EObject object) {
		return enclosing(object, Indicator.class) != null;
	}

	/** Each subject has a section. */
	@Override
	protected List<Object> structure() {
		return new ArrayList<>(subjects());
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
		lists.forEach(ListEditor::refresh);
		revisions.forEach(ListEditor::refresh);
	}

	/** The indicators' list, then the targets' list of each subject in turn, for tests. */
	public List<ListEditor<?>> lists() {
		return lists;
	}

	/** The revisions of targets of each subject in turn, for tests. */
	public List<ListEditor<?>> revisions() {
		return revisions;
	}

	/** The tables of targets of each subject in turn, for tests. */
	public List<EObjectTable<IndicatorTarget>> tables() {
		return tables;
	}
}
