package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.hyoka.core.contributions.Contribution;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Contributions;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.fixes.QuickFix;
import org.hyoka.editor.fixes.QuickFix.Fix;

/**
 * The Problems view's quick fixes: those contributed to {@value #EXTENSION_POINT} for the rule of a finding, the
 * editor's own included. A fix is worked out from the file's editor, which is opened in the background if need be,
 * and runs as one command on the editor's stack, named so that Undo names it.
 */
public final class QuickFixes implements IMarkerResolutionGenerator2 {

	public static final String EXTENSION_POINT = EditorPages.PLUGIN_ID + ".quickFixes"; //$NON-NLS-1$

	private static final String RULE = "rule"; //$NON-NLS-1$
	private static final String CLASS = "class"; //$NON-NLS-1$

	private final List<Contributed> contributed;

	/** The fixes of the running platform; what was wrong with the contributions goes to the log. */
	public QuickFixes() {
		Contributions<Contributed> read = read(RegistryFactory.getRegistry());
		read.log(QuickFixes.class);
		contributed = read.accepted();
	}

	/** The fixes contributed to the extension point; a contribution lacking an attribute is left out and reported. */
	static Contributions<Contributed> read(IExtensionRegistry registry) {
		return Contributions.read(registry, EXTENSION_POINT, "fix", Messages.fixKind, //$NON-NLS-1$
				fix -> fix.rule() + ' ' + fix.bundle() + ' ' + fix.className(), QuickFixes::contributed);
	}

	private static Contributed contributed(Contribution element) throws ContributionException {
		return new Contributed(element.required(RULE), element.required(CLASS), element.bundle(),
				() -> element.create(CLASS, QuickFix.class));
	}

	@Override
	public boolean hasResolutions(IMarker marker) {
		String rule = marker.getAttribute(ProblemMarkers.RULE, ""); //$NON-NLS-1$
		return contributed.stream().anyMatch(fix -> fix.rule().equals(rule));
	}

	/** The fixes of the marker's finding, read from the file's editor. */
	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		EvaluationEditor editor = editor(marker, false);
		EObject object = editor == null ? null : objectOf(editor, marker, ProblemMarkers.OBJECT);
		if (object == null) {
			return new IMarkerResolution[0];
		}
		EObject holder = objectOf(editor, marker, ProblemMarkers.HOLDER);
		String rule = marker.getAttribute(ProblemMarkers.RULE, ""); //$NON-NLS-1$
		List<IMarkerResolution> resolutions = new ArrayList<>();
		for (Contributed fix : contributed) {
			if (fix.rule().equals(rule)) {
				fix.create().fixes(object, holder).forEach(each -> resolutions.add(new Resolution(each)));
			}
		}
		return resolutions.toArray(IMarkerResolution[]::new);
	}

	/** The object of the marker's attribute, {@link ProblemMarkers#OBJECT} or {@link ProblemMarkers#HOLDER}. */
	private static EObject objectOf(EvaluationEditor editor, IMarker marker, String attribute) {
		String fragment = marker.getAttribute(attribute, null);
		return fragment == null || editor.model().resource() == null ? null : editor.model().resource().getEObject(fragment);
	}

	/** The editor of the marker's file, opened if need be; null when the file cannot be opened. */
	private static EvaluationEditor editor(IMarker marker, boolean activate) {
		if (!(marker.getResource() instanceof IFile file) || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) {
			return null;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart open = page.findEditor(new FileEditorInput(file));
		try {
			if (open == null) {
				open = IDE.openEditor(page, file, EvaluationEditor.ID, activate);
			} else if (activate) {
				page.activate(open);
			}
		} catch (PartInitException e) {
			ILog.of(QuickFixes.class).log(e.getStatus());
			return null;
		}
		return open instanceof EvaluationEditor editor ? editor : null;
	}

	/** A contribution: the rule whose findings it fixes, and how to make the class that works the fixes out. */
	record Contributed(String rule, String className, String bundle, Factory factory) {

		QuickFix create() {
			try {
				return factory.create();
			} catch (ContributionException e) {
				ILog.of(QuickFixes.class).warn(e.getMessage());
				return (object, holder) -> List.of();
			}
		}
	}

	/** Makes a contribution's class. */
	@FunctionalInterface
	interface Factory {
		QuickFix create() throws ContributionException;
	}

	/** A fix as the Problems view offers it. */
	private record Resolution(Fix fix) implements IMarkerResolution2 {

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public String getDescription() {
			return fix.description();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			EvaluationEditor editor = editor(marker, true);
			if (editor == null || fix.changed().eResource() != editor.model().resource()) {
				return; // the file was reloaded since: the fix is about objects no longer shown
			}
			EditingDomain domain = editor.getEditingDomain();
			CompoundCommand command = new CompoundCommand(fix.label(), new ArrayList<>(List.of(fix.change().apply(domain))));
			if (command.canExecute()) {
				domain.getCommandStack().execute(command);
				editor.updateMarkers();
				editor.reveal(fix.changed(), null, true);
			}
		}
	}
}
