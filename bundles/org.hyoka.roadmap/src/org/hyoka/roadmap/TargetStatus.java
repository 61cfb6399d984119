package org.hyoka.roadmap;

/** Where an output or outcome target stands, from what the file records only. */
public enum TargetStatus {
	MET, NOT_MET, NOT_YET_DUE,
	/** The file records no status and no actual value for a target that is due. */
	UNKNOWN
}
