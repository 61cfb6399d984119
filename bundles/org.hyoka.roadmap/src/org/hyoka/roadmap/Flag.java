package org.hyoka.roadmap;

/** Why a bar is drawn flagged. */
public enum Flag {
	/** The end year is before the start year. */
	END_BEFORE_START,
	/** Neither start nor end year is recorded, and the source does not say its years are uncertain. */
	UNDATED,
	/** No year is recorded because the source's figure gives none ({@code yearsUncertain}): drawn, not an error. */
	YEARS_UNCERTAIN
}
