package org.hyoka.app.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.IParameter;
import org.eclipse.core.commands.ParameterValuesException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MArea;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.statushandlers.StatusManager;
import org.hyoka.app.internal.StartActions.StartAction;

/**
 * While no editor is open, the editor area offers what a user starts with: New Evaluation, Open File, Open Sample
 * and whatever else bundles contribute to {@value StartActions#EXTENSION_POINT}, as links. An action whose command
 * needs a parameter it was not given (the sample to open) shows a menu of that parameter's values.
 */
final class EmptyEditorArea implements IPartListener2 {

	/** The data keys of a link's action id and of the menu of values it last showed, for tests. */
	static final String ACTION = "org.hyoka.app.startAction"; //$NON-NLS-1$
	static final String CHOICES = "org.hyoka.app.startAction.choices"; //$NON-NLS-1$

	private final IWorkbenchWindow window;
	private Composite panel;

	private EmptyEditorArea(IWorkbenchWindow window) {
		this.window = window;
	}

	static void install(IWorkbenchWindow window) {
		EmptyEditorArea area = new EmptyEditorArea(window);
		window.getPartService().addPartListener(area);
		// editors restored from the last session but never shown close without a partClosed, but their stack's
		// children change; and a restored layout may draw the editor area's stack only after the window opened
		IEventBroker events = window.getService(IEventBroker.class);
		if (events != null) {
			for (String topic : new String[] { UIEvents.ElementContainer.TOPIC_CHILDREN, UIEvents.UIElement.TOPIC_WIDGET }) {
				events.subscribe(topic, event -> {
					if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPartStack) {
						window.getShell().getDisplay().asyncExec(area::update);
					}
				});
			}
		}
		area.update();
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		if (reference instanceof IEditorReference) {
			update();
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference instanceof IEditorReference) {
			// the closing editor is still counted until its close ends
			window.getShell().getDisplay().asyncExec(this::update);
		}
	}

	/** Shows the panel on the editor area's stack while the page has no editor, and hides it otherwise. */
	private void update() {
		if (window.getShell() == null || window.getShell().isDisposed()) {
			return;
		}
		IWorkbenchPage page = window.getActivePage();
		boolean empty = page != null && page.getEditorReferences().length == 0;
		Composite stack = editorStack();
		if (panel != null && (panel.isDisposed() || panel.getParent() != stack)) {
			if (!panel.isDisposed()) {
				panel.dispose();
			}
			panel = null;
		}
		if (!empty || stack == null) {
			if (panel != null) {
				panel.setVisible(false);
			}
			return;
		}
		if (panel == null) {
			panel = createPanel(stack);
			// the tab folder lays out only its tabs' controls: the panel follows its client area itself
			stack.addListener(SWT.Resize, event -> {
				if (panel != null && !panel.isDisposed() && panel.getParent() == stack) {
					panel.setBounds(stack.getClientArea());
				}
			});
		}
		panel.setBounds(stack.getClientArea());
		panel.moveAbove(null);
		panel.setVisible(true);
	}

	/** The tab folder of the editor area's first stack, where editors open; null while it is not drawn. */
	private Composite editorStack() {
		EModelService models = window.getService(EModelService.class);
		MWindow model = window.getService(MWindow.class);
		if (models == null || model == null) {
			return null;
		}
		// the perspective holds a placeholder of that id; the area itself is among the window's shared elements
		MUIElement area = models.find(IPageLayout.ID_EDITOR_AREA, model);
		if (area instanceof MPlaceholder placeholder) {
			area = placeholder.getRef();
		}
		if (!(area instanceof MArea)) {
			return null;
		}
		List<MPartStack> stacks = models.findElements(area, null, MPartStack.class, null);
		for (MPartStack stack : stacks) {
			if (stack.getWidget() instanceof Composite folder && !folder.isDisposed()) {
				return folder;
			}
		}
		return null;
	}

	private Composite createPanel(Composite stack) {
		Composite composite = new Composite(stack, SWT.NONE);
		composite.setBackground(stack.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		GridLayoutFactory.fillDefaults().margins(24, 24).spacing(8, 10).applyTo(composite);
		Label heading = new Label(composite, SWT.NONE);
		heading.setText(Messages.EmptyEditorArea_heading);
		heading.setFont(JFaceResources.getHeaderFont());
		heading.setBackground(composite.getBackground());
		for (StartAction action : StartActions.installed()) {
			Link link = new Link(composite, SWT.NONE);
			link.setText("<a>" + escape(action.label()) + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
			link.setToolTipText(action.description().isEmpty() ? null : action.description());
			link.setBackground(composite.getBackground());
			link.setData(ACTION, action.id());
			link.addListener(SWT.Selection, event -> run(action, link));
			GridDataFactory.fillDefaults().indent(8, 0).applyTo(link);
		}
		return composite;
	}

	/** A label as a link's text: its own ampersands and angle brackets are not markup. */
	private static String escape(String label) {
		return label.replace("&", "&&").replace("<", "&lt;").replace(">", "&gt;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	/** Runs the action's command, or first asks for the value of a required parameter it was not given. */
	private void run(StartAction action, Link link) {
		ICommandService commands = window.getService(ICommandService.class);
		Command command = commands.getCommand(action.command());
		try {
			for (IParameter parameter : command.getParameters() == null ? new IParameter[0] : command.getParameters()) {
				if (!parameter.isOptional() && !action.parameters().containsKey(parameter.getId())) {
					choose(action, command, parameter, link);
					return;
				}
			}
			execute(command, action.parameters());
		} catch (NotDefinedException | ParameterValuesException e) {
			StatusManager.getManager().handle(Status.error(action.bundle() + ": " + action.id() + ": " + e.getMessage(), e), //$NON-NLS-1$ //$NON-NLS-2$
					StatusManager.SHOW | StatusManager.LOG);
		}
	}

	private void choose(StartAction action, Command command, IParameter parameter, Link link) throws ParameterValuesException {
		if (parameter.getValues() == null) {
			throw new ParameterValuesException(parameter.getId() + " has no values to choose from", null); //$NON-NLS-1$
		}
		if (link.getData(CHOICES) instanceof Menu shown) {
			shown.dispose();
		}
		Menu menu = new Menu(link);
		link.setData(CHOICES, menu);
		Map<?, ?> values = parameter.getValues().getParameterValues();
		for (Map.Entry<?, ?> value : values.entrySet()) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(String.valueOf(value.getKey()).replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
			item.addListener(SWT.Selection, event -> {
				Map<String, String> parameters = new LinkedHashMap<>(action.parameters());
				parameters.put(parameter.getId(), String.valueOf(value.getValue()));
				execute(command, parameters);
			});
		}
		// the link's tooltip, shown while the pointer rests on it, would lie over the menu's first choices
		String tip = link.getToolTipText();
		link.setToolTipText(null);
		menu.addListener(SWT.Hide, event -> {
			if (!link.isDisposed()) {
				link.setToolTipText(tip);
			}
		});
		Point below = link.toDisplay(0, link.getSize().y);
		menu.setLocation(below);
		menu.setVisible(true);
	}

	private void execute(Command command, Map<String, String> parameters) {
		try {
			ParameterizedCommand parameterized = ParameterizedCommand.generateCommand(command, parameters);
			if (parameterized == null) {
				throw new NotDefinedException(command.getId() + " " + parameters); //$NON-NLS-1$
			}
			window.getService(IHandlerService.class).executeCommand(parameterized, null);
		} catch (CommandException e) {
			StatusManager.getManager().handle(Status.error(e.getMessage(), e), StatusManager.SHOW | StatusManager.LOG);
		}
	}
}
