package org.hyoka.roadmap.layout;

/**
 * How a shape is drawn: fill and stroke colours as {@code #rrggbb} (null: none). Output writers and views map each
 * style to their own drawing.
 */
public enum Style {
	BACKGROUND("#ffffff", null), //$NON-NLS-1$
	TITLE("#202020", null), //$NON-NLS-1$
	AXIS_BAND("#f2f2f2", "#b0b0b0"), //$NON-NLS-1$ //$NON-NLS-2$
	AXIS_TEXT("#303030", null), //$NON-NLS-1$
	MINOR_TEXT("#707070", null), //$NON-NLS-1$
	GRID(null, "#e0e0e0"), //$NON-NLS-1$
	ERA_CHANGE(null, "#c06000"), //$NON-NLS-1$
	ROW_BAND("#f8f8fb", null), //$NON-NLS-1$
	ROW_LABEL("#202020", null), //$NON-NLS-1$
	FLAGGED_LABEL("#b00020", null), //$NON-NLS-1$
	PERIOD("#4a78b5", "#2c5a94"), //$NON-NLS-1$ //$NON-NLS-2$
	/** The period as planned before a revision: hollow, in the period's outline colour. */
	PLANNED_PERIOD(null, "#2c5a94"), //$NON-NLS-1$
	ROADMAP_ITEM("#8cb369", "#5a8a3a"), //$NON-NLS-1$ //$NON-NLS-2$
	TASK_START("#c9d8ec", "#4a78b5"), //$NON-NLS-1$ //$NON-NLS-2$
	UNCERTAIN("#f4f4f4", "#909090"), //$NON-NLS-1$ //$NON-NLS-2$
	FLAGGED("#fde2e4", "#b00020"), //$NON-NLS-1$ //$NON-NLS-2$
	BAR_TEXT("#ffffff", null), //$NON-NLS-1$
	DARK_BAR_TEXT("#202020", null), //$NON-NLS-1$
	EVALUATION("#6a3d9a", "#4a2070"), //$NON-NLS-1$ //$NON-NLS-2$
	EVALUATION_PLANNED("#ffffff", "#6a3d9a"), //$NON-NLS-1$ //$NON-NLS-2$
	MILESTONE("#e6a100", "#9a6b00"), //$NON-NLS-1$ //$NON-NLS-2$
	TARGET_MET("#2e9b4f", "#1d6b34"), //$NON-NLS-1$ //$NON-NLS-2$
	TARGET_NOT_MET("#d1352b", "#8e1f18"), //$NON-NLS-1$ //$NON-NLS-2$
	TARGET_NOT_YET_DUE("#ffffff", "#2e7fb8"), //$NON-NLS-1$ //$NON-NLS-2$
	TARGET_UNKNOWN("#c8c8c8", "#808080"), //$NON-NLS-1$ //$NON-NLS-2$
	TARGET_REVISED(null, "#d17a00"), //$NON-NLS-1$
	REVISION("#d17a00", "#8a5000"), //$NON-NLS-1$ //$NON-NLS-2$
	BUDGET("#f0a030", null), //$NON-NLS-1$
	STATUS_LINE(null, "#d00000"), //$NON-NLS-1$
	/** The words of the legend; its samples are drawn in the styles of the marks. */
	LEGEND_TEXT("#303030", null); //$NON-NLS-1$

	private final String fill;
	private final String stroke;

	Style(String fill, String stroke) {
		this.fill = fill;
		this.stroke = stroke;
	}

	public String fill() {
		return fill;
	}

	public String stroke() {
		return stroke;
	}
}
