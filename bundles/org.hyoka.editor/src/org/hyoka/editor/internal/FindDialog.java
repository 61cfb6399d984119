package org.hyoka.editor.internal;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.NamedCommand;
import org.hyoka.edit.ui.PropertyLabels;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.editor.internal.TextSearch.Match;

/**
 * Edit &gt; Find/Replace (Ctrl+F) for evaluations: finds a phrase in every text of the evaluation in the active
 * editor, opens the page and field that shows it with the phrase selected, and replaces it there or everywhere in one
 * command that Undo takes back. It stays open beside the window, as Word's Find and Replace does, and acts on whichever
 * evaluation is active when a button is pressed; one per window.
 */
public final class FindDialog extends Dialog {

	/** The data key that names what a label of the dialog says, with the values below. */
	public static final String ROLE = "org.hyoka.editor.find.role"; //$NON-NLS-1$
	/** The label saying which match shows, or why none does. */
	public static final String ROLE_STATUS = "status"; //$NON-NLS-1$
	/** The label showing the text around the match. */
	public static final String ROLE_CONTEXT = "context"; //$NON-NLS-1$
	/** The window's shell data: its open dialog, and the phrase and replacement the last one closed with. */
	private static final String KEY = FindDialog.class.getName();
	private static final String KEPT = KEY + ".kept"; //$NON-NLS-1$
	private static final int NEXT = IDialogConstants.CLIENT_ID;
	private static final int PREVIOUS = NEXT + 1;
	private static final int REPLACE = NEXT + 2;
	private static final int REPLACE_ALL = NEXT + 3;
	private static final int CONTEXT = 20;

	private final IWorkbenchWindow window;
	private Text phrase;
	private Text replacement;
	private Label status;
	private Label context;
	/** The match shown last, and in which editor: the next search goes on from it. */
	private Match shown;
	private EvaluationEditor shownIn;

	private FindDialog(IWorkbenchWindow window) {
		super(window.getShell());
		this.window = window;
		setShellStyle(SWT.DIALOG_TRIM | SWT.MODELESS | SWT.RESIZE);
		setBlockOnOpen(false);
	}

	/**
	 * Edit &gt; Find/Replace for the editor that the supplier gives (none: nothing to do), from the editor's pages or
	 * its Outline: a phrase selected in the focused field is the one looked for, as in Word.
	 */
	static IAction action(Supplier<EvaluationEditor> editor) {
		return new Action() {
			@Override
			public void run() {
				EvaluationEditor target = editor.get();
				if (target != null) {
					Control focus = target.getSite().getShell().getDisplay().getFocusControl();
					String selected = focus instanceof Text field ? field.getSelectionText() : null;
					FindDialog dialog = show(target.getSite().getWorkbenchWindow(), selected);
					Match place = keyboardPlace(target, focus);
					if (place != null) {
						dialog.shown = place;
						dialog.shownIn = target;
					}
				}
			}
		};
	}

	/**
	 * Where the keyboard is in the editor's page, for the search to go on from there as Word's does: in the text field
	 * with the keyboard (of the object the page selected when the field took it): Next finds what follows the caret
	 * or the selected text, Previous what comes before; null anywhere else (a table, the Outline), where the search
	 * goes on from the match shown last.
	 */
	private static Match keyboardPlace(EvaluationEditor editor, Control focus) {
		if (!(focus instanceof Text field) || !(editor.getActivePageInstance() instanceof ModelFormPage page)
				|| !(editor.selection().getSelection() instanceof IStructuredSelection selection) || !(selection.getFirstElement() instanceof EObject owner)) {
			return null;
		}
		Point selected = field.getSelection();
		return owner.eClass().getEAllAttributes().stream().filter(attribute -> page.field(owner, attribute).orElse(null) == field).findFirst()
				.map(attribute -> new Match(owner, attribute, -1, selected.x, selected.y)).orElse(null);
	}

