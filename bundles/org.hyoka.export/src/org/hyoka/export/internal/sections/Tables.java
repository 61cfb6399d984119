package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.get;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Kind;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.DatedEvent;
import org.hyoka.model.base.Money;
import org.hyoka.model.base.Named;
import org.hyoka.model.printed.Printed;

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

	/**
	 * A table of these rows under these headings, without the columns no row fills (most projects name no
	 * investigator); nothing without rows.
	 */
	static List<Block> data(String caption, List<List<String>> texts, String... headings) {
		if (texts.isEmpty()) {
			return List.of();
		}
		List<Integer> kept = IntStream.range(0, headings.length).filter(column -> texts.stream().anyMatch(row -> !row.get(column).isEmpty())).boxed().toList();
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(kept.stream().map(column -> Cell.header(get(headings[column]))).toList());
		texts.forEach(row -> rows.add(kept.stream().map(column -> Cell.text(row.get(column), TEXT)).toList()));
		return List.of(new Table(Kind.DATA, "", get(caption), "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The word printed for a flag that is set, nothing for one that is not. */
	static String flag(boolean set, String key) {
		return set ? get(key) : ""; //$NON-NLS-1$
	}

	/** 2019年度, or nothing. */
	static String year(Integer fiscalYear) {
		return fiscalYear == null ? "" : ReportText.fiscalYear(fiscalYear); //$NON-NLS-1$
	}

	/** The name of what is referenced, or nothing. */
	static String name(Named named) {
		return named == null ? "" : ReportText.nonNull(named.getNameJa()); //$NON-NLS-1$
	}

	/** The amount as printed, else its figure and unit: 92.4億円. */
	static String money(Money money) {
		if (money == null) {
			return ""; //$NON-NLS-1$
		}
		return Printed.or(money, BasePackage.Literals.MONEY__AMOUNT, () -> money.getAmount() == null ? "" //$NON-NLS-1$
				: ReportText.amount(money.getAmount()) + (money.getUnit() == null ? "" : ReportText.unit(money.getUnit()))); //$NON-NLS-1$
	}

	/** A date as printed, else as the report writes it, then what happened: 2021年4月6日 一部変更. */
	static String event(DatedEvent event) {
		String date = Printed.or(event, BasePackage.Literals.DATED_EVENT__DATE, () -> ReportText.date(event.getDate(), null));
		return (date + " " + ReportText.nonNull(event.getLabel())).strip(); //$NON-NLS-1$
	}

	/** The events one per line. */
	static String events(List<DatedEvent> events) {
		return String.join("\n", events.stream().map(Tables::event).toList()); //$NON-NLS-1$
	}
}
