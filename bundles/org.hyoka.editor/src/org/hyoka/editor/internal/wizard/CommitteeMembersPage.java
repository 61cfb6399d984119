package org.hyoka.editor.internal.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.hyoka.core.skeleton.CommitteeMembers;
import org.hyoka.core.skeleton.CommitteeMembers.Member;
import org.hyoka.core.skeleton.CommitteeMembers.Problem;
import org.hyoka.edit.ui.Spreadsheet;
import org.hyoka.edit.ui.Spreadsheet.Position;
import org.hyoka.edit.ui.TabSeparated;
import org.hyoka.model.evaluation.CommitteeRole;

/**
 * The committee's members in a table edited as a sheet: name, role (座長 or 委員), affiliation. A block copied from a
 * spreadsheet or the lines of a members CSV ({@code hyoka new --members @members.csv}) can be pasted into it. Optional:
 * rows left empty add no one, and members can be added later on the Committee page.
 */
public class CommitteeMembersPage extends WizardPage {

	/** Data key naming the members' table for tests. */
	public static final String MEMBERS_TABLE = "org.hyoka.editor.membersTable"; //$NON-NLS-1$
	/** The rows the page starts with, enough to type a small committee in without adding any. */
	private static final int FIRST_ROWS = 5;

	/** A row of the table; mutable while the user edits it. */
	private static final class MemberRow {
		String name = ""; //$NON-NLS-1$
		CommitteeRole role;
		String affiliation = ""; //$NON-NLS-1$

		MemberRow(CommitteeRole role) {
			this.role = role;
		}

		boolean blank() {
			return name.isBlank() && affiliation.isBlank();
		}
	}

	private final List<MemberRow> rows = new ArrayList<>();
	/** The table's edits; the rows are the page's own until Finish adds the members. */
	private final CommandStack edits = new BasicCommandStack();
	private TableViewer viewer;
	private Spreadsheet sheet;
	private Label summary;
	private List<Member> members = List.of();
	/** The problem the last paste or typed text had, until the next edit. */
	private String refused;

	CommitteeMembersPage() {
		super("members"); //$NON-NLS-1$
		setTitle(Messages.membersPageTitle);
		setDescription(Messages.membersPageDescription);
		// the first row chairs, as hyoka new --members names its first
		for (int i = 0; i < FIRST_ROWS; i++) {
			rows.add(new MemberRow(i == 0 ? CommitteeRole.CHAIR : CommitteeRole.MEMBER));
		}
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);
		Label label = new Label(composite, SWT.WRAP);
		label.setText(Messages.members);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(label);
		createTable(composite);
		Composite buttons = new Composite(composite, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		button(buttons, Messages.addMember, this::addMember);
		button(buttons, Messages.removeMember, this::removeSelected);
		summary = new Label(composite, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(summary);
		setControl(composite);
		update();
	}

	private void createTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		Table table = viewer.getTable();
		table.setData(MEMBERS_TABLE, Boolean.TRUE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// as the projects table: typing, a double-click and F2 edit, Tab goes from cell to cell, a pasted block adds rows
		sheet = Spreadsheet.of(viewer, edits).growing(() -> {
			MemberRow row = new MemberRow(CommitteeRole.MEMBER);
			return RowChange.of(row, () -> rows.add(row), () -> rows.remove(row));
		}).headerNames(CommitteeMembersPage::namesColumn).pasteStart((selected, block) -> {
			// with no cell selected, as after Tab into the table: from the first row left empty, its name
			return selected != null ? selected : new Position((int) rows.stream().takeWhile(row -> !row.blank()).count(), 0);
		}).problems(problem -> {
			refused = problem;
			update();
		});
		edits.addCommandStackListener(event -> {
			refused = null;
			viewer.refresh();
			update();
		});
		column(Messages.memberName, 150, row -> row.name, (row, value) -> row.name = value);
		TableViewerColumn role = column(Messages.memberRole, 80, row -> roleName(row.role));
		sheet.textColumn(role, row -> roleName(((MemberRow) row).role), (row, text) -> {
			MemberRow member = (MemberRow) row;
			CommitteeRole chosen = CommitteeMembers.role(text);
			if (chosen == null) {
				throw new IllegalArgumentException(NLS.bind(Messages.membersRoleUnknown, text.strip()));
			}
			CommitteeRole before = member.role;
			return chosen == before ? null : RowChange.of(member, () -> member.role = chosen, () -> member.role = before);
		});
		column(Messages.memberAffiliation, 260, row -> row.affiliation, (row, value) -> row.affiliation = value);
		// once the columns are there: items made before them would show the rows' toString
		viewer.setInput(rows);
		// a block from a sheet comes tab-separated; lines typed or from a members CSV are read as hyoka new reads them
		WizardTablePaste.track(table, text -> sheet.paste(text.indexOf('\t') >= 0 ? TabSeparated.parse(text) : CommitteeMembers.fields(text)));
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 8 * table.getItemHeight()).applyTo(table);
	}

