package org.hyoka.team;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * What a three-way merge gives: the merged model, the conflicts it left to a person (ours kept in each) and the
 * validation errors the merged model has that neither side had.
 */
public record MergeResult(EObject merged, List<Conflict> conflicts, List<String> newErrors) {

	/** Whether nothing is left to a person. */
	public boolean clean() {
		return conflicts.isEmpty() && newErrors.isEmpty();
	}
}
