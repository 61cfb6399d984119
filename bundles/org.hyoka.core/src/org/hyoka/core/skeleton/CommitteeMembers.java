package org.hyoka.core.skeleton;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hyoka.core.csv.CsvRecords;
import org.hyoka.core.csv.CsvRecords.Record;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Person;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationFactory;

/**
 * The members a new evaluation's committee starts with: from a list of names (the first chairs) or from a
 * {@code name,role,affiliation} CSV. Their names are what score sheets name evaluators by, so no two may be the same.
 */
public final class CommitteeMembers {

	/** A member to add: the name as printed, the role, and the affiliation and position as printed (may be empty). */
	public record Member(String name, CommitteeRole role, String affiliation) {
		public Member {
			Objects.requireNonNull(role, "role"); //$NON-NLS-1$
			name = name == null ? "" : name.strip(); //$NON-NLS-1$
			affiliation = affiliation == null ? "" : affiliation.strip(); //$NON-NLS-1$
		}
	}

	/**
	 * Why members cannot be added. {@code where} is the line of the CSV, or the position (from 1) in a list of names;
	 * 0 when no single member is to blame. {@code subject} is the offending text, where there is one.
	 */
	public record Problem(Kind kind, int where, String subject) {
		public enum Kind {
			/** The CSV holds no member. */
			EMPTY,
			/** A row has more fields than name, role and affiliation. */
			TOO_MANY_FIELDS,
			/** A member without a name. */
			NAME_MISSING,
			/**
			 * A name or affiliation holding a control character (an escape, a tab, a line break), which the file
			 * cannot keep; {@code subject} the character as U+XXXX.
			 */
			CONTROL_CHARACTER,
			/** A name given before (spaces and full-width forms ignored); {@code subject} the name. */
			NAME_DUPLICATE,
			/** A role that is neither chair nor member; {@code subject} the role. */
			ROLE_UNKNOWN,
			/** No chair, or a second one ({@code where} its place); {@code subject} the number of chairs. */
			CHAIRS
		}
	}

	/** What a CSV holds: the members and the line each comes from, or the first problem. */
	public record Parsed(List<Member> members, List<Integer> lines, Problem problem) {
	}

