package org.hyoka.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.NarrativeSection;
import org.hyoka.model.program.ProgramFactory;
import org.junit.jupiter.api.Test;

/**
 * Entries of lists without ids that a secretariat moved, as the history shows them: a row per moved entry with its
 * places, not a row per feature of each place it passed; an edit beside a move, or of the moved entry, is a row of
 * its own. The sample's program holds six narrative sections and each score table four rows, none with an id.
 */
public class HistoryReorderTest {

	private static final String TEXT = "書き直した本文";

	private final EvaluationReport before;
	private final EvaluationReport after;

	public HistoryReorderTest() throws IOException {
		before = HyokaFiles.load(TeamFilesTest.SAMPLE);
		after = HyokaFiles.load(TeamFilesTest.SAMPLE);
	}

	private static EList<NarrativeSection> narratives(EvaluationReport report) {
		return report.getProgram().getNarratives();
	}

	private List<Change> changes() {
		return History.changes(before, after);
	}

	private static List<String> row(Change change) {
		return List.of(change.kind().name(), change.path(), change.feature(), change.before(), change.after());
	}

	/** By name: the kinds of rows as the earlier history, without moves, could be asked too. */
	private static List<String> kinds(List<Change> changes) {
		return changes.stream().map(change -> change.kind().name()).toList();
	}

	@Test
	void aSectionMovedUpByOneIsOneRow() {
		String third = narratives(after).get(2).getHeadingPrinted();
		narratives(after).move(1, 2);
		List<Change> changes = changes();
		assertEquals(1, changes.size(), changes.toString());
		assertEquals(List.of("MOVED", "prg", "narratives", "position 3", "position 2"), row(changes.get(0)));
		assertTrue(changes.get(0).object().contains(third), changes.get(0).object());
		assertEquals("Narrative sections", changes.get(0).item());
	}

	@Test
	void aScoreTableRowMovedIsOneRowWhateverItHolds() {
		var rows = TeamFilesTest.scored(after).getScoreTable().getRows();
		rows.move(0, 3);
		List<Change> changes = changes();
		assertEquals(1, changes.size(), changes.toString());
		assertEquals(List.of("MOVED", ModelMerge.key(TeamFilesTest.scored(after).getScoreTable()), "rows", "position 4", "position 1"),
				row(changes.get(0)));
	}

	@Test
	void aListTurnedRoundIsARowPerEntryOutOfOrder() {
		narratives(after).move(0, 2);
		narratives(after).move(1, 2);
		List<Change> changes = changes();
		assertEquals(2, changes.size(), changes.toString());
		assertEquals(List.of("MOVED", "MOVED"), kinds(changes), changes.toString());
	}

	@Test
	void anEditBesideAMoveIsARowOfItsOwnInItsPlace() {
		narratives(after).get(4).setText(TEXT);
		Change alone = changes().get(0);
		assertEquals(List.of(1, "CHANGED", "text", TEXT), List.of(changes().size(), alone.kind().name(), alone.feature(), alone.after()));
		assertTrue(alone.path().endsWith("/@narratives.4"), alone.path());

		narratives(after).move(1, 2);
		List<Change> changes = changes();
		assertEquals(List.of("MOVED", "CHANGED"), kinds(changes), changes.toString());
		assertEquals(List.of("position 3", "position 2"), List.of(changes.get(0).before(), changes.get(0).after()));
		assertEquals(alone, changes.get(1));
	}

	@Test
	void aSectionMovedAndEditedIsBothAndRestoresWithItsList() {
		narratives(after).move(1, 2);
		narratives(after).get(1).setText(TEXT);
		List<Change> changes = changes();
		assertEquals(2, changes.size(), changes.toString());
		assertEquals(List.of("MOVED", "prg", "narratives", "position 3", "position 2"), row(changes.get(0)));
		assertEquals(List.of("CHANGED", "prg", "text"), row(changes.get(1)).subList(0, 3));
		assertEquals(TEXT, changes.get(1).after());
		assertTrue(changes.get(1).before().startsWith("再生医療・遺伝子治療の実用化に向けては"), changes.get(1).before());

		// the path the rows give is the list's owner: restoring it gives back order and text, the entry's place unknown
		assertTrue(History.restore(after, before, changes.get(1).path()));
		assertTrue(changes().isEmpty(), changes().toString());
	}

