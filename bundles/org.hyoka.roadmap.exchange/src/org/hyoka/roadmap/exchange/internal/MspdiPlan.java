package org.hyoka.roadmap.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.mpxj.ChildTaskContainer;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TaskField;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * Rows written as MS Project XML by MPXJ. Every day of the plan's calendar is a working day from 8:00 to 17:00, so
 * that a bar of whole fiscal years keeps its days when MS Project schedules it again (a standard calendar would move
 * a start on a Saturday 1 April to the Monday); each task starts no earlier than its first day.
 */
public final class MspdiPlan {

	private static final LocalTime DAY_START = LocalTime.of(8, 0);
	private static final LocalTime DAY_END = LocalTime.of(17, 0);
	/** The kinds' column: MS Project's first text column, named by its alias. */
	private static final TaskField KIND = TaskField.TEXT1;

	private MspdiPlan() {
	}

	public static void write(String title, List<PlanRow> rows, OutputStream out) throws IOException {
		ProjectFile plan = new ProjectFile();
		ProjectCalendar calendar = plan.addDefaultBaseCalendar();
		for (DayOfWeek day : List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)) {
			calendar.setWorkingDay(day, true);
			calendar.addDefaultCalendarHours(day);
		}
		plan.setDefaultCalendar(calendar);
		plan.getProjectProperties().setProjectTitle(title);
		plan.getCustomFields().add(KIND).setAlias(PlanRow.KIND_COLUMN);
		addRows(plan, rows);
		new MSPDIWriter().write(plan, out);
	}

	private static void addRows(ChildTaskContainer parent, List<PlanRow> rows) {
		for (PlanRow row : rows) {
			Task task = parent.addTask();
			task.setName(row.name());
			task.set(KIND, row.kind());
			if (row.children().isEmpty() && row.from() != null) {
				task.setStart(row.from().atTime(DAY_START));
				task.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
				task.setConstraintDate(row.from().atTime(DAY_START));
				task.setMilestone(row.milestone());
				task.setFinish(row.milestone() ? row.from().atTime(DAY_START) : row.to().atTime(DAY_END));
				task.setDuration(Duration.getInstance(row.milestone() ? 0 : ChronoUnit.DAYS.between(row.from(), row.to()) + 1, TimeUnit.DAYS));
			}
			addRows(task, row.children());
		}
	}
}
