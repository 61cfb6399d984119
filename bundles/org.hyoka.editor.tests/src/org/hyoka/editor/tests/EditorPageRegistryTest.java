package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.editor.internal.EditorPageDescriptor;
import org.hyoka.editor.internal.EditorPages;
import org.hyoka.editor.pages.PageCondition;
import org.hyoka.editor.pages.PageFactory;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.junit.jupiter.api.Test;

/** The editor's page registry: order, conditions and problems, from the running platform and from plain Java. */
class EditorPageRegistryTest {

	private static final PageFactory NO_PAGE = editor -> null;

	private static List<String> ids(EditorPages pages) {
		return pages.pages().stream().map(EditorPageDescriptor::id).toList();
	}

	private static List<String> messages(EditorPages pages) {
		return pages.problems().stream().map(IStatus::getMessage).toList();
	}

	@Test
	void thePlatformHasTheBuiltInPagesInOrderAndTheFragmentsPlacedAmongThem() {
		EditorPages pages = EditorPages.read(RegistryFactory.getRegistry());
		List<String> expected = new ArrayList<>(EditorPagesTest.WITH_REVIEWS);
		expected.add(1, "org.hyoka.editor.tests.page.missingClass");
		expected.add(expected.size() - 1, "org.hyoka.editor.tests.page.failing");
		assertEquals(expected, EditorPagesTest.own(ids(pages)));
		assertEquals(1, pages.problems().size(), messages(pages).toString());
		assertTrue(messages(pages).get(0).contains("org.hyoka.editor.tests.page.noClass")
				&& messages(pages).get(0).contains(" org.hyoka.editor.tests ") && messages(pages).get(0).contains("class"), messages(pages).toString());
	}

	@Test
	void plainJavaPlacesPagesAndReportsRepeatedIdsAndUnknownNeighbours() {
		EditorPages pages = EditorPages.of(List.of(
				EditorPageDescriptor.of("last", "org.example", null, null, NO_PAGE, null),
				EditorPageDescriptor.of("a", EditorPages.PLUGIN_ID, null, null, NO_PAGE, null),
				EditorPageDescriptor.of("beforeB", "org.example", null, "b", NO_PAGE, null),
				EditorPageDescriptor.of("b", EditorPages.PLUGIN_ID, null, null, NO_PAGE, null),
				EditorPageDescriptor.of("afterA", "org.example", "a", null, NO_PAGE, null),
				EditorPageDescriptor.of("afterA2", "org.example", "a", null, NO_PAGE, null),
				EditorPageDescriptor.of("lost", "org.example", "nowhere", null, NO_PAGE, null),
				EditorPageDescriptor.of("a", "org.example", null, null, NO_PAGE, null)));
		assertEquals(List.of("a", "afterA", "afterA2", "beforeB", "b", "last", "lost"), ids(pages));
		assertEquals(2, pages.problems().size(), messages(pages).toString());
		assertTrue(messages(pages).stream().anyMatch(message -> message.contains("nowhere")), messages(pages).toString());
	}

	@Test
	void conditionsDecideAndAFailingOneNamesItsBundle() throws Exception {
		EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
		PageCondition buggy = shown -> {
			throw new IllegalStateException("a buggy condition");
		};
		assertTrue(EditorPageDescriptor.of("always", "org.example", null, null, NO_PAGE, null).shows(report));
		assertFalse(EditorPageDescriptor.of("reviews", "org.example", null, null, NO_PAGE, new ReviewsPage.HasReviews()).shows(report));
		ContributionException failure = assertThrows(ContributionException.class,
				() -> EditorPageDescriptor.of("broken", "org.example.broken", null, null, NO_PAGE, buggy).shows(report));
		assertTrue(failure.getMessage().contains("broken") && failure.getMessage().contains("org.example.broken"), failure.getMessage());
		ContributionException noPage = assertThrows(ContributionException.class,
				() -> EditorPageDescriptor.of("empty", "org.example", null, null, NO_PAGE, null).create(null));
		assertTrue(noPage.getMessage().contains("empty") && noPage.getMessage().contains("org.example"), noPage.getMessage());
	}
}
