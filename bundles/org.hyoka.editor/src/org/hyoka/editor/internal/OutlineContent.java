package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.hyoka.edit.ui.ItemProviderContentProvider;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramPackage;

/**
 * The Outline's tree, in the order an evaluator reads the report: the program first, its projects, and under each
 * program or project its evaluations; then the rest of the report; the organizations and people last, each under a
 * node of their own instead of before everything else.
 */
final class OutlineContent extends ItemProviderContentProvider {

	/** The organizations or the people of a report, shown as one node. */
	record Group(EvaluationReport report, EReference feature) {

		List<?> members() {
			return (List<?>) report.eGet(feature);
		}

		String label() {
			return NLS.bind(feature == HyokaPackage.Literals.EVALUATION_REPORT__ORGANIZATIONS ? Messages.outlineOrganizations
					: Messages.outlinePeople, members().size());
		}
	}

	private static final List<EReference> GROUPED = List.of(HyokaPackage.Literals.EVALUATION_REPORT__ORGANIZATIONS,
			HyokaPackage.Literals.EVALUATION_REPORT__PERSONS);

	OutlineContent(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Group group) {
			return group.members().toArray();
		}
		if (parent instanceof EvaluationReport report) {
			return reportChildren(report).toArray();
		}
		if (parent instanceof EvaluationSubject subject) {
			return subjectChildren(subject).toArray();
		}
		return super.getChildren(parent);
	}

	private List<Object> reportChildren(EvaluationReport report) {
		List<Object> first = new ArrayList<>();
		List<Object> rest = new ArrayList<>();
		for (Object child : super.getChildren(report)) {
			if (child instanceof Program) {
				first.add(child);
			} else if (!(child instanceof EObject object && (GROUPED.contains(object.eContainmentFeature()) || underSubject(object)))) {
				rest.add(child);
			}
		}
		first.addAll(rest);
		for (EReference feature : GROUPED) {
			Group group = new Group(report, feature);
			if (!group.members().isEmpty()) {
				first.add(group);
			}
		}
		return first;
	}

	/** A program's projects, then the evaluations of the subject, then what else it holds. */
	private List<Object> subjectChildren(EvaluationSubject subject) {
		List<Object> children = new ArrayList<>();
		List<Object> rest = new ArrayList<>();
		for (Object child : super.getChildren(subject)) {
			boolean project = child instanceof EObject object && object.eContainmentFeature() == ProgramPackage.Literals.PROGRAM__PROJECTS;
			(project ? children : rest).add(child);
		}
		children.addAll(evaluationsOf(subject));
		children.addAll(rest);
		return children;
	}

	private static List<Evaluation> evaluationsOf(EvaluationSubject subject) {
		return !(EcoreUtil.getRootContainer(subject) instanceof EvaluationReport report) ? List.of()
				: report.getEvaluations().stream().filter(evaluation -> evaluation.getTarget() == subject).toList();
	}

	/** An evaluation shown under the program or project it evaluates, which is in the same file. */
	private static boolean underSubject(EObject object) {
		return object instanceof Evaluation evaluation && evaluation.getTarget() != null
				&& evaluation.getTarget().eResource() == evaluation.eResource();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Group group) {
			return group.report();
		}
		if (element instanceof EObject object && object.eContainer() instanceof EvaluationReport report
				&& GROUPED.contains(object.eContainmentFeature())) {
			return new Group(report, object.eContainmentFeature());
		}
		if (element instanceof EObject object && underSubject(object)) {
			return ((Evaluation) object).getTarget();
		}
		return super.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof Group) {
			return true;
		}
		if (element instanceof EvaluationSubject subject && !evaluationsOf(subject).isEmpty()) {
			return true;
		}
		return super.hasChildren(element);
	}
}
