package org.hyoka.app.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.hyoka.core.preferences.HyokaPreferences;
import org.hyoka.core.preferences.HyokaPreferences.FiscalYearLabels;
import org.hyoka.core.report.ReportText;
import org.hyoka.model.evaluation.EvaluationItem;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Window &gt; Preferences &gt; Hyoka: the user's name as author, how fiscal years are labelled, the items new
 * evaluations score, the update site and automatic update checks.
 */
public class HyokaPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.hyoka.app.preferences"; //$NON-NLS-1$
	/** Data key naming the page's controls for tests. */
	public static final String CONTROL = "org.hyoka.app.preferences.control"; //$NON-NLS-1$

	// the guideline's names of what a sub-item scores, as its 評価項目 pages name them
	private static final Map<EvaluationItem, String> SUB_ITEM_TITLES = Map.of(EvaluationItem.I2_1, Messages.Preferences_item2_1,
			EvaluationItem.I2_2, Messages.Preferences_item2_2, EvaluationItem.I3_1, Messages.Preferences_item3_1,
			EvaluationItem.I3_2, Messages.Preferences_item3_2);

	private Text authorName;
	private Button western;
	private Button era;
	private CheckboxTableViewer items;
	private Text updateSite;
	private Button automaticUpdates;

	@Override
	public void init(IWorkbench workbench) {
		// nothing to prepare: the page reads the preferences when it is shown
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);

		Composite author = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(author);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(author);
		new Label(author, SWT.NONE).setText(Messages.Preferences_authorName);
		authorName = new Text(author, SWT.BORDER);
		authorName.setData(CONTROL, "authorName"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(authorName);
		Label authorNote = new Label(author, SWT.WRAP);
		authorNote.setText(Messages.Preferences_authorNameNote);
		GridDataFactory.fillDefaults().span(2, 1).hint(400, SWT.DEFAULT).applyTo(authorNote);

		Group years = group(page, Messages.Preferences_fiscalYears);
		western = radio(years, Messages.Preferences_western, "western"); //$NON-NLS-1$
		era = radio(years, Messages.Preferences_era, "era"); //$NON-NLS-1$

		Label itemsLabel = new Label(page, SWT.NONE);
		itemsLabel.setText(Messages.Preferences_defaultItems);
		items = CheckboxTableViewer.newCheckList(page, SWT.BORDER);
		items.setContentProvider(ArrayContentProvider.getInstance());
		items.setLabelProvider(LabelProvider.createTextProvider(item -> label((EvaluationItem) item)));
		items.setInput(Arrays.stream(EvaluationItem.values()).filter(item -> item != EvaluationItem.RECOMMENDATIONS).toArray());
		items.getTable().setData(CONTROL, "items"); //$NON-NLS-1$
		items.addCheckStateListener(event -> validate());
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 200).applyTo(items.getControl());

		Group updates = group(page, Messages.Preferences_updates);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(updates);
		new Label(updates, SWT.NONE).setText(Messages.Preferences_updateSite);
		updateSite = new Text(updates, SWT.BORDER);
		updateSite.setData(CONTROL, "updateSite"); //$NON-NLS-1$
		updateSite.setMessage(UpdateSite.release().map(URI::toString).orElse(Messages.Preferences_noSite));
		updateSite.addModifyListener(event -> validate());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(updateSite);
		String override = System.getProperty(UpdateSite.PROPERTY);
		if (override != null && !override.isBlank()) {
			Label note = new Label(updates, SWT.WRAP);
			note.setText(NLS.bind(Messages.Preferences_updateSiteOverridden, override));
			GridDataFactory.fillDefaults().span(2, 1).hint(400, SWT.DEFAULT).applyTo(note);
		}
		automaticUpdates = new Button(updates, SWT.CHECK);
		automaticUpdates.setText(Messages.Preferences_automaticUpdates);
		automaticUpdates.setData(CONTROL, "automaticUpdates"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).applyTo(automaticUpdates);

		load();
		return page;
	}

	private void load() {
		Optional<IEclipsePreferences> scheduler = Provisioning.schedulerPreferences();
		// outside a p2 installation nothing checks for updates, so there is nothing to switch
		automaticUpdates.setEnabled(scheduler.isPresent());
		show(HyokaPreferences.authorName(), HyokaPreferences.fiscalYearLabels(), HyokaPreferences.defaultItems(),
				InstanceScope.INSTANCE.getNode(UpdateSite.NODE).get(UpdateSite.PREFERENCE, ""), //$NON-NLS-1$
				scheduler.map(Provisioning::automaticUpdates).orElse(false));
	}

	/** Shows what the user has without a choice of their own; saved only by Apply, as on every page. */
	@Override
	protected void performDefaults() {
		show(HyokaPreferences.productAuthorName(), HyokaPreferences.productFiscalYearLabels(), HyokaPreferences.productDefaultItems(),
				"", automaticUpdates.isEnabled() && Provisioning.automaticUpdatesByDefault()); //$NON-NLS-1$
		super.performDefaults();
	}

	private void show(String author, FiscalYearLabels labels, List<EvaluationItem> checked, String site, boolean checkForUpdates) {
		authorName.setText(author);
		western.setSelection(labels == FiscalYearLabels.WESTERN);
		era.setSelection(labels != FiscalYearLabels.WESTERN);
		items.setCheckedElements(checked.toArray());
		updateSite.setText(site);
		automaticUpdates.setSelection(checkForUpdates);
		validate();
	}

	private void validate() {
		String site = updateSite.getText().strip();
		if (items.getCheckedElements().length == 0) {
			setErrorMessage(Messages.Preferences_noItems);
		} else if (!site.isEmpty() && UpdateSite.toUri(site) == null) {
			setErrorMessage(NLS.bind(Messages.Preferences_invalidSite, site));
		} else {
			setErrorMessage(null);
		}
		setValid(getErrorMessage() == null);
	}

	@Override
	public boolean performOk() {
		try {
			HyokaPreferences.setAuthorName(authorName.getText());
			HyokaPreferences.setFiscalYearLabels(western.getSelection() ? FiscalYearLabels.WESTERN : FiscalYearLabels.JAPANESE_ERA);
			HyokaPreferences.setDefaultItems(checkedItems());
			IEclipsePreferences app = InstanceScope.INSTANCE.getNode(UpdateSite.NODE);
			app.put(UpdateSite.PREFERENCE, updateSite.getText().strip());
			app.flush();
			Optional<IEclipsePreferences> scheduler = Provisioning.schedulerPreferences();
			if (scheduler.isPresent()) {
				scheduler.get().putBoolean(Provisioning.SCHEDULER_ENABLED, automaticUpdates.getSelection());
				scheduler.get().flush();
			}
			Provisioning.agent().ifPresent(agent -> UpdateSite.apply(agent, UpdateSite.current()));
			return true;
		} catch (BackingStoreException e) {
			setErrorMessage(NLS.bind(Messages.Preferences_saveFailed, e.getMessage()));
			return false;
		}
	}

	private List<EvaluationItem> checkedItems() {
		// in the order of the guideline, whatever order the user ticked them in
		List<Object> checked = Arrays.asList(items.getCheckedElements());
		return Arrays.stream(EvaluationItem.values()).filter(checked::contains).toList();
	}

	/**
	 * 1 当省が実施することの必要性 as the reports title it; a sub-item, which the reports name by its number only, with
	 * what it scores and the item it belongs to: 2-1 研究開発内容（項目2の細目）.
	 */
	private static String label(EvaluationItem item) {
		String code = ReportText.itemCode(item);
		String title = ReportText.itemTitle(item);
		if (!title.equals(code)) {
			return code + "  " + title; //$NON-NLS-1$
		}
		return NLS.bind(Messages.Preferences_subItem, new Object[] { code, SUB_ITEM_TITLES.getOrDefault(item, ""), //$NON-NLS-1$
				code.substring(0, code.indexOf('-')) });
	}

	private static Group group(Composite parent, String text) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(text);
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private static Button radio(Composite parent, String text, String name) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		button.setData(CONTROL, name);
		return button;
	}
}
