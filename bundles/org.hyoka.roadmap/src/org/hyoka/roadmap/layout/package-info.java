/**
 * Layout of a roadmap timeline, independent of output: {@link org.hyoka.roadmap.layout.RoadmapLayout} turns rows and
 * an axis into {@link org.hyoka.roadmap.layout.Shape}s in a virtual coordinate space, for all rows or only a window
 * of them (what a view shows), and the writers of {@code org.hyoka.roadmap.output} draw them.
 */
package org.hyoka.roadmap.layout;
