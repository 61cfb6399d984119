package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;

/**
 * #46: a saved layout holding the view of a feature no longer installed (as the workbench saved it with the Roadmap
 * open) is drawn without it, and with it where it was once the feature is back.
 */
class MissingViewsTest {

	private static final String COMPATIBILITY_VIEW = "bundleclass://org.eclipse.ui.workbench/org.eclipse.ui.internal.e4.compatibility.CompatibilityView"; //$NON-NLS-1$
	private static final String GONE = "org.example.uninstalled.view"; //$NON-NLS-1$

	private final WorkbenchBot bot = new WorkbenchBot();

	@Test
	void theViewOfAnUninstalledFeatureIsHiddenAndShowsAgainWhenItIsBack() {
		bot.syncRun(() -> {
			Layout layout = new Layout();
			// the renderer hears of no change: it would make the part before its window has a context
			List<Notification> heard = new ArrayList<>();
			Adapter listener = new AdapterImpl() {
				@Override
				public void notifyChanged(Notification notification) {
					heard.add(notification);
				}
			};
			((EObject) layout.goneHolder).eAdapters().add(listener);
			((EObject) layout.gone).eAdapters().add(listener);
			MissingViews.apply(layout.application, MissingViews.installedViews());
			assertFalse(layout.goneHolder.isToBeRendered(), "the place of the missing view is hidden");
			assertFalse(layout.gone.isToBeRendered(), "the missing view is hidden");
			assertTrue(layout.goneHolder.getTags().contains(MissingViews.HIDDEN));
			assertTrue(layout.problemsHolder.isToBeRendered(), "an installed view stays");
			assertSame(layout.problemsHolder, layout.stack.getSelectedElement(), "its stack shows the installed view instead");
			assertEquals(List.of("org.hyoka.app"), layout.application.getDescriptors().stream()
					.map(MPartDescriptor::getContributorURI).map(uri -> uri.substring(uri.lastIndexOf('/') + 1)).toList(),
					"the descriptor of a bundle that is gone is forgotten");

			MissingViews.apply(layout.application, part -> true);
			assertTrue(layout.goneHolder.isToBeRendered() && layout.gone.isToBeRendered(), "back where it was");
			assertEquals(List.of(), heard.stream().filter(n -> n.getFeature() instanceof EAttribute a && "toBeRendered".equals(a.getName())).toList());
			assertFalse(layout.goneHolder.getTags().contains(MissingViews.HIDDEN));
		});
	}

	@Test
	void theWorkbenchsOwnViewsAreAllInstalled() {
		List<String> hidden = bot.syncCall(() -> {
			MApplication application = PlatformUI.getWorkbench().getService(MApplication.class);
			MissingViews.apply(application, MissingViews.installedViews());
			return PlatformUI.getWorkbench().getService(EModelService.class).findElements(application, null, MPart.class,
					List.of(MissingViews.HIDDEN)).stream().map(MPart::getElementId).toList();
		});
		assertEquals(List.of(), hidden);
	}

	@Test
	void aViewTheUserClosedStaysClosedWhenItsFeatureComesBack() {
		bot.syncRun(() -> {
			Layout layout = new Layout();
			layout.goneHolder.setToBeRendered(false);
			MissingViews.apply(layout.application, MissingViews.installedViews());
			MissingViews.apply(layout.application, part -> true);
			assertFalse(layout.goneHolder.isToBeRendered(), "closed before the uninstall, closed after it");
		});
	}

	/** The Roadmap alone in its stack, beside the stack of Problems: its stack goes with it, and comes back with it. */
	@Test
	void aStackLeftEmptyIsHiddenAndComesBackWithItsView() {
		bot.syncRun(() -> {
			Layout layout = new Layout();
			MPartSashContainer sash = layout.models.createModelElement(MPartSashContainer.class);
			MPartStack alone = layout.models.createModelElement(MPartStack.class);
			layout.window.getChildren().add(sash);
			sash.getChildren().addAll(List.of(layout.stack, alone));
			alone.getChildren().add(layout.goneHolder);
			MissingViews.apply(layout.application, MissingViews.installedViews());
			assertFalse(alone.isToBeRendered(), "the stack with nothing left to show is hidden");
			assertTrue(sash.isToBeRendered() && layout.stack.isToBeRendered(), "the stack of Problems and their sash stay");

			MissingViews.apply(layout.application, part -> true);
			assertTrue(alone.isToBeRendered() && layout.goneHolder.isToBeRendered(), "the stack is back with its view");
			assertFalse(alone.getTags().contains(MissingViews.HIDDEN));
		});
	}

	/** A window whose stack holds a placeholder of Problems and one of a view from an uninstalled bundle, selected. */
	private static final class Layout {
		final EModelService models = PlatformUI.getWorkbench().getService(EModelService.class);
		final MApplication application = models.createModelElement(MApplication.class);
		final MPart gone = view(GONE);
		final MPart problems = view(IPageLayout.ID_PROBLEM_VIEW);
		final MPlaceholder goneHolder = models.createModelElement(MPlaceholder.class);
		final MPlaceholder problemsHolder = models.createModelElement(MPlaceholder.class);
		final MPartStack stack = models.createModelElement(MPartStack.class);
		final MTrimmedWindow window = models.createModelElement(MTrimmedWindow.class);

		Layout() {
			application.getChildren().add(window);
			window.getSharedElements().addAll(List.of(gone, problems));
			problemsHolder.setRef(problems);
			goneHolder.setRef(gone);
			stack.getChildren().addAll(List.of(problemsHolder, goneHolder));
			stack.setSelectedElement(goneHolder);
			window.getChildren().add(stack);
			application.getDescriptors().add(descriptor("platform:/plugin/org.example.uninstalled")); //$NON-NLS-1$
			application.getDescriptors().add(descriptor("platform:/plugin/org.hyoka.app")); //$NON-NLS-1$
		}

		private MPart view(String id) {
			MPart part = models.createModelElement(MPart.class);
			part.setElementId(id);
			part.setContributionURI(COMPATIBILITY_VIEW);
			return part;
		}

		private MPartDescriptor descriptor(String contributor) {
			MPartDescriptor descriptor = models.createModelElement(MPartDescriptor.class);
			descriptor.setContributorURI(contributor);
			return descriptor;
		}
	}
}
