package org.hyoka.scoresheets.ui.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchPage;
import org.hyoka.model.EvaluationReport;
import org.hyoka.scoresheets.ImportPlan;
import org.hyoka.scoresheets.ScoreSheetImport;

/** The evaluation, the sheets, and a preview of the plan: scores (old → new), comments, conflicts. */
final class ImportScoreSheetsPage extends WizardPage {

	private final IWorkbenchPage workbenchPage;
	private final Path initialSource;
	private static final String LAST_FOLDER = "lastFolder"; //$NON-NLS-1$

	private final List<Path> sheets = new ArrayList<>();
	/** Sheets chosen before the wizard opened, read once the page shows. */
	private List<Path> initialSheets;

	private SourceField source;
	private Label where;
	private org.eclipse.swt.widgets.List sheetList;
	private TableViewer preview;
	/** The place each row comes from, as wide as its longest. */
	private TableColumn sourceColumn;
	private Label summary;
	private EvaluationTarget target;
	private Path targetFile;
	private ImportPlan plan;

	ImportScoreSheetsPage(IWorkbenchPage workbenchPage, Path initialSource, List<Path> initialSheets) {
		super("scoreSheets"); //$NON-NLS-1$
		this.workbenchPage = workbenchPage;
		this.initialSource = initialSource;
		this.initialSheets = initialSheets;
		setTitle(Messages.Import_pageTitle);
		setDescription(Messages.Import_pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		source = new SourceField(page, initialSource, this::update);
		new Label(page, SWT.NONE);
		where = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(where);

		Label sheetsLabel = new Label(page, SWT.NONE);
		sheetsLabel.setText(Messages.Import_sheets);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(sheetsLabel);
		sheetList = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, sheetList.getItemHeight() * 4).applyTo(sheetList);
		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.swtDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, Messages.Import_add, this::browseSheets);
		button(buttons, Messages.Import_remove, this::removeSelected);

		preview = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		preview.getTable().setHeaderVisible(true);
		preview.getTable().setLinesVisible(true);
		preview.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(preview);
		column(Messages.Preview_kind, 120, PreviewRow::kind); // room for 肯定的意見（○）
		sourceColumn = column(Messages.Preview_source, 170, PreviewRow::source);
		column(Messages.Preview_project, 60, PreviewRow::project);
		column(Messages.Preview_item, 50, PreviewRow::item);
		column(Messages.Preview_evaluator, 100, PreviewRow::evaluator);
		column(Messages.Preview_detail, 320, PreviewRow::detail);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(760, 240).applyTo(preview.getControl());
		summary = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(summary);

