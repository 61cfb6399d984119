package org.hyoka.core.validation;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.core.time.PrintedYears;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.Period;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.Project;

/** Rules on years and periods: printed labels (西暦 and 和暦) against the year stored, order, duration, nesting. */
public final class YearRules implements RuleChecker {

	private static final String YEAR_LABEL = "HY-YR-01"; //$NON-NLS-1$
	private static final String PERIOD_ORDER = "HY-YR-02"; //$NON-NLS-1$
	private static final String PERIOD_DURATION = "HY-YR-03"; //$NON-NLS-1$
	private static final String PERIOD_OUTSIDE_PROGRAM = "HY-YR-04"; //$NON-NLS-1$

	@Override
	public void check(EObject object, Findings findings) {
		switch (object) {
		case BudgetTable table -> check(table, findings);
		case Period period -> check(period, findings);
		default -> {
			// not a type of this set
		}
		}
	}

	private static void check(Period period, Findings findings) {
		label(period, Printed.of(period, BasePackage.Literals.PERIOD__START_FY), period.getStartFY(), findings);
		label(period, Printed.of(period, BasePackage.Literals.PERIOD__END_FY), period.getEndFY(), findings);
		Integer start = period.getStartFY();
		Integer end = period.getEndFY();
		if (start != null && end != null) {
			if (end < start) {
				findings.reportAt(PERIOD_ORDER, period.eContainer(), period.eContainingFeature(), start, end);
			} else if (period.getDurationYearsPrinted() != null && period.getDurationYearsPrinted() != end - start + 1) {
				findings.reportAt(PERIOD_DURATION, period.eContainer(), period.eContainingFeature(),
						period.getDurationYearsPrinted(), start, end, end - start + 1,
						SourceLines.of(period));
			}
		}
		if (period.eContainer() instanceof Project project && project.getPeriod() == period && project.getProgram() != null
				&& project.getProgram().getPeriod() != null && outside(period, project.getProgram().getPeriod())) {
			findings.reportAt(PERIOD_OUTSIDE_PROGRAM, project, period.eContainingFeature(),
					BudgetRules.range(period), BudgetRules.range(project.getProgram().getPeriod()),
					SourceLines.of(period), SourceLines.of(project.getProgram().getPeriod()));
		}
	}

	private static void check(BudgetTable table, Findings findings) {
		for (FiscalYearColumn column : table.getColumns()) {
			label(table, Printed.of(column, FinancePackage.Literals.FISCAL_YEAR_COLUMN__FISCAL_YEAR), column.getFiscalYear(), findings);
		}
	}

	private static void label(EObject object, String printed, Integer year, Findings findings) {
		if (printed == null || year == null) {
			return;
		}
		for (int named : PrintedYears.in(printed)) {
			if (named != year) {
				findings.report(YEAR_LABEL, object instanceof Period ? object.eContainer() : object, printed, year, named, SourceLines.of(object));
				return;
			}
		}
	}

	private static boolean outside(Period inner, Period outer) {
		return outer.getStartFY() != null && inner.getStartFY() != null && inner.getStartFY() < outer.getStartFY()
				|| outer.getEndFY() != null && inner.getEndFY() != null && inner.getEndFY() > outer.getEndFY();
	}
}
