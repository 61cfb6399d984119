package org.hyoka.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.hyoka.core.rules.Rule;
import org.hyoka.core.validation.Validation;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.AddOnContent;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.persistence.HyokaLoadException;
import org.hyoka.model.persistence.LoadProblem;
import org.hyoka.team.internal.TeamMessages;

/**
 * Merging evaluation files: read with the hardened loader, merged by {@link ModelMerge}, validated, written
 * atomically. An empty base file (Git gives one when both sides added the file) means no common ancestor.
 */
public final class TeamFiles {

	private TeamFiles() {
	}

	/**
	 * Merges theirs into ours and writes the result to {@code target}, conflicts or not (ours kept in each).
	 *
	 * @return the result, with the validation errors the merge brought that neither side had
	 * @throws IOException
	 *             a file cannot be read (the message names it and the place), holds content of an add-on that is
	 *             not installed (which the merge would lose), or the target cannot be written; nothing is written then
	 */
	public static MergeResult merge(Path base, Path ours, Path theirs, Path target) throws IOException {
		EvaluationReport b = Files.size(base) == 0 ? null : load(base);
		EvaluationReport o = load(ours);
		EvaluationReport t = load(theirs);
		MergeResult result = ModelMerge.merge(b, o, t);
		EvaluationReport merged = (EvaluationReport) result.merged();
		Resource resource = HyokaFiles.newResourceSet().createResource(HyokaFiles.uri(target));
		resource.getContents().add(merged);
		Set<String> before = errors(o);
		before.addAll(errors(t));
		List<String> newErrors = new ArrayList<>();
		for (Diagnostic finding : Validation.validate(merged).getChildren()) {
			if (finding.getSeverity() >= Diagnostic.ERROR && !before.contains(errorKey(finding))) {
				newErrors.add(finding.getMessage());
			}
		}
		HyokaFiles.save(merged, target);
		return new MergeResult(merged, result.conflicts(), List.copyOf(newErrors));
	}

	/** The report of a file, refused when it holds content of an add-on that is not installed. */
	public static EvaluationReport load(Path file) throws IOException {
		EvaluationReport report = HyokaFiles.load(file);
		// content kept as read (of an add-on not installed, of a newer format) is no model object: a merge would drop it
		if (report.eResource() instanceof XMLResource xml && !xml.getEObjectToExtensionMap().isEmpty()) {
			List<AddOnContent.Missing> missing = AddOnContent.missing(xml);
			String problem = missing.isEmpty() ? TeamMessages.format("unknownContent") //$NON-NLS-1$
					: TeamMessages.format("addOnMissing", missing.get(0).featureLabel()); //$NON-NLS-1$
			throw new HyokaLoadException(List.of(new LoadProblem(file.toString(), 0, 0, problem)), null);
		}
		return report;
	}

	private static Set<String> errors(EObject root) {
		Set<String> errors = new HashSet<>();
		for (Diagnostic finding : Validation.validate(root).getChildren()) {
			if (finding.getSeverity() >= Diagnostic.ERROR) {
				errors.add(errorKey(finding));
			}
		}
		return errors;
	}

	/** A finding as the same on either side: its rule and the object's key. */
	private static String errorKey(Diagnostic finding) {
		String code = Rule.of(finding).map(Rule::code).orElse(finding.getSource() + ':' + finding.getCode());
		Object object = finding.getData().isEmpty() ? null : finding.getData().get(0);
		return code + ' ' + (object instanceof EObject eObject ? ModelMerge.key(eObject) : ""); //$NON-NLS-1$
	}
}
