package org.hyoka.editor.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.hyoka.core.budget.Budgets;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.Meeting;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;

/**
 * Quick fixes of the Problems view for findings whose fix the file itself determines, never a guess: a committee
 * without a chair whose one member becomes the chair (HY-CM-01), a meeting numbered as its place in the list
 * (HY-CM-02), a printed yearly total set to the sum of its cells when the user says the cells are right (HY-BU-01).
 * Each is one command on the editor's stack, named so that Undo names it.
 */
public final class QuickFixes implements IMarkerResolutionGenerator2 {

	private static final String CHAIR = "HY-CM-01"; //$NON-NLS-1$
	private static final String MEETING_ORDER = "HY-CM-02"; //$NON-NLS-1$
	private static final String COLUMN_SUM = "HY-BU-01"; //$NON-NLS-1$

	@Override
	public boolean hasResolutions(IMarker marker) {
		return List.of(CHAIR, MEETING_ORDER, COLUMN_SUM).contains(marker.getAttribute(ProblemMarkers.RULE, "")); //$NON-NLS-1$
	}

	/** The fixes of the marker's finding, read from the file's editor, which is opened in the background if need be. */
	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		EvaluationEditor editor = editor(marker, false);
		EObject object = editor == null ? null : objectOf(editor, marker, ProblemMarkers.OBJECT);
		if (object == null) {
			return new IMarkerResolution[0];
		}
		List<Fix> fixes = new ArrayList<>();
		switch (marker.getAttribute(ProblemMarkers.RULE, "")) { //$NON-NLS-1$
		case CHAIR -> chair(object, fixes);
		case MEETING_ORDER -> meetingNumber(object, fixes);
		case COLUMN_SUM -> columnSum(objectOf(editor, marker, ProblemMarkers.HOLDER), fixes);
		default -> {
			// no fix
		}
		}
		return fixes.toArray(IMarkerResolution[]::new);
	}

	/** The one member of a committee without a chair becomes its chair. */
	private static void chair(EObject object, List<Fix> fixes) {
		if (object instanceof EvaluationCommittee committee && committee.getMembers().size() == 1
				&& committee.getMembers().get(0).getRole() != CommitteeRole.CHAIR) {
			CommitteeMember member = committee.getMembers().get(0);
			String name = Texts.firstOf(Texts.name(member.getPerson()), ObjectLabels.of(member));
			fixes.add(new Fix(NLS.bind(Messages.fixChair, name), NLS.bind(Messages.fixChairDescription, name), member,
					domain -> SetCommand.create(domain, member, EvaluationPackage.Literals.COMMITTEE_MEMBER__ROLE, CommitteeRole.CHAIR)));
		}
	}

	/** A meeting gets the number of its place in the committee's list. */
	private static void meetingNumber(EObject object, List<Fix> fixes) {
		if (object instanceof Meeting meeting && meeting.eContainer() instanceof EvaluationCommittee committee) {
			int place = committee.getMeetings().indexOf(meeting) + 1;
			if (meeting.getOrdinal() != null && meeting.getOrdinal() != place) {
				fixes.add(new Fix(NLS.bind(Messages.fixMeetingNumber, meeting.getOrdinal(), place),
						NLS.bind(Messages.fixMeetingNumberDescription, meeting.getOrdinal(), place), meeting,
						domain -> SetCommand.create(domain, meeting, EvaluationPackage.Literals.MEETING__ORDINAL, place)));
			}
		}
	}

	/**
	 * The printed yearly total the marker holds, when it differs from the sum of its cells, may be set to that sum;
	 * the other years of the table have markers and fixes of their own.
	 */
	private static void columnSum(EObject holder, List<Fix> fixes) {
		if (!(holder instanceof FiscalYearAmount total) || !(total.eContainer() instanceof BudgetTable table)
				|| !table.getStatedTotals().contains(total)) {
			return;
		}
		BigDecimal sum = Budgets.columnSums(table).get(total.getFiscalYear());
		if (Budgets.counts(total) && sum != null && total.getAmount().compareTo(sum) != 0) {
			String year = Texts.year(total.getFiscalYear());
			fixes.add(new Fix(NLS.bind(Messages.fixColumnSum, year, Texts.amount(sum)),
					NLS.bind(Messages.fixColumnSumDescription, new Object[] { year, Texts.amount(total.getAmount()), Texts.amount(sum) }),
					total, domain -> SetCommand.create(domain, total, FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT, sum)));
		}
	}

	/** The object of the marker's attribute, {@link ProblemMarkers#OBJECT} or {@link ProblemMarkers#HOLDER}. */
	private static EObject objectOf(EvaluationEditor editor, IMarker marker, String attribute) {
		String fragment = marker.getAttribute(attribute, null);
		return fragment == null || editor.model().resource() == null ? null : editor.model().resource().getEObject(fragment);
	}

	/** The editor of the marker's file, opened if need be; null when the file cannot be opened. */
	private static EvaluationEditor editor(IMarker marker, boolean activate) {
		if (!(marker.getResource() instanceof IFile file) || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) {
			return null;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart open = page.findEditor(new FileEditorInput(file));
		try {
			if (open == null) {
				open = IDE.openEditor(page, file, EvaluationEditor.ID, activate);
			} else if (activate) {
				page.activate(open);
			}
		} catch (PartInitException e) {
			ILog.of(QuickFixes.class).log(e.getStatus());
			return null;
		}
		return open instanceof EvaluationEditor editor ? editor : null;
	}

	/** One fix: a command on the editor's stack, named by the label, and the object it changes. */
	private record Fix(String label, String description, EObject changed, Change change) implements IMarkerResolution2 {

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return description;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			EvaluationEditor editor = editor(marker, true);
			if (editor == null || changed.eResource() != editor.model().resource()) {
				return; // the file was reloaded since: the fix is about objects no longer shown
			}
			EditingDomain domain = editor.getEditingDomain();
			CompoundCommand command = new CompoundCommand(label, new ArrayList<>(List.of(change.create(domain))));
			if (command.canExecute()) {
				domain.getCommandStack().execute(command);
				editor.updateMarkers();
				editor.reveal(changed, null, true);
			}
		}
	}

	/** The change a fix makes, made for the editor's editing domain. */
	@FunctionalInterface
	private interface Change {
		Command create(EditingDomain domain);
	}
}
