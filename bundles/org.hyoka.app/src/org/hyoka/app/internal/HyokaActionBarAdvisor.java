package org.hyoka.app.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.actions.LabelRetargetAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * The File, Edit, Window and Help menus, labelled by this product in English and Japanese (the platform ships no
 * Japanese). They hold what an evaluator uses; Hyoka bundles contribute to {@code open.ext} and the
 * {@code additions} of File and Edit. The IDE's own items (line delimiters, Open Projects from File System, p2's
 * English update items) are hidden by the evaluation perspective.
 */
public class HyokaActionBarAdvisor extends ActionBarAdvisor {

	static final String CHECK_FOR_UPDATES = "org.eclipse.equinox.p2.ui.sdk.update"; //$NON-NLS-1$
	static final String INSTALL_NEW_SOFTWARE = "org.eclipse.equinox.p2.ui.sdk.install"; //$NON-NLS-1$
	static final String INSTALLATION_DETAILS = "org.eclipse.equinox.p2.ui.sdk.installationDetails"; //$NON-NLS-1$

	private final Map<String, IWorkbenchAction> actions = new HashMap<>();

	public HyokaActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	private IWorkbenchWindow window() {
		return getActionBarConfigurer().getWindowConfigurer().getWindow();
	}

	/**
	 * The window's action made by the factory and labelled with our text, created and registered (key bindings
	 * included) on first use.
	 */
	private IWorkbenchAction action(ActionFactory factory, String text) {
		return actions.computeIfAbsent(factory.getId(), id -> {
			IWorkbenchAction action = factory.create(window());
			action.setText(text);
			action.setToolTipText(LegacyActionTools.removeMnemonics(text));
			register(action);
			return action;
		});
	}

	/**
	 * Undo and Redo take the label of the part's handler ("Undo Set Name"); with none they fall back to the text
	 * they were made with, so they are made here with ours instead of the factory's English. Handlers of the
	 * platform that have nothing more to say than the English "Undo" or "Redo" get our label too.
	 */
	private IWorkbenchAction labelRetarget(ActionFactory factory, String commandId, String text) {
		return actions.computeIfAbsent(factory.getId(), id -> {
			IWorkbenchWindow window = window();
			IWorkbenchAction template = factory.create(window);
			String platformText = LegacyActionTools.removeMnemonics(template.getText());
			LabelRetargetAction action = new LabelRetargetAction(id, text) {
				@Override
				protected void setActionHandler(IAction handler) {
					super.setActionHandler(handler);
					keepOurLabelForPlatformDefault();
				}

				@Override
				protected void propagateChange(PropertyChangeEvent event) {
					super.propagateChange(event);
					keepOurLabelForPlatformDefault();
				}

				private void keepOurLabelForPlatformDefault() {
					String shown = getText();
					if (shown != null && platformText.equals(LegacyActionTools.removeMnemonics(LegacyActionTools.removeAcceleratorText(shown)))) {
						setText(text);
					}
				}
			};
			action.setActionDefinitionId(commandId);
			action.setImageDescriptor(template.getImageDescriptor());
			action.setDisabledImageDescriptor(template.getDisabledImageDescriptor());
			template.dispose();
			window.getPartService().addPartListener(action);
			if (window.getPartService().getActivePart() != null) {
				action.partActivated(window.getPartService().getActivePart());
			}
			register(action);
			return action;
		});
	}

