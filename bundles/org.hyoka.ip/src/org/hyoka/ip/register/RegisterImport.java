package org.hyoka.ip.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.core.csv.CsvRecords;
import org.hyoka.core.report.SafeText;
import org.hyoka.ip.AgreementParty;
import org.hyoka.ip.ApplicationStatus;
import org.hyoka.ip.Change;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.IpFactory;
import org.hyoka.ip.IpPackage;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.Ownership;
import org.hyoka.ip.PatentApplication;
import org.hyoka.ip.PartyRole;
import org.hyoka.ip.register.RegisterColumns.Column;
import org.hyoka.ip.register.RegisterColumns.Kind;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.base.Organization;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.persistence.Dates;
import org.hyoka.model.persistence.Ids;
import org.hyoka.model.program.Project;

/**
 * What importing a register table into a report would add, and what it cannot import. Malformed rows stop the
 * whole import with a {@link RegisterFormatException} naming each problem of every row by file and place, before
 * anything changes; a row
 * whose id the report already holds with other values is a {@link Conflict} and is left out, the rest still applies.
 * A row equal to what the report holds changes nothing.
 */
public final class RegisterImport {

	/** An object to add to a subject's register; {@code source} is where its id is ({@code file:line} or {@code file!sheet!cell}). */
	public record Addition(Identifiable object, EvaluationSubject subject, String source) {
	}

	/** A row left out: {@code source} is where its id is. */
	public record Conflict(String source, String message) {
	}

	private final List<Addition> additions;
	private final List<Conflict> conflicts;
	/** The meeting each decision goes into. */
	private final Map<Identifiable, EObject> meetings;

	private RegisterImport(List<Addition> additions, List<Conflict> conflicts, Map<Identifiable, EObject> meetings) {
		this.additions = List.copyOf(additions);
		this.conflicts = List.copyOf(conflicts);
		this.meetings = Map.copyOf(meetings);
	}

	public List<Addition> additions() {
		return additions;
	}

	public List<Conflict> conflicts() {
		return conflicts;
	}

	/** Adds the objects to their subjects' registers (decisions to their meetings), creating an IP scheme where a subject has none. */
	public void apply() {
		changes().forEach(Change::apply);
	}

	/**
	 * The changes {@link #apply} makes, in order, for an editor to run as commands: a new IP scheme added to a subject
	 * that has none comes before the objects added to it.
	 */
	public List<Change> changes() {
		List<Change> changes = new ArrayList<>();
		Map<EvaluationSubject, IPManagementScheme> created = new HashMap<>();
		for (Addition addition : additions) {
			Kind kind = RegisterColumns.kind(addition.object()).orElseThrow();
			EObject container = meetings.get(addition.object());
			if (container == null) {
				IPManagementScheme scheme = IpSchemes.of(addition.subject());
				if (scheme == null) {
					scheme = created.computeIfAbsent(addition.subject(), subject -> {
						IPManagementScheme fresh = IpFactory.eINSTANCE.createIPManagementScheme();
						changes.add(new Change(subject, ProgramPackage.Literals.EVALUATION_SUBJECT__EXTENSIONS, fresh));
						return fresh;
					});
				}
				container = scheme;
			}
			changes.add(new Change(container, kind.list(), addition.object()));
		}
		return changes;
	}

	@SuppressWarnings("unchecked")
	static EList<Object> values(EObject object, EStructuralFeature feature) {
		return (EList<Object>) object.eGet(feature);
	}

	/**
	 * Reads the rows of a CSV table: the first non-blank one is the header ({@link RegisterColumns#HEADER}, in any
	 * order), each other non-blank one a register object.
	 *
	 * @param file
	 *            the name messages give the table
	 */
	public static RegisterImport read(EvaluationReport report, String file, List<CsvRecords.Record> rows) throws RegisterFormatException {
		return readTable(report, file, TableRow.of(file, rows));
	}

	/**
	 * Reads the rows of a table, whatever its format: the first non-blank one is the header, each other non-blank one
	 * a register object.
	 *
	 * @param file
	 *            the name messages give the table when it is empty
	 */
	public static RegisterImport readTable(EvaluationReport report, String file, Iterable<TableRow> rows) throws RegisterFormatException {
		return new Reader(report).read(file, rows);
	}

