package org.hyoka.roadmap.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.roadmap.Milestone;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapElement;
import org.hyoka.roadmap.RoadmapFactory;
import org.hyoka.roadmap.RoadmapLane;
import org.hyoka.roadmap.RoadmapPackage;

/**
 * What the view's menu adds and deletes, each as one command on the editor's editing domain named for Undo: a roadmap
 * on a program or project, a lane in a roadmap, an item or milestone in a lane (or in the roadmap outside its lanes)
 * in a fiscal year, and the deletion of any of them, a lane with what it holds. Without it a roadmap was made only
 * through the Tree page's New Child and the Properties view.
 */
final class MenuEdits {

	/** Where a pointed row adds: the roadmap, and the lane of that row, if any. */
	record Place(Roadmap roadmap, RoadmapLane lane) {

		/** The place of a row's or mark's object: a roadmap, a lane or an element of one; null for any other. */
		static Place of(EObject object) {
			return switch (object) {
			case Roadmap roadmap -> new Place(roadmap, null);
			case RoadmapLane lane when lane.eContainer() instanceof Roadmap roadmap -> new Place(roadmap, lane);
			case RoadmapElement element when element.eContainer() instanceof Roadmap roadmap -> new Place(roadmap, element.getLane());
			case null, default -> null;
			};
		}
	}

	private MenuEdits() {
	}

	/** A roadmap of the title at the end of the subject's. */
	static Roadmap newRoadmap(String title) {
		Roadmap roadmap = RoadmapFactory.eINSTANCE.createRoadmap();
		roadmap.setTitleJa(title);
		return roadmap;
	}

	static Command addRoadmap(EditingDomain domain, EvaluationSubject subject, Roadmap roadmap) {
		return named(NLS.bind(Messages.addCommand, roadmap.getTitleJa()),
				AddCommand.create(domain, subject, ProgramPackage.Literals.EVALUATION_SUBJECT__EXTENSIONS, roadmap));
	}

	static RoadmapLane newLane(String name) {
		RoadmapLane lane = RoadmapFactory.eINSTANCE.createRoadmapLane();
		lane.setNameJa(name);
		return lane;
	}

	/** The lane after the place's lane, else after the roadmap's last. */
	static Command addLane(EditingDomain domain, Place place, RoadmapLane lane) {
		List<RoadmapLane> lanes = place.roadmap().getLanes();
		int index = place.lane() == null ? lanes.size() : lanes.indexOf(place.lane()) + 1;
		return named(NLS.bind(Messages.addCommand, lane.getNameJa()),
				AddCommand.create(domain, place.roadmap(), RoadmapPackage.Literals.ROADMAP__LANES, lane, index));
	}

	/** A bar of the one fiscal year, to be dragged or typed longer. */
	static RoadmapElement newItem(String label, int year) {
		RoadmapElement item = RoadmapFactory.eINSTANCE.createRoadmapItem();
		item.setLabelJa(label);
		item.setStartFY(year);
		item.setEndFY(year);
		return item;
	}

	static Milestone newMilestone(String label, int year) {
		Milestone milestone = RoadmapFactory.eINSTANCE.createMilestone();
		milestone.setLabelJa(label);
		milestone.setStartFY(year);
		return milestone;
	}

	/** The element in the place's lane (none: the roadmap's own row), after the roadmap's elements. */
	static Command addElement(EditingDomain domain, Place place, RoadmapElement element) {
		element.setLane(place.lane());
		return named(NLS.bind(Messages.addCommand, element.getLabelJa()),
				AddCommand.create(domain, place.roadmap(), RoadmapPackage.Literals.ROADMAP__ELEMENTS, element));
	}

	/**
	 * Deletes a roadmap, a lane with the items and milestones drawn in it (a lane's row holds them, as a row of a
	 * sheet holds its cells), or an item or milestone; null for any other object, which the view does not delete.
	 */
	static Command delete(EditingDomain domain, EObject object) {
		List<EObject> deleted = new ArrayList<>();
		String name;
		switch (object) {
		case Roadmap roadmap -> {
			deleted.add(roadmap);
			name = roadmap.getTitleJa();
		}
		case RoadmapLane lane when lane.eContainer() instanceof Roadmap roadmap -> {
			roadmap.getElements().stream().filter(element -> element.getLane() == lane).forEach(deleted::add);
			deleted.add(lane);
			name = lane.getNameJa();
		}
		case RoadmapElement element -> {
			deleted.add(element);
			name = element.getLabelJa();
		}
		default -> {
			return null;
		}
		}
		return named(NLS.bind(Messages.deleteCommand, name), DeleteCommand.create(domain, deleted));
	}

	/** Whether the view's menu and Delete key delete the object. */
	static boolean deletable(EObject object) {
		return object instanceof Roadmap || object instanceof RoadmapLane || object instanceof RoadmapElement;
	}

	private static Command named(String label, Command command) {
		CompoundCommand named = new CompoundCommand(label, label);
		named.append(command);
		return named;
	}
}
