package org.hyoka.app.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.hyoka.app.internal.FileDrops.FileDrop;
import org.hyoka.model.persistence.FileFormat;

/**
 * Files dropped on the editor area from the desktop's file manager, as a word processor takes a document dropped on
 * its window: evaluations open as from File > Open File; files an import takes ({@link FileDrops}) open that import
 * with them, after the evaluations, so that it proposes the one just opened; any other file is named in a dialog that
 * says what can be dropped.
 */
final class EditorAreaDrop extends DropTargetAdapter {

	private final IWorkbenchWindow window;

	EditorAreaDrop(IWorkbenchWindow window) {
		this.window = window;
	}

	/** A copy: the file manager must not move or delete the user's file. */
	@Override
	public void dragEnter(DropTargetEvent event) {
		accept(event);
	}

	@Override
	public void dragOperationChanged(DropTargetEvent event) {
		accept(event);
	}

	private static void accept(DropTargetEvent event) {
		boolean files = Arrays.stream(event.dataTypes).anyMatch(FileTransfer.getInstance()::isSupportedType);
		event.detail = files && (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
	}

	@Override
	public void drop(DropTargetEvent event) {
		if (event.data instanceof String[] names) {
			dropped(names);
		}
	}

	/** Takes the files dropped (their paths), once the drag has ended. */
	void dropped(String[] names) {
		List<Path> files = Arrays.stream(names).map(Path::of).toList();
		// after the drag has ended: a wizard or dialog opened inside the drop would hold the file manager's drag
		window.getShell().getDisplay().asyncExec(() -> take(files));
	}

	/** Opens the evaluations among the files, then the imports of the others. */
	private void take(List<Path> files) {
		FileDrops drops = FileDrops.installed();
		List<Path> evaluations = new ArrayList<>();
		Map<FileDrop, List<Path>> imports = new LinkedHashMap<>();
		List<Path> refused = new ArrayList<>();
		for (Path file : files) {
			Optional<FileDrop> drop = drops.of(file);
			if (FileDrops.hasExtension(file, FileFormat.EXTENSION)) {
				evaluations.add(file);
			} else if (drop.isPresent()) {
				imports.computeIfAbsent(drop.get(), any -> new ArrayList<>()).add(file);
			} else {
				refused.add(file);
			}
		}
		OpenFiles.open(window.getWorkbench(), evaluations, () -> {
			if (window.getShell() == null || window.getShell().isDisposed()) {
				return;
			}
			imports.forEach((drop, dropped) -> {
				if (!startImport(drop, dropped)) {
					refused.addAll(dropped);
				}
			});
			if (!refused.isEmpty()) {
				MessageDialog.openInformation(window.getShell(), Messages.FileDrop_title, NLS.bind(Messages.FileDrop_refused,
						refused.stream().map(Path::toString).collect(Collectors.joining("\n")), offered(drops))); //$NON-NLS-1$
			}
		});
	}

	/** Opens the import with the files; false when its wizard is not installed (logged naming the contributor). */
	private boolean startImport(FileDrop drop, List<Path> files) {
		IWizardDescriptor descriptor = window.getWorkbench().getImportWizardRegistry().findWizard(drop.importWizard());
		if (descriptor == null) {
			ILog.of(EditorAreaDrop.class).warn(NLS.bind(Messages.FileDrops_noWizard, new Object[] { drop.bundle(), drop.importWizard(), drop.extension() }));
			return false;
		}
		try {
			IWorkbenchWizard wizard = descriptor.createWizard();
			wizard.init(window.getWorkbench(), new StructuredSelection(files));
			new WizardDialog(window.getShell(), wizard).open();
			return true;
		} catch (CoreException e) {
			ILog.of(EditorAreaDrop.class).error(e.getMessage(), e);
			return false;
		}
	}

	/** What can be dropped: evaluations, then each import's name with its extensions. */
	private String offered(FileDrops drops) {
		Map<String, List<String>> byWizard = new LinkedHashMap<>();
		for (FileDrop drop : drops.accepted()) {
			IWizardDescriptor descriptor = window.getWorkbench().getImportWizardRegistry().findWizard(drop.importWizard());
			if (descriptor != null) {
				byWizard.computeIfAbsent(descriptor.getLabel(), any -> new ArrayList<>()).add("." + drop.extension()); //$NON-NLS-1$
			}
		}
		StringBuilder offered = new StringBuilder(NLS.bind(Messages.FileDrop_evaluations, "." + FileFormat.EXTENSION)); //$NON-NLS-1$
		byWizard.forEach((label, extensions) -> offered.append('\n').append(NLS.bind(Messages.FileDrop_import, label, String.join(", ", extensions)))); //$NON-NLS-1$
		return offered.toString();
	}
}
