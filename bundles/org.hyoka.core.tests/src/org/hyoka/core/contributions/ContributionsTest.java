package org.hyoka.core.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

/** Every registry reads its point through {@link Contributions}: bad contributions are named, good ones kept. */
class ContributionsTest {

	private record Thing(String id, int order, Contribution element) {
	}

	private static Contributions<Thing> read() {
		return Contributions.read(RegistryFactory.getRegistry(), "org.hyoka.core.testPoint", "thing", "thing", Thing::id, //$NON-NLS-1$
				element -> new Thing(element.required("id"), element.integer("order", 0), element));
	}

	@Test
	void keepsGoodContributionsAndNamesTheBundleOfEveryBadOne() {
		Contributions<Thing> things = read();
		assertEquals(List.of("good", "wrongClass"), things.accepted().stream().map(Thing::id).toList(), things.problems().toString());
		List<String> problems = things.problems().stream().map(IStatus::getMessage).toList();
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.stream().allMatch(message -> message.contains("Bundle org.hyoka.core.tests ")), problems.toString());
		assertTrue(problems.get(0).contains("\"id\""), problems.get(0));
		assertTrue(problems.get(1).contains("badOrder") && problems.get(1).contains("first"), problems.get(1));
		assertTrue(problems.get(2).contains("good") && problems.get(2).contains("same id"), problems.get(2));
		assertTrue(things.problems().stream().allMatch(status -> status.getSeverity() == IStatus.WARNING));
	}

	@Test
	void createsTheNamedClassOnlyWhenItHasTheType() throws Exception {
		Contributions<Thing> things = read();
		assertInstanceOf(StringBuilder.class, things.accepted().get(0).element().create("class", CharSequence.class));
		ContributionException wrong = assertThrows(ContributionException.class,
				() -> things.accepted().get(1).element().create("class", CharSequence.class));
		assertTrue(wrong.getMessage().contains("wrongClass") && wrong.getMessage().contains("java.lang.CharSequence"), wrong.getMessage());
	}

	@Test
	void arrangesTheOwnersContributionsFirstAndPlacesTheOthers() {
		record Item(String bundle, Placement placement) {
		}
		Contributions<Item> items = Contributions.of(List.of(new Item("other", new Placement("z", null, null)),
				new Item("owner", new Placement("a", null, null)), new Item("other", new Placement("m", "a", null)),
				new Item("owner", new Placement("b", null, null)), new Item("other", new Placement("y", null, null)),
				new Item("owner", new Placement("c", null, "a")), new Item("other", new Placement("lost", "nowhere", null))),
				item -> item.placement().id(), "item");
		Contributions<Item> arranged = items.arranged("owner", Item::bundle, Item::placement,
				Comparator.comparing((Item item) -> item.placement().id()));
		assertEquals(List.of("c", "a", "m", "b", "lost", "y", "z"), arranged.accepted().stream().map(item -> item.placement().id()).toList());
		assertEquals(1, arranged.problems().size(), arranged.problems().toString());
		assertTrue(arranged.problems().get(0).getMessage().contains("nowhere"));
		// without an order the others keep the order in which they were read
		assertEquals(List.of("c", "a", "m", "b", "z", "y", "lost"), items.arranged("owner", Item::bundle, Item::placement, null)
				.accepted().stream().map(item -> item.placement().id()).toList());
	}

	@Test
	void plainJavaGetsTheSameChecksWithoutARegistry() {
		Contributions<String> plain = Contributions.of(List.of("b", "a", "b"), id -> id, "thing");
		assertEquals(List.of("b", "a"), plain.accepted());
		assertEquals(1, plain.problems().size());
		assertEquals(List.of("a", "b"), plain.sorted(Comparator.naturalOrder()).accepted());
		assertEquals(plain.problems(), plain.sorted(Comparator.naturalOrder()).problems());
		assertEquals(List.of(), Contributions.read(null, "any", "thing", "thing", id -> "", element -> "").accepted());
	}
}