	/** The CSV's header, which may be left out. */
	public static final List<String> HEADER = List.of("name", "role", "affiliation"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	// Roles as secretariats write them; the first of each is how the committee lists print them.
	private static final Map<String, CommitteeRole> ROLES = Map.of("座長", CommitteeRole.CHAIR, "委員長", CommitteeRole.CHAIR, //$NON-NLS-1$ //$NON-NLS-2$
			"chair", CommitteeRole.CHAIR, "委員", CommitteeRole.MEMBER, "member", CommitteeRole.MEMBER); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	// the commas a Japanese keyboard types: 、 ， and the half-width ､
	private static final Pattern JAPANESE_COMMA = Pattern.compile("[、，､]"); //$NON-NLS-1$
	private static final Pattern ANY_COMMA = Pattern.compile("[,、，､]"); //$NON-NLS-1$
	// 「山田　太郎　座長　北海道大学 教授」「山田太郎・委員・X大学」: the name, a role word, the affiliation
	private static final Pattern ROLE_BETWEEN = Pattern.compile("(.+?)[\\s\u3000・]+(座長|委員長|委員|chair|member)(?:[\\s\u3000・]+(.*))?", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

	private CommitteeMembers() {
	}

	/** Names separated by commas, as {@code hyoka new --members} takes them: 「,」 or the Japanese 「、」「，」. */
	public static List<String> names(String text) {
		return List.of(ANY_COMMA.split(text, -1));
	}

	/** Members with these names, the first as chair (座長), the others as members (委員). */
	public static List<Member> fromNames(List<String> names) {
		List<Member> members = new ArrayList<>();
		for (String name : names) {
			members.add(new Member(name, members.isEmpty() ? CommitteeRole.CHAIR : CommitteeRole.MEMBER, "")); //$NON-NLS-1$
		}
		return members;
	}

	/**
	 * Members from {@code name,role,affiliation} records (header optional, blank lines skipped). A role is 座長, 委員長
	 * or chair, 委員 or member (any case), or empty for a member; exactly one member must chair.
	 */
	public static Parsed fromCsv(String text) {
		return fromRecords(CsvRecords.parse(text));
	}

	/** Members from records read by {@link CsvRecords}, as {@link #fromCsv(String)} reads them. */
	public static Parsed fromRecords(List<Record> records) {
		List<Member> members = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		for (Line line : lines(records)) {
			List<String> fields = line.fields();
			if (fields.size() > HEADER.size()) {
				return problem(Problem.Kind.TOO_MANY_FIELDS, line.number(), Integer.toString(fields.size()));
			}
			String role = fields.size() > 1 ? fields.get(1).strip() : ""; //$NON-NLS-1$
			CommitteeRole parsed = role(role);
			if (parsed == null) {
				return problem(Problem.Kind.ROLE_UNKNOWN, line.number(), role);
			}
			members.add(new Member(fields.get(0), parsed, fields.size() > 2 ? fields.get(2) : "")); //$NON-NLS-1$
			lines.add(line.number());
		}
		if (members.isEmpty()) {
			return problem(Problem.Kind.EMPTY, 0, null);
		}
		Problem problem = problem(members);
		if (problem != null && problem.where() > 0) {
			problem = new Problem(problem.kind(), lines.get(problem.where() - 1), problem.subject());
		}
		return new Parsed(problem == null ? List.copyOf(members) : List.of(), problem == null ? List.copyOf(lines) : List.of(), problem);
	}

	/**
	 * The fields of each member in a text, as {@link #fromCsv(String)} reads its lines (the header and blank lines
	 * left out), unchecked: what a paste of such lines puts into a table of names, roles and affiliations.
	 */
	public static List<List<String>> fields(String text) {
		return lines(CsvRecords.parse(text)).stream().map(Line::fields).toList();
	}

	/** The role a text names: 座長, 委員長 or chair; 委員 or member (any case), or nothing for a member; null for none. */
	public static CommitteeRole role(String text) {
		String role = text == null ? "" : text.strip(); //$NON-NLS-1$
		return role.isEmpty() ? CommitteeRole.MEMBER : ROLES.get(role.toLowerCase(Locale.ROOT));
	}

	/** A member's line: its number in the text and its fields as typed. */
	private record Line(int number, List<String> fields) {
	}

	private static List<Line> lines(List<Record> records) {
		List<Line> lines = new ArrayList<>();
		boolean first = true;
		for (Record record : records) {
			if (record.blank()) {
				continue;
			}
			List<String> fields = typed(record.fields());
			if (!(first && isHeader(fields))) {
				lines.add(new Line(record.line(), fields));
			}
			first = false;
		}
		return lines;
	}

	/**
	 * The fields of a line without a comma, read as a person types one: separated by tabs as a spreadsheet copies its
	 * cells, else by 「、」 or 「，」 (the affiliation keeps any further ones: 「北海道大学、教授」), else by spaces or
	 * 「・」 around a role word, the name before it and the affiliation after it. A name alone stays one field,
	 * whatever spaces it has (「山田　太郎」).
	 */
	private static List<String> typed(List<String> fields) {
		if (fields.size() != 1) {
			return fields;
		}
		String line = fields.get(0);
		if (line.indexOf('\t') >= 0) {
			List<String> cells = new ArrayList<>(Stream.of(line.split("\t", -1)).map(String::strip).toList()); //$NON-NLS-1$
			// empty cells a wider selection copied after the affiliation
			while (cells.size() > HEADER.size() && cells.get(cells.size() - 1).isEmpty()) {
				cells.remove(cells.size() - 1);
			}
			return cells;
		}
		if (JAPANESE_COMMA.matcher(line).find()) {
			return List.of(JAPANESE_COMMA.split(line, HEADER.size()));
		}
		Matcher role = ROLE_BETWEEN.matcher(line.strip());
		return role.matches() ? List.of(role.group(1), role.group(2), role.group(3) == null ? "" : role.group(3)) : fields; //$NON-NLS-1$
	}

	/** The first problem of these members ({@code where} their position from 1), or null when they can be added. */
	public static Problem problem(List<Member> members) {
		Map<String, Integer> seen = new HashMap<>();
		int chairs = 0;
		for (int i = 0; i < members.size(); i++) {
			Member member = members.get(i);
			if (member.name().isEmpty()) {
				return new Problem(Problem.Kind.NAME_MISSING, i + 1, null);
			}
			String control = (member.name() + member.affiliation()).chars().filter(Character::isISOControl).mapToObj(c -> String.format("U+%04X", c)) //$NON-NLS-1$
					.findFirst().orElse(null);
			if (control != null) {
				return new Problem(Problem.Kind.CONTROL_CHARACTER, i + 1, control);
			}
			if (seen.putIfAbsent(nameKey(member.name()), i) != null) {
				return new Problem(Problem.Kind.NAME_DUPLICATE, i + 1, member.name());
			}
			if (member.role() == CommitteeRole.CHAIR && ++chairs > 1) {
				return new Problem(Problem.Kind.CHAIRS, i + 1, Integer.toString(chairs));
			}
		}
		return !members.isEmpty() && chairs == 0 ? new Problem(Problem.Kind.CHAIRS, 0, "0") : null; //$NON-NLS-1$
	}

	/** The name as evaluators are matched: full-width forms folded (NFKC) and spaces removed. */
	public static String nameKey(String name) {
		return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Adds the members to the report's committee, in order, each with a person of the report ({@code per-1}, …) and
	 * a member id ({@code mem-1}, …) numbered after those the report already has.
	 *
	 * @throws IllegalArgumentException when {@link #problem(List)} names a problem or the report has no committee
	 */
	public static void addTo(EvaluationReport report, List<Member> members) {
		Problem problem = problem(members);
		EvaluationCommittee committee = report.getCommittee();
		if (problem != null || committee == null) {
			throw new IllegalArgumentException(problem == null ? "no committee" : problem.toString()); //$NON-NLS-1$
		}
		int offset = committee.getMembers().size();
		for (int i = 0; i < members.size(); i++) {
			Member spec = members.get(i);
			Person person = BaseFactory.eINSTANCE.createPerson();
			person.setId("per-" + (offset + i + 1)); //$NON-NLS-1$
			person.setNameJa(spec.name());
			report.getPersons().add(person);
			CommitteeMember member = EvaluationFactory.eINSTANCE.createCommitteeMember();
			member.setId("mem-" + (offset + i + 1)); //$NON-NLS-1$
			member.setPerson(person);
			member.setRole(spec.role());
			if (!spec.affiliation().isEmpty()) {
				member.setAffiliationPrinted(spec.affiliation());
			}
			committee.getMembers().add(member);
		}
	}

	private static boolean isHeader(List<String> fields) {
		List<String> names = fields.stream().map(field -> field.strip().toLowerCase(Locale.ROOT)).toList();
		return HEADER.subList(0, Math.min(names.size(), HEADER.size())).equals(names);
	}

	private static Parsed problem(Problem.Kind kind, int line, String subject) {
		return new Parsed(List.of(), List.of(), new Problem(kind, line, subject));
	}
}