	/**
	 * Restoring the edit of a section whose place changed restores that section where it is now: the move and the
	 * program's other changes stay. The row's path is the program's, and restoring the program took them back too.
	 */
	@Test
	void anEditOfAMovedSectionRestoresThatSectionAlone() {
		narratives(after).move(1, 2);
		NarrativeSection moved = narratives(after).get(1);
		String text = moved.getText();
		moved.setText(TEXT);
		after.getProgram().setNameJa("書き直した事業名");
		Change edit = changes().stream().filter(change -> change.feature().equals("text")).findFirst().orElseThrow();
		assertEquals("prg", edit.path());

		assertTrue(History.changeRestorable(after, before, edit));
		assertTrue(History.restoreChange(after, before, edit));
		assertEquals(text, moved.getText());
		assertEquals(moved, narratives(after).get(1), "the section stays where it was moved, the same object");
		assertEquals(Set.of(List.of("MOVED", "narratives"), List.of("CHANGED", "nameJa")),
				changes().stream().map(change -> List.of(change.kind().name(), change.feature())).collect(Collectors.toSet()), changes().toString());
	}

	@Test
	void aMovedRowRestoresTheSectionsPlaceAndLeavesTheProgramsOtherChanges() {
		NarrativeSection moved = narratives(after).get(2);
		narratives(after).move(1, 2);
		moved.setText(TEXT);
		after.getProgram().setNameJa("書き直した事業名");
		narratives(after).get(4).setHeadingPrinted("書き直した見出し");
		Change move = changes().stream().filter(change -> change.kind() == Change.Kind.MOVED).findFirst().orElseThrow();

		assertTrue(History.changeRestorable(after, before, move));
		assertTrue(History.restoreChange(after, before, move));
		assertEquals(moved, narratives(after).get(2), "the moved section is back in its place, the same object");
		// before, the row's path (the program's) restored the whole program: its name, every section's text
		assertEquals(Set.of(List.of("CHANGED", "nameJa", "書き直した事業名"), List.of("CHANGED", "text", TEXT),
				List.of("CHANGED", "headingPrinted", "書き直した見出し")),
				changes().stream().map(change -> List.of(change.kind().name(), change.feature(), change.after())).collect(Collectors.toSet()),
				"the program's other changes and the section's own text are left");
		assertEquals(3, changes().size(), changes().toString());
	}

	@Test
	void aMovedRowOfAListThatGrewSinceRestoresTheListAsTheVersionHoldsIt() {
		List<String> headings = narratives(before).stream().map(NarrativeSection::getHeadingPrinted).toList();
		narratives(after).move(1, 2);
		Change move = changes().get(0);
		NarrativeSection added = ProgramFactory.eINSTANCE.createNarrativeSection();
		added.setHeadingPrinted("（４）追加した節");
		narratives(after).add(added);
		after.getProgram().setNameJa("書き直した事業名");

		assertTrue(History.restoreChange(after, before, move));
		assertEquals(headings, narratives(after).stream().map(NarrativeSection::getHeadingPrinted).toList());
		assertEquals(List.of("CHANGED", "prg", "nameJa"), row(changes().get(0)).subList(0, 3));
		assertEquals(1, changes().size(), changes().toString());
	}

	@Test
	void aSectionAddedIsStillOneAddition() {
		NarrativeSection added = ProgramFactory.eINSTANCE.createNarrativeSection();
		added.setHeadingPrinted("（４）追加した節");
		narratives(after).add(added);
		List<Change> changes = changes();
		assertEquals(1, changes.size(), changes.toString());
		assertEquals(List.of("ADDED", "narratives"), List.of(changes.get(0).kind().name(), changes.get(0).feature()));
	}

