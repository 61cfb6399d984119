package org.hyoka.ip.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.model.base.Organization;
import org.hyoka.model.program.Project;

/**
 * The filters above a view's table: project and party, and optionally kind and a text. Each choice list starts with
 * All; the lists follow the model, keeping what the user chose while it is still there.
 */
final class FilterBar {

	/** The {@link org.eclipse.swt.widgets.Widget#getData(String) data key} naming a filter: project, party, kind, text. */
	static final String ROLE = "org.hyoka.ip.ui.filter"; //$NON-NLS-1$

	private final Choices<Project> project;
	private final Choices<Organization> party;
	private final Choices<String> kind;
	private final Text text;

	/** Adds the filters to the parent, whose layout is a grid with a column for each label and each filter. */
	FilterBar(Composite parent, boolean kindAndText, Runnable changed) {
		project = new Choices<>(parent, Messages.filterProject, "project", ObjectLabels::of, changed); //$NON-NLS-1$
		party = new Choices<>(parent, Messages.filterParty, "party", ObjectLabels::of, changed); //$NON-NLS-1$
		if (kindAndText) {
			kind = new Choices<>(parent, Messages.filterKind, "kind", Function.identity(), changed); //$NON-NLS-1$
			new Label(parent, SWT.NONE).setText(Messages.filterText);
			text = new Text(parent, SWT.BORDER | SWT.SEARCH);
			text.setData(ROLE, "text"); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(text);
			text.addListener(SWT.Modify, event -> changed.run());
		} else {
			kind = null;
			text = null;
		}
	}

	/** The columns the filters take in the parent's grid. */
	static int columns(boolean kindAndText) {
		return kindAndText ? 8 : 4;
	}

	/** Offers these projects, parties and kinds. */
	void offer(List<Project> projects, Collection<Organization> parties, Collection<String> kinds) {
		project.offer(projects);
		party.offer(new ArrayList<>(parties));
		if (kind != null) {
			kind.offer(new ArrayList<>(kinds));
		}
	}

	/** Whether a row of this project, these parties, kind and texts passes the filters. */
	boolean accepts(Project itsProject, Collection<Organization> itsParties, String itsKind, String... texts) {
		if (project.chosen() != null && project.chosen() != itsProject || party.chosen() != null && !itsParties.contains(party.chosen())) {
			return false;
		}
		if (kind != null && kind.chosen() != null && !kind.chosen().equals(itsKind)) {
			return false;
		}
		String wanted = text == null ? "" : text.getText().strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (wanted.isEmpty()) {
			return true;
		}
		for (String each : texts) {
			if (each != null && each.toLowerCase(Locale.ROOT).contains(wanted)) {
				return true;
			}
		}
		return false;
	}

	/** The project chosen, or null for all. */
	Project project() {
		return project.chosen();
	}

	/** A labelled drop-down of All and the offered values. */
	private static final class Choices<T> {

		private final Combo combo;
		private final Function<? super T, String> label;
		private final List<T> values = new ArrayList<>();

		Choices(Composite parent, String title, String role, Function<? super T, String> label, Runnable changed) {
			this.label = label;
			new Label(parent, SWT.NONE).setText(title);
			combo = new Combo(parent, SWT.READ_ONLY);
			combo.setData(ROLE, role);
			combo.setItems(Messages.filterAll);
			combo.select(0);
			combo.addListener(SWT.Selection, event -> changed.run());
		}

		void offer(List<T> offered) {
			if (offered.equals(values)) {
				return;
			}
			T chosen = chosen();
			values.clear();
			values.addAll(offered);
			List<String> items = new ArrayList<>(List.of(Messages.filterAll));
			values.stream().map(label).forEach(items::add);
			combo.setItems(items.toArray(String[]::new));
			combo.select(Math.max(0, values.indexOf(chosen) + 1));
		}

		T chosen() {
			int index = combo.getSelectionIndex();
			return index <= 0 || index > values.size() ? null : values.get(index - 1);
		}
	}
}
