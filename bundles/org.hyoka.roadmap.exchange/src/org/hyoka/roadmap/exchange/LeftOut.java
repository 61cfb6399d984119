package org.hyoka.roadmap.exchange;

import org.hyoka.roadmap.RoadmapElement;

/** An element a plan cannot hold, with why, in the user's language. */
public record LeftOut(RoadmapElement element, String reason) {
}
