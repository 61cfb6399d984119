/**
 * The roadmap timeline, headless: {@link org.hyoka.roadmap.Timeline} (rows and what is drawn on them, built from an
 * evaluation by {@link org.hyoka.roadmap.Timelines}) and {@link org.hyoka.roadmap.FiscalAxis} (fiscal years, era labels,
 * zoom). Layout and output are in {@code org.hyoka.roadmap.layout} and {@code org.hyoka.roadmap.output}.
 */
package org.hyoka.roadmap;