	private TableViewerColumn column(String title, int width, Function<MemberRow, String> shown) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> shown.apply((MemberRow) element)));
		return column;
	}

	private void column(String title, int width, Function<MemberRow, String> getter, BiConsumer<MemberRow, String> setter) {
		sheet.textColumn(column(title, width, getter), row -> getter.apply((MemberRow) row),
				(row, text) -> RowChange.text(row, getter.apply((MemberRow) row), text, value -> setter.accept((MemberRow) row, value)));
	}

	/** Whether a pasted header's text names the column: a members CSV's header, or a sheet's in Japanese. */
	private static boolean namesColumn(int column, String text) {
		String word = text.strip();
		List<List<String>> names = List.of(List.of("氏名", "名前"), List.of("役割", "役職"), List.of("所属", "所属・役職")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		return column < names.size() && (names.get(column).contains(word) || CommitteeMembers.HEADER.get(column).equalsIgnoreCase(word));
	}

	/** The role as the committee lists print it. */
	private static String roleName(CommitteeRole role) {
		return role == CommitteeRole.CHAIR ? "座長" : "委員"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The members to add, none when the table is empty or has a problem. */
	List<Member> members() {
		return members;
	}

	/** Lets the user type a member's name: into the first row left empty, else into a row added under the last. */
	private void addMember() {
		MemberRow row = rows.stream().filter(MemberRow::blank).findFirst().orElseGet(() -> {
			MemberRow added = new MemberRow(rows.stream().anyMatch(each -> each.role == CommitteeRole.CHAIR) ? CommitteeRole.MEMBER : CommitteeRole.CHAIR);
			edits.execute(RowChange.of(added, () -> rows.add(added), () -> rows.remove(added)));
			return added;
		});
		viewer.editElement(row, 0);
	}

	private void removeSelected() {
		List<?> selected = ((IStructuredSelection) viewer.getSelection()).toList();
		if (selected.isEmpty()) {
			return;
		}
		List<MemberRow> before = List.copyOf(rows);
		edits.execute(RowChange.of(selected.getFirst(), () -> rows.removeAll(selected), () -> {
			rows.clear();
			rows.addAll(before);
		}));
	}

	private void update() {
		List<MemberRow> filled = rows.stream().filter(row -> !row.blank()).toList();
		List<Member> listed = filled.stream().map(row -> new Member(row.name, row.role, row.affiliation)).toList();
		Problem problem = CommitteeMembers.problem(listed);
		members = problem == null ? listed : List.of();
		String message = refused != null ? refused : problem == null ? null : message(problem, filled);
		setErrorMessage(message);
		setPageComplete(problem == null);
		summary.setText(members.isEmpty() ? "" : NLS.bind(Messages.membersSummary, members.size(), //$NON-NLS-1$
				members.stream().filter(member -> member.role() == CommitteeRole.CHAIR).map(Member::name).findFirst().orElse(""))); //$NON-NLS-1$
		summary.getParent().layout(true);
	}

	/** The problem in the user's words, naming the row of the table (rows left empty are not counted in it). */
	private String message(Problem problem, List<MemberRow> filled) {
		String row = problem.where() == 0 ? "" : Integer.toString(rows.indexOf(filled.get(problem.where() - 1)) + 1); //$NON-NLS-1$
		return switch (problem.kind()) {
		case NAME_MISSING -> NLS.bind(Messages.membersNameMissing, row);
		case CONTROL_CHARACTER -> NLS.bind(Messages.membersControl, row, problem.subject());
		case NAME_DUPLICATE -> NLS.bind(Messages.membersNameDuplicate, row, problem.subject());
		case CHAIRS -> problem.where() == 0 ? Messages.membersNoChair : NLS.bind(Messages.membersSecondChair, row);
		// a CSV's problems: the table's rows have three cells and roles it read
		case EMPTY, TOO_MANY_FIELDS, ROLE_UNKNOWN -> throw new IllegalStateException(problem.toString());
		};
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().applyTo(button);
	}
}
