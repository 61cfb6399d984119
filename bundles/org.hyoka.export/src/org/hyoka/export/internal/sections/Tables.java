package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.get;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.export.outline.Block.Cell;

/** What the sections' tables share: the roles of their cells and a header row of report words. */
final class Tables {

	static final String TEXT = "text"; //$NON-NLS-1$
	static final String AMOUNT = "amount"; //$NON-NLS-1$

	private Tables() {
	}

	/** A header row of the report's words for these keys. */
	static List<Cell> headers(String... keys) {
		return Arrays.stream(keys).map(key -> Cell.header(get(key))).toList();
	}

	/**
	 * The report's word for the literal an enum attribute holds ({@code prefix} and the literal's name), nothing when
	 * it is unset: an attribute that is not unsettable holds its first literal when nobody chose one, and that is
	 * never printed as a value.
	 */
	static String word(EObject object, EAttribute attribute, String prefix) {
		return object.eIsSet(attribute) ? get(prefix + ((Enumerator) object.eGet(attribute)).getName()) : ""; //$NON-NLS-1$
	}
}
