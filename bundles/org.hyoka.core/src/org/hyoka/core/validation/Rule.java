package org.hyoka.core.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The validation rules. A rule's code never changes once published (tools and users filter on it); its
 * message, in messages.properties and messages_ja.properties under the code, names the offending object as {0}.
 */
public enum Rule {
	// scores (評点)
	SCORE_RANGE("HY-SC-01", 101, Diagnostic.ERROR),
	SCORE_AVERAGE("HY-SC-02", 102, Diagnostic.ERROR),
	SCORE_ITEMS("HY-SC-03", 103, Diagnostic.ERROR),
	SCORE_COLUMNS("HY-SC-04", 104, Diagnostic.ERROR),
	SCORE_COMMITTEE_SIZE("HY-SC-05", 105, Diagnostic.WARNING),
	SCORE_EXPLANATION("HY-SC-06", 106, Diagnostic.WARNING),
	SCORE_SCALE_TYPE("HY-SC-07", 107, Diagnostic.ERROR),
	SCORE_EVALUATORS_UNNAMED("HY-SC-08", 108, Diagnostic.INFO),
	SCORE_NOTE_BELOW_TWO("HY-SC-09", 109, Diagnostic.WARNING),
	// budgets (予算・執行額)
	BUDGET_COLUMN_SUM("HY-BU-01", 201, Diagnostic.ERROR),
	BUDGET_ROW_SUM("HY-BU-02", 202, Diagnostic.ERROR),
	BUDGET_GRAND_TOTAL("HY-BU-03", 203, Diagnostic.ERROR),
	BUDGET_OVER_TOTAL("HY-BU-04", 204, Diagnostic.WARNING),
	BUDGET_PROGRAM_TOTAL("HY-BU-05", 205, Diagnostic.WARNING),
	BUDGET_STATUS("HY-BU-06", 206, Diagnostic.ERROR),
	BUDGET_OUTSIDE_PERIOD("HY-BU-07", 207, Diagnostic.WARNING),
	BUDGET_TABLES_DISAGREE("HY-BU-08", 208, Diagnostic.WARNING),
	BUDGET_AMOUNT_RANGE("HY-BU-09", 209, Diagnostic.ERROR),
	COST_NATIONAL_TOTAL("HY-BU-10", 210, Diagnostic.WARNING),
	COST_CALCULATION("HY-BU-11", 211, Diagnostic.WARNING),
	// years, periods, evaluation schedule (METI 技術評価指針)
	YEAR_LABEL("HY-YR-01", 301, Diagnostic.ERROR),
	PERIOD_ORDER("HY-YR-02", 302, Diagnostic.ERROR),
	PERIOD_DURATION("HY-YR-03", 303, Diagnostic.ERROR),
	PERIOD_OUTSIDE_PROGRAM("HY-YR-04", 304, Diagnostic.WARNING),
	SCHEDULE_ORDER("HY-EV-01", 401, Diagnostic.WARNING),
	SCHEDULE_INTERIM_MISSING("HY-EV-02", 402, Diagnostic.WARNING),
	SCHEDULE_EX_ANTE_MISSING("HY-EV-03", 403, Diagnostic.WARNING),
	SCHEDULE_EVALUATION_UNLISTED("HY-EV-04", 404, Diagnostic.WARNING),
	FINDING_SOURCE("HY-EV-05", 405, Diagnostic.WARNING),
	FINDING_RESPONSE("HY-EV-06", 406, Diagnostic.WARNING),
	RECOMMENDATION_RESPONSE("HY-EV-07", 407, Diagnostic.WARNING),
	// indicators (アウトプット・アウトカム指標)
	INDICATOR_TARGET_ORDER("HY-IN-01", 501, Diagnostic.ERROR),
	INDICATOR_STATUS("HY-IN-02", 502, Diagnostic.ERROR),
	INDICATOR_RATE("HY-IN-03", 503, Diagnostic.ERROR),
	INDICATOR_CUMULATIVE("HY-IN-04", 504, Diagnostic.WARNING),
	INDICATOR_REVISION("HY-IN-05", 505, Diagnostic.WARNING),
	INDICATOR_SUMMARY("HY-IN-06", 506, Diagnostic.WARNING),
	INDICATOR_BREAKDOWN("HY-IN-07", 507, Diagnostic.WARNING),
	INDICATOR_NEGATIVE("HY-IN-08", 508, Diagnostic.ERROR),
	INDICATOR_OUTSIDE_PERIOD("HY-IN-09", 509, Diagnostic.WARNING),
	INDICATOR_BREAKDOWN_DUPLICATE("HY-IN-10", 510, Diagnostic.WARNING),
	INDICATOR_CUMULATIVE_ACTUAL("HY-IN-11", 511, Diagnostic.WARNING),
	// committee and meetings (評価検討会・審議経過)
	COMMITTEE_CHAIR("HY-CM-01", 601, Diagnostic.ERROR),
	MEETING_ORDER("HY-CM-02", 602, Diagnostic.ERROR),
	MEETING_WRITTEN("HY-CM-03", 603, Diagnostic.ERROR),
	MEETING_WEEKDAY("HY-CM-04", 604, Diagnostic.WARNING),
	MEETING_DEADLINE("HY-CM-05", 605, Diagnostic.WARNING),
	MEETING_DATES("HY-CM-06", 606, Diagnostic.ERROR),
	// IP management (知財や研究開発データの取扱い)
	IP_PARTY_COUNT("HY-IP-01", 801, Diagnostic.ERROR),
	IP_PERFORMER_NOT_PARTY("HY-IP-02", 802, Diagnostic.ERROR),
	IP_DECLARED_PARTNERS("HY-IP-03", 803, Diagnostic.WARNING),
	IP_BAYH_DOLE_UNSTATED("HY-IP-04", 804, Diagnostic.ERROR),
	IP_BAYH_DOLE_WITHOUT_ENTRUSTMENT("HY-IP-05", 805, Diagnostic.WARNING),
	IP_COMMITTEE_LEADER("HY-IP-06", 806, Diagnostic.ERROR),
	IP_COMMITTEE_UNRECORDED("HY-IP-07", 807, Diagnostic.WARNING),
	IP_REPORTING_TO_SECRETARIAT("HY-IP-08", 808, Diagnostic.WARNING),
	IP_REPORTING_PROGRAM("HY-IP-09", 809, Diagnostic.WARNING),
	IP_JOINT_OWNERSHIP("HY-IP-10", 810, Diagnostic.WARNING),
	IP_EFFORT_ONLY("HY-IP-11", 811, Diagnostic.WARNING),
	// structure
	PROJECT_LETTER_DUPLICATE("HY-ST-01", 701, Diagnostic.ERROR),
	REFERENCE_DANGLING("HY-ST-02", 702, Diagnostic.ERROR);

	private final String code;
	private final int number;
	private final int severity;

	Rule(String code, int number, int severity) {
		this.code = code;
		this.number = number;
		this.severity = severity;
	}

	/** The rule a diagnostic of the Hyoka validator reports; empty for EMF's own constraints. */
	public static Optional<Rule> of(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		return data.size() > 1 && data.get(1) instanceof Rule rule ? Optional.of(rule) : Optional.empty();
	}

	/** Stable code, e.g. HY-SC-02. */
	public String code() {
		return code;
	}

	/** Stable number, the code of the EMF diagnostic. */
	public int number() {
		return number;
	}

	/** Default severity (a rule may lower it, e.g. within a printed rounding tolerance). */
	public int severity() {
		return severity;
	}
}
