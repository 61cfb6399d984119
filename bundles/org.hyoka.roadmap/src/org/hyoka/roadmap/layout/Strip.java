package org.hyoka.roadmap.layout;

import java.util.List;

/** Shapes set in lines across a figure under its rows, such as the {@link Legend}: what to draw, and how high. */
public interface Strip {

	List<Shape> shapes();

	/** From the strip's top to below its last line. */
	double height();
}