		setControl(page);
		update();
	}

	private interface Text {
		String of(PreviewRow row);
	}

	private TableColumn column(String title, int width, Text text) {
		TableViewerColumn column = new TableViewerColumn(preview, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.of((PreviewRow) element);
			}

			/** The whole row's change or message, which a narrow column cuts off. */
			@Override
			public String getToolTipText(Object element) {
				return ((PreviewRow) element).detail();
			}

			@Override
			public Color getForeground(Object element) {
				return ((PreviewRow) element).conflict() ? preview.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
			}
		});
		return column.getColumn();
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
	}

	private void browseSheets() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.Import_addTitle);
		dialog.setFilterExtensions(new String[] { "*.xlsx;*.csv" }); //$NON-NLS-1$
		dialog.setFilterNames(new String[] { Messages.Import_sheetFilter });
		dialog.setFilterPath(sheetFolder().toString());
		if (dialog.open() != null) {
			PageSettings.of(getName()).put(LAST_FOLDER, dialog.getFilterPath());
			List<Path> chosen = new ArrayList<>();
			for (String name : dialog.getFileNames()) {
				chosen.add(Path.of(dialog.getFilterPath(), name));
			}
			addSheets(chosen);
		}
	}

	/**
	 * Where Add… looks first: the folder the last sheets were added from (returned sheets tend to land in one place, a
	 * mail program's downloads), else the evaluation's own folder, where the blank sheets were written.
	 */
	Path sheetFolder() {
		String last = PageSettings.of(getName()).get(LAST_FOLDER);
		if (last != null && Files.isDirectory(Path.of(last))) {
			return Path.of(last);
		}
		Path file = source.file();
		Path folder = file == null ? null : file.toAbsolutePath().getParent();
		return folder != null && Files.isDirectory(folder) ? folder : Path.of(System.getProperty("user.home")); //$NON-NLS-1$
	}

	/**
	 * Reads the sheets selected before the wizard opened once the page has been shown: reading runs on the wizard's
	 * progress bar, which must not start in the middle of turning the page.
	 */
	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && !initialSheets.isEmpty()) {
			List<Path> selected = initialSheets;
			initialSheets = List.of();
			getShell().getDisplay().asyncExec(() -> {
				if (!sheetList.isDisposed()) {
					addSheets(selected);
				}
			});
		}
	}

	/** Adds sheets to the import (what Add… does once the user has chosen files). */
	void addSheets(List<Path> files) {
		for (Path file : files) {
			if (!sheets.contains(file)) {
				sheets.add(file);
				sheetList.add(file.toString());
			}
		}
		update();
	}

	private void removeSelected() {
		for (int index : sheetList.getSelectionIndices()) {
			sheets.set(index, null);
		}
		sheets.removeIf(java.util.Objects::isNull);
		sheetList.remove(sheetList.getSelectionIndices());
		update();
	}

	EvaluationTarget target() {
		return target;
	}

	ImportPlan plan() {
		return plan;
	}

	/**
	 * Reads the sheets on the wizard's progress bar, off the UI thread so that Cancel works. The report is read there
	 * too, which is safe only because the wizard is modal: no editor can change the model until the read is done.
	 *
	 * @throws InterruptedException when the user cancelled
	 */
	private ImportPlan read(EvaluationReport report, List<Path> files) throws InterruptedException, InvocationTargetException {
		AtomicReference<ImportPlan> result = new AtomicReference<>();
		getContainer().run(true, true, monitor -> result.set(ScoreSheetImport.read(report, files, monitor)));
		return result.get();
	}

	/** Reopens the evaluation when its file changed, and plans the import again. */
	private void update() {
		plan = null;
		String problem = source.problem();
		Path file = source.file();
		if (problem == null && (target == null || !file.equals(targetFile))) {
			target = null;
			try {
				target = EvaluationTarget.open(workbenchPage, file);
				targetFile = file;
			} catch (IOException | RuntimeException e) {
				problem = NLS.bind(Messages.Source_unreadable, file, e.getMessage());
			}
		}
		where.setText(problem != null || target == null ? "" : target.inEditor() ? Messages.Source_inEditor : Messages.Source_inFile); //$NON-NLS-1$
		boolean cancelled = false;
		// no sheets yet is where the page starts, not an error: its description asks for them
		if (problem == null && !sheets.isEmpty()) {
			try {
				plan = read(target.report(), List.copyOf(sheets));
			} catch (InterruptedException e) {
				cancelled = true;
			} catch (InvocationTargetException e) {
				ILog.of(ImportScoreSheetsPage.class).error(e.getCause().toString(), e.getCause());
				problem = NLS.bind(Messages.Import_failed, e.getCause().getMessage());
			}
		}
		preview.setInput(plan == null ? List.of() : PreviewRow.of(plan));
		// the whole place, 評点票_佐藤花子.xlsx!A!C10: cut, C10 read as C1
		int header = sourceColumn.getWidth();
		sourceColumn.pack();
		sourceColumn.setWidth(Math.max(header, sourceColumn.getWidth()));
		summary.setText(plan == null ? "" //$NON-NLS-1$
				: NLS.bind(Messages.Import_summary, new Object[] { plan.changes().size(), plan.comments().size(), plan.conflicts().size() }));
		if (cancelled) {
			setMessage(Messages.Import_cancelled, IMessageProvider.WARNING);
		} else if (plan != null && plan.isEmpty()) {
			setMessage(Messages.Import_nothing, IMessageProvider.WARNING);
		} else {
			setMessage(null);
		}
		setErrorMessage(problem);
		setPageComplete(plan != null && !plan.isEmpty());
		where.getParent().layout(true, true);
	}
}
