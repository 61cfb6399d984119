package org.hyoka.editor.internal.wizard;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hyoka.core.skeleton.CommitteeMembers;
import org.hyoka.core.skeleton.CommitteeMembers.Member;
import org.hyoka.core.skeleton.CommitteeMembers.Parsed;
import org.hyoka.core.skeleton.CommitteeMembers.Problem;
import org.hyoka.model.evaluation.CommitteeRole;

/**
 * The committee's members, one a line as {@code hyoka new --members @members.csv} reads them: name, role (座長 or
 * 委員), affiliation. Optional: members can be added later on the Committee page.
 */
public class CommitteeMembersPage extends WizardPage {

	/** Data key naming the members' text for tests. */
	public static final String MEMBERS_FIELD = "org.hyoka.editor.membersField"; //$NON-NLS-1$

	private Text text;
	private Label summary;
	private List<Member> members = List.of();

	CommitteeMembersPage() {
		super("members"); //$NON-NLS-1$
		setTitle(Messages.membersPageTitle);
		setDescription(Messages.membersPageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(composite);
		new Label(composite, SWT.NONE).setText(Messages.members);
		text = new Text(composite, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setData(MEMBERS_FIELD, Boolean.TRUE);
		text.setMessage(Messages.membersHint);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 8 * text.getLineHeight()).applyTo(text);
		text.addModifyListener(event -> update());
		summary = new Label(composite, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
		setControl(composite);
		update();
	}

	/** The members to add, none when the text is empty or names a problem. */
	List<Member> members() {
		return members;
	}

	private void update() {
		members = List.of();
		String message = null;
		if (!text.getText().isBlank()) {
			Parsed parsed = CommitteeMembers.fromCsv(text.getText());
			// a text of nothing but the header or blank lines adds no one, as an empty one does
			if (parsed.problem() == null) {
				members = parsed.members();
			} else if (parsed.problem().kind() != Problem.Kind.EMPTY) {
				message = message(parsed.problem());
			}
		}
		setErrorMessage(message);
		setPageComplete(message == null);
		summary.setText(members.isEmpty() ? "" : NLS.bind(Messages.membersSummary, members.size(), //$NON-NLS-1$
				members.stream().filter(member -> member.role() == CommitteeRole.CHAIR).map(Member::name).findFirst().orElse(""))); //$NON-NLS-1$
		summary.getParent().layout(true);
	}

	/** The problem in the user's words; {@code where} is the line. */
	static String message(Problem problem) {
		String line = Integer.toString(problem.where());
		return switch (problem.kind()) {
		case EMPTY -> null;
		case TOO_MANY_FIELDS -> NLS.bind(Messages.membersTooManyFields, line, problem.subject());
		case NAME_MISSING -> NLS.bind(Messages.membersNameMissing, line);
		case CONTROL_CHARACTER -> NLS.bind(Messages.membersControl, line, problem.subject());
		case NAME_DUPLICATE -> NLS.bind(Messages.membersNameDuplicate, line, problem.subject());
		case ROLE_UNKNOWN -> NLS.bind(Messages.membersRoleUnknown, line, problem.subject());
		case CHAIRS -> problem.where() == 0 ? Messages.membersNoChair : NLS.bind(Messages.membersSecondChair, line);
		};
	}
}
