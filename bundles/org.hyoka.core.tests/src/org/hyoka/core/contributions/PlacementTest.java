package org.hyoka.core.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Contributions go after or before the item they name, in the order they were read; unknown anchors go last. */
class PlacementTest {

	private static final List<Placement> BUILT_IN = List.of(new Placement("a", null, null), new Placement("b", null, null),
			new Placement("c", null, null));

	private static List<String> arrange(List<String> problems, Placement... contributed) {
		return Placement.arrange(BUILT_IN, List.of(contributed), p -> p, problems).stream().map(Placement::id).toList();
	}

	@Test
	void placesAfterAndBeforeTheNamedItemsKeepingTheReadingOrder() {
		List<String> problems = new ArrayList<>();
		assertEquals(List.of("x", "a", "y", "z", "b", "w", "c"), arrange(problems, new Placement("y", "a", null),
				new Placement("x", null, "a"), new Placement("z", "a", null), new Placement("w", null, "c")));
		assertEquals(List.of(), problems);
	}

	@Test
	void aContributionMayFollowAnotherContribution() {
		assertEquals(List.of("a", "y", "v", "b", "c"),
				arrange(new ArrayList<>(), new Placement("y", "a", null), new Placement("v", "y", null)));
	}

	@Test
	void anUnknownAnchorPutsTheContributionLastAndSaysWhy() {
		List<String> problems = new ArrayList<>();
		assertEquals(List.of("a", "b", "c", "q", "r"), arrange(problems, new Placement("q", "nowhere", null), new Placement("r", null, null)));
		assertEquals(1, problems.size());
		assertTrue(problems.get(0).contains("q") && problems.get(0).contains("nowhere"), problems.get(0));
	}
}
