package org.hyoka.roadmap.exchange.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.hyoka.roadmap.LaneKind;
import org.hyoka.roadmap.Milestone;
import org.hyoka.roadmap.MilestoneKind;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapElement;
import org.hyoka.roadmap.RoadmapFactory;
import org.hyoka.roadmap.RoadmapLane;
import org.mpxj.ProjectFile;
import org.mpxj.Task;

/**
 * A plan as a roadmap: each task of the first level that holds tasks (or has no dates) becomes a lane, and the tasks
 * under it, at any depth, its elements; the other tasks of the first level become elements without a lane. A
 * milestone becomes a milestone (of the kind in the plan's kinds' column, else other), any other task that holds
 * none a bar; tasks that only sum up others
 * below the first level add nothing of their own, as their bars are their tasks' span.
 */
public final class PlanToRoadmap {

	private static final RoadmapFactory FACTORY = RoadmapFactory.eINSTANCE;

	private PlanToRoadmap() {
	}

	public static Roadmap roadmap(ProjectFile plan, String title) {
		Roadmap roadmap = FACTORY.createRoadmap();
		roadmap.setTitleJa(title);
		for (Task task : firstLevel(plan)) {
			if (task.getChildTasks().isEmpty() && task.getStart() != null) {
				roadmap.getElements().add(element(task, null));
			} else {
				RoadmapLane lane = FACTORY.createRoadmapLane();
				lane.setNameJa(name(task));
				LaneKind kind = LaneKind.get(kind(task));
				if (kind != null) {
					lane.setKind(kind);
				}
				roadmap.getLanes().add(lane);
				addLeaves(task.getChildTasks(), lane, roadmap);
			}
		}
		return roadmap;
	}

	/** The plan's first level: MS Project's files hold the project's own summary task (ID 0) above it. */
	private static List<Task> firstLevel(ProjectFile plan) {
		List<Task> top = plan.getChildTasks();
		if (top.size() == 1 && Integer.valueOf(0).equals(top.get(0).getID()) && !top.get(0).getChildTasks().isEmpty()) {
			return top.get(0).getChildTasks();
		}
		return top;
	}

	private static void addLeaves(List<Task> tasks, RoadmapLane lane, Roadmap roadmap) {
		for (Task task : tasks) {
			if (task.getChildTasks().isEmpty()) {
				roadmap.getElements().add(element(task, lane));
			} else {
				addLeaves(task.getChildTasks(), lane, roadmap);
			}
		}
	}

	private static RoadmapElement element(Task task, RoadmapLane lane) {
		LocalDate from = day(task.getStart(), false);
		LocalDate to = day(task.getFinish(), true);
		RoadmapElement element;
		if (task.getMilestone()) {
			Milestone milestone = FACTORY.createMilestone();
			MilestoneKind kind = MilestoneKind.get(kind(task));
			milestone.setKind(kind != null ? kind : MilestoneKind.OTHER);
			LocalDate day = from != null ? from : to;
			if (day != null) {
				PlanDates.day(milestone, day);
			}
			element = milestone;
		} else {
			element = FACTORY.createRoadmapItem();
			LocalDate first = from != null ? from : to;
			if (first != null) {
				// a finish before the start (a zero-length task ending at midnight) is its start's day
				PlanDates.span(element, first, to == null || to.isBefore(first) ? first : to);
			}
		}
		element.setLabelJa(name(task));
		element.setLane(lane);
		return element;
	}

	/**
	 * The day of a start or finish. A finish at midnight is the end of the day before, as tools that write the end of
	 * a day as 00:00 of the next mean it.
	 */
	private static LocalDate day(LocalDateTime time, boolean finish) {
		if (time == null) {
			return null;
		}
		return finish && time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate().minusDays(1) : time.toLocalDate();
	}

	/** The kind a plan written here gave the task; other tools' plans have none. */
	private static String kind(Task task) {
		Object kind = task.getFieldByAlias(PlanRow.KIND_COLUMN);
		return kind == null ? "" : kind.toString(); //$NON-NLS-1$
	}

	private static String name(Task task) {
		return task.getName() == null ? "" : task.getName(); //$NON-NLS-1$
	}
}
