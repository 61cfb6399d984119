package org.hyoka.ip.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.editor.IFormPage;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.editor.pages.PageCondition;
import org.hyoka.editor.pages.PageFactory;
import org.hyoka.editor.pages.RevealingPage;
import org.hyoka.ip.IPAgreement;
import org.hyoka.ip.IPCommittee;
import org.hyoka.ip.IPInstrument;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.IpPackage;
import org.hyoka.ip.IpSchemes;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.program.EvaluationSubject;

/**
 * The IP add-on's page of the evaluation editor: for the program and each project that prints one, its IP management
 * scheme as the report words it, read from the subject's add-on slot, and the records of its register. Contributed
 * through the editor-page point; selecting a record in the Outline or the Problems view opens the page on its row.
 */
public final class IpPage extends ModelFormPage implements RevealingPage {

	public static final String ID = "org.hyoka.ip.ui.page"; //$NON-NLS-1$

	private final List<EObjectTable<EObject>> registers = new ArrayList<>();

	IpPage(EvaluationEditor editor) {
		super(editor, ID, Messages.page, Messages.pageTitle);
	}

	@Override
	protected void fill() {
		registers.clear();
		for (EvaluationSubject subject : Registers.subjects(report())) {
			IPManagementScheme scheme = IpSchemes.of(subject);
			if (scheme == null) {
				continue;
			}
			Composite area = section(content, ObjectLabels.of(subject), Messages.sectionDescription);
			GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 4).applyTo(area);
			// a problem about the scheme opens at the field of what it is about, else at the first
			revealable(scheme, IpPackage.Literals.IP_MANAGEMENT_SCHEME__BAYH_DOLE_APPLIED, field(area, Messages.bayhDole,
					scheme.getBayhDoleApplied() == null ? Messages.notStated : scheme.getBayhDoleApplied() ? Messages.applied : Messages.notApplied));
			revealable(scheme, IpPackage.Literals.IP_MANAGEMENT_SCHEME__SECRETARIAT,
					field(area, Messages.secretariat, scheme.getSecretariat() == null ? "" : scheme.getSecretariat().getNameJa())); //$NON-NLS-1$
			revealable(scheme, List.of(IpPackage.Literals.IP_MANAGEMENT_SCHEME__POLICIES, IpPackage.Literals.IP_MANAGEMENT_SCHEME__AGREEMENTS),
					field(area, Messages.agreements, Stream.concat(scheme.getPolicies().stream(), scheme.getAgreements().stream())
							.map(IpPage::instrument).collect(Collectors.joining("\n")))); //$NON-NLS-1$
			revealable(scheme, IpPackage.Literals.IP_MANAGEMENT_SCHEME__COMMITTEES,
					field(area, Messages.committees, scheme.getCommittees().stream().map(IPCommittee::getNameJa).collect(Collectors.joining("\n")))); //$NON-NLS-1$
			revealable(scheme, List.of(IpPackage.Literals.IP_MANAGEMENT_SCHEME__JOINT_OWNERSHIP_RULES,
					IpPackage.Literals.IP_MANAGEMENT_SCHEME__INVENTION_REPORTING, IpPackage.Literals.IP_MANAGEMENT_SCHEME__LICENSING_RULES,
					IpPackage.Literals.IP_MANAGEMENT_SCHEME__BACKGROUND_IP_RULES, IpPackage.Literals.IP_MANAGEMENT_SCHEME__DATA_SHARING_RULES),
					field(area, Messages.rules, NLS.bind(Messages.ruleCounts, new Object[] { scheme.getJointOwnershipRules().size(),
							scheme.getInventionReporting().size(), scheme.getLicensingRules().size(), scheme.getBackgroundIPRules().size(),
							scheme.getDataSharingRules().size() })));
			if (!records(scheme).isEmpty()) {
				register(scheme, ObjectLabels.of(subject));
			}
		}
	}

	/** The records of the register, one row each; a decision shows in its meeting's row. */
	private void register(IPManagementScheme scheme, String subject) {
		Composite area = section(content, NLS.bind(Messages.registerSection, subject), Messages.registerDescription);
		GridLayoutFactory.fillDefaults().applyTo(area);
		EObjectTable<EObject> table = this.<EObject> table(area, () -> records(scheme))
				.column(Messages.registerKind, 2, 100, record -> typeName(record.eClass()))
				.column(Messages.registerId, 2, 100, record -> ((Identifiable) record).getId())
				.column(Messages.registerRecord, 6, 200, ObjectLabels::of);
		table.refresh();
		registers.add(table);
	}

	private static List<EObject> records(IPManagementScheme scheme) {
		List<EObject> records = new ArrayList<>();
		records.addAll(scheme.getAgreements());
		records.addAll(scheme.getInventions());
		records.addAll(scheme.getApplications());
		records.addAll(scheme.getLicences());
		records.addAll(scheme.getMeetings());
		records.addAll(scheme.getAgencyReports());
		records.addAll(scheme.getOfficeActions());
		return records;
	}

	@Override
	public boolean shows(EObject object) {
		IPManagementScheme scheme = Registers.schemeOf(object);
		return scheme != null && Registers.schemes(report()).contains(scheme);
	}

	private static String instrument(IPInstrument instrument) {
		String title = instrument.getTitleJa() == null ? ObjectLabels.of(instrument) : instrument.getTitleJa();
		return instrument instanceof IPAgreement agreement && agreement.getDeclaredPartyCount() != null
				? NLS.bind(Messages.declaredParties, title, agreement.getDeclaredPartyCount()) : title;
	}

	@Override
	protected List<Object> structure() {
		// a register's section comes with its first record
		return Registers.subjects(report()).stream().map(IpSchemes::of)
				.<Object> map(scheme -> scheme == null ? List.of() : List.of(scheme, records(scheme).isEmpty())).toList();
	}

	@Override
	protected void modelChanged() {
		// the fields show what the file holds; a change of the schemes rebuilds them (structure)
		registers.forEach(EObjectTable::refresh);
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
			return Registers.subjects(report).stream().anyMatch(subject -> IpSchemes.of(subject) != null);
		}
	}

	/** One field showing several features of the owner. */
	private void revealable(EObject owner, List<? extends EStructuralFeature> features, Control control) {
		features.forEach(feature -> revealable(owner, feature, control));
	}
}
