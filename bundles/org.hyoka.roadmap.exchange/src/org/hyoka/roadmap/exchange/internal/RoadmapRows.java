package org.hyoka.roadmap.exchange.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hyoka.core.report.ReportText;
import org.hyoka.roadmap.Milestone;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapElement;
import org.hyoka.roadmap.RoadmapLane;
import org.hyoka.roadmap.exchange.LeftOut;

/**
 * A roadmap as the rows of a plan: first its elements without a lane, then each lane as a summary task holding its
 * elements, in the roadmap's order, with the lanes' and milestones' kinds. Elements without a year, and bars that end before they start, have no place in
 * a plan and are left out, each with why.
 */
public final class RoadmapRows {

	private final List<PlanRow> rows = new ArrayList<>();
	private final List<LeftOut> leftOut = new ArrayList<>();

	public RoadmapRows(Roadmap roadmap) {
		for (RoadmapElement element : roadmap.getElements()) {
			if (element.getLane() == null || !roadmap.getLanes().contains(element.getLane())) {
				add(element, rows);
			}
		}
		for (RoadmapLane lane : roadmap.getLanes()) {
			List<PlanRow> children = new ArrayList<>();
			for (RoadmapElement element : roadmap.getElements()) {
				if (element.getLane() == lane) {
					add(element, children);
				}
			}
			rows.add(new PlanRow(name(lane), null, null, false, lane.getKind().getLiteral(), children));
		}
	}

	private void add(RoadmapElement element, List<PlanRow> into) {
		LocalDate from = PlanDates.from(element);
		LocalDate to = PlanDates.to(element);
		if (from == null) {
			leftOut.add(new LeftOut(element, ExchangeMessages.format("noYears"))); //$NON-NLS-1$
		} else if (to.isBefore(from)) {
			leftOut.add(new LeftOut(element, ExchangeMessages.format("endsBeforeStart"))); //$NON-NLS-1$
		} else {
			String kind = element instanceof Milestone milestone ? milestone.getKind().getLiteral() : null;
			into.add(new PlanRow(ReportText.nonNull(element.getLabelJa()), from, to, element instanceof Milestone, kind, List.of()));
		}
	}

	private static String name(RoadmapLane lane) {
		String name = lane.getNameJa() != null ? lane.getNameJa() : lane.getNameEn();
		return name != null ? name : ReportText.nonNull(lane.getId());
	}

	/** The plan's top rows. */
	public List<PlanRow> rows() {
		return rows;
	}

	/** The elements the plan cannot hold, in the order the plan meets them. */
	public List<LeftOut> leftOut() {
		return leftOut;
	}
}
