package org.hyoka.roadmap.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.persistence.AtomicWrite;
import org.hyoka.model.persistence.HyokaLoadException;
import org.hyoka.model.persistence.LoadProblem;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapLane;
import org.hyoka.roadmap.exchange.internal.ExchangeMessages;
import org.hyoka.roadmap.exchange.internal.GanPlan;
import org.hyoka.roadmap.exchange.internal.MspdiPlan;
import org.hyoka.roadmap.exchange.internal.PlanReader;
import org.hyoka.roadmap.exchange.internal.PlanToRoadmap;
import org.hyoka.roadmap.exchange.internal.RoadmapRows;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;

/**
 * Roadmaps to and from the plans of planning tools (MS Project XML, GanttProject), through MPXJ: lanes are the
 * plan's first level of tasks, elements the tasks under them, fiscal years and months days (docs/roadmap.md,
 * "Exchange with planning tools").
 */
public final class Plans {

	/** The largest plan read unless told otherwise: plans of tens of thousands of tasks stay far below it. */
	public static final long MAX_BYTES = 64L << 20;

	private static final String LANE = "-lane-"; //$NON-NLS-1$

	private Plans() {
	}

	/** Reads a plan file into a new roadmap without ids; problems name the file and, where known, line and column. */
	public static Roadmap read(Path file) throws IOException {
		return read(file, MAX_BYTES);
	}

	/** As {@link #read(Path)}, refusing files larger than {@code maxBytes}. */
	public static Roadmap read(Path file, long maxBytes) throws IOException {
		PlanFormat format = format(file);
		ProjectFile plan = PlanReader.read(file, format, maxBytes);
		ProjectProperties properties = plan.getProjectProperties();
		// MS Project keeps the plan's title apart from its name (often the file's); GanttProject has a name only
		String title = format == PlanFormat.MSPDI ? firstOf(properties.getProjectTitle(), properties.getName()) : properties.getName();
		return PlanToRoadmap.roadmap(plan, firstOf(title, baseName(file)));
	}

	/**
	 * Writes a roadmap as a plan file, in the format its name gives, atomically: a failure leaves the file as it was.
	 * Gives the elements the plan cannot hold (no years, or ending before they start), which are left out.
	 */
	public static List<LeftOut> write(Roadmap roadmap, Path file) throws IOException {
		PlanFormat format = format(file);
		RoadmapRows rows = new RoadmapRows(roadmap);
		String title = firstOf(roadmap.getTitleJa(), roadmap.getId());
		AtomicWrite.write(file, ".part", out -> { //$NON-NLS-1$
			if (format == PlanFormat.MSPDI) {
				MspdiPlan.write(title, rows.rows(), out);
			} else {
				GanPlan.write(title, rows.rows(), out);
			}
		});
		return rows.leftOut();
	}

	/**
	 * Gives a read roadmap and its lanes ids no object of the report has: {@code PREFIX}, then {@code PREFIX-2}…, and
	 * {@code PREFIX-lane-1}… for its lanes.
	 */
	public static void identify(Roadmap roadmap, EvaluationReport report, String prefix) {
		Set<String> taken = taken(report);
		String id = prefix;
		for (int n = 2; taken.contains(id) || lanesTaken(taken, id); n++) {
			id = prefix + "-" + n; //$NON-NLS-1$
		}
		roadmap.setId(id);
		int lane = 0;
		for (RoadmapLane each : roadmap.getLanes()) {
			each.setId(id + LANE + ++lane);
		}
	}

	/**
	 * Gives lanes of a plan that are to join a roadmap of the report ids no object of the report has: the roadmap's
	 * id, {@code -lane-} and the first numbers no object's id takes.
	 */
	public static void identifyLanes(Roadmap roadmap, List<RoadmapLane> lanes, EvaluationReport report) {
		Set<String> taken = taken(report);
		int lane = 0;
		for (RoadmapLane each : lanes) {
			String id;
			do {
				id = roadmap.getId() + LANE + ++lane;
			} while (taken.contains(id));
			each.setId(id);
		}
	}

	/**
	 * Which lanes of a plan read are lanes a roadmap has already, for updating the roadmap from the plan: by id where
	 * the read lane has one, else by name, blanks around it aside; each of the roadmap's lanes is matched once at
	 * most, the first of its name first. Gives the read lane → the roadmap's lane; a read lane not in it is new.
	 */
	public static Map<RoadmapLane, RoadmapLane> matchLanes(Roadmap roadmap, Roadmap read) {
		Map<RoadmapLane, RoadmapLane> matched = new LinkedHashMap<>();
		List<RoadmapLane> free = new ArrayList<>(roadmap.getLanes());
		for (RoadmapLane lane : read.getLanes()) {
			RoadmapLane same = free.stream().filter(each -> lane.getId() != null && lane.getId().equals(each.getId())).findFirst()
					.or(() -> free.stream().filter(each -> name(each).equals(name(lane)) && !name(lane).isEmpty()).findFirst()).orElse(null);
			if (same != null) {
				matched.put(lane, same);
				free.remove(same);
			}
		}
		return matched;
	}

	private static String name(RoadmapLane lane) {
		return lane.getNameJa() == null ? "" : lane.getNameJa().strip(); //$NON-NLS-1$
	}

	private static Set<String> taken(EvaluationReport report) {
		Set<String> taken = new HashSet<>();
		report.eAllContents().forEachRemaining(each -> {
			if (each instanceof Identifiable identifiable && identifiable.getId() != null) {
				taken.add(identifiable.getId());
			}
		});
		return taken;
	}

	private static boolean lanesTaken(Set<String> taken, String id) {
		return taken.stream().anyMatch(each -> each.startsWith(id + LANE));
	}

	private static PlanFormat format(Path file) throws HyokaLoadException {
		PlanFormat format = PlanFormat.of(file);
		if (format == null) {
			throw new HyokaLoadException(List.of(new LoadProblem(file.toString(), 0, 0, ExchangeMessages.format("unknownFormat"))), null); //$NON-NLS-1$
		}
		return format;
	}

	private static String firstOf(String text, String otherwise) {
		return text == null || text.isBlank() ? otherwise : text;
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