	private static final class Reader {
		private final EvaluationReport report;
		private final Map<String, Identifiable> created = new HashMap<>();
		private final Map<Identifiable, EObject> meetings = new HashMap<>();
		private final List<Link> links = new ArrayList<>();
		private Map<String, Integer> columns;
		/** The index of the row being read, for the links it adds. */
		private int current;

		/** Work left until every row is read (a reference may name a row below), for the row that asked for it. */
		private record Link(int row, Runnable work) {
		}

		/** A problem of the row at that index, so that problems found once every row is read are told in table order. */
		private record Problem(int row, String text) {
		}

		Reader(EvaluationReport report) {
			this.report = report;
		}

		RegisterImport read(String file, Iterable<TableRow> rows) throws RegisterFormatException {
			List<TableRow> content = new ArrayList<>();
			rows.forEach(row -> {
				if (!row.blank()) {
					content.add(row);
				}
			});
			if (content.isEmpty()) {
				throw new RegisterFormatException(RegisterMessages.format("empty", file)); //$NON-NLS-1$
			}
			header(content.get(0));
			Map<Identifiable, TableRow> read = new LinkedHashMap<>();
			Map<Identifiable, EvaluationSubject> subjects = new HashMap<>();
			Set<String> ids = new HashSet<>();
			List<Conflict> conflicts = new ArrayList<>();
			List<Problem> problems = new ArrayList<>();
			// every row is read, a bad one too, so that one run names every problem of the table
			for (current = 1; current < content.size(); current++) {
				try {
					row(content.get(current), ids, read, subjects, conflicts);
				} catch (RegisterFormatException e) {
					int at = current;
					e.problems().forEach(problem -> problems.add(new Problem(at, problem)));
				}
			}
			for (Link link : links) {
				try {
					link.work().run();
				} catch (UnresolvedReference e) {
					problems.add(new Problem(link.row(), e.getMessage()));
				}
			}
			if (!problems.isEmpty()) {
				// stable: a row's own problems keep their order, its references come after them; a project cell read twice (its
				// column and the register it places the row in) is told once
				throw new RegisterFormatException(problems.stream().sorted(Comparator.comparingInt(Problem::row)).map(Problem::text)
						.distinct().toList());
			}
			List<Addition> additions = new ArrayList<>();
			read.forEach((object, row) -> {
				String source = place(row, "id"); //$NON-NLS-1$
				EvaluationSubject subject = meetingPlaced(object) ? subjectOf(meetings.get(object), subjects) : subjects.get(object);
				EObject existing = existing(object.getId());
				List<String> now = RegisterColumns.row(object, meetingPlaced(object) ? ((Identifiable) meetings.get(object)).getId()
						: subject instanceof Project project ? project.getId() : null);
				if (existing == null) {
					additions.add(new Addition(object, subject, source));
				} else if (!(existing instanceof Identifiable held) || !RegisterColumns.row(held).equals(now)) {
					conflicts.add(new Conflict(source, RegisterMessages.format("differs", object.getId(), //$NON-NLS-1$
							existing instanceof Identifiable held ? differences(RegisterColumns.row(held), now, held) : existing.eClass().getName())));
				}
			});
			return new RegisterImport(additions, conflicts, meetings);
		}

		/** Reads one row into {@code read}, or says everything wrong with it. */
		private void row(TableRow row, Set<String> ids, Map<Identifiable, TableRow> read, Map<Identifiable, EvaluationSubject> subjects,
				List<Conflict> conflicts) throws RegisterFormatException {
			refuseControls(row);
			String id = required(row, "id"); //$NON-NLS-1$
			String idProblem = Ids.problem(id);
			if (idProblem != null) {
				throw new RegisterFormatException(place(row, "id") + ": " + idProblem); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!ids.add(id)) {
				conflicts.add(new Conflict(place(row, "id"), RegisterMessages.format("twice", id))); //$NON-NLS-1$ //$NON-NLS-2$
				return;
			}
			List<String> problems = new ArrayList<>();
			Identifiable object = object(row, id, problems);
			if (!meetingPlaced(object)) {
				try {
					subjects.put(object, subject(row));
				} catch (RegisterFormatException e) {
					problems.addAll(e.problems());
				}
			}
			if (!problems.isEmpty()) {
				throw new RegisterFormatException(problems);
			}
			read.put(object, row);
		}

