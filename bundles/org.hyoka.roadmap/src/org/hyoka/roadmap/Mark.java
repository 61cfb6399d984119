package org.hyoka.roadmap;

import java.math.BigDecimal;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
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
	 * when the item is undated. Flagged bars carry the reason.
	 */
	record Bar(BarKind kind, Integer start, Integer end, String label, Set<Flag> flags, EObject source) implements Mark {
		public Bar {
			flags = Set.copyOf(flags);
		}

		@Override
		public Integer firstYear() {
			return start != null ? start : end;
		}

		@Override
		public Integer lastYear() {
			return end != null ? end : start;
		}
	}

	/** An evaluation (事前, 中間, 終了時, 追跡) in a fiscal year; {@code planned} when the schedule says 予定. */
	record EvaluationPoint(EvaluationType type, int year, boolean planned, String label, EObject source) implements InYear {
	}

	/** A milestone of a roadmap figure (a filing, a launch, an outcome target printed in the figure). */
	record Milestone(int year, String label, EObject source) implements InYear {
	}

	/**
	 * An output or outcome target due in a fiscal year, with its status; {@code revisedFrom} is what the target was
	 * before a recorded revision (the old value or indicator name), null if it was never revised.
	 */
	record Target(boolean outcome, int year, String label, TargetStatus status, String revisedFrom, EObject source) implements InYear {
	}

	/** A target revision in the fiscal year it was decided. */
	record Revision(int year, String label, EObject source) implements InYear {
	}

	/** The budget of a fiscal year in 百万円; {@code share} is its part of the subject's largest year (0 to 1). */
	record Budget(int year, BigDecimal hyakumanYen, double share, EObject source) implements InYear {
	}
}
