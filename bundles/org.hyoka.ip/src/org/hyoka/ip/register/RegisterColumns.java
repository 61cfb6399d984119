package org.hyoka.ip.register;

import static org.hyoka.ip.IpPackage.Literals.AGENCY_REPORT;
import static org.hyoka.ip.IpPackage.Literals.AGENCY_REPORT__CONCERNS;
import static org.hyoka.ip.IpPackage.Literals.AGENCY_REPORT__DUE_DATE;
import static org.hyoka.ip.IpPackage.Literals.AGENCY_REPORT__KIND;
import static org.hyoka.ip.IpPackage.Literals.AGENCY_REPORT__SENT_DATE;
import static org.hyoka.ip.IpPackage.Literals.AGREEMENT_PARTY__PARTY_ROLE;
import static org.hyoka.ip.IpPackage.Literals.COMMITTEE_DECISION;
import static org.hyoka.ip.IpPackage.Literals.COMMITTEE_DECISION__CONCERNS;
import static org.hyoka.ip.IpPackage.Literals.COMMITTEE_DECISION__OUTCOME;
import static org.hyoka.ip.IpPackage.Literals.COMMITTEE_DECISION__SUBJECT_JA;
import static org.hyoka.ip.IpPackage.Literals.COMMITTEE_MEETING;
import static org.hyoka.ip.IpPackage.Literals.COMMITTEE_MEETING__COMMITTEE;
import static org.hyoka.ip.IpPackage.Literals.COMMITTEE_MEETING__DATE;
import static org.hyoka.ip.IpPackage.Literals.COMMITTEE_MEETING__DECISIONS;
import static org.hyoka.ip.IpPackage.Literals.COMMITTEE_MEETING__NUMBER;
import static org.hyoka.ip.IpPackage.Literals.INVENTION_DISCLOSURE;
import static org.hyoka.ip.IpPackage.Literals.INVENTION_DISCLOSURE__DISCLOSED_DATE;
import static org.hyoka.ip.IpPackage.Literals.INVENTION_DISCLOSURE__INVENTORS;
import static org.hyoka.ip.IpPackage.Literals.INVENTION_DISCLOSURE__ORGANIZATIONS;
import static org.hyoka.ip.IpPackage.Literals.INVENTION_DISCLOSURE__PROJECT;
import static org.hyoka.ip.IpPackage.Literals.INVENTION_DISCLOSURE__REPORTED_DATE;
import static org.hyoka.ip.IpPackage.Literals.INVENTION_DISCLOSURE__TITLE_JA;
import static org.hyoka.ip.IpPackage.Literals.IP_AGREEMENT;
import static org.hyoka.ip.IpPackage.Literals.IP_AGREEMENT__COVERS_ALL_PARTICIPANTS;
import static org.hyoka.ip.IpPackage.Literals.IP_AGREEMENT__DECLARED_PARTY_COUNT;
import static org.hyoka.ip.IpPackage.Literals.IP_AGREEMENT__EFFORT_ONLY;
import static org.hyoka.ip.IpPackage.Literals.IP_AGREEMENT__EXPIRY_DATE;
import static org.hyoka.ip.IpPackage.Literals.IP_AGREEMENT__PARTIES;
import static org.hyoka.ip.IpPackage.Literals.IP_AGREEMENT__PROJECTS;
import static org.hyoka.ip.IpPackage.Literals.IP_AGREEMENT__RENEWED_DATE;
import static org.hyoka.ip.IpPackage.Literals.IP_INSTRUMENT__CONCLUDED;
import static org.hyoka.ip.IpPackage.Literals.IP_INSTRUMENT__CONCLUDED_DATE;
import static org.hyoka.ip.IpPackage.Literals.IP_INSTRUMENT__ISSUER;
import static org.hyoka.ip.IpPackage.Literals.IP_INSTRUMENT__PRINTED_FACT;
import static org.hyoka.ip.IpPackage.Literals.IP_INSTRUMENT__SCOPE;
import static org.hyoka.ip.IpPackage.Literals.IP_INSTRUMENT__TITLE_JA;
import static org.hyoka.ip.IpPackage.Literals.IP_INSTRUMENT__TYPE;
import static org.hyoka.ip.IpPackage.Literals.IP_MANAGEMENT_SCHEME__AGENCY_REPORTS;
import static org.hyoka.ip.IpPackage.Literals.IP_MANAGEMENT_SCHEME__AGREEMENTS;
import static org.hyoka.ip.IpPackage.Literals.IP_MANAGEMENT_SCHEME__APPLICATIONS;
import static org.hyoka.ip.IpPackage.Literals.IP_MANAGEMENT_SCHEME__INVENTIONS;
import static org.hyoka.ip.IpPackage.Literals.IP_MANAGEMENT_SCHEME__LICENCES;
import static org.hyoka.ip.IpPackage.Literals.IP_MANAGEMENT_SCHEME__MEETINGS;
import static org.hyoka.ip.IpPackage.Literals.IP_MANAGEMENT_SCHEME__OFFICE_ACTIONS;
import static org.hyoka.ip.IpPackage.Literals.LICENCE;
import static org.hyoka.ip.IpPackage.Literals.LICENCE__CONCLUDED_DATE;
import static org.hyoka.ip.IpPackage.Literals.LICENCE__DECISION;
import static org.hyoka.ip.IpPackage.Literals.LICENCE__END_DATE;
import static org.hyoka.ip.IpPackage.Literals.LICENCE__EXCLUSIVE;
import static org.hyoka.ip.IpPackage.Literals.LICENCE__FIELD;
import static org.hyoka.ip.IpPackage.Literals.LICENCE__LICENSEE;
import static org.hyoka.ip.IpPackage.Literals.LICENCE__RIGHTS;
import static org.hyoka.ip.IpPackage.Literals.LICENCE__RIGHTS_TEXT;
import static org.hyoka.ip.IpPackage.Literals.LICENCE__START_DATE;
import static org.hyoka.ip.IpPackage.Literals.LICENCE__TERRITORY;
import static org.hyoka.ip.IpPackage.Literals.LICENCE__TRANSFER;
import static org.hyoka.ip.IpPackage.Literals.OFFICE_ACTION;
import static org.hyoka.ip.IpPackage.Literals.OFFICE_ACTION__APPLICATION;
import static org.hyoka.ip.IpPackage.Literals.OFFICE_ACTION__DATE;
import static org.hyoka.ip.IpPackage.Literals.OFFICE_ACTION__PERIOD_UNIT;
import static org.hyoka.ip.IpPackage.Literals.OFFICE_ACTION__RESPONDED_DATE;
import static org.hyoka.ip.IpPackage.Literals.OFFICE_ACTION__RESPONSE_PERIOD;
import static org.hyoka.ip.IpPackage.Literals.PATENT_APPLICATION;
import static org.hyoka.ip.IpPackage.Literals.PATENT_APPLICATION__APPLICATION_NUMBER;
import static org.hyoka.ip.IpPackage.Literals.PATENT_APPLICATION__BASED_ON;
import static org.hyoka.ip.IpPackage.Literals.PATENT_APPLICATION__COUNTRIES;
import static org.hyoka.ip.IpPackage.Literals.PATENT_APPLICATION__FILING_DATE;
import static org.hyoka.ip.IpPackage.Literals.PATENT_APPLICATION__INVENTION;
import static org.hyoka.ip.IpPackage.Literals.PATENT_APPLICATION__KIND;
import static org.hyoka.ip.IpPackage.Literals.PATENT_APPLICATION__OWNERS;
import static org.hyoka.ip.IpPackage.Literals.PATENT_APPLICATION__PAID_THROUGH_YEAR;
import static org.hyoka.ip.IpPackage.Literals.PATENT_APPLICATION__PRIORITY_DATE;
import static org.hyoka.ip.IpPackage.Literals.PATENT_APPLICATION__PROJECT;
import static org.hyoka.ip.IpPackage.Literals.PATENT_APPLICATION__STATUS;
import static org.hyoka.ip.IpPackage.Literals.PATENT_APPLICATION__STATUS_DATE;
import static org.hyoka.ip.IpPackage.Literals.PATENT_APPLICATION__TITLE_JA;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hyoka.core.csv.CsvWriter;
import org.hyoka.ip.AgreementParty;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.Ownership;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.program.Project;

