package org.hyoka.export.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.hyoka.edit.ui.widgets.FileField;
import org.hyoka.export.ExportOption;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.ExporterDescriptor;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.FileFormat;
import org.osgi.framework.FrameworkUtil;

/** Source evaluation, format with its options, destination file. Each control says what is missing. */
final class ExportReportPage extends WizardPage {

	/** Data key naming the option a control edits. */
	static final String OPTION = "org.hyoka.export.option"; //$NON-NLS-1$

	private static final String HYOKA_SUFFIX = "." + FileFormat.EXTENSION; //$NON-NLS-1$
	/** The dialog setting of the user's choice not to open the file written. */
	private static final String DONT_OPEN = "dontOpen"; //$NON-NLS-1$

	private final List<ExporterDescriptor> exporters;
	private final Path initialSource;
	private final Map<ExportOption<?>, Object> optionValues = new LinkedHashMap<>();

	private FileField source;
	private TableViewer formats;
	private Label formatDescription;
	private Group options;
	private FileField destination;
	private Button openWritten;
	private ExporterDescriptor format;

	ExportReportPage(List<ExporterDescriptor> exporters, Path initialSource) {
		super("report"); //$NON-NLS-1$
		this.exporters = exporters;
		this.initialSource = initialSource;
		setTitle(Messages.Page_title);
		setDescription(Messages.Page_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		source = new FileField(page, Messages.Page_source, FileField.Kind.OPEN)
				.filter(new String[] { "*" + HYOKA_SUFFIX }, new String[] { Messages.Page_sourceFilter }); //$NON-NLS-1$

		Label formatLabel = new Label(page, SWT.NONE);
		formatLabel.setText(Messages.Page_format);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(formatLabel);
		formats = new TableViewer(page, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		formats.setContentProvider(ArrayContentProvider.getInstance());
		formats.setLabelProvider(LabelProvider.createTextProvider(element -> ((ExporterDescriptor) element).label()));
		formats.setInput(exporters);
		// every installed format in sight, up to a list of eight; more scroll
		int rows = Math.max(1, Math.min(exporters.size(), 8));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1)
				.hint(SWT.DEFAULT, formats.getTable().getItemHeight() * rows + 2 * formats.getTable().getBorderWidth())
				.applyTo(formats.getControl());
		new Label(page, SWT.NONE);
		formatDescription = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(formatDescription);

		options = new Group(page, SWT.NONE);
		options.setText(Messages.Page_options);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(options);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(options);

		destination = new FileField(page, Messages.Page_destination, FileField.Kind.SAVE).browseLabel(Messages.Page_browseDestination);
		new Label(page, SWT.NONE);
		openWritten = new Button(page, SWT.CHECK);
		openWritten.setText(Messages.Page_open);
		// on unless the user turned it off: a word processor shows the PDF it has just saved
		openWritten.setSelection(!settings().getBoolean(DONT_OPEN));
		GridDataFactory.swtDefaults().span(2, 1).applyTo(openWritten);

		if (initialSource != null) {
			source.setText(initialSource.toString());
		}
		source.onChange(() -> {
			Path typed = absolute(source);
			if (destination.getText().isBlank() && typed != null && Files.isRegularFile(typed)) {
				proposeDestination(null);
			}
			validate();
		});
		destination.onChange(this::validate);
		formats.addSelectionChangedListener(event -> formatChanged((ExporterDescriptor) event.getStructuredSelection().getFirstElement()));
		if (!exporters.isEmpty()) {
			formats.setSelection(new StructuredSelection(exporters.get(0)));
		}
		setControl(page);
		validate();
	}

	private void formatChanged(ExporterDescriptor chosen) {
		ExporterDescriptor previous = format;
		format = chosen;
		formatDescription.setText(chosen == null ? "" : chosen.description()); //$NON-NLS-1$
		destination.filter(chosen == null ? new String[0] : new String[] { "*." + chosen.fileExtension() }, //$NON-NLS-1$
				chosen == null ? new String[0] : new String[] { chosen.label() });
		rebuildOptions();
		proposeDestination(previous);
		fitShell();
		validate();
	}

	/** Lays the page out again and grows the dialog when a format's options need more room than it has. */
	private void fitShell() {
		Shell shell = getShell();
		options.getParent().layout(true, true);
		if (shell == null) {
			return;
		}
		Point size = shell.getSize();
		Point preferred = shell.computeSize(size.x, SWT.DEFAULT);
		if (preferred.y > size.y) {
			shell.setSize(size.x, preferred.y);
		}
	}

	/** Check boxes for flags, drop-downs for choices, from the exporter's own option list. */
	private void rebuildOptions() {
		for (Control child : options.getChildren()) {
			child.dispose();
		}
		optionValues.clear();
		List<ExportOption<?>> declared = optionsOf(format);
		for (ExportOption<?> option : declared) {
			optionValues.put(option, option.defaultValue());
			if (option.isFlag()) {
				Button check = new Button(options, SWT.CHECK);
				check.setText(option.label());
				check.setSelection((Boolean) option.defaultValue());
				check.setData(OPTION, option.id());
				check.addListener(SWT.Selection, event -> optionValues.put(option, check.getSelection()));
				GridDataFactory.swtDefaults().span(2, 1).applyTo(check);
			} else {
				new Label(options, SWT.NONE).setText(option.label() + ":"); //$NON-NLS-1$
				choice(option);
			}
		}
		options.setVisible(!declared.isEmpty());
		((GridData) options.getLayoutData()).exclude = declared.isEmpty();
	}

	private <T> void choice(ExportOption<T> option) {
		Combo combo = new Combo(options, SWT.READ_ONLY | SWT.DROP_DOWN);
		option.choices().forEach(value -> combo.add(option.label(value)));
		combo.select(option.choices().indexOf(option.defaultValue()));
		combo.setData(OPTION, option.id());
		combo.addListener(SWT.Selection, event -> optionValues.put(option, option.choices().get(combo.getSelectionIndex())));
	}

	/** The exporter's options; a contribution that fails to load shows none and fails with a message on Finish. */
	private static List<ExportOption<?>> optionsOf(ExporterDescriptor descriptor) {
		if (descriptor == null) {
			return List.of();
		}
		try {
			Exporter exporter = descriptor.create();
			return exporter.options();
		} catch (CoreException e) {
			return List.of();
		}
	}

	/** Next to the evaluation when nothing is typed yet; otherwise the typed name with the format's extension. */
	private void proposeDestination(ExporterDescriptor previous) {
		if (format == null) {
			return;
		}
		String typed = destination.getText().trim();
		if (typed.isEmpty()) {
			Path from = absolute(source);
			if (from != null && from.getFileName() != null) {
				destination.setText(besideEvaluation(from, format).toString());
			}
		} else if (previous != null && typed.endsWith("." + previous.fileExtension())) { //$NON-NLS-1$
			destination.setText(typed.substring(0, typed.length() - previous.fileExtension().length()) + format.fileExtension());
		}
	}

	/** The file of the format next to the evaluation, named as it: {@code 水素.hyoka} gives {@code 水素.pdf}. */
	static Path besideEvaluation(Path evaluation, ExporterDescriptor format) {
		String name = evaluation.getFileName().toString();
		return evaluation.resolveSibling(format.fileName(name.endsWith(HYOKA_SUFFIX) ? name.substring(0, name.length() - HYOKA_SUFFIX.length()) : name));
	}

	private void validate() {
		String error = error();
		setErrorMessage(error);
		setMessage(error == null ? unsavedNote() : null, IMessageProvider.INFORMATION);
		setPageComplete(error == null);
	}

	private String error() {
		Path from = absolute(source);
		if (from == null) {
			return Messages.Page_sourceMissing;
		}
		if (from.getFileName() == null || !from.getFileName().toString().endsWith(HYOKA_SUFFIX)) {
			return NLS.bind(Messages.Page_sourceNotHyoka, from);
		}
		if (!Files.isRegularFile(from)) {
			return NLS.bind(Messages.Page_sourceNotFound, from);
		}
		if (exporters.isEmpty()) {
			return Messages.Page_noExporters;
		}
		if (format == null) {
			return Messages.Page_formatMissing;
		}
		Path to = absolute(destination);
		if (to == null) {
			return Messages.Page_destinationMissing;
		}
		if (Files.isDirectory(to)) {
			return NLS.bind(Messages.Page_destinationFolder, to);
		}
		if (to.getParent() == null || !Files.isDirectory(to.getParent())) {
			return NLS.bind(Messages.Page_destinationParent, to.getParent());
		}
		if (to.toAbsolutePath().normalize().equals(from.toAbsolutePath().normalize())) {
			return Messages.Page_destinationIsSource;
		}
		return null;
	}

	/** What an editor with unsaved changes shows is what gets exported, as Print prints it: say so. */
	private String unsavedNote() {
		IEditorPart editor = dirtyEditor(absolute(source));
		return editor == null ? null : NLS.bind(Messages.Page_unsaved, editor.getEditorInput().getName());
	}

	/** The editor with unsaved changes to this file, or null. */
	private static IEditorPart dirtyEditor(Path file) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage workbenchPage : window.getPages()) {
				for (IEditorPart editor : workbenchPage.getDirtyEditors()) {
					IFile opened = Adapters.adapt(editor.getEditorInput(), IFile.class);
					if (opened != null && opened.getLocation() != null && opened.getLocation().toPath().equals(file)) {
						return editor;
					}
				}
			}
		}
		return null;
	}

	private IDialogSettings settings() {
		return DialogSettings.getOrCreateSection(PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ExportReportPage.class)).getDialogSettings(),
				getName());
	}

	private static Path absolute(FileField field) {
		Path path = field.path();
		return path == null ? null : path.toAbsolutePath();
	}

	/** The export as chosen; call only when the page is complete. */
	ExportRequest request() {
		ExportOptions chosen = ExportOptions.DEFAULTS;
		for (Map.Entry<ExportOption<?>, Object> entry : optionValues.entrySet()) {
			chosen = with(chosen, entry.getKey(), entry.getValue());
		}
		settings().put(DONT_OPEN, !openWritten.getSelection());
		IEditorPart editor = dirtyEditor(absolute(source));
		EvaluationReport shown = editor == null ? null : Adapters.adapt(editor, EvaluationReport.class);
		// a copy taken now: the job exports what the editor shows at Finish while the user goes on editing
		return new ExportRequest(absolute(source), shown == null ? null : EcoreUtil.copy(shown), format, chosen, absolute(destination),
				openWritten.getSelection());
	}

	private static <T> ExportOptions with(ExportOptions options, ExportOption<T> option, Object value) {
		return options.with(option, option.type().cast(value));
	}
}
