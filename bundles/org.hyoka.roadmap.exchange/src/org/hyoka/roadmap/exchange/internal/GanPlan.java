package org.hyoka.roadmap.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.mpxj.ganttproject.schema.Calendars;
import org.mpxj.ganttproject.schema.CustomTaskProperty;
import org.mpxj.ganttproject.schema.DayType;
import org.mpxj.ganttproject.schema.DayTypes;
import org.mpxj.ganttproject.schema.DefaultWeek;
import org.mpxj.ganttproject.schema.ObjectFactory;
import org.mpxj.ganttproject.schema.Project;
import org.mpxj.ganttproject.schema.Task;
import org.mpxj.ganttproject.schema.Taskproperty;
import org.mpxj.ganttproject.schema.Tasks;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

/**
 * Rows written as a GanttProject file. MPXJ reads GanttProject files but writes none, so the file is made of MPXJ's
 * own binding of the format (the classes its reader reads into) and written by JAXB: what MPXJ reads, it wrote.
 * GanttProject counts durations in working days of the file's calendar; the calendar written has no days off, so a
 * duration is the count of days from the first to the last.
 */
public final class GanPlan {

	private static final ObjectFactory FACTORY = new ObjectFactory();
	/** The id GanttProject gives its first custom column. */
	private static final String KIND_ID = "tpc0"; //$NON-NLS-1$

	private GanPlan() {
	}

	public static void write(String title, List<PlanRow> rows, OutputStream out) throws IOException {
		Project project = FACTORY.createProject();
		project.setName(title);
		project.setVersion("3.3"); //$NON-NLS-1$
		project.setCalendars(everyDayWorking());
		Tasks tasks = FACTORY.createTasks();
		// GanttProject writes these even when empty, and MPXJ's reader expects them
		tasks.setTaskproperties(FACTORY.createTaskproperties());
		tasks.getTaskproperties().getTaskproperty().add(kindColumn());
		project.setTasks(tasks);
		project.setResources(FACTORY.createResources());
		project.setAllocations(FACTORY.createAllocations());
		addRows(tasks.getTask(), rows, new int[] { 0 });
		try {
			Marshaller marshaller = Context.INSTANCE.createMarshaller();
			marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
			marshaller.marshal(project, out);
		} catch (JAXBException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/** The kinds' column, a custom text column as GanttProject writes one. */
	private static Taskproperty kindColumn() {
		Taskproperty column = FACTORY.createTaskproperty();
		column.setId(KIND_ID);
		column.setName(PlanRow.KIND_COLUMN);
		column.setType("custom"); //$NON-NLS-1$
		column.setValuetype("text"); //$NON-NLS-1$
		return column;
	}

	private static Calendars everyDayWorking() {
		DayTypes types = FACTORY.createDayTypes();
		for (int id = 0; id <= 1; id++) {
			DayType type = FACTORY.createDayType();
			type.setId(id);
			types.getDayType().add(type);
		}
		DefaultWeek week = FACTORY.createDefaultWeek();
		week.setId(1);
		week.setName("default"); //$NON-NLS-1$
		Integer working = 0;
		week.setSun(working);
		week.setMon(working);
		week.setTue(working);
		week.setWed(working);
		week.setThu(working);
		week.setFri(working);
		week.setSat(working);
		types.setDefaultWeek(week);
		Calendars calendars = FACTORY.createCalendars();
		calendars.setDayTypes(types);
		return calendars;
	}

	private static void addRows(List<Task> into, List<PlanRow> rows, int[] lastId) {
		for (PlanRow row : rows) {
			Task task = FACTORY.createTask();
			task.setId(++lastId[0]);
			task.setName(row.name());
			task.setMeeting(Boolean.toString(row.milestone()));
			if (row.kind() != null) {
				CustomTaskProperty kind = FACTORY.createCustomTaskProperty();
				kind.setTaskpropertyId(KIND_ID);
				kind.setValueAttribute(row.kind());
				task.getCustomproperty().add(kind);
			}
			LocalDate start = row.start();
			if (start != null) {
				task.setStart(start.atStartOfDay());
				task.setDuration(row.milestone() ? 0 : (int) ChronoUnit.DAYS.between(start, row.finish()) + 1);
			}
			into.add(task);
			addRows(task.getTask(), row.children(), lastId);
		}
	}

	/** JAXB's context of the binding, made once: making it reads every class of the format. */
	private static final class Context {
		static final JAXBContext INSTANCE;
		static {
			try {
				INSTANCE = JAXBContext.newInstance(ObjectFactory.class.getPackageName(), ObjectFactory.class.getClassLoader());
			} catch (JAXBException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