/**
 * The columns of a register table (CSV or XLSX, docs/ip.md): one row per agreement, invention, application, licence,
 * committee meeting, committee decision, report to the agency or office action, its kind in the {@code record} column. Lists inside
 * a cell are separated by {@code ;}, an owner's share or a party's role follows its organization after {@code :},
 * dates are ISO ({@code 2024-02-29}), flags {@code true} or {@code false}, enumerations by their literal's name.
 */
public final class RegisterColumns {

	/** The header, in order: the first eighteen as in the first tables, then those of the other records. */
	public static final List<String> HEADER = List.of("record", "id", "project", "title", "route", "number", "invention", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"filed", "priority", "basedOn", "countries", "status", "statusDate", "owners", "inventors", "organizations", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"disclosed", "reported", //$NON-NLS-1$ //$NON-NLS-2$
			"type", "issuer", "scope", "concluded", "signed", "printed", "parties", "partyCount", "allParticipants", "effortOnly", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"expiry", "renewed", "projects", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"licensee", "rights", "rightsText", "exclusive", "transfer", "field", "territory", "start", "end", "decision", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"committee", "date", "meeting", "outcome", "concerns", "kind", "due", "sent", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"paidThrough", "period", "unit", "responded"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	static final String PROJECT = "project"; //$NON-NLS-1$
	static final String MEETING = "meeting"; //$NON-NLS-1$

	/** How a cell holds a feature's value. */
	enum Codec {
		TEXT, TEXTS, DATE, FLAG, INTEGER, LITERAL, ORGANIZATION, ORGANIZATIONS, PROJECT, PROJECTS, REFERENCE, REFERENCES, OWNERS, PARTIES
	}

	/** A column of a record: the feature it holds and how. */
	record Column(String name, EStructuralFeature feature, Codec codec, boolean required) {
		Column(String name, EStructuralFeature feature, Codec codec) {
			this(name, feature, codec, false);
		}
	}

	/**
	 * A kind of row: its name in the {@code record} column, its class, where the register holds it and its columns.
	 * {@code place} is the column that says where it goes: {@code project} (the subject whose register holds it; empty:
	 * the program's), {@code meeting} for a decision, or null when its own {@code project} column says so.
	 */
	record Kind(String name, EClass eClass, EReference list, String place, List<Column> columns) {
	}

	/** Every kind, in the order a table lists them (a row may refer to rows above or below it). */
	static final List<Kind> KINDS = List.of( //
			new Kind("agreement", IP_AGREEMENT, IP_MANAGEMENT_SCHEME__AGREEMENTS, PROJECT, List.of( //$NON-NLS-1$
					new Column("title", IP_INSTRUMENT__TITLE_JA, Codec.TEXT), //$NON-NLS-1$
					new Column("type", IP_INSTRUMENT__TYPE, Codec.LITERAL), //$NON-NLS-1$
					new Column("issuer", IP_INSTRUMENT__ISSUER, Codec.ORGANIZATION), //$NON-NLS-1$
					new Column("scope", IP_INSTRUMENT__SCOPE, Codec.LITERAL), //$NON-NLS-1$
					new Column("concluded", IP_INSTRUMENT__CONCLUDED, Codec.FLAG), //$NON-NLS-1$
					new Column("signed", IP_INSTRUMENT__CONCLUDED_DATE, Codec.DATE), //$NON-NLS-1$
					new Column("printed", IP_INSTRUMENT__PRINTED_FACT, Codec.TEXT), //$NON-NLS-1$
					new Column("parties", IP_AGREEMENT__PARTIES, Codec.PARTIES), //$NON-NLS-1$
					new Column("partyCount", IP_AGREEMENT__DECLARED_PARTY_COUNT, Codec.INTEGER), //$NON-NLS-1$
					new Column("allParticipants", IP_AGREEMENT__COVERS_ALL_PARTICIPANTS, Codec.FLAG), //$NON-NLS-1$
					new Column("effortOnly", IP_AGREEMENT__EFFORT_ONLY, Codec.FLAG), //$NON-NLS-1$
					new Column("expiry", IP_AGREEMENT__EXPIRY_DATE, Codec.DATE), //$NON-NLS-1$
					new Column("renewed", IP_AGREEMENT__RENEWED_DATE, Codec.DATE), //$NON-NLS-1$
					new Column("projects", IP_AGREEMENT__PROJECTS, Codec.PROJECTS))), //$NON-NLS-1$
			new Kind("invention", INVENTION_DISCLOSURE, IP_MANAGEMENT_SCHEME__INVENTIONS, null, List.of( //$NON-NLS-1$
					new Column(PROJECT, INVENTION_DISCLOSURE__PROJECT, Codec.PROJECT), //
					new Column("title", INVENTION_DISCLOSURE__TITLE_JA, Codec.TEXT), //$NON-NLS-1$
					new Column("inventors", INVENTION_DISCLOSURE__INVENTORS, Codec.TEXTS), //$NON-NLS-1$
					new Column("organizations", INVENTION_DISCLOSURE__ORGANIZATIONS, Codec.ORGANIZATIONS), //$NON-NLS-1$
					new Column("disclosed", INVENTION_DISCLOSURE__DISCLOSED_DATE, Codec.DATE), //$NON-NLS-1$
					new Column("reported", INVENTION_DISCLOSURE__REPORTED_DATE, Codec.DATE))), //$NON-NLS-1$
			new Kind("application", PATENT_APPLICATION, IP_MANAGEMENT_SCHEME__APPLICATIONS, null, List.of( //$NON-NLS-1$
					new Column(PROJECT, PATENT_APPLICATION__PROJECT, Codec.PROJECT), //
					new Column("title", PATENT_APPLICATION__TITLE_JA, Codec.TEXT), //$NON-NLS-1$
					new Column("route", PATENT_APPLICATION__KIND, Codec.LITERAL, true), //$NON-NLS-1$
					new Column("number", PATENT_APPLICATION__APPLICATION_NUMBER, Codec.TEXT), //$NON-NLS-1$
					new Column("invention", PATENT_APPLICATION__INVENTION, Codec.REFERENCE), //$NON-NLS-1$
					new Column("filed", PATENT_APPLICATION__FILING_DATE, Codec.DATE), //$NON-NLS-1$
					new Column("priority", PATENT_APPLICATION__PRIORITY_DATE, Codec.DATE), //$NON-NLS-1$
					new Column("basedOn", PATENT_APPLICATION__BASED_ON, Codec.REFERENCE), //$NON-NLS-1$
					new Column("countries", PATENT_APPLICATION__COUNTRIES, Codec.TEXTS), //$NON-NLS-1$
					new Column("status", PATENT_APPLICATION__STATUS, Codec.LITERAL), //$NON-NLS-1$
					new Column("statusDate", PATENT_APPLICATION__STATUS_DATE, Codec.DATE), //$NON-NLS-1$
					new Column("owners", PATENT_APPLICATION__OWNERS, Codec.OWNERS), //$NON-NLS-1$
					new Column("paidThrough", PATENT_APPLICATION__PAID_THROUGH_YEAR, Codec.INTEGER))), //$NON-NLS-1$
			new Kind("licence", LICENCE, IP_MANAGEMENT_SCHEME__LICENCES, PROJECT, List.of( //$NON-NLS-1$
					new Column("licensee", LICENCE__LICENSEE, Codec.ORGANIZATION), //$NON-NLS-1$
					new Column("rights", LICENCE__RIGHTS, Codec.REFERENCES), //$NON-NLS-1$
					new Column("rightsText", LICENCE__RIGHTS_TEXT, Codec.TEXT), //$NON-NLS-1$
					new Column("exclusive", LICENCE__EXCLUSIVE, Codec.FLAG), //$NON-NLS-1$
					new Column("transfer", LICENCE__TRANSFER, Codec.FLAG), //$NON-NLS-1$
					new Column("field", LICENCE__FIELD, Codec.TEXT), //$NON-NLS-1$
					new Column("territory", LICENCE__TERRITORY, Codec.TEXT), //$NON-NLS-1$
					new Column("signed", LICENCE__CONCLUDED_DATE, Codec.DATE), //$NON-NLS-1$
					new Column("start", LICENCE__START_DATE, Codec.DATE), //$NON-NLS-1$
					new Column("end", LICENCE__END_DATE, Codec.DATE), //$NON-NLS-1$
					new Column("decision", LICENCE__DECISION, Codec.REFERENCE))), //$NON-NLS-1$
			new Kind(MEETING, COMMITTEE_MEETING, IP_MANAGEMENT_SCHEME__MEETINGS, PROJECT, List.of( //
					new Column("committee", COMMITTEE_MEETING__COMMITTEE, Codec.REFERENCE), //$NON-NLS-1$
					new Column("number", COMMITTEE_MEETING__NUMBER, Codec.INTEGER), //$NON-NLS-1$
					new Column("date", COMMITTEE_MEETING__DATE, Codec.DATE))), //$NON-NLS-1$
			new Kind("decision", COMMITTEE_DECISION, COMMITTEE_MEETING__DECISIONS, MEETING, List.of( //$NON-NLS-1$
					new Column("title", COMMITTEE_DECISION__SUBJECT_JA, Codec.TEXT), //$NON-NLS-1$
					new Column("outcome", COMMITTEE_DECISION__OUTCOME, Codec.LITERAL), //$NON-NLS-1$
					new Column("concerns", COMMITTEE_DECISION__CONCERNS, Codec.REFERENCES))), //$NON-NLS-1$
			new Kind("report", AGENCY_REPORT, IP_MANAGEMENT_SCHEME__AGENCY_REPORTS, PROJECT, List.of( //$NON-NLS-1$
					new Column("kind", AGENCY_REPORT__KIND, Codec.LITERAL), //$NON-NLS-1$
					new Column("concerns", AGENCY_REPORT__CONCERNS, Codec.REFERENCE), //$NON-NLS-1$
					new Column("due", AGENCY_REPORT__DUE_DATE, Codec.DATE), //$NON-NLS-1$
					new Column("sent", AGENCY_REPORT__SENT_DATE, Codec.DATE))), //$NON-NLS-1$
			new Kind("action", OFFICE_ACTION, IP_MANAGEMENT_SCHEME__OFFICE_ACTIONS, PROJECT, List.of( //$NON-NLS-1$
					new Column("concerns", OFFICE_ACTION__APPLICATION, Codec.REFERENCE), //$NON-NLS-1$
					new Column("date", OFFICE_ACTION__DATE, Codec.DATE), //$NON-NLS-1$
					new Column("period", OFFICE_ACTION__RESPONSE_PERIOD, Codec.INTEGER), //$NON-NLS-1$
					new Column("unit", OFFICE_ACTION__PERIOD_UNIT, Codec.LITERAL), //$NON-NLS-1$
					new Column("responded", OFFICE_ACTION__RESPONDED_DATE, Codec.DATE)))); //$NON-NLS-1$

	private RegisterColumns() {
	}

	/** The kind named in a {@code record} cell. */
	static Optional<Kind> kind(String name) {
		return KINDS.stream().filter(kind -> kind.name().equals(name)).findFirst();
	}

	/** The kind of a register object. */
	static Optional<Kind> kind(EObject object) {
		return KINDS.stream().filter(kind -> kind.eClass() == object.eClass()).findFirst();
	}

	/** The rows of every register of the report, program first, each as {@link #HEADER} orders its cells. */
	public static List<List<String>> rows(EvaluationReport report) {
		List<List<String>> rows = new ArrayList<>();
		if (report.getProgram() == null) {
			return rows;
		}
		List<IPManagementScheme> schemes = Stream.concat(Stream.of(report.getProgram()), report.getProgram().getProjects().stream())
				.map(IpSchemes::of).filter(Objects::nonNull).toList();
		for (IPManagementScheme scheme : schemes) {
			for (Kind kind : KINDS) {
				Stream<EObject> objects = kind.list().getEContainingClass().isInstance(scheme) ? held(scheme, kind.list())
						: scheme.getMeetings().stream().flatMap(meeting -> held(meeting, kind.list()));
				objects.forEach(object -> rows.add(row((Identifiable) object)));
			}
		}
		return rows;
	}

	private static Stream<EObject> held(EObject container, EReference list) {
		return ((Collection<?>) container.eGet(list)).stream().map(EObject.class::cast);
	}

	/** The cells of a register object where the file holds it, or an empty list for anything else. */
	static List<String> row(Identifiable object) {
		return kind(object).map(kind -> row(object, place(object, kind))).orElse(List.of());
	}

	/** Where the file holds a register object, as its {@code place} column gives it. */
	private static String place(EObject object, Kind kind) {
		EObject container = object.eContainer();
		if (MEETING.equals(kind.place())) {
			return container instanceof Identifiable meeting ? meeting.getId() : null;
		}
		return container != null && container.eContainer() instanceof Project project ? project.getId() : null;
	}

	/** The cells of a register object placed in the register {@code place} names (as its kind's place column says). */
	static List<String> row(Identifiable object, String place) {
		Kind kind = kind(object).orElseThrow();
		Map<String, String> cells = new HashMap<>();
		cells.put("record", kind.name()); //$NON-NLS-1$
		cells.put("id", object.getId()); //$NON-NLS-1$
		if (kind.place() != null) {
			cells.put(kind.place(), place);
		}
		for (Column column : kind.columns()) {
			cells.put(column.name(), cell(object, column));
		}
		return HEADER.stream().map(cells::get).map(cell -> cell == null ? "" : cell).toList(); //$NON-NLS-1$
	}

	private static String cell(EObject object, Column column) {
		EStructuralFeature feature = column.feature();
		if (feature.isUnsettable() && !object.eIsSet(feature)) {
			return null;
		}
		Object value = object.eGet(feature);
		return switch (column.codec()) {
		case TEXT, INTEGER, DATE, FLAG -> value == null ? null : value.toString();
		case LITERAL -> value == null ? null : ((Enumerator) value).getName();
		case ORGANIZATION, PROJECT, REFERENCE -> value == null ? null : ((Identifiable) value).getId();
		case TEXTS -> String.join(";", strings(value)); //$NON-NLS-1$
		case ORGANIZATIONS, PROJECTS, REFERENCES -> list(value, each -> ((Identifiable) each).getId());
		case OWNERS -> list(value, each -> pair(((Ownership) each).getOrganization(), share(((Ownership) each).getShare())));
		case PARTIES -> list(value, each -> pair(((AgreementParty) each).getOrganization(),
				((AgreementParty) each).eIsSet(AGREEMENT_PARTY__PARTY_ROLE)
						? ((AgreementParty) each).getPartyRole().getName()
						: null));
		};
	}

	private static List<String> strings(Object value) {
		return ((Collection<?>) value).stream().map(String::valueOf).toList();
	}

	private static String list(Object value, Function<Object, String> each) {
		return ((Collection<?>) value).stream().map(each).collect(Collectors.joining(";")); //$NON-NLS-1$
	}

	private static String pair(Identifiable organization, String after) {
		String id = organization == null ? "" : organization.getId(); //$NON-NLS-1$
		return after == null ? id : id + ":" + after; //$NON-NLS-1$
	}

	private static String share(BigDecimal share) {
		return share == null ? null : share.stripTrailingZeros().toPlainString();
	}

	/**
	 * The header and rows as RFC 4180 text, UTF-8 with CRLF line ends as spreadsheets expect, written by the core's
	 * {@link CsvWriter} as every CSV file is: text a spreadsheet would run as a formula is made inert.
	 */
	public static String csv(EvaluationReport report) {
		StringWriter text = new StringWriter();
		CsvWriter writer = new CsvWriter(text);
		try {
			writer.record(HEADER);
			for (List<String> row : rows(report)) {
				writer.record(row);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a string has no I/O
		}
		return text.toString();
	}
}
