package org.hyoka.ip.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.hyoka.ip.Change;
import org.hyoka.ip.IPManagementScheme;

/**
 * How a user ends a deadline of a rule: what the register records when the deadline is marked done (a report sent,
 * an application filed, a renewal). A rule names its completion in the table ({@code completion} of
 * {@code org.hyoka.ip.deadlineRules}); a rule without one cannot be marked done from the Deadlines view, and the
 * user records what ends it in the register.
 */
public interface Completion {

	/**
	 * Where and when a deadline is ended.
	 *
	 * @param scheme
	 *            the register that holds the deadline's object, where new records go
	 * @param date
	 *            the date it happened (the Deadlines view's as-of date)
	 * @param freshId
	 *            an id no object of the file has yet, from a prefix ({@code ip-A-app} gives {@code ip-A-app-4})
	 */
	record Context(IPManagementScheme scheme, LocalDate date, UnaryOperator<String> freshId) {
	}

	/** The changes that end the deadline on the context's date; empty when there is nothing to record. */
	List<Change> changes(Deadline deadline, Context context);
}
