package org.hyoka.editor.fixes;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The quick fixes of one rule's findings, contributed to the {@code org.hyoka.editor.quickFixes} extension point: the
 * Problems view offers them for a finding of that rule, and each runs as one command on the editor's stack, so that
 * Undo takes it back whole. Implementations have a public no-argument constructor and only read the model: a fix
 * whose change the file itself determines, never a guess.
 */
@FunctionalInterface
public interface QuickFix {

	/**
	 * The fixes of a finding, none when this finding has none.
	 *
	 * @param object
	 *            the object the finding is about
	 * @param holder
	 *            the object holding the value it names (a budget column's total, say), or {@code null}
	 */
	List<Fix> fixes(EObject object, EObject holder);

	/**
	 * One fix: its label in the Problems view (and the Undo menu), a sentence saying what it does, the object it
	 * changes (shown after the change) and the command, made for the editor's editing domain.
	 */
	record Fix(String label, String description, EObject changed, Function<EditingDomain, Command> change) {
	}
}
