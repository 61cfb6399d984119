package org.hyoka.ip.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.editor.IFormPage;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.editor.pages.PageCondition;
import org.hyoka.editor.pages.PageFactory;
import org.hyoka.ip.IPAgreement;
import org.hyoka.ip.IPCommittee;
import org.hyoka.ip.IPInstrument;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.IpSchemes;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;

/**
 * The IP add-on's page of the evaluation editor: for the program and each project that prints one, its IP management
 * scheme as the report words it, read from the subject's add-on slot. Contributed through the editor-page point.
 */
public final class IpPage extends ModelFormPage {

	public static final String ID = "org.hyoka.ip.ui.page"; //$NON-NLS-1$

	IpPage(EvaluationEditor editor) {
		super(editor, ID, Messages.page, Messages.pageTitle);
	}

	@Override
	protected void fill() {
		for (EvaluationSubject subject : subjects(report())) {
			IPManagementScheme scheme = IpSchemes.of(subject);
			if (scheme == null) {
				continue;
			}
			Composite area = section(content, ObjectLabels.of(subject), Messages.sectionDescription);
			GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 4).applyTo(area);
			field(area, Messages.bayhDole, scheme.getBayhDoleApplied() == null ? Messages.notStated
					: scheme.getBayhDoleApplied() ? Messages.applied : Messages.notApplied);
			field(area, Messages.secretariat, scheme.getSecretariat() == null ? "" : scheme.getSecretariat().getNameJa()); //$NON-NLS-1$
			field(area, Messages.agreements, Stream.concat(scheme.getPolicies().stream(), scheme.getAgreements().stream())
					.map(IpPage::instrument).collect(Collectors.joining("\n"))); //$NON-NLS-1$
			field(area, Messages.committees, scheme.getCommittees().stream().map(IPCommittee::getNameJa).collect(Collectors.joining("\n"))); //$NON-NLS-1$
			field(area, Messages.rules, NLS.bind(Messages.ruleCounts, new Object[] { scheme.getJointOwnershipRules().size(),
					scheme.getInventionReporting().size(), scheme.getLicensingRules().size(), scheme.getBackgroundIPRules().size(),
					scheme.getDataSharingRules().size() }));
		}
	}

	private static String instrument(IPInstrument instrument) {
		String title = instrument.getTitleJa() == null ? ObjectLabels.of(instrument) : instrument.getTitleJa();
		return instrument instanceof IPAgreement agreement && agreement.getDeclaredPartyCount() != null
				? NLS.bind(Messages.declaredParties, title, agreement.getDeclaredPartyCount()) : title;
	}

	private static List<EvaluationSubject> subjects(EvaluationReport report) {
		List<EvaluationSubject> subjects = new ArrayList<>();
		if (report.getProgram() != null) {
			subjects.add(report.getProgram());
			subjects.addAll(report.getProgram().getProjects());
		}
		return subjects;
	}

	@Override
	protected List<Object> structure() {
		return subjects(report()).stream().<Object> map(IpSchemes::of).toList();
	}

	@Override
	protected void modelChanged() {
		// the page shows what the file holds; a change of the schemes rebuilds it (structure)
	}

	public static final class Factory implements PageFactory {
		@Override
		public IFormPage create(EvaluationEditor editor) {
			return new IpPage(editor);
		}
	}

	/** Shown for files whose program or a project prints an IP scheme. */
	public static final class HasSchemes implements PageCondition {
		@Override
		public boolean shows(EvaluationReport report) {
			return subjects(report).stream().anyMatch(subject -> IpSchemes.of(subject) != null);
		}
	}
}
