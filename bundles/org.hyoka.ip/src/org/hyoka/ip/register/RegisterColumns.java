package org.hyoka.ip.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.Ownership;
import org.hyoka.ip.PatentApplication;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.base.Organization;

/**
 * The columns of a register table (CSV or XLSX, docs/ip.md): one row per invention or application. Lists inside a
 * cell are separated by {@code ;}, an owner's share follows its organization after {@code :}, dates are ISO
 * ({@code 2024-02-29}).
 */
public final class RegisterColumns {

	/** The header, in order. */
	public static final List<String> HEADER = List.of("record", "id", "project", "title", "route", "number", "invention", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"filed", "priority", "basedOn", "countries", "status", "statusDate", "owners", "inventors", "organizations", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"disclosed", "reported"); //$NON-NLS-1$ //$NON-NLS-2$

	static final String INVENTION = "invention"; //$NON-NLS-1$
	static final String APPLICATION = "application"; //$NON-NLS-1$

	private RegisterColumns() {
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
			scheme.getInventions().forEach(invention -> rows.add(row(invention)));
			scheme.getApplications().forEach(application -> rows.add(row(application)));
		}
		return rows;
	}

	/** The cells of one invention or application, or an empty list for anything else. */
	static List<String> row(Identifiable object) {
		Map<String, String> cells = new HashMap<>();
		cells.put("id", object.getId()); //$NON-NLS-1$
		switch (object) {
		case InventionDisclosure invention -> {
			cells.put("record", INVENTION); //$NON-NLS-1$
			cells.put("project", invention.getProject() == null ? null : invention.getProject().getId()); //$NON-NLS-1$
			cells.put("title", invention.getTitleJa()); //$NON-NLS-1$
			cells.put("inventors", String.join(";", invention.getInventors())); //$NON-NLS-1$ //$NON-NLS-2$
			cells.put("organizations", invention.getOrganizations().stream().map(Organization::getId).collect(Collectors.joining(";"))); //$NON-NLS-1$ //$NON-NLS-2$
			cells.put("disclosed", date(invention.getDisclosedDate())); //$NON-NLS-1$
			cells.put("reported", date(invention.getReportedDate())); //$NON-NLS-1$
		}
		case PatentApplication application -> {
			cells.put("record", APPLICATION); //$NON-NLS-1$
			cells.put("project", application.getProject() == null ? null : application.getProject().getId()); //$NON-NLS-1$
			cells.put("title", application.getTitleJa()); //$NON-NLS-1$
			cells.put("route", application.getKind().getName()); //$NON-NLS-1$
			cells.put("number", application.getApplicationNumber()); //$NON-NLS-1$
			cells.put("invention", application.getInvention() == null ? null : application.getInvention().getId()); //$NON-NLS-1$
			cells.put("filed", date(application.getFilingDate())); //$NON-NLS-1$
			cells.put("priority", date(application.getPriorityDate())); //$NON-NLS-1$
			cells.put("basedOn", application.getBasedOn() == null ? null : application.getBasedOn().getId()); //$NON-NLS-1$
			cells.put("countries", String.join(";", application.getCountries())); //$NON-NLS-1$ //$NON-NLS-2$
			cells.put("status", application.getStatus().getName()); //$NON-NLS-1$
			cells.put("statusDate", date(application.getStatusDate())); //$NON-NLS-1$
			cells.put("owners", application.getOwners().stream().map(RegisterColumns::owner).collect(Collectors.joining(";"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		default -> {
			return List.of();
		}
		}
		return HEADER.stream().map(cells::get).map(cell -> cell == null ? "" : cell).toList(); //$NON-NLS-1$
	}

	/** The header and rows as RFC 4180 text, UTF-8 with CRLF line ends as spreadsheets expect; cells are quoted when needed. */
	public static String csv(EvaluationReport report) {
		StringBuilder text = new StringBuilder();
		Stream.concat(Stream.of(HEADER), rows(report).stream())
				.forEach(row -> text.append(row.stream().map(RegisterColumns::quoted).collect(Collectors.joining(","))).append("\r\n")); //$NON-NLS-1$ //$NON-NLS-2$
		return text.toString();
	}

	private static String quoted(String cell) {
		return cell.matches("(?s).*[\",\r\n].*") ? '"' + cell.replace("\"", "\"\"") + '"' : cell; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String owner(Ownership owner) {
		String organization = owner.getOrganization() == null ? "" : owner.getOrganization().getId(); //$NON-NLS-1$
		BigDecimal share = owner.getShare();
		return share == null ? organization : organization + ":" + share.stripTrailingZeros().toPlainString(); //$NON-NLS-1$
	}

	private static String date(LocalDate date) {
		return Objects.toString(date, null);
	}
}
