package org.hyoka.roadmap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.model.evaluation.EvaluationType;

/** Something drawn on a row; {@link #source()} is the model object it comes from. */
public sealed interface Mark {

	EObject source();

	/** The first fiscal year the mark covers, or null if it has none. */
	Integer firstYear();

	/** The last fiscal year the mark covers, or null if it has none. */
	Integer lastYear();

	/** A mark in one fiscal year. */
	sealed interface InYear extends Mark {
		int year();

		@Override
		default Integer firstYear() {
			return year();
		}

		@Override
		default Integer lastYear() {
			return year();
		}
	}

	/** A mark from a start to an end fiscal year, either of which may be missing. */
	sealed interface Span extends Mark {
		Integer start();

		Integer end();

		@Override
		default Integer firstYear() {
			return start() != null ? start() : end();
		}

		@Override
		default Integer lastYear() {
			return end() != null ? end() : start();
		}
	}

	/** The kinds of bar. */
	enum BarKind {
		/** A subject's implementation period (実施期間). */
		PERIOD,
		/** An item of a roadmap figure. */
		ROADMAP_ITEM,
		/** A research task from its recorded start year, open at the end. */
		TASK_START
	}

	/**
	 * A bar from {@code start} to {@code end} (fiscal years, both included); one of them may be missing, and both are
	 * when the item is undated. Flagged bars carry the reason. {@code from} and {@code to} are the days (both
	 * included) of a bar known to the day, in the fiscal years {@code start} and {@code end}; null for a bar over whole
	 * fiscal years, as the model records them.
	 */
	record Bar(BarKind kind, Integer start, Integer end, String label, Set<Flag> flags, EObject source, LocalDate from, LocalDate to)
			implements Span {
		public Bar {
			flags = Set.copyOf(flags);
			if ((from == null) != (to == null) || from != null && (!Objects.equals(start, FiscalYears.of(from)) || !Objects.equals(end, FiscalYears.of(to)))) {
				throw new IllegalArgumentException("Days " + from + "–" + to + " are not in fiscal years " + start + "–" + end); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}

		/** A bar over whole fiscal years. */
		public Bar(BarKind kind, Integer start, Integer end, String label, Set<Flag> flags, EObject source) {
			this(kind, start, end, label, flags, source, null, null);
		}

		/** A bar from one day to another, both included; flagged when it ends before it starts. */
		public static Bar days(BarKind kind, LocalDate from, LocalDate to, String label, EObject source) {
			return new Bar(kind, FiscalYears.of(from), FiscalYears.of(to), label, to.isBefore(from) ? Set.of(Flag.END_BEFORE_START) : Set.of(),
					source, from, to);
		}
	}

	/** An evaluation (事前, 中間, 終了時, 追跡) in a fiscal year; {@code planned} when the schedule says 予定. */
	record EvaluationPoint(EvaluationType type, int year, boolean planned, String label, EObject source) implements InYear {
	}

	/**
	 * A milestone of a roadmap figure (a filing, a launch, an outcome target printed in the figure); {@code month}
	 * is its calendar month (1 to 12) in the fiscal year, null when only the year is known.
	 */
	record Milestone(int year, Integer month, String label, EObject source) implements InYear {
		/** A milestone known to the fiscal year. */
		public Milestone(int year, String label, EObject source) {
			this(year, null, label, source);
		}
	}

	/**
	 * An output or outcome target due in a fiscal year, with its status; {@code revisedFrom} is what the target was
	 * before a recorded revision (the old value or indicator name), null if it was never revised.
	 */
	record Target(boolean outcome, int year, String label, TargetStatus status, String revisedFrom, EObject source) implements InYear {
	}

	/**
	 * The period as planned before a recorded revision ({@code PeriodRevision}), drawn under the current period: either
	 * planned year may be missing, not both. {@code currentStart} and {@code currentEnd} are the subject's period now
	 * (null where it records none), {@code decidedIn} the fiscal year of the decision, {@code reason} as the source words it.
	 */
	record PlannedPeriod(Integer start, Integer end, Integer currentStart, Integer currentEnd, Integer decidedIn, String reason, EObject source)
			implements Span {
		public PlannedPeriod {
			if (start == null && end == null) {
				throw new IllegalArgumentException("A planned period needs a year"); //$NON-NLS-1$
			}
		}
	}

	/** A target revision in the fiscal year it was decided. */
	record Revision(int year, String label, EObject source) implements InYear {
	}

	/** The budget of a fiscal year in 百万円; {@code share} is its part of the subject's largest year (0 to 1). */
	record Budget(int year, BigDecimal hyakumanYen, double share, EObject source) implements InYear {
	}
}