	@Test
	void aSectionInsertedBeforeOthersIsOneAdditionNotAnEditOfEverySectionAfterIt() {
		after.getProgram().setNameJa("書き直した事業名");
		narratives(after).add(1, section("（１－２）挿入した節"));
		List<Change> changes = changes();
		assertEquals(List.of("CHANGED", "ADDED"), kinds(changes), changes.toString());
		assertEquals(List.of("ADDED", "prg", "narratives", "—"), row(changes.get(1)).subList(0, 4));
		assertTrue(changes.get(1).after().contains("挿入した節"), changes.get(1).after());

		// the row's path is the list's owner, as for a move: restoring it gives the list back, not the program's name
		assertTrue(History.changeRestorable(after, before, changes.get(1)));
		assertTrue(History.restoreChange(after, before, changes.get(1)));
		assertEquals(headings(before), headings(after));
		assertEquals(List.of("CHANGED"), kinds(changes()), changes().toString());
	}

	@Test
	void aSectionRemovedBeforeOthersIsOneRemovalAndAnEditAfterItKeepsItsRow() {
		String removed = narratives(after).remove(1).getHeadingPrinted();
		narratives(after).get(3).setText(TEXT);
		List<Change> changes = changes();
		assertEquals(List.of("REMOVED", "CHANGED"), kinds(changes), changes.toString());
		assertEquals(List.of("REMOVED", "prg", "narratives"), row(changes.get(0)).subList(0, 3));
		assertTrue(changes.get(0).before().contains(removed), changes.get(0).before());
		assertEquals(List.of("CHANGED", "prg", "text", TEXT), List.of(changes.get(1).kind().name(), changes.get(1).path(), changes.get(1).feature(),
				changes.get(1).after()));

		assertTrue(History.restoreChange(after, before, changes.get(0)));
		assertEquals(headings(before), headings(after));
		assertTrue(changes().isEmpty(), "the list as the version holds it, the edit after the removed section included: " + changes());
	}

	/**
	 * A section inserted near the top and the last removed keep the list's length: one addition and one removal, as in
	 * a list that changed its length, not an edit of every section after the inserted one.
	 */
	@Test
	void aSectionInsertedAndTheLastRemovedAreAnAdditionAndARemoval() {
		List<String> headings = headings(before);
		narratives(after).add(1, section("（１－２）挿入した節"));
		narratives(after).remove(narratives(after).size() - 1);
		List<Change> changes = changes();
		assertEquals(List.of("REMOVED", "ADDED"), kinds(changes), changes.toString());
		assertTrue(changes.get(0).before().contains(headings.get(headings.size() - 1)), changes.get(0).before());
		assertTrue(changes.get(1).after().contains("挿入した節"), changes.get(1).after());

		assertTrue(History.restoreChange(after, before, changes.get(1)));
		assertEquals(headings, headings(after));
	}

	@Test
	void aSectionMovedInAListThatGrewIsAMoveAndAnAddition() {
		narratives(after).move(1, 2);
		narratives(after).add(section("（４）追加した節"));
		List<Change> changes = changes();
		assertEquals(List.of("MOVED", "ADDED"), kinds(changes), changes.toString());
		assertEquals(List.of("MOVED", "prg", "narratives", "position 3", "position 2"), row(changes.get(0)));
	}

	private static NarrativeSection section(String heading) {
		NarrativeSection section = ProgramFactory.eINSTANCE.createNarrativeSection();
		section.setHeadingPrinted(heading);
		return section;
	}

	private static List<String> headings(EvaluationReport report) {
		return narratives(report).stream().map(NarrativeSection::getHeadingPrinted).toList();
	}

	@Test
	void aProjectWithAnIdMovedIsOneRowOfTheProgramAsBefore() {
		after.getProgram().getProjects().move(0, 1);
		List<Change> changes = changes();
		assertEquals(1, changes.size(), changes.toString());
		assertEquals(List.of("CHANGED", "prg", "projects"), row(changes.get(0)).subList(0, 3));
	}
}
