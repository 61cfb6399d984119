package org.hyoka.app.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;

/**
 * Declares the shared IDE images that the IDE's own workbench advisor would declare and that the views and dialogs
 * of this product use; an image nobody declares is drawn as a small red square (the Problems view's severities, the
 * Quick Fix dialog) or not at all (Project Explorer's projects). The names of the internal ones are their values in
 * {@code IDEInternalWorkbenchImages}; the PNG renditions load without starting the SVG renderer.
 * <p>
 * The same holds for the workbench's problem overlays, which the Project Explorer puts on a project with findings:
 * declared from SVG, the first of them started the SVG renderer, jsvg and Java2D, about 10 MiB of a start with a
 * sample open (docs/benchmarks.md, "Start-up"). The platform ships each beside its SVG as PNG, with a rendition for
 * twice the size.
 */
final class IdeImages {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide"; //$NON-NLS-1$
	private static final String WORKBENCH_BUNDLE = "org.eclipse.ui"; //$NON-NLS-1$
	private static final String ICONS = "$nl$/icons/full/"; //$NON-NLS-1$

	private IdeImages() {
	}

	static void declare(IWorkbenchConfigurer configurer) {
		declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "obj16/prj_obj.png"); //$NON-NLS-1$
		declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "obj16/cprj_obj.png"); //$NON-NLS-1$
		declare(configurer, IDE.SharedImages.IMG_OBJS_BKMRK_TSK, "obj16/bkmrk_tsk.png"); //$NON-NLS-1$
		declare(configurer, IDE.SharedImages.IMG_OBJS_TASK_TSK, "obj16/taskmrk_tsk.png"); //$NON-NLS-1$
		declare(configurer, IDE.SharedImages.IMG_OPEN_MARKER, "elcl16/gotoobj_tsk.png"); //$NON-NLS-1$
		// the Problems view: severities of rows and groups, fixable problems, its tab and layouts
		declare(configurer, "IMG_OBJS_ERROR_PATH", "obj16/error_tsk.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_OBJS_WARNING_PATH", "obj16/warn_tsk.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_OBJS_INFO_PATH", "obj16/info_tsk.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_OBJS_FIXABLE_ERROR", "obj16/quickfix_error_obj.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_OBJS_FIXABLE_WARNING", "obj16/quickfix_warning_obj.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_OBJS_FIXABLE_INFO", "obj16/quickfix_info_obj.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_OBJS_COMPLETE_TSK", "obj16/complete_tsk.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_OBJS_INCOMPLETE_TSK", "obj16/incomplete_tsk.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_ETOOL_PROBLEM_CATEGORY", "etool16/problem_category.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_ETOOL_PROBLEMS_VIEW", "eview16/problems_view.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_ETOOL_PROBLEMS_VIEW_ERROR", "eview16/problems_view_error.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_ETOOL_PROBLEMS_VIEW_WARNING", "eview16/problems_view_warning.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_ETOOL_PROBLEMS_VIEW_INFO", "eview16/problems_view_info.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_LCL_FLAT_LAYOUT", "elcl16/flatLayout.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_LCL_HIERARCHICAL_LAYOUT", "elcl16/hierarchicalLayout.png"); //$NON-NLS-1$ //$NON-NLS-2$
		// Quick Fix and the New, Import and Export wizards' banners
		declare(configurer, "IMG_ELCL_QUICK_FIX_ENABLED", "elcl16/smartmode_co.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_DLCL_QUICK_FIX_DISABLED", "elcl16/smartmode_co.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_DLGBAN_QUICKFIX_DLG", "wizban/quick_fix.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_DLGBAN_SAVEAS_DLG", "wizban/saveas_wiz.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_WIZBAN_NEWPRJ_WIZ", "wizban/newprj_wiz.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_WIZBAN_NEWFOLDER_WIZ", "wizban/newfolder_wiz.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_WIZBAN_NEWFILE_WIZ", "wizban/newfile_wiz.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_WIZBAN_IMPORTDIR_WIZ", "wizban/importdir_wiz.png"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(configurer, "IMG_WIZBAN_EXPORTDIR_WIZ", "wizban/exportdir_wiz.png"); //$NON-NLS-1$ //$NON-NLS-2$
		// the workbench declared these before this runs, and nothing has drawn them yet
		declare(configurer, WORKBENCH_BUNDLE, ISharedImages.IMG_DEC_FIELD_ERROR, "ovr16/error_ovr.png"); //$NON-NLS-1$
		declare(configurer, WORKBENCH_BUNDLE, ISharedImages.IMG_DEC_FIELD_WARNING, "ovr16/warning_ovr.png"); //$NON-NLS-1$
	}

	private static void declare(IWorkbenchConfigurer configurer, String symbolicName, String file) {
		declare(configurer, IDE_BUNDLE, symbolicName, file);
	}

	private static void declare(IWorkbenchConfigurer configurer, String bundle, String symbolicName, String file) {
		ImageDescriptor descriptor = ResourceLocator.imageDescriptorFromBundle(bundle, ICONS + file)
				.orElseGet(ImageDescriptor::getMissingImageDescriptor);
		configurer.declareImage(symbolicName, descriptor, true);
	}
}
