package org.hyoka.editor.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.RevealingPage;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.persistence.AddOnContent;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramPackage;

/** The program as the report's 第1部 presents it: name, purpose, period, division, and its budget tables. */
public final class OverviewPage extends SubjectPage implements RevealingPage {

	public static final String ID = "org.hyoka.editor.page.overview"; //$NON-NLS-1$

	public OverviewPage(EvaluationEditor editor) {
		super(editor, ID, Messages.pageOverview, Messages.pageOverviewTitle);
	}

	@Override
	protected void fill() {
		rebind();
		FormToolkit toolkit = getManagedForm().getToolkit();
		missingAddOns();
		Program program = editor.report().getProgram();
		if (program == null) {
			toolkit.createLabel(content, Messages.noProgram);
			return;
		}
		Composite fields = section(content, Messages.sectionProgram, Messages.sectionProgramDescription);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(fields);
		text(fields, program, BasePackage.Literals.NAMED__NAME_JA, Messages.fieldName, SWT.SINGLE);
		text(fields, program, ProgramPackage.Literals.EVALUATION_SUBJECT__PURPOSE, Messages.fieldPurpose,
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		field(fields, Messages.fieldPeriod, Texts.period(program.getPeriod()));
		field(fields, Messages.fieldDivision,
				program.getResponsibleDivision() == null ? "" : program.getResponsibleDivision().getNameJa()); //$NON-NLS-1$

		budgets(content, program);
	}

	/** The program, its fields and its budget tables. */
	@Override
	public boolean shows(EObject object) {
		return within(object, editor.report().getProgram(), ProgramPackage.Literals.EVALUATION_SUBJECT__BUDGET_TABLES);
	}

	/** Names the features whose content the file holds but this workbench cannot show: "needs IP Tracking…". */
	private void missingAddOns() {
		Map<String, List<AddOnContent.Missing>> byFeature = AddOnContent.missing(editor.report().eResource()).stream()
				.collect(Collectors.groupingBy(AddOnContent.Missing::featureLabel, LinkedHashMap::new, Collectors.toList()));
		if (byFeature.isEmpty()) {
			return;
		}
		Composite area = section(content, Messages.sectionAddOns, Messages.sectionAddOnsDescription);
		GridLayoutFactory.fillDefaults().applyTo(area);
		byFeature.forEach((feature, items) -> GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT)
				.applyTo(getManagedForm().getToolkit().createLabel(area, NLS.bind(Messages.addOnMissing, feature, items.size(),
						items.stream().map(item -> ObjectLabels.of(item.owner())).distinct().collect(Collectors.joining(", "))), //$NON-NLS-1$
						SWT.WRAP)));
	}

	@Override
	protected void modelChanged() {
		updateBudgets();
	}

	/** The program's budget tables, each with its section. */
	@Override
	protected List<Object> structure() {
		Program program = editor.report().getProgram();
		return program == null ? List.of() : budgetLayout(program);
	}
}