		private boolean meetingPlaced(Identifiable object) {
			return RegisterColumns.MEETING.equals(RegisterColumns.kind(object).orElseThrow().place());
		}

		/** The subject whose register holds a meeting, in the report or as the table places it. */
		private static EvaluationSubject subjectOf(EObject meeting, Map<Identifiable, EvaluationSubject> subjects) {
			EObject scheme = meeting.eContainer();
			return scheme != null && scheme.eContainer() instanceof EvaluationSubject subject ? subject : subjects.get(meeting);
		}

		private void header(TableRow header) throws RegisterFormatException {
			columns = new HashMap<>();
			List<String> problems = new ArrayList<>();
			for (int i = 0; i < header.cells().size(); i++) {
				String name = header.cells().get(i).strip().replace("\uFEFF", ""); //$NON-NLS-1$ //$NON-NLS-2$
				if (name.isEmpty() && i > 0) {
					continue; // a workbook's header often ends in empty formatted cells
				}
				if (!RegisterColumns.HEADER.contains(name)) {
					problems.add(problem(header.place().apply(i), "unknownColumn", name, String.join(", ", RegisterColumns.HEADER)).getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
				} else if (columns.put(name, i) != null) {
					problems.add(problem(header.place().apply(i), "repeatedColumn", name).getMessage()); //$NON-NLS-1$
				}
			}
			for (String needed : List.of("record", "id")) { //$NON-NLS-1$ //$NON-NLS-2$
				if (!columns.containsKey(needed)) {
					problems.add(problem(header.place().apply(0), "missingColumn", needed).getMessage()); //$NON-NLS-1$
				}
			}
			if (!problems.isEmpty()) {
				throw new RegisterFormatException(problems);
			}
		}

		/** A control character cannot be written to the file: refused at its cell before anything is added or printed. */
		private void refuseControls(TableRow row) throws RegisterFormatException {
			List<String> problems = new ArrayList<>();
			// in the table's order of columns, as a user reads the row
			columns.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(column -> {
				String cell = column.getValue() < row.cells().size() ? row.cells().get(column.getValue()) : ""; //$NON-NLS-1$
				int unfit = SafeText.firstUnfit(cell);
				if (unfit < cell.length()) {
					problems.add(problem(row.place().apply(column.getValue()), "control", column.getKey(), //$NON-NLS-1$
							String.format("U+%04X", (int) cell.charAt(unfit)), unfit + 1).getMessage()); //$NON-NLS-1$
				}
			});
			if (!problems.isEmpty()) {
				throw new RegisterFormatException(problems);
			}
		}

		/**
		 * The row's object; each cell that cannot be read adds its problem. Once its id and kind are known, other rows
		 * may refer to it, also when one of its cells is wrong: their references are not problems of their own.
		 */
		private Identifiable object(TableRow row, String id, List<String> problems) throws RegisterFormatException {
			String record = required(row, "record"); //$NON-NLS-1$
			Kind kind = RegisterColumns.kind(record).orElseThrow(() -> problem(place(row, "record"), "unknownRecord", record, //$NON-NLS-1$ //$NON-NLS-2$
					String.join(", ", RegisterColumns.KINDS.stream().map(Kind::name).toList()))); //$NON-NLS-1$
			Identifiable object = (Identifiable) EcoreUtil.create(kind.eClass());
			object.setId(id);
			if (existing(id) == null) {
				created.put(id, object);
			}
			for (Column column : kind.columns()) {
				try {
					String value = column.required() ? required(row, column.name()) : cell(row, column.name());
					if (value != null) {
						read(object, column, value, place(row, column.name()));
					}
				} catch (RegisterFormatException e) {
					problems.addAll(e.problems());
				}
			}
			// a table that leaves the status out of an application it gives a filing date means it filed (#47)
			if (object instanceof PatentApplication application && application.getFilingDate() != null && cell(row, "status") == null) { //$NON-NLS-1$
				application.setStatus(ApplicationStatus.FILED);
			}
			if (RegisterColumns.MEETING.equals(kind.place())) {
				try {
					String meeting = required(row, RegisterColumns.MEETING);
					link(meeting, IpPackage.Literals.COMMITTEE_MEETING, RegisterColumns.MEETING, place(row, RegisterColumns.MEETING),
							found -> meetings.put(object, found));
				} catch (RegisterFormatException e) {
					problems.addAll(e.problems());
				}
			}
			return object;
		}

		/** Sets a feature from its cell; references are checked and set once every row is read. */
		private void read(Identifiable object, Column column, String value, String at) throws RegisterFormatException {
			EStructuralFeature feature = column.feature();
			switch (column.codec()) {
			case TEXT -> object.eSet(feature, value);
			case TEXTS -> values(object, feature).addAll(list(value));
			case DATE -> object.eSet(feature, date(column.name(), value, at));
			case FLAG -> object.eSet(feature, flag(column.name(), value, at));
			case INTEGER -> object.eSet(feature, integer(column.name(), value, at));
			case LITERAL -> object.eSet(feature, literal((EEnum) feature.getEType(), column.name(), value, at).getInstance());
			case ORGANIZATION -> object.eSet(feature, organization(value, column.name(), at));
			case PROJECT -> object.eSet(feature, project(value, column.name(), at));
			case ORGANIZATIONS -> addEach(object, feature, value, each -> organization(each, column.name(), at));
			case PROJECTS -> addEach(object, feature, value, each -> project(each, column.name(), at));
			case REFERENCE -> link(value, ((EReference) feature).getEReferenceType(), column.name(), at, found -> object.eSet(feature, found));
			case REFERENCES -> {
				for (String each : list(value)) {
					link(each, ((EReference) feature).getEReferenceType(), column.name(), at, found -> values(object, feature).add(found));
				}
			}
			case OWNERS -> {
				addEach(object, feature, value, each -> owner(each, column.name(), at));
				String over = Shares.sumProblem(((List<?>) object.eGet(feature)).stream().map(owner -> ((Ownership) owner).getShare()).toList());
				if (over != null) {
					throw new RegisterFormatException(at + ": " + over); //$NON-NLS-1$
				}
			}
			case PARTIES -> addEach(object, feature, value, each -> party(each, column.name(), at));
			}
		}

		/** Reads one cell of a list. */
		private interface ListItem {
			Object read(String item) throws RegisterFormatException;
		}

		private static void addEach(EObject object, EStructuralFeature feature, String cell, ListItem item) throws RegisterFormatException {
			for (String each : list(cell)) {
				values(object, feature).add(item.read(each));
			}
		}

		/**
		 * Once every row is read, hands the object of the type the id names, in the report or a row of the table, to
		 * {@code then}; an id naming nothing of the type is a problem of the row.
		 */
		private void link(String id, EClass type, String column, String at, Consumer<Identifiable> then) {
			links.add(new Link(current, () -> {
				Identifiable found = find(id);
				if (!type.isInstance(found)) {
					throw new UnresolvedReference(at + ": " + RegisterMessages.format("wrongReference", column, id, type.getName())); //$NON-NLS-1$ //$NON-NLS-2$
				}
				then.accept(found);
			}));
		}

		private Identifiable find(String id) {
			EObject held = existing(id);
			return held != null ? (held instanceof Identifiable identifiable ? identifiable : null) : created.get(id);
		}

		private EObject existing(String id) {
			return report.eResource() == null ? null : report.eResource().getEObject(id);
		}

		private Ownership owner(String cell, String column, String at) throws RegisterFormatException {
			Ownership owner = IpFactory.eINSTANCE.createOwnership();
			int colon = cell.lastIndexOf(':');
			owner.setOrganization(organization(colon < 0 ? cell : cell.substring(0, colon).strip(), column, at));
			if (colon >= 0) {
				try {
					owner.setShare(Shares.parse(cell.substring(colon + 1)));
				} catch (NumberFormatException e) {
					throw problem(at, "notAShare", cell); //$NON-NLS-1$
				} catch (IllegalArgumentException e) {
					throw new RegisterFormatException(at + ": " + e.getMessage()); //$NON-NLS-1$
				}
			}
			return owner;
		}

		private AgreementParty party(String cell, String column, String at) throws RegisterFormatException {
			AgreementParty party = IpFactory.eINSTANCE.createAgreementParty();
			int colon = cell.lastIndexOf(':');
			party.setOrganization(organization(colon < 0 ? cell : cell.substring(0, colon).strip(), column, at));
			if (colon >= 0) {
				party.setPartyRole((PartyRole) literal(IpPackage.Literals.PARTY_ROLE, column, cell.substring(colon + 1).strip(), at)
						.getInstance());
			}
			return party;
		}

		private Organization organization(String name, String column, String at) throws RegisterFormatException {
			return report.getOrganizations().stream().filter(each -> name.equals(each.getId()) || name.equals(each.getNameJa()))
					.findFirst().orElseThrow(() -> problem(at, "unknownOrganization", column, name)); //$NON-NLS-1$
		}

		private Project project(String name, String column, String at) throws RegisterFormatException {
			return projects().filter(each -> name.equals(each.getId()) || name.equals(each.getLetterCode())).findFirst()
					.orElseThrow(() -> problem(at, "unknownProject", column, name)); //$NON-NLS-1$
		}

		private EvaluationSubject subject(TableRow row) throws RegisterFormatException {
			String project = cell(row, RegisterColumns.PROJECT);
			EvaluationSubject subject = project == null ? report.getProgram()
					: project(project, RegisterColumns.PROJECT, place(row, RegisterColumns.PROJECT));
			if (subject == null) {
				throw problem(place(row, "id"), "noProgram"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return subject;
		}
		private Stream<Project> projects() {
			return report.getProgram() == null ? Stream.empty() : report.getProgram().getProjects().stream();
		}

		private static LocalDate date(String column, String value, String at) throws RegisterFormatException {
			return Dates.parse(value).orElseThrow(() -> Dates.written(value)
					? problem(at, "dateOutOfRange", column, value, String.valueOf(Dates.FIRST_YEAR), String.valueOf(Dates.LAST_YEAR)) //$NON-NLS-1$
					: problem(at, "notADate", column, value)); //$NON-NLS-1$
		}

		private static Boolean flag(String column, String value, String at) throws RegisterFormatException {
			if (!value.equals("true") && !value.equals("false")) { //$NON-NLS-1$ //$NON-NLS-2$
				throw problem(at, "notAFlag", column, value); //$NON-NLS-1$
			}
			return Boolean.valueOf(value);
		}

		private static Integer integer(String column, String value, String at) throws RegisterFormatException {
			try {
				return Integer.valueOf(value);
			} catch (NumberFormatException e) {
				throw problem(at, "notAnInteger", column, value); //$NON-NLS-1$
			}
		}

		private static EEnumLiteral literal(EEnum type, String column, String value, String at) throws RegisterFormatException {
			EEnumLiteral literal = type.getEEnumLiteral(value);
			if (literal == null) {
				throw problem(at, "notAllowed", column, value, String.join(", ", type.getELiterals().stream().map(EEnumLiteral::getName).toList())); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return literal;
		}

		private String required(TableRow row, String column) throws RegisterFormatException {
			String value = cell(row, column);
			if (value == null) {
				throw problem(place(row, column), "missingValue", column); //$NON-NLS-1$
			}
			return value;
		}

		/** The trimmed cell, {@code null} when empty or absent. */
		private String cell(TableRow row, String column) {
			Integer index = columns.get(column);
			if (index == null || index >= row.cells().size()) {
				return null;
			}
			String value = row.cells().get(index).strip();
			return value.isEmpty() ? null : value;
		}

		/** Where a column's cell of the row is, or the row's first cell when the table has no such column. */
		private String place(TableRow row, String column) {
			return row.place().apply(columns.getOrDefault(column, 0));
		}

		private static List<String> list(String cell) {
			return Stream.of(cell.split(";")).map(String::strip).filter(each -> !each.isEmpty()).toList(); //$NON-NLS-1$
		}

		private static String differences(List<String> old, List<String> now, Identifiable held) {
			if (old.isEmpty() || now.isEmpty()) {
				return held.eClass().getName();
			}
			return String.join(", ", IntStream.range(0, RegisterColumns.HEADER.size()).filter(i -> !old.get(i).equals(now.get(i))) //$NON-NLS-1$
					.mapToObj(i -> RegisterColumns.HEADER.get(i) + " " + old.get(i) + " \u2192 " + now.get(i)).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		}

		private static RegisterFormatException problem(String at, String key, Object... arguments) {
			return new RegisterFormatException(at + ": " + RegisterMessages.format(key, arguments)); //$NON-NLS-1$
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
