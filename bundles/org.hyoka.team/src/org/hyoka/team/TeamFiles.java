package org.hyoka.team;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.hyoka.core.rules.Rule;
import org.hyoka.core.validation.Validation;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.AddOnContent;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.persistence.HyokaLoadException;
import org.hyoka.model.persistence.HyokaResource;
import org.hyoka.model.persistence.LoadProblem;
import org.hyoka.team.internal.TeamMessages;

/**
 * Merging evaluation files: read with the hardened loader, merged by {@link ModelMerge} into ours as read, validated
 * while it is written atomically (the file replaced only once validation is done). An empty base file (Git gives one
 * when both sides added the file) means no common ancestor.
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
	 *             not installed (which the merge would lose), or the target cannot be written (or is ours, and
	 *             changed since it was read); nothing is written then
	 */
	public static MergeResult merge(Path base, Path ours, Path theirs, Path target) throws IOException {
		boolean ancestor = Files.size(base) > 0;
		List<EvaluationReport> read = loadAll(ancestor ? List.of(base, ours, theirs) : List.of(ours, theirs));
		EvaluationReport t = read.get(read.size() - 1);
		MergeResult result = ModelMerge.merge(ancestor ? read.get(0) : null, read.get(read.size() - 2), t);
		EvaluationReport merged = (EvaluationReport) result.merged();
		// validated while it is serialised to the temporary file, which replaces the target (it may be ours, read again
		// only when the merged model has errors to explain) only once validation is done
		FutureTask<List<String>> newErrors = new FutureTask<>(() -> newErrors(merged, ours, t));
		HyokaFiles.save(merged, target, Map.of(HyokaResource.OPTION_ALONGSIDE, newErrors));
		return new MergeResult(merged, result.conflicts(), newErrors.resultNow());
	}

	/**
	 * The messages of the merged model's errors that neither side had. A side is validated only while some error is
	 * left to look for: a merge of valid files validates the result alone, and ours, merged in place, is read again
	 * only when needed.
	 */
	private static List<String> newErrors(EvaluationReport merged, Path ours, EvaluationReport theirs) throws IOException {
		List<Diagnostic> left = errors(merged);
		if (!left.isEmpty()) {
			left = unknown(left, errors(load(ours)));
		}
		if (!left.isEmpty()) {
			left = unknown(left, errors(theirs));
		}
		return left.stream().map(Diagnostic::getMessage).toList();
	}

	/** The errors that are none of the side's. */
	private static List<Diagnostic> unknown(List<Diagnostic> errors, List<Diagnostic> side) {
		Set<String> known = new HashSet<>();
		side.forEach(error -> known.addAll(errorKeys(error)));
		return errors.stream().filter(error -> errorKeys(error).stream().noneMatch(known::contains)).toList();
	}

	private static List<Diagnostic> errors(EObject root) {
		return Validation.validate(root).getChildren().stream().filter(finding -> finding.getSeverity() >= Diagnostic.ERROR).toList();
	}

	/**
	 * The reports of the files, read at once on threads of their own: reading is most of a merge driver's time. A
	 * problem is reported for the first file in the list that has one, as reading one after the other would.
	 */
	private static List<EvaluationReport> loadAll(List<Path> files) throws IOException {
		try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<EvaluationReport>> reads = new ArrayList<>();
			for (Path file : files) {
				reads.add(readers.submit(() -> load(file)));
			}
			List<EvaluationReport> reports = new ArrayList<>();
			for (Future<EvaluationReport> read : reads) {
				reports.add(read.get());
			}
			return reports;
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException problem) {
				throw problem;
			}
			throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException(e.getMessage());
		}
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

	/**
	 * A finding as the same on either side: its rule and the object's key, or its rule and its message, which names the
	 * object by what it holds, since an object without an id that the other side moved has another key.
	 */
	private static List<String> errorKeys(Diagnostic finding) {
		String code = Rule.of(finding).map(Rule::code).orElse(finding.getSource() + ':' + finding.getCode());
		Object object = finding.getData().isEmpty() ? null : finding.getData().get(0);
		return List.of(code + ' ' + (object instanceof EObject eObject ? ModelMerge.key(eObject) : ""), code + '\n' + finding.getMessage()); //$NON-NLS-1$
	}
}
