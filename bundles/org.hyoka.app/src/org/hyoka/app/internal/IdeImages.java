package org.hyoka.app.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;

/**
 * Declares the shared IDE images that the IDE's own workbench advisor would declare; without them Project
 * Explorer shows projects and task markers without icons.
 */
final class IdeImages {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide"; //$NON-NLS-1$
	private static final String OBJ16 = "$nl$/icons/full/obj16/"; //$NON-NLS-1$

	private IdeImages() {
	}

	static void declare(IWorkbenchConfigurer configurer) {
		declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "prj_obj.png"); //$NON-NLS-1$
		declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "cprj_obj.png"); //$NON-NLS-1$
		declare(configurer, IDE.SharedImages.IMG_OBJS_BKMRK_TSK, "bkmrk_tsk.png"); //$NON-NLS-1$
		declare(configurer, IDE.SharedImages.IMG_OBJS_TASK_TSK, "taskmrk_tsk.png"); //$NON-NLS-1$
	}

	private static void declare(IWorkbenchConfigurer configurer, String symbolicName, String file) {
		ImageDescriptor descriptor = ResourceLocator.imageDescriptorFromBundle(IDE_BUNDLE, OBJ16 + file)
				.orElseGet(ImageDescriptor::getMissingImageDescriptor);
		configurer.declareImage(symbolicName, descriptor, true);
	}
}