	/** Opens the window's dialog, or brings it forward, with the phrase to find if the user selected one. */
	private static FindDialog show(IWorkbenchWindow window, String selected) {
		Shell shell = window.getShell();
		FindDialog dialog = shell.getData(KEY) instanceof FindDialog open && open.getShell() != null && !open.getShell().isDisposed() ? open : null;
		if (dialog == null) {
			String[] last = (String[]) shell.getData(KEPT);
			dialog = new FindDialog(window);
			dialog.open();
			shell.setData(KEY, dialog);
			if (last != null) {
				dialog.phrase.setText(last[0]);
				dialog.replacement.setText(last[1]);
			}
		}
		if (selected != null && !selected.isEmpty() && selected.indexOf('\n') < 0) {
			dialog.phrase.setText(selected);
		}
		dialog.getShell().setActive();
		dialog.phrase.setFocus();
		dialog.phrase.selectAll();
		return dialog;
	}

	/** At the window's lower right, over the views rather than the editor's page where the matches show. */
	@Override
	protected Point getInitialLocation(Point size) {
		Rectangle window = getParentShell().getBounds();
		return new Point(Math.max(window.x, window.x + window.width - size.x - 24), Math.max(window.y, window.y + window.height - size.y - 48));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.findTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.findPhrase);
		phrase = new Text(area, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(40), SWT.DEFAULT).applyTo(phrase);
		new Label(area, SWT.NONE).setText(Messages.findReplacement);
		replacement = new Text(area, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(replacement);
		// two lines each: a long object's name and the field's wrap without changing the dialog's size
		context = new Label(area, SWT.WRAP);
		context.setData(ROLE, ROLE_CONTEXT);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(convertWidthInCharsToPixels(40), convertHeightInCharsToPixels(2)).applyTo(context);
		status = new Label(area, SWT.WRAP);
		status.setData(ROLE, ROLE_STATUS);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(convertWidthInCharsToPixels(40), convertHeightInCharsToPixels(2)).applyTo(status);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, NEXT, Messages.findNext, true);
		createButton(parent, PREVIOUS, Messages.findPrevious, false);
		createButton(parent, REPLACE, Messages.findReplace, false);
		createButton(parent, REPLACE_ALL, Messages.findReplaceAll, false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void buttonPressed(int id) {
		switch (id) {
		case NEXT -> find(true);
		case PREVIOUS -> find(false);
		case REPLACE -> replace();
		case REPLACE_ALL -> replaceAll();
		default -> close();
		}
	}

	/** The phrase and its replacement stay for the next opening, as Word keeps them. */
	@Override
	public boolean close() {
		window.getShell().setData(KEY, null);
		window.getShell().setData(KEPT, new String[] { phrase.getText(), replacement.getText() });
		return super.close();
	}

	/** The evaluation the buttons act on: the window's active editor, when it shows one. */
	private EvaluationEditor editor() {
		return window.getActivePage() != null && window.getActivePage().getActiveEditor() instanceof EvaluationEditor editor
				&& editor.model().resource() != null ? editor : null;
	}

	private void find(boolean forward) {
		EvaluationEditor editor = editor();
		if (editor == null) {
			say(Messages.findNoEvaluation, null);
			return;
		}
		if (phrase.getText().isBlank()) {
			say("", null); //$NON-NLS-1$
			return;
		}
		List<Match> matches = TextSearch.all(editor.model().resource(), phrase.getText());
		if (matches.isEmpty()) {
			say(NLS.bind(Messages.findNone, phrase.getText()), null);
			return;
		}
		boolean continued = editor == shownIn && shown != null;
		int at = continued ? matches.indexOf(shown) : -1;
		int next;
		boolean wrapped;
		if (at >= 0) {
			next = Math.floorMod(at + (forward ? 1 : -1), matches.size());
			wrapped = forward ? next <= at : next >= at;
		} else {
			// from the text shown last, also when a replacement or an edit changed it; else from the start
			int beside = continued ? TextSearch.beside(editor.model().resource(), matches, shown, forward) : -1;
			wrapped = continued && beside < 0;
			next = beside >= 0 ? beside : forward ? 0 : matches.size() - 1;
		}
		show(editor, matches.get(next));
		String where = NLS.bind(Messages.findAt, new Object[] { next + 1, matches.size(), where(editor, shown) });
		say(wrapped ? where + ' ' + (forward ? Messages.findWrapped : Messages.findWrappedBack) : where, shown);
	}

	/**
	 * Opens the page showing the match and selects the phrase in its field, or the row of a table showing it; the
	 * keyboard stays in this dialog, so that Enter finds the next.
	 */
	private void show(EvaluationEditor editor, Match match) {
		shown = match;
		shownIn = editor;
		window.getActivePage().activate(editor);
		editor.reveal(match.owner(), match.attribute(), false);
		if (editor.getActivePageInstance() instanceof ModelFormPage page
				&& page.field(match.owner(), match.attribute()).orElse(null) instanceof Text field && field.getText().equals(match.value())) {
			field.setSelection(match.start(), match.end());
		}
		getShell().setActive();
		phrase.setFocus();
	}

	private void replace() {
		EvaluationEditor editor = editor();
		if (editor != null && editor == shownIn && shown != null && TextSearch.stillAt(shown, phrase.getText())) {
			if (shown.inFigure()) {
				say(Messages.findFigureNotReplaced, shown);
				return;
			}
			if (refusedReadOnly(editor)) {
				return;
			}
			String value = shown.value();
			String with = value.substring(0, shown.start()) + replacement.getText() + value.substring(shown.end());
			editor.model().commandStack().execute(NamedCommand.of(Messages.findReplaceCommand, set(editor.model().domain(), shown, with)));
			// the next search goes on after the replaced text, not from the first match again
			shown = new Match(shown.owner(), shown.attribute(), shown.index(), shown.start(), shown.start() + replacement.getText().length());
		}
		find(true);
	}

	private void replaceAll() {
		EvaluationEditor editor = editor();
		if (editor == null) {
			say(Messages.findNoEvaluation, null);
			return;
		}
		if (refusedReadOnly(editor)) {
			return;
		}
		List<Match> matches = TextSearch.all(editor.model().resource(), phrase.getText());
		if (matches.isEmpty()) {
			say(NLS.bind(Messages.findNone, phrase.getText()), null);
			return;
		}
		// figures are found, not replaced: 54.0 replaced by a phrase would be no figure
		List<Match> texts = matches.stream().filter(match -> !match.inFigure()).toList();
		CompoundCommand all = new CompoundCommand(Messages.findReplaceAllCommand);
		Match previous = null;
		for (Match match : texts) {
			// one command per text, with every occurrence in it replaced
			if (previous == null || previous.owner() != match.owner() || previous.attribute() != match.attribute() || previous.index() != match.index()) {
				all.append(set(editor.model().domain(), match, TextSearch.replaced(match.value(), phrase.getText(), replacement.getText())));
			}
			previous = match;
		}
		if (!texts.isEmpty()) {
			editor.model().commandStack().execute(all);
		}
		shown = null;
		int figures = matches.size() - texts.size();
		say(figures == 0 ? NLS.bind(Messages.findReplaced, texts.size()) : NLS.bind(Messages.findReplacedFiguresLeft, texts.size(), figures), null);
	}

	private boolean refusedReadOnly(EvaluationEditor editor) {
		if (editor.readOnlyReason() == null) {
			return false;
		}
		say(editor.readOnlyReason(), null);
		return true;
	}

	private static Command set(EditingDomain domain, Match match, String value) {
		// a single text's index is -1, EMF's CommandParameter.NO_INDEX
		return SetCommand.create(domain, match.owner(), match.attribute(), value, match.index());
	}

	/** E.g. 「プロジェクト A 糖鎖利用による… › 研究開発の概要」: the object as the Problems view names it, and the field. */
	private static String where(EvaluationEditor editor, Match match) {
		return ObjectLabels.describe(match.owner()) + " \u203a " //$NON-NLS-1$
				+ PropertyLabels.featureName(editor.model().domain().getAdapterFactory(), match.owner(), match.attribute());
	}

	/** The status, and the text around the match so that the user reads it here too. */
	private void say(String message, Match match) {
		status.setText(message);
		if (match == null) {
			context.setText(""); //$NON-NLS-1$
		} else {
			// the phrase marked, since a multi-line field shows no selection while the keyboard is here
			String value = match.value();
			int from = Math.max(0, match.start() - CONTEXT);
			int to = Math.min(value.length(), match.end() + CONTEXT);
			String text = NLS.bind(Messages.findContext, new Object[] { (from > 0 ? "\u2026" : "") + value.substring(from, match.start()), //$NON-NLS-1$ //$NON-NLS-2$
					value.substring(match.start(), match.end()), value.substring(match.end(), to) + (to < value.length() ? "\u2026" : "") }); //$NON-NLS-1$ //$NON-NLS-2$
			context.setText(text.replace('\n', ' ').replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		getShell().layout(true, true);
	}
}
