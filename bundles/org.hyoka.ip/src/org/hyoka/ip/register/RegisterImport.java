package org.hyoka.ip.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.csv.CsvRecords;
import org.hyoka.ip.ApplicationKind;
import org.hyoka.ip.ApplicationStatus;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.IpFactory;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.Ownership;
import org.hyoka.ip.PatentApplication;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.base.Organization;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Project;

/**
 * What importing a register table into a report would add, and what it cannot import. A malformed row stops the
 * whole import with a {@link RegisterFormatException} naming the file and line, before anything changes; a row whose
 * id the report already holds with other values is a {@link Conflict} and is left out, the rest still applies. A row
 * equal to what the report holds changes nothing.
 */
public final class RegisterImport {

	/** An object to add to a subject's register; {@code source} is {@code file:line}. */
	public record Addition(Identifiable object, EvaluationSubject subject, String source) {
	}

	/** A row left out: {@code source} is {@code file:line}. */
	public record Conflict(String source, String message) {
	}

	private final List<Addition> additions;
	private final List<Conflict> conflicts;

	private RegisterImport(List<Addition> additions, List<Conflict> conflicts) {
		this.additions = List.copyOf(additions);
		this.conflicts = List.copyOf(conflicts);
	}

	public List<Addition> additions() {
		return additions;
	}

	public List<Conflict> conflicts() {
		return conflicts;
	}

	/** Adds the objects to their subjects' registers, creating a subject's IP scheme where it has none. */
	public void apply() {
		for (Addition addition : additions) {
			IPManagementScheme scheme = IpSchemes.of(addition.subject());
			if (scheme == null) {
				scheme = IpFactory.eINSTANCE.createIPManagementScheme();
				addition.subject().getExtensions().add(scheme);
			}
			switch (addition.object()) {
			case InventionDisclosure invention -> scheme.getInventions().add(invention);
			case PatentApplication application -> scheme.getApplications().add(application);
			default -> throw new IllegalStateException(addition.object().getClass().getName());
			}
		}
	}

	/**
	 * Reads the rows of a table: the first non-blank one is the header ({@link RegisterColumns#HEADER}, in any order),
	 * each other non-blank one an invention or application.
	 *
	 * @param file
	 *            the name messages give the table
	 */
	public static RegisterImport read(EvaluationReport report, String file, List<CsvRecords.Record> rows) throws RegisterFormatException {
		return new Reader(report, file).read(rows);
	}

	private static final class Reader {
		private final EvaluationReport report;
		private final String file;
		private final Map<String, Identifiable> created = new HashMap<>();
		private final List<Runnable> links = new ArrayList<>();
		private Map<String, Integer> columns;
		private int line;

		Reader(EvaluationReport report, String file) {
			this.report = report;
			this.file = file;
		}

		RegisterImport read(List<CsvRecords.Record> rows) throws RegisterFormatException {
			List<CsvRecords.Record> content = rows.stream().filter(row -> !row.blank()).toList();
			if (content.isEmpty()) {
				throw new RegisterFormatException(RegisterMessages.format("empty", file)); //$NON-NLS-1$
			}
			header(content.get(0));
			Map<Identifiable, CsvRecords.Record> read = new LinkedHashMap<>();
			Map<Identifiable, EvaluationSubject> subjects = new HashMap<>();
			Set<String> ids = new HashSet<>();
			List<Conflict> conflicts = new ArrayList<>();
			for (CsvRecords.Record row : content.subList(1, content.size())) {
				line = row.line();
				String id = required(row, "id"); //$NON-NLS-1$
				if (!ids.add(id)) {
					conflicts.add(new Conflict(file + ":" + line, RegisterMessages.format("twice", id))); //$NON-NLS-1$ //$NON-NLS-2$
					continue;
				}
				Identifiable object = object(row, id);
				read.put(object, row);
				subjects.put(object, subject(cell(row, "project"))); //$NON-NLS-1$
				if (existing(id) == null) {
					created.put(id, object);
				}
			}
			try {
				links.forEach(Runnable::run);
			} catch (UnresolvedReference e) {
				throw new RegisterFormatException(e.getMessage());
			}
			List<Addition> additions = new ArrayList<>();
			read.forEach((object, row) -> {
				String source = file + ":" + row.line(); //$NON-NLS-1$
				EObject existing = existing(object.getId());
				if (existing == null) {
					additions.add(new Addition(object, subjects.get(object), source));
				} else if (!(existing instanceof Identifiable held) || !RegisterColumns.row(held).equals(RegisterColumns.row(object))) {
					conflicts.add(new Conflict(source, RegisterMessages.format("differs", object.getId(), //$NON-NLS-1$
							existing instanceof Identifiable held ? differences(held, object) : existing.eClass().getName())));
				}
			});
			return new RegisterImport(additions, conflicts);
		}

