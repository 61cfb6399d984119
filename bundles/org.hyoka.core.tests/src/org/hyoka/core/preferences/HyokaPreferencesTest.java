package org.hyoka.core.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.hyoka.core.preferences.HyokaPreferences.FiscalYearLabels;
import org.hyoka.model.evaluation.EvaluationItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;

class HyokaPreferencesTest {

	@AfterEach
	void forget() throws BackingStoreException {
		InstanceScope.INSTANCE.getNode(HyokaPreferences.NODE).clear();
	}

	@Test
	void withoutPreferencesTheGuidelineItemsAndEraLabelsApply() {
		assertEquals(HyokaPreferences.GUIDELINE_ITEMS, HyokaPreferences.defaultItems());
		assertEquals(7, HyokaPreferences.defaultItems().size());
		assertEquals(FiscalYearLabels.JAPANESE_ERA, HyokaPreferences.fiscalYearLabels());
	}

	@Test
	void choicesAreKeptInTheInstanceScope() throws BackingStoreException {
		HyokaPreferences.setDefaultItems(List.of(EvaluationItem.I2, EvaluationItem.I7));
		HyokaPreferences.setFiscalYearLabels(FiscalYearLabels.WESTERN);
		assertEquals("I2,I7", InstanceScope.INSTANCE.getNode(HyokaPreferences.NODE).get(HyokaPreferences.DEFAULT_ITEMS, null));
		assertEquals(List.of(EvaluationItem.I2, EvaluationItem.I7), HyokaPreferences.defaultItems());
		assertEquals(FiscalYearLabels.WESTERN, HyokaPreferences.fiscalYearLabels());
	}

	@Test
	void theAuthorNameIsKeptWithoutSurroundingBlanks() throws BackingStoreException {
		assertEquals("", HyokaPreferences.authorName(), "no name until the user enters one");
		HyokaPreferences.setAuthorName("  山田 太郎 ");
		assertEquals("山田 太郎", InstanceScope.INSTANCE.getNode(HyokaPreferences.NODE).get(HyokaPreferences.AUTHOR_NAME, null));
		assertEquals("山田 太郎", HyokaPreferences.authorName());
	}

	@Test
	void itemListsSkipUnknownRepeatedAndNonScoredNames() {
		assertEquals(List.of(EvaluationItem.I3, EvaluationItem.I2_1), HyokaPreferences.parseItems(" I3, X9,I3,RECOMMENDATIONS, I2_1 ,"));
		assertEquals("I3,I2_1", HyokaPreferences.formatItems(List.of(EvaluationItem.I3, EvaluationItem.I2_1)));
	}

	@Test
	void aMistypedStoredLabelStyleFallsBackToEraLabels() {
		InstanceScope.INSTANCE.getNode(HyokaPreferences.NODE).put(HyokaPreferences.FISCAL_YEAR_LABELS, "gregorian");
		assertEquals(FiscalYearLabels.JAPANESE_ERA, HyokaPreferences.fiscalYearLabels());
	}
}
