package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.NamedCommand;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.FeatureNames;
import org.hyoka.editor.pages.RevealingPage;
import org.hyoka.model.AddOnReference;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.persistence.AddOnContent;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramPackage;

/**
 * The program as the report's 第1部 presents it: name, purpose, period, division, its budget tables and its narrative
 * sections.
 */
public final class OverviewPage extends SubjectPage implements RevealingPage {

	public static final String ID = "org.hyoka.editor.page.overview"; //$NON-NLS-1$

	private Label division;
	private Button chooseDivision;

	public OverviewPage(EvaluationEditor editor) {
		super(editor, ID, Messages.pageOverview, Messages.pageOverviewTitle);
	}

	@Override
	protected void fill() {
		rebind();
		division = null;
		chooseDivision = null;
		FormToolkit toolkit = getManagedForm().getToolkit();
		missingAddOns();
		Program program = editor.report().getProgram();
		if (program == null) {
			toolkit.createLabel(content, Messages.noProgram);
			return;
		}
		Composite fields = section(content, Messages.sectionProgram, Messages.sectionProgramDescription);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(fields);
		// the cover's title, made from the program's first name by New Evaluation: here, where a renamed program is seen
		text(fields, editor.report(), HyokaPackage.Literals.EVALUATION_REPORT__TITLE_JA, Messages.fieldReportTitle, SWT.SINGLE);
		text(fields, program, BasePackage.Literals.NAMED__NAME_JA, Messages.fieldName, SWT.SINGLE);
		text(fields, program, ProgramPackage.Literals.EVALUATION_SUBJECT__PURPOSE, Messages.fieldPurpose,
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		period(fields, () -> program);
		toolkit.createLabel(fields, Messages.fieldDivision);
		Composite choice = toolkit.createComposite(fields);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(choice);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(choice);
		division = toolkit.createLabel(choice, Texts.name(program.getResponsibleDivision()));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(division);
		chooseDivision = toolkit.createButton(choice, Messages.chooseButton, SWT.PUSH);
		chooseDivision.addListener(SWT.Selection, event -> chooseDivision(program));

		budgetList(content, () -> program);
		// below the first screen
		later(() -> {
			budgetTables(content, program);
			narratives(content, () -> program);
		});
	}

	/** The responsible division: an organization of the file, none, or a new one; one command. */
	private void chooseDivision(Program program) {
		Command command = ChooseDialog.choose(getSite().getShell(), domain(), Messages.fieldDivision, Messages.chooseDivisionMessage, program,
				ProgramPackage.Literals.PROGRAM__RESPONSIBLE_DIVISION, editor.report().getOrganizations(),
				NewObjects.organizations(editor.report()));
		if (command != null) {
			domain().getCommandStack().execute(NamedCommand.set(Messages.fieldDivision, command));
		}
	}

	/** The button choosing the responsible division; for tests. */
	public Button divisionButton() {
		return chooseDivision;
	}

	/** The program, its fields, its budget tables and its narratives. */
	@Override
	public boolean shows(EObject object) {
		return within(object, editor.report().getProgram(), ProgramPackage.Literals.EVALUATION_SUBJECT__BUDGET_TABLES,
				ProgramPackage.Literals.EVALUATION_SUBJECT__NARRATIVES);
	}

	/**
	 * Names the features whose content the file holds but this workbench cannot show: "needs IP Tracking…", first as
	 * the file recorded them, then as the installation names them in the user's language. That name is looked up in a
	 * job: for a feature never installed here it means reading earlier states of the p2 profile, a file each, and
	 * the software sites.
	 */
	private void missingAddOns() {
		Map<String, List<AddOnContent.Missing>> byFeature = AddOnContent.missing(editor.report().eResource()).stream()
				.collect(Collectors.groupingBy(AddOnContent.Missing::featureLabel, LinkedHashMap::new, Collectors.toList()));
		if (byFeature.isEmpty()) {
			return;
		}
		Composite area = section(content, Messages.sectionAddOns, Messages.sectionAddOnsDescription);
		GridLayoutFactory.fillDefaults().applyTo(area);
		List<Need> needs = new ArrayList<>();
		byFeature.forEach((feature, items) -> {
			Need need = new Need(getManagedForm().getToolkit().createLabel(area, "", SWT.WRAP), //$NON-NLS-1$
					items.get(0).addOn().map(AddOnReference::getFeature), items.size(),
					items.stream().map(item -> ObjectLabels.of(item.owner())).distinct().collect(Collectors.joining(", "))); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(need.label());
			need.show(feature);
			needs.add(need);
		});
		FeatureNames names = editor.getSite().getService(FeatureNames.class);
		if (names != null) {
			Display display = area.getDisplay();
			Job.createSystem("Naming the features a file needs", monitor -> { //$NON-NLS-1$
				Map<Need, String> named = new LinkedHashMap<>();
				needs.forEach(need -> need.featureId().flatMap(names::of).ifPresent(name -> named.put(need, name)));
				if (!named.isEmpty()) {
					display.asyncExec(() -> {
						if (!area.isDisposed()) {
							named.forEach(Need::show);
							getManagedForm().reflow(true);
						}
					});
				}
			}).schedule();
		}
	}

	/** A label saying which feature the file's content of COUNT objects of OWNERS needs. */
	private record Need(Label label, Optional<String> featureId, int count, String owners) {

		void show(String feature) {
			label.setText(NLS.bind(Messages.addOnMissing, feature, count, owners));
		}
	}

	@Override
	protected void modelChanged() {
		// a year added, changed or removed: the table's sections take its columns in place, so that the keyboard stays
		// in the list of years (building the page again took it away after a year was typed)
		updateBudgetTables(content, editor.report().getProgram());
		updateSubject();
		if (division != null && !division.isDisposed()) {
			division.setText(Texts.name(editor.report().getProgram().getResponsibleDivision()));
			division.getParent().layout();
		}
	}

	/** The program's budget tables, each with its section; their years are updated in place (modelChanged). */
	@Override
	protected List<Object> structure() {
		Program program = editor.report().getProgram();
		return program == null ? List.of() : List.copyOf(program.getBudgetTables());
	}
}
