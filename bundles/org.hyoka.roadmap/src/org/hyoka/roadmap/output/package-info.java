/** Writers of a laid-out roadmap: SVG (plain XML) and PNG (java.awt, headless). */
package org.hyoka.roadmap.output;
