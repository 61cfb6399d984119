package org.hyoka.roadmap.internal;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.report.ReportText;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.model.base.Period;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.roadmap.Flag;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.PeriodRevision;
import org.hyoka.roadmap.RoadmapElement;
import org.hyoka.roadmap.RoadmapPackage;
import org.hyoka.roadmap.Timelines;

/**
 * Rules on the items of roadmap figures, the same tests the timeline draws them flagged by ({@link Timelines#flags},
 * {@link Timelines#mark}): an end before the start (by year, or by month within one year), no year at all where the
 * source does not say its years are uncertain, and a month that is not one of 1 to 12. And on the revisions of a
 * subject's period: a planned end before the planned start, a planned period that is the current one (nothing was
 * revised), and a revision without a planned year (nothing to draw).
 */
public final class RoadmapRules implements RuleChecker {

	private static final String END_BEFORE_START = "HY-RM-01"; //$NON-NLS-1$
	private static final String UNDATED = "HY-RM-02"; //$NON-NLS-1$
	private static final String NOT_A_MONTH = "HY-RM-03"; //$NON-NLS-1$
	private static final String PLANNED_END_BEFORE_START = "HY-RM-04"; //$NON-NLS-1$
	private static final String NOT_REVISED = "HY-RM-05"; //$NON-NLS-1$
	private static final String NO_PLANNED_YEAR = "HY-RM-06"; //$NON-NLS-1$

	@Override
	public void check(EObject object, Findings findings) {
		if (object instanceof RoadmapElement element) {
			Set<Flag> flags = EnumSet.copyOf(Timelines.flags(element.getStartFY(), element.getEndFY(), element.isYearsUncertain()));
			boolean byMonth = !flags.contains(Flag.END_BEFORE_START) && Timelines.mark(element) instanceof Mark.Bar bar
					&& bar.flags().contains(Flag.END_BEFORE_START);
			if (flags.contains(Flag.END_BEFORE_START) || byMonth) {
				findings.report(END_BEFORE_START, element, Timelines.yearAndMonth(element.getStartFY(), byMonth ? element.getStartMonth() : null),
						Timelines.yearAndMonth(element.getEndFY(), byMonth ? element.getEndMonth() : null));
			}
			if (flags.contains(Flag.UNDATED)) {
				findings.report(UNDATED, element);
			}
			for (EAttribute month : new EAttribute[] { RoadmapPackage.Literals.ROADMAP_ELEMENT__START_MONTH, RoadmapPackage.Literals.ROADMAP_ELEMENT__END_MONTH }) {
				Integer value = (Integer) element.eGet(month);
				if (value != null && (value < 1 || value > 12)) {
					findings.report(NOT_A_MONTH, element, month.getName(), value);
				}
			}
		}
		if (object instanceof PeriodRevision revision) {
			check(revision, findings);
		}
	}

	/** {1} of each message names the subject whose period it is, the planned years are the revision's, the current ones the subject's. */
	private static void check(PeriodRevision revision, Findings findings) {
		Integer start = revision.getPlannedStartFY();
		Integer end = revision.getPlannedEndFY();
		EvaluationSubject subject = revision.eContainer() instanceof EvaluationSubject container ? container : null;
		String where = subject == null ? "" : ReportText.subjectTitle(subject); //$NON-NLS-1$
		Period period = subject == null ? null : subject.getPeriod();
		if (start == null && end == null) {
			findings.report(NO_PLANNED_YEAR, revision, where);
		} else if (start != null && end != null && end < start) {
			findings.report(PLANNED_END_BEFORE_START, revision, where, ReportText.fiscalYear(start), ReportText.fiscalYear(end));
		} else if (period != null && Objects.equals(start, period.getStartFY()) && Objects.equals(end, period.getEndFY())) {
			findings.report(NOT_REVISED, revision, where, ReportText.period(period));
		}
	}
}