	private IContributionItem command(String id, String commandId, String label) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(window(), id, commandId,
				CommandContributionItem.STYLE_PUSH);
		parameter.label = label;
		return new CommandContributionItem(parameter);
	}

	/**
	 * An item running another bundle's command under our label. An action rather than a command item, because
	 * the perspective hides that bundle's own item by its command id, which would hide a command item too.
	 */
	private IAction commandAction(String id, String commandId, String label) {
		return windowAction(id, label, window -> execute(window, commandId));
	}

	/** An action that runs {@code run} in the advisor's window. */
	private IAction windowAction(String id, String label, Consumer<IWorkbenchWindow> run) {
		Action action = new Action(label) {
			@Override
			public void run() {
				run.accept(window());
			}
		};
		action.setId(id);
		return action;
	}

	/**
	 * p2's Check for Updates, or where there is no site to check (a build without a release site, and none chosen)
	 * a word saying so and where to set one: p2 would ask about a site it cannot find, with Remove as its default.
	 */
	static void checkForUpdates(IWorkbenchWindow window) {
		if (UpdateSite.current().isPresent()) {
			execute(window, CHECK_FOR_UPDATES);
			return;
		}
		MessageDialog dialog = new MessageDialog(window.getShell(), Messages.Updates_noSiteTitle, null, Messages.Updates_noSite,
				MessageDialog.INFORMATION, 0, IDialogConstants.CLOSE_LABEL, Messages.Updates_openPreferences);
		if (dialog.open() == 1) {
			PreferencesUtil.createPreferenceDialogOn(window.getShell(), HyokaPreferencePage.ID, null, null).open();
		}
	}

	/** Runs the command in the window; a failure is shown and logged. */
	static void execute(IWorkbenchWindow window, String commandId) {
		try {
			window.getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (CommandException e) {
			StatusManager.getManager().handle(Status.error(e.getMessage(), e), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu());
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu() {
		IWorkbenchWindow window = window();
		MenuManager menu = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager(Messages.Menu_new, ActionFactory.NEW.getId());
		newMenu.add(new NewWizardShortcuts(window));
		newMenu.add(new Separator());
		newMenu.add(action(ActionFactory.NEW, Messages.Menu_newOther));
		menu.add(newMenu);
		menu.add(new OpenFileAction(window));
		menu.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
		MenuManager recent = new MenuManager(Messages.Menu_recentFiles, "org.hyoka.app.recentFiles"); //$NON-NLS-1$
		recent.add(RecentFiles.install(window));
		menu.add(recent);
		menu.add(new Separator());
		menu.add(action(ActionFactory.CLOSE, Messages.Menu_close));
		menu.add(action(ActionFactory.CLOSE_ALL, Messages.Menu_closeAll));
		menu.add(new Separator());
		menu.add(action(ActionFactory.SAVE, Messages.Menu_save));
		menu.add(action(ActionFactory.SAVE_AS, Messages.Menu_saveAs));
		menu.add(action(ActionFactory.SAVE_ALL, Messages.Menu_saveAll));
		menu.add(new Separator());
		menu.add(action(ActionFactory.IMPORT, Messages.Menu_import));
		menu.add(action(ActionFactory.EXPORT, Messages.Menu_export));
		menu.add(new Separator());
		// enabled where the active part prints, as the Roadmap view does
		menu.add(action(ActionFactory.PRINT, Messages.Menu_print));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(action(ActionFactory.QUIT, Messages.Menu_exit));
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return menu;
	}

	private MenuManager editMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(labelRetarget(ActionFactory.UNDO, IWorkbenchCommandConstants.EDIT_UNDO, Messages.Menu_undo));
		menu.add(labelRetarget(ActionFactory.REDO, IWorkbenchCommandConstants.EDIT_REDO, Messages.Menu_redo));
		menu.add(new Separator());
		menu.add(action(ActionFactory.CUT, Messages.Menu_cut));
		menu.add(action(ActionFactory.COPY, Messages.Menu_copy));
		menu.add(action(ActionFactory.PASTE, Messages.Menu_paste));
		menu.add(new Separator());
		menu.add(action(ActionFactory.DELETE, Messages.Menu_delete));
		menu.add(action(ActionFactory.SELECT_ALL, Messages.Menu_selectAll));
		menu.add(new Separator());
		menu.add(action(ActionFactory.FIND, Messages.Menu_find));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return menu;
	}

	private MenuManager windowMenu() {
		IWorkbenchWindow window = window();
		MenuManager menu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager(Messages.Menu_showView, "showView"); //$NON-NLS-1$
		showView.add(new ShowViewShortcuts(window));
		menu.add(showView);
		menu.add(action(ActionFactory.RESET_PERSPECTIVE, Messages.Menu_resetPerspective));
		menu.add(new Separator());
		menu.add(action(ActionFactory.PREFERENCES, Messages.Menu_preferences));
		menu.add(ContributionItemFactory.OPEN_WINDOWS.create(window));
		return menu;
	}

	private MenuManager helpMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(new Separator());
		menu.add(windowAction("org.hyoka.app.checkForUpdates", Messages.Menu_checkForUpdates, HyokaActionBarAdvisor::checkForUpdates)); //$NON-NLS-1$
		menu.add(commandAction("org.hyoka.app.installNewSoftware", INSTALL_NEW_SOFTWARE, Messages.Menu_installNewSoftware)); //$NON-NLS-1$
		menu.add(commandAction("org.hyoka.app.installationDetails", INSTALLATION_DETAILS, Messages.Menu_installationDetails)); //$NON-NLS-1$
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		menu.add(new Separator());
		menu.add(command("org.hyoka.app.about", IWorkbenchCommandConstants.HELP_ABOUT, Messages.Menu_about)); //$NON-NLS-1$
		return menu;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager fileBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		fileBar.add(action(ActionFactory.NEW_WIZARD_DROP_DOWN, Messages.Menu_new));
		fileBar.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		fileBar.add(action(ActionFactory.SAVE, Messages.Menu_save));
		fileBar.add(new GroupMarker(IWorkbenchActionConstants.SAVE_GROUP));
		fileBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(fileBar, IWorkbenchActionConstants.TOOLBAR_FILE));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
