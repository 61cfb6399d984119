package org.hyoka.export.outline;

import org.hyoka.export.outline.ReportSection.Scope;

/**
 * The sections {@link ReportOutline} prints itself, in their order within each scope. A contributed
 * {@link ReportSection} names one of these ids (or another contribution's id) in {@code after} or {@code before}.
 * The headings of a subject and of an evaluation always come first in their scope.
 */
public enum BuiltInSection {

	/** The title page: program, title, committee, date, ministry and はじめに. */
	COVER("cover", Scope.REPORT),
	/** The heading 第1部 事業の概要. */
	PART1("part1", Scope.REPORT),
	/** The program's and every project's section of 第1部. */
	SUBJECTS("subjects", Scope.REPORT),
	/** The heading 第2部 評価. */
	PART2("part2", Scope.REPORT),
	/** 評価検討会 委員構成. */
	COMMITTEE("committee", Scope.REPORT),
	/** 審議経過: the meetings and their agendas. */
	MEETINGS("meetings", Scope.REPORT),
	/** The section of every evaluation in 第2部. */
	EVALUATIONS("evaluations", Scope.REPORT),

	/** The subject's overview table: 事業名, 事業の目的・概要, 実施期間, 実施体制… */
	OVERVIEW("overview", Scope.SUBJECT),
	/** The budget tables. */
	BUDGETS("budgets", Scope.SUBJECT),
	/** 予算要求等: the budget request sheets. */
	BUDGET_REQUESTS("budgetRequests", Scope.SUBJECT),
	/** The progress tables (◎/△/ー per row and step). */
	PROGRESS("progress", Scope.SUBJECT),
	/** The 類似・競合 histories and competitor tables. */
	LANDSCAPES("landscapes", Scope.SUBJECT),
	/** The narrative sections as printed. */
	NARRATIVES("narratives", Scope.SUBJECT),

	/** The evaluators' comments under their printed headings. */
	COMMENTS("comments", Scope.EVALUATION),
	/** 評点結果: the score table, its averages and their chart. */
	SCORES("scores", Scope.EVALUATION),
	/** 提言 and their 対処方針. */
	RECOMMENDATIONS("recommendations", Scope.EVALUATION);

	private final String id;
	private final Scope scope;

	BuiltInSection(String id, Scope scope) {
		this.id = id;
		this.scope = scope;
	}

	/** The id contributions name in {@code after} and {@code before}. */
	public String id() {
		return id;
	}

	public Scope scope() {
		return scope;
	}
}
