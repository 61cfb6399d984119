package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.hyoka.core.rules.Rule;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.core.validation.Validation;

/** Validation findings of an evaluation file as markers of the Problems view. */
public final class ProblemMarkers {

	public static final String TYPE = "org.hyoka.editor.problem"; //$NON-NLS-1$
	/** The URI fragment of the object a marker is about, which the editor selects on double-click. */
	public static final String OBJECT = "org.hyoka.editor.object"; //$NON-NLS-1$
	public static final String RULE = "org.hyoka.editor.rule"; //$NON-NLS-1$
	/** The name of the feature of that object the finding names, whose field or cell the editor focuses. */
	public static final String FEATURE = "org.hyoka.editor.feature"; //$NON-NLS-1$
	/**
	 * The URI fragment of the object that holds the feature, where that is not the finding's object: e.g. the printed
	 * total of one year, for a finding about its budget table.
	 */
	public static final String HOLDER = "org.hyoka.editor.holder"; //$NON-NLS-1$

	/** What follows the element at the start of a rule's message, in English and in Japanese. */
	private static final List<String> SEPARATORS = List.of(": ", "\uff1a"); //$NON-NLS-1$ //$NON-NLS-2$

	private ProblemMarkers() {
	}

	/** Replaces the file's markers by the findings of validating its content; returns the number of findings. */
	public static int update(IFile file, Resource resource) throws CoreException {
		List<Diagnostic> findings = new ArrayList<>();
		if (!resource.getContents().isEmpty()) {
			flatten(Validation.validate(resource.getContents().get(0)), findings);
		}
		file.getWorkspace().run(monitor -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Diagnostic finding : findings) {
				create(file, resource, finding);
			}
		}, file, 0, null);
		return findings.size();
	}

	private static void flatten(Diagnostic diagnostic, List<Diagnostic> into) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				into.add(diagnostic);
			}
			return;
		}
		diagnostic.getChildren().forEach(child -> flatten(child, into));
	}

	private static void create(IFile file, Resource resource, Diagnostic finding) throws CoreException {
		IMarker marker = file.createMarker(TYPE);
		String code = Rule.of(finding).map(Rule::code).orElse(null);
		EObject named = !finding.getData().isEmpty() && finding.getData().get(0) instanceof EObject object && object.eResource() == resource
				? object : null;
		String location = named == null ? null : ObjectLabels.describe(named);
		String message = point(finding.getMessage(), location);
		marker.setAttribute(IMarker.MESSAGE, code == null ? message : code + " " + message); //$NON-NLS-1$
		marker.setAttribute(IMarker.SEVERITY, switch (finding.getSeverity()) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> IMarker.SEVERITY_ERROR;
		case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		});
		if (code != null) {
			marker.setAttribute(RULE, code);
		}
		if (named != null) {
			marker.setAttribute(OBJECT, resource.getURIFragment(named));
			marker.setAttribute(IMarker.LOCATION, location);
			Optional<EStructuralFeature> feature = Rule.feature(finding);
			if (feature.isPresent()) {
				marker.setAttribute(FEATURE, feature.get().getName());
				Optional<EObject> holder = Rule.holder(finding).filter(other -> other != named && other.eResource() == resource);
				if (holder.isPresent()) {
					marker.setAttribute(HOLDER, resource.getURIFragment(holder.get()));
				}
			}
		}
	}

	/**
	 * The message without the element it begins with, which the Location column shows: the Problems view's Description
	 * column then starts with the finding's point, however narrow it is.
	 */
	private static String point(String message, String location) {
		if (location == null || !message.startsWith(location)) {
			return message;
		}
		String rest = message.substring(location.length());
		for (String separator : SEPARATORS) {
			if (rest.startsWith(separator) && rest.length() > separator.length()) {
				return rest.substring(separator.length());
			}
		}
		return message;
	}
}
