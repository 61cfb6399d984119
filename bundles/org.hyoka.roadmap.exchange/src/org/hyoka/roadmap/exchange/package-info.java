/**
 * Roadmaps exchanged with planning tools: {@link org.hyoka.roadmap.exchange.Plans} reads an MS Project XML (MSPDI)
 * or GanttProject file into a roadmap and writes a roadmap as either, through MPXJ (docs/roadmap.md).
 */
package org.hyoka.roadmap.exchange;
