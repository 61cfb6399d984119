/** The Roadmap view: the timeline of the evaluation in the active editor. */
package org.hyoka.roadmap.ui.internal;