		private void header(CsvRecords.Record header) throws RegisterFormatException {
			line = header.line();
			columns = new HashMap<>();
			for (int i = 0; i < header.fields().size(); i++) {
				String name = header.fields().get(i).strip().replace("\uFEFF", ""); //$NON-NLS-1$ //$NON-NLS-2$
				if (!RegisterColumns.HEADER.contains(name)) {
					throw problem("unknownColumn", name, String.join(", ", RegisterColumns.HEADER)); //$NON-NLS-1$ //$NON-NLS-2$
				}
				if (columns.put(name, i) != null) {
					throw problem("repeatedColumn", name); //$NON-NLS-1$
				}
			}
			for (String needed : List.of("record", "id")) { //$NON-NLS-1$ //$NON-NLS-2$
				if (!columns.containsKey(needed)) {
					throw problem("missingColumn", needed); //$NON-NLS-1$
				}
			}
		}

		private Identifiable object(CsvRecords.Record row, String id) throws RegisterFormatException {
			String record = required(row, "record"); //$NON-NLS-1$
			IpFactory ip = IpFactory.eINSTANCE;
			if (RegisterColumns.INVENTION.equals(record)) {
				InventionDisclosure invention = ip.createInventionDisclosure();
				invention.setId(id);
				invention.setProject(project(cell(row, "project"))); //$NON-NLS-1$
				invention.setTitleJa(cell(row, "title")); //$NON-NLS-1$
				invention.getInventors().addAll(list(cell(row, "inventors"))); //$NON-NLS-1$
				for (String organization : list(cell(row, "organizations"))) { //$NON-NLS-1$
					invention.getOrganizations().add(organization(organization));
				}
				invention.setDisclosedDate(date(row, "disclosed")); //$NON-NLS-1$
				invention.setReportedDate(date(row, "reported")); //$NON-NLS-1$
				return invention;
			}
			if (!RegisterColumns.APPLICATION.equals(record)) {
				throw problem("unknownRecord", record); //$NON-NLS-1$
			}
			PatentApplication application = ip.createPatentApplication();
			application.setId(id);
			application.setProject(project(cell(row, "project"))); //$NON-NLS-1$
			application.setTitleJa(cell(row, "title")); //$NON-NLS-1$
			application.setKind(literal(ApplicationKind.getByName(required(row, "route")), "route", cell(row, "route"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					ApplicationKind.VALUES));
			application.setApplicationNumber(cell(row, "number")); //$NON-NLS-1$
			application.setFilingDate(date(row, "filed")); //$NON-NLS-1$
			application.setPriorityDate(date(row, "priority")); //$NON-NLS-1$
			application.getCountries().addAll(list(cell(row, "countries"))); //$NON-NLS-1$
			String status = cell(row, "status"); //$NON-NLS-1$
			if (status != null) {
				application.setStatus(literal(ApplicationStatus.getByName(status), "status", status, ApplicationStatus.VALUES)); //$NON-NLS-1$
			}
			application.setStatusDate(date(row, "statusDate")); //$NON-NLS-1$
			for (String owner : list(cell(row, "owners"))) { //$NON-NLS-1$
				application.getOwners().add(owner(owner));
			}
			String invention = cell(row, "invention"); //$NON-NLS-1$
			String basedOn = cell(row, "basedOn"); //$NON-NLS-1$
			int at = line;
			if (invention != null) {
				reference(invention, InventionDisclosure.class, "invention", at); //$NON-NLS-1$
				links.add(() -> application.setInvention((InventionDisclosure) find(invention)));
			}
			if (basedOn != null) {
				reference(basedOn, PatentApplication.class, "basedOn", at); //$NON-NLS-1$
				links.add(() -> application.setBasedOn((PatentApplication) find(basedOn)));
			}
			return application;
		}

		/** A reference must name an object of the type in the report, or in a row of the table (checked at the end). */
		private void reference(String id, Class<? extends Identifiable> type, String column, int at) throws RegisterFormatException {
			EObject held = existing(id);
			if (held != null && !type.isInstance(held)) {
				throw problem("wrongReference", column, id); //$NON-NLS-1$
			}
			if (held == null) {
				links.add(() -> {
					if (!type.isInstance(created.get(id))) {
						throw new UnresolvedReference(file + ":" + at + ": " + RegisterMessages.format("wrongReference", column, id)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
				});
			}
		}

		private Identifiable find(String id) {
			EObject held = existing(id);
			return held instanceof Identifiable identifiable ? identifiable : created.get(id);
		}

		private EObject existing(String id) {
			return report.eResource() == null ? null : report.eResource().getEObject(id);
		}

		private Ownership owner(String cell) throws RegisterFormatException {
			Ownership owner = IpFactory.eINSTANCE.createOwnership();
			int colon = cell.lastIndexOf(':');
			owner.setOrganization(organization(colon < 0 ? cell : cell.substring(0, colon).strip()));
			if (colon >= 0) {
				try {
					owner.setShare(new BigDecimal(cell.substring(colon + 1).strip()));
				} catch (NumberFormatException e) {
					throw problem("notAShare", cell); //$NON-NLS-1$
				}
			}
			return owner;
		}

		private Organization organization(String name) throws RegisterFormatException {
			return report.getOrganizations().stream().filter(each -> name.equals(each.getId()) || name.equals(each.getNameJa()))
					.findFirst().orElseThrow(() -> problem("unknownOrganization", name)); //$NON-NLS-1$
		}

		private Project project(String name) throws RegisterFormatException {
			if (name == null) {
				return null;
			}
			return projects().filter(each -> name.equals(each.getId()) || name.equals(each.getLetterCode())).findFirst()
					.orElseThrow(() -> problem("unknownProject", name)); //$NON-NLS-1$
		}

		private EvaluationSubject subject(String project) throws RegisterFormatException {
			EvaluationSubject subject = project == null ? report.getProgram() : project(project);
			if (subject == null) {
				throw problem("noProgram"); //$NON-NLS-1$
			}
			return subject;
		}

		private Stream<Project> projects() {
			return report.getProgram() == null ? Stream.empty() : report.getProgram().getProjects().stream();
		}

		private LocalDate date(CsvRecords.Record row, String column) throws RegisterFormatException {
			String value = cell(row, column);
			try {
				return value == null ? null : LocalDate.parse(value);
			} catch (DateTimeParseException e) {
				throw problem("notADate", column, value); //$NON-NLS-1$
			}
		}

		private <T> T literal(T literal, String column, String value, List<?> allowed) throws RegisterFormatException {
			if (literal == null) {
				throw problem("notAllowed", column, value, String.join(", ", allowed.stream().map(Object::toString).toList())); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return literal;
		}

		private String required(CsvRecords.Record row, String column) throws RegisterFormatException {
			String value = cell(row, column);
			if (value == null) {
				throw problem("missingValue", column); //$NON-NLS-1$
			}
			return value;
		}

		/** The trimmed cell, {@code null} when empty or absent. */
		private String cell(CsvRecords.Record row, String column) {
			Integer index = columns.get(column);
			if (index == null || index >= row.fields().size()) {
				return null;
			}
			String value = row.fields().get(index).strip();
			return value.isEmpty() ? null : value;
		}

		private static List<String> list(String cell) {
			return cell == null ? List.of() : Stream.of(cell.split(";")).map(String::strip).filter(each -> !each.isEmpty()).toList(); //$NON-NLS-1$
		}

		private String differences(Identifiable held, Identifiable read) {
			List<String> old = RegisterColumns.row(held);
			List<String> now = RegisterColumns.row(read);
			if (old.isEmpty() || now.isEmpty()) {
				return held.eClass().getName();
			}
			return String.join(", ", IntStream.range(0, RegisterColumns.HEADER.size()).filter(i -> !old.get(i).equals(now.get(i))) //$NON-NLS-1$
					.mapToObj(i -> RegisterColumns.HEADER.get(i) + " " + old.get(i) + " \u2192 " + now.get(i)).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		}

		private RegisterFormatException problem(String key, Object... arguments) {
			return new RegisterFormatException(file + ":" + line + ": " + RegisterMessages.format(key, arguments)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** A reference found wrong only once every row was read; turned into a {@link RegisterFormatException}. */
	private static final class UnresolvedReference extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UnresolvedReference(String message) {
			super(message);
		}
	}
}
