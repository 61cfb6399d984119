package org.hyoka.app.internal;

import java.util.Arrays;

import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonDropAdapter;
import org.eclipse.ui.navigator.CommonDropAdapterAssistant;

/**
 * Files dropped from the desktop's file manager on the Project Explorer below its folders, where the platform refuses
 * them (a file cannot sit beside the folders): taken as on the editor area ({@link EditorAreaDrop}), evaluations
 * opening and the files an import takes opening it. A drop on a folder still copies the files into it.
 */
public class ExplorerDrop extends CommonDropAdapterAssistant {

	/**
	 * The content of the navigator content extension that carries this drop assistant: none, as the extension adds
	 * only the drop (plugin.xml).
	 */
	public static final class NoContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return false;
		}
	}

	@Override
	public boolean isSupportedType(TransferData type) {
		return FileTransfer.getInstance().isSupportedType(type);
	}

	@Override
	public IStatus validateDrop(Object target, int operation, TransferData type) {
		return target instanceof IWorkspaceRoot && isSupportedType(type) ? Status.OK_STATUS : Status.CANCEL_STATUS;
	}

	@Override
	public IStatus handleDrop(CommonDropAdapter adapter, DropTargetEvent event, Object target) {
		IWorkbenchWindow window = Arrays.stream(PlatformUI.getWorkbench().getWorkbenchWindows()).filter(each -> each.getShell() == getShell())
				.findFirst().orElse(null);
		if (window == null || !(event.data instanceof String[] names)) {
			return Status.CANCEL_STATUS;
		}
		new EditorAreaDrop(window).dropped(names);
		return Status.OK_STATUS;
	}
}
