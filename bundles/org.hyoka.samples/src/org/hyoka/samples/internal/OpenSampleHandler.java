package org.hyoka.samples.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.hyoka.samples.Sample;
import org.hyoka.samples.SampleEvaluations;

/** Copies the chosen sample into the workspace (unless a copy exists) and opens it in its editor. */
public class OpenSampleHandler extends AbstractHandler {

	public static final String COMMAND = "org.hyoka.samples.open"; //$NON-NLS-1$
	public static final String PARAMETER = "org.hyoka.samples.sample"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String id = event.getParameter(PARAMETER);
		Sample sample = SampleEvaluations.find(id)
				.orElseThrow(() -> new ExecutionException(NLS.bind(Messages.OpenSample_unknown, id)));
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			IFile file = SampleEvaluations.install(sample, new NullProgressMonitor());
			IDE.openEditor(page, file, true);
			return file;
		} catch (PartInitException e) {
			throw new ExecutionException(NLS.bind(Messages.OpenSample_failed, sample.name(), e.getMessage()), e);
		} catch (CoreException e) {
			throw new ExecutionException(NLS.bind(Messages.OpenSample_failed, sample.name(), e.getMessage()), e);
		}
	}
}
