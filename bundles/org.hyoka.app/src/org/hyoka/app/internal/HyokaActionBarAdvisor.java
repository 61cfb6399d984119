package org.hyoka.app.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The File, Edit, Window and Help menus. Group markers carry the standard ids so that other bundles
 * (editors, p2's update UI) contribute to the usual places.
 */
public class HyokaActionBarAdvisor extends ActionBarAdvisor {

	private final Map<String, IWorkbenchAction> actions = new HashMap<>();

	public HyokaActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	private IWorkbenchWindow window() {
		return getActionBarConfigurer().getWindowConfigurer().getWindow();
	}

	/** The window's action made by the factory, created and registered (key bindings included) on first use. */
	private IWorkbenchAction action(ActionFactory factory) {
		return actions.computeIfAbsent(factory.getId(), id -> {
			IWorkbenchAction action = factory.create(window());
			register(action);
			return action;
		});
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
		MenuManager menu = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager(Messages.Menu_new, ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window()));
		menu.add(newMenu);
		menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.OPEN_EXT));
		menu.add(new Separator());
		menu.add(action(ActionFactory.CLOSE));
		menu.add(action(ActionFactory.CLOSE_ALL));
		menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		menu.add(new Separator());
		menu.add(action(ActionFactory.SAVE));
		menu.add(action(ActionFactory.SAVE_AS));
		menu.add(action(ActionFactory.SAVE_ALL));
		menu.add(action(ActionFactory.REVERT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		menu.add(new Separator());
		menu.add(action(ActionFactory.IMPORT));
		menu.add(action(ActionFactory.EXPORT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		menu.add(new Separator());
		menu.add(action(ActionFactory.PROPERTIES));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(action(ActionFactory.QUIT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return menu;
	}

	private MenuManager editMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(action(ActionFactory.UNDO));
		menu.add(action(ActionFactory.REDO));
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(action(ActionFactory.CUT));
		menu.add(action(ActionFactory.COPY));
		menu.add(action(ActionFactory.PASTE));
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(action(ActionFactory.DELETE));
		menu.add(action(ActionFactory.SELECT_ALL));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return menu;
	}

	private MenuManager windowMenu() {
		IWorkbenchWindow window = window();
		MenuManager menu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		menu.add(action(ActionFactory.OPEN_NEW_WINDOW));
		menu.add(new Separator());
		MenuManager showView = new MenuManager(Messages.Menu_showView, "showView"); //$NON-NLS-1$
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		menu.add(showView);
		menu.add(action(ActionFactory.RESET_PERSPECTIVE));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(action(ActionFactory.PREFERENCES));
		menu.add(ContributionItemFactory.OPEN_WINDOWS.create(window));
		return menu;
	}

	private MenuManager helpMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		menu.add(new Separator());
		menu.add(action(ActionFactory.ABOUT));
		return menu;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager fileBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		fileBar.add(action(ActionFactory.NEW_WIZARD_DROP_DOWN));
		fileBar.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		fileBar.add(action(ActionFactory.SAVE));
		fileBar.add(new GroupMarker(IWorkbenchActionConstants.SAVE_GROUP));
		fileBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(fileBar, IWorkbenchActionConstants.TOOLBAR_FILE));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
