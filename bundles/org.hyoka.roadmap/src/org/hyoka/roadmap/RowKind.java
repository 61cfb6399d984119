package org.hyoka.roadmap;

/** What a row of the timeline stands for. */
public enum RowKind {
	PROGRAM, PROJECT, RESEARCH_ITEM, RESEARCH_TASK, ROADMAP, LANE
}
