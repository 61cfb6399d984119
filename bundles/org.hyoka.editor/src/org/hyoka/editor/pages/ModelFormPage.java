package org.hyoka.editor.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.edit.ui.ListEditor;
import org.hyoka.edit.ui.NamedCommand;
import org.hyoka.edit.ui.PropertyLabels;
import org.hyoka.edit.ui.widgets.Controls;
import org.hyoka.edit.ui.widgets.DateField;
import org.hyoka.edit.ui.widgets.LongText;
import org.hyoka.edit.ui.widgets.PageWheel;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.Messages;
import org.hyoka.editor.internal.NamedValue;
import org.hyoka.editor.internal.ReadOnlyBanner;
import org.hyoka.editor.internal.Section;
import org.hyoka.model.EvaluationReport;

/**
 * A form page over the editor's model: built by {@link #fill()}, rebuilt after Revert, and told of every command
 * once the command has run. The built-in pages extend it, and so can a page contributed to
 * {@code org.hyoka.editor.pages}: edits go through {@link #domain()} so that Undo, Redo, the dirty marker and Save
 * cover them.
 */
public abstract class ModelFormPage extends FormPage implements EvaluationEditor.RefreshablePage {

	private static final String ELLIPSIS = "\u2026"; //$NON-NLS-1$
	/** The title's icon, gaps and the message's icon; below the minimum the header may grow rather than show nothing. */
	private static final int HEADER_MARGINS = 160;
	private static final int MINIMUM_MESSAGE_WIDTH = 200;

	protected final EvaluationEditor editor;
	protected Composite content;
	private final String formTitle;
	private final CommandStackListener listener = this::commandStackChanged;
	private List<Object> shownStructure = List.of();
	private boolean stale;
	private ControlDecoration problemMark;
	/**
	 * The mark's hover shows only while the keyboard is in its field or the field's cell editors: it floats above any
	 * dialog or view that takes the keyboard next, and a cell's editor losing it gives its table no event of its own.
	 */
	private final Listener keyboardAway = event -> {
		Control field = problemMark == null ? null : problemMark.getControl();
		if (field == null || !(event.widget instanceof Control now && Controls.isInside(now, field))) {
			event.display.removeFilter(SWT.FocusIn, this.keyboardAway);
			if (problemMark != null) {
				problemMark.hideHover();
			}
		}
	};
	private String problem;
	/** Set once the form's resizing fits the header's message anew and its scrolling hides the mark's hover. */
	private boolean following;
	/** The bindings of the text fields the page shows now: made anew each time it builds its fields again. */
	private DataBindingContext bindings;
	/** The tables and fields made so far, which {@link #reveal} searches; those of widgets disposed since are skipped. */
	private final List<EObjectTable<?>> tables = new ArrayList<>();
	private final List<Field> fields = new ArrayList<>();
	/** The field that had the keyboard last, which coming back to the editor and a reload give it back to. */
	private Control lastFocused;
	// set by the editor's page change once the tab folder shows the page; isActive() is true already while it does
	private boolean madeActive;

	/** A field showing one feature of an object. */
	private record Field(EObject owner, EStructuralFeature feature, Control control) {
	}

	protected ModelFormPage(EvaluationEditor editor, String id, String tabTitle, String formTitle) {
		super(editor, id, tabTitle);
		this.editor = editor;
		this.formTitle = formTitle;
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		managedForm.getForm().setText(formTitle);
		GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(managedForm.getForm().getBody());
		if (editor.model().readOnly()) {
			ReadOnlyBanner.create(managedForm.getToolkit(), managedForm.getForm().getBody(), editor.readOnlyReason());
		}
		content = managedForm.getToolkit().createComposite(managedForm.getForm().getBody());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
		GridLayoutFactory.fillDefaults().applyTo(content);
		fill();
		refuseTypingIfReadOnly();
		shownStructure = structure();
		editor.model().commandStack().addCommandStackListener(listener);
	}

	/** On a file shown read-only (its banner says why), text fields take no typing that no command could keep. */
	private void refuseTypingIfReadOnly() {
		if (editor.model().readOnly()) {
			refuseTyping(content);
		}
	}


	private static void refuseTyping(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text) {
				text.setEditable(false);
			} else if (child instanceof Composite composite) {
				refuseTyping(composite);
			}
		}
	}

	/** The evaluation the editor shows; another object after Revert, so read it again rather than keep it. */
	protected EvaluationReport report() {
		return editor.report();
	}

	/** The editing domain: run every change as a command on its stack. */
	protected EditingDomain domain() {
		return editor.getEditingDomain();
	}

	/** Makes the viewer's selection the editor's, for the Properties view and other selection listeners. */
	protected void track(StructuredViewer viewer) {
		editor.selection().track(viewer);
	}

	/** A titled section filling the width of the parent; returns the composite for its content. */
	protected Composite section(Composite parent, String title, String description) {
		FormToolkit toolkit = getManagedForm().getToolkit();
		Section section = Section.create(toolkit, parent);
		section.setText(title);
		section.setDescription(description);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		section.setClient(client);
		return client;
	}

	/** A label and its value in a two-column composite; the value wraps. */
	protected Label field(Composite parent, String label, String value) {
		FormToolkit toolkit = getManagedForm().getToolkit();
		toolkit.createLabel(parent, label);
		Label widget = toolkit.createLabel(parent, value, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(widget);
		return widget;
	}

	/**
	 * A labelled {@link DateField} editing a date attribute: a date picked from the calendar, or typed and confirmed
	 * with Enter or by leaving the field, is one command named after the field ("Set Score sheets due"); text that is
	 * no date is refused with a message naming the field and the format, and the model keeps its value. Call
	 * {@link DateField#setDate} from {@link #modelChanged()} so that Undo shows.
	 */
	protected DateField date(Composite parent, EObject owner, EAttribute attribute, String label) {
		FormToolkit toolkit = getManagedForm().getToolkit();
		toolkit.createLabel(parent, label);
		DateField field = new DateField(parent, inner -> toolkit.createText(inner, "", SWT.BORDER)); //$NON-NLS-1$
		toolkit.adapt(field.control());
		GridDataFactory.fillDefaults().hint(280, SWT.DEFAULT).applyTo(field.control());
		field.setDate((LocalDate) owner.eGet(attribute));
		String name = LegacyActionTools.removeMnemonics(label);
		Runnable commit = () -> {
			String typed = field.text().getText().strip();
			LocalDate date = field.date();
			if (!typed.isEmpty() && date == null) {
				showProblem(NLS.bind(Messages.dateProblem, name, typed), field.control());
				return;
			}
			showProblem(null);
			if (!Objects.equals(date, owner.eGet(attribute))) {
				Command set = SetCommand.create(domain(), owner, attribute, date == null ? SetCommand.UNSET_VALUE : date);
				domain().getCommandStack().execute(NamedCommand.set(name, set));
			}
		};
		field.onPick(date -> commit.run());
		field.text().addListener(SWT.DefaultSelection, event -> commit.run());
		field.text().addListener(SWT.FocusOut, event -> commit.run());
		revealable(owner, attribute, field.text());
		return field;
	}

	/** Drops the bindings of the fields built before; the fields built next bind anew. */
	protected void rebind() {
		if (bindings != null) {
			bindings.dispose();
		}
		bindings = new DataBindingContext();
	}

	/**
	 * A labelled field editing a text attribute of the object: each edit, when the field loses the focus, is a
	 * command on the editing domain named after the field ("Set Name"), so it can be undone, and undo shows in the field. Call {@link #rebind()}
	 * before building the fields.
	 */
	protected Text text(Composite parent, EObject owner, EAttribute attribute, String label, int style) {
		boolean multi = (style & SWT.MULTI) != 0;
		// a label beside a tall field reads as its first line's, not as the next row's
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, multi ? SWT.BEGINNING : SWT.CENTER)
				.applyTo(getManagedForm().getToolkit().createLabel(parent, label));
		// a border says the value can be edited, unlike the labels around it
		Text text = getManagedForm().getToolkit().createText(parent, "", style | SWT.BORDER); //$NON-NLS-1$
		if (multi) {
			PageWheel.scrollsPageAtEnd(LongText.tabMovesOn(text));
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(400, multi ? 80 : SWT.DEFAULT).applyTo(text);
		bind(text, owner, attribute, label);
		return text;
	}

	/**
	 * Makes a field of {@link #text} edit the attribute of another object, e.g. of the project a master list selects
	 * now: after {@link #rebind()}, which drops the bindings to the one before.
	 */
	@SuppressWarnings("unchecked") // EMF's observable values are raw types
	protected void bind(Text text, EObject owner, EAttribute attribute, String label) {
		bindings.bindValue(WidgetProperties.text(SWT.FocusOut).observe(text), new NamedValue(editor.model().domain(), owner, attribute, label));
		revealable(owner, attribute, text);
	}

	/** Why the last value was refused, whole (the header may show it cut); null when nothing is refused now. */
	public String problem() {
		return problem;
	}

	/** Shows why a value was refused in the page's header; null takes the message away. */
	protected void showProblem(String message) {
		showProblem(message, null);
	}

	/**
	 * Shows why a value was refused in the page's header and, when a field is given, as an error mark beside that
	 * field; null takes the message away. The message names the field itself.
	 */
	protected void showProblem(String message, Control field) {
		// nothing shown, nothing to take away: setting the form's message reflows the whole page, and the cells' checks
		// say that no value is refused for every value typed
		if (message == null && problem == null) {
			return;
		}
		problem = message;
		if (problemMark != null) {
			Display.getCurrent().removeFilter(SWT.FocusIn, keyboardAway);
			// hidden first: disposing alone leaves the painted mark until the page happens to paint there again
			problemMark.hide();
			problemMark.dispose();
			problemMark = null;
		}
		ScrolledForm form = getManagedForm().getForm();
		form.setMessage(fitted(form, message), message == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
		form.getForm().getHead().setToolTipText(message);
		if (!following) {
			following = true;
			form.addListener(SWT.Resize, event -> {
				if (problem != null) {
					form.setMessage(fitted(form, problem), IMessageProvider.ERROR);
				}
			});
			// the hover stays where it was shown: once the page scrolls, the mark (hovered) tells it again
			if (form.getVerticalBar() != null) {
				form.getVerticalBar().addListener(SWT.Selection, event -> {
					if (problemMark != null) {
						problemMark.hideHover();
					}
				});
			}
		}
		if (message != null && field != null && !field.isDisposed()) {
			problemMark = new ControlDecoration(field, SWT.LEFT | SWT.TOP);
			problemMark.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
			problemMark.setDescriptionText(message);
			problemMark.show();
			// beside the field at once: the page's header may have scrolled out of sight
			problemMark.showHoverText(message);
			field.getDisplay().addFilter(SWT.FocusIn, keyboardAway);
		}
	}

	/**
	 * The message cut with an ellipsis to the room the header has beside the page's title: a header as wide as a
	 * long message would widen the whole page and push its buttons out of sight. The whole text is the header's
	 * tooltip and the field's mark.
	 */
	private static String fitted(ScrolledForm form, String message) {
		if (message == null) {
			return null;
		}
		GC gc = new GC(form);
		try {
			gc.setFont(form.getForm().getHead().getFont());
			int title = gc.textExtent(form.getText()).x;
			// the page's place in the editor: the form itself may have grown wider than it already
			int width = form.getParent().getClientArea().width;
			gc.setFont(form.getFont());
			int room = Math.max(MINIMUM_MESSAGE_WIDTH, width - title - HEADER_MARGINS);
			if (gc.textExtent(message).x <= room) {
				return message;
			}
			int end = message.length();
			while (end > 1 && gc.textExtent(message.substring(0, end) + ELLIPSIS).x > room) {
				end--;
			}
			return message.substring(0, end) + ELLIPSIS;
		} finally {
			gc.dispose();
		}
	}

	/** A table of model objects whose edits go through the editor's command stack and report refused text here. */
	protected <T extends EObject> EObjectTable<T> table(Composite parent, Supplier<? extends List<? extends T>> rows) {
		EObjectTable<T> table = new EObjectTable<T>(parent, editor.model().domain(), rows);
		table.problems(message -> showProblem(message, table.viewer().getControl()));
		getManagedForm().getToolkit().adapt(table.control());
		// a small preferred width: the table takes the page's width and scrolls sideways when its columns need more
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(table.control());
		track(table.viewer());
		revealable(table);
		return table;
	}

	/**
	 * A list the user edits (Add, Remove, Up, Down, Delete key), its table defined through
	 * {@link ListEditor#table()}; every change is a command on the editor's stack.
	 *
	 * @param rowType
	 *            what a row is, for the names of commands ("Remove Committee Member")
	 */
	protected <T extends EObject> ListEditor<T> list(Composite parent, Supplier<? extends List<? extends T>> rows, EClass rowType) {
		ListEditor<T> list = new ListEditor<T>(parent, editor.model().domain(), rows, typeName(rowType));
		list.problems(message -> showProblem(message, list.table().viewer().getControl()));
		adapt(list.control());
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(list.control());
		track(list.table().viewer());
		revealable(list.table());
		return list;
	}

	private void revealable(EObjectTable<?> table) {
		tables.removeIf(known -> known.control().isDisposed());
		tables.add(table);
	}

	/**
	 * Says that the control edits this feature of the object, so that {@link #reveal} focuses it; while it has the
	 * focus, the object is the editor's selection, which the Properties view shows. Said again of the same control and
	 * feature, the new object replaces the old.
	 */
	protected void revealable(EObject owner, EStructuralFeature feature, Control control) {
		fields.removeIf(known -> known.control().isDisposed());
		Field field = new Field(owner, feature, control);
		boolean known = fields.stream().anyMatch(other -> other.control() == control);
		// a control made to edit another object keeps its place among the page's fields, and its one listener
		fields.replaceAll(other -> other.control() == control && other.feature() == feature ? field : other);
		if (!fields.contains(field)) {
			fields.add(field);
		}
		if (!known) {
			control.addListener(SWT.FocusIn, event -> {
				// not while the tab folder shows the page, before the editor makes it active: it focuses the first
				// field when the page shown before had the keyboard, which setFocus then moves where the user left it
				if (madeActive) {
					lastFocused = control;
				}
				fields.stream().filter(other -> other.control() == control).findFirst()
						.ifPresent(other -> editor.selection().setSelection(new StructuredSelection(other.owner())));
			});
		}
	}

	/**
	 * The field of the page that edits this feature of the object, as {@link #revealable} made it known; empty where a
	 * table's cell shows the feature, or the page does not.
	 */
	public Optional<Control> field(EObject object, EStructuralFeature feature) {
		return fields.stream().filter(known -> !known.control().isDisposed() && known.owner() == object && known.feature() == feature)
				.map(Field::control).findFirst();
	}

	/**
	 * {@link RevealingPage#reveal} for a page that implements it: shows the object in a field or table of the page,
	 * the field of the feature, else the object's first field, else the row nearest the object in the tables made with
	 * {@link #table} and {@link #list}.
	 */
	public void reveal(EObject object, EStructuralFeature feature, boolean focus) {
		Optional<Field> field = fields.stream().filter(known -> !known.control().isDisposed() && known.owner() == object)
				.filter(known -> feature == null || known.feature() == feature).findFirst()
				.or(() -> fields.stream().filter(known -> !known.control().isDisposed() && known.owner() == object).findFirst());
		if (field.isPresent()) {
			Control control = field.get().control();
			scrollTo(control, () -> new Rectangle(0, 0, control.getSize().x, control.getSize().y));
			// a field that takes no focus, such as a label, does not make its object the selection by itself
			if (focus && !control.setFocus()) {
				editor.selection().setSelection(new StructuredSelection(field.get().owner()));
			}
			return;
		}
		// the table whose row is nearest the object: a research item's own row, not its project's
		EObjectTable<?> best = null;
		int nearest = Integer.MAX_VALUE;
		for (EObjectTable<?> table : tables) {
			EObject row = table.control().isDisposed() ? null : table.rowOf(object);
			if (row != null && distance(table, object, row) < nearest) {
				best = table;
				nearest = distance(table, object, row);
			}
		}
		if (best != null) {
			best.reveal(object, feature, focus);
			Table rows = best.viewer().getTable();
			scrollTo(rows, () -> revealedPart(rows));
		}
	}

	/**
	 * In the table's coordinates: the cell being edited, else the selected row, else the whole table; only what the
	 * table shows of it, as a table narrower than its columns cuts off the last ones however the page scrolls.
	 */
	private static Rectangle revealedPart(Table table) {
		Rectangle client = table.getClientArea();
		Control focus = table.getDisplay().getFocusControl();
		TableItem[] selected = table.getSelection();
		Rectangle part;
		if (focus != null && focus.getParent() == table) {
			part = focus.getBounds();
		} else if (selected.length > 0) {
			part = selected[0].getBounds();
		} else {
			return new Rectangle(0, 0, table.getSize().x, table.getSize().y);
		}
		Rectangle shown = part.intersection(client);
		return shown.isEmpty() ? new Rectangle(0, part.y, client.width, part.height) : shown;
	}

	/**
	 * Scrolls the page, and the scrolled parts inside it such as a master's details, so that the area of the control
	 * (in the control's coordinates) shows whole, with a third of each above it as context where it fits: scrolling
	 * only until it showed left it at the lower edge of a short editor. Again once the pending layout is done: on a
	 * page made for this reveal the bounds are not known yet.
	 */
	private static void scrollTo(Control control, Supplier<Rectangle> area) {
		Runnable scroll = () -> {
			if (control.isDisposed()) {
				return;
			}
			Control from = control;
			Rectangle shown = area.get();
			for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
				if (parent instanceof ScrolledComposite scrolled && scrolled.getContent() != null) {
					scrolled.setOrigin(originShowing(scrolled, from, shown));
					// what shows of it, in the scrolled's own coordinates, for the scrolled around it
					shown = control.getDisplay().map(from, scrolled, shown).intersection(scrolled.getClientArea());
					from = scrolled;
				}
			}
		};
		scroll.run();
		control.getDisplay().asyncExec(scroll);
	}

	private static Point originShowing(ScrolledComposite scrolled, Control control, Rectangle area) {
		Control content = scrolled.getContent();
		Point at = control.getDisplay().map(control, content, area.x, area.y);
		Rectangle client = scrolled.getClientArea();
		Point size = content.getSize();
		Point origin = scrolled.getOrigin();
		int above = Math.max(0, Math.min(client.height / 3, client.height - area.height));
		int y = Math.clamp(at.y - above, 0, Math.max(0, size.y - client.height));
		// sideways only as far as needed: the row's first columns name it
		int x = origin.x;
		if (at.x + area.width > x + client.width) {
			x = at.x + area.width - client.width;
		}
		if (at.x < x) {
			x = at.x;
		}
		return new Point(Math.clamp(x, 0, Math.max(0, size.x - client.width)), y);
	}

	/** How many containers up the row is; 0 for a row that only refers to the object, -1 where a cell edits it. */
	private static int distance(EObjectTable<?> table, EObject object, EObject row) {
		if (table.edits(object)) {
			return -1;
		}
		int steps = 0;
		for (EObject container = object; container != null; container = container.eContainer(), steps++) {
			if (container == row) {
				return steps;
			}
		}
		return 0;
	}

	/**
	 * Whether the object is the owner or lies within what the owner holds in one of these containments, e.g. a
	 * cell of a budget table of a project: {@code within(cell, project, BUDGET_TABLES)}.
	 */
	protected static boolean within(EObject object, EObject owner, EReference... containments) {
		if (owner == null) {
			return false;
		}
		for (EObject child = object; child != null; child = child.eContainer()) {
			if (child == owner) {
				return true;
			}
			if (child.eContainer() == owner) {
				return List.of(containments).contains(child.eContainmentFeature());
			}
		}
		return false;
	}

	/** The object or its nearest container of this type; null when there is none. */
	protected static <T> T enclosing(EObject object, Class<T> type) {
		for (EObject container = object; container != null; container = container.eContainer()) {
			if (type.isInstance(container)) {
				return type.cast(container);
			}
		}
		return null;
	}

	/** Gives a composite and what it holds the form's colours. */
	private void adapt(Composite composite) {
		FormToolkit toolkit = getManagedForm().getToolkit();
		toolkit.adapt(composite);
		for (Control child : composite.getChildren()) {
			if (child instanceof Composite inner && !(child instanceof Table)) {
				adapt(inner);
			} else {
				toolkit.adapt(child, true, false);
			}
		}
	}

	/** The label of a value of the owner's feature, as the Properties view shows it, e.g. an enumeration literal. */
	protected String label(EObject owner, EStructuralFeature feature, Object value) {
		return PropertyLabels.of(editor.model().adapterFactory(), owner, feature, value);
	}

	/** The label of the value the owner states for its feature; empty for none, e.g. a status never stated. */
	protected String statedLabel(EObject owner, EStructuralFeature feature) {
		return PropertyLabels.ofStated(editor.model().adapterFactory(), owner, feature);
	}

	/** What the item providers call objects of the class, in the user's language: "Committee Member", 評価委員. */
	protected String typeName(EClass type) {
		return PropertyLabels.typeName(editor.model().adapterFactory(), type);
	}

	/** Creates the page's widgets in {@link #content} from the current model. */
	protected abstract void fill();

	/**
	 * The objects whose coming and going changes the page's layout, e.g. its sections: when they change, the page
	 * is built again instead of updated. None by default.
	 */
	protected List<Object> structure() {
		return List.of();
	}

	/** Brings the widgets up to date after a command, undo or redo. */
	protected abstract void modelChanged();

	@Override
	public void refresh() {
		if (content == null) {
			return;
		}
		// a reload (Revert, another program's save, Team > Update) keeps the page where the user was reading and the
		// keyboard in the field it was in, as Word does: the field found again by its object's place in the file and
		// its feature, the objects being new
		Point origin = getManagedForm().getForm().getOrigin();
		Optional<Field> focused = keyboardLeftHere();
		String place = focused.map(field -> EcoreUtil.getURI(field.owner()).fragment()).orElse(null);
		Point caret = focused.map(Field::control).orElse(null) instanceof Text text ? text.getSelection() : null;
		for (var child : content.getChildren()) {
			child.dispose();
		}
		fill();
		refuseTypingIfReadOnly();
		shownStructure = structure();
		// the new widgets need laying out even where the page keeps its size, which reflow alone would not do
		content.layout(true, true);
		getManagedForm().reflow(true);
		if (place != null) {
			fields.stream().filter(known -> !known.control().isDisposed() && known.feature() == focused.get().feature()
					&& place.equals(EcoreUtil.getURI(known.owner()).fragment())).findFirst().ifPresent(known -> {
						lastFocused = known.control();
						lastFocused.setFocus();
						if (caret != null && lastFocused instanceof Text text && caret.y <= text.getCharCount()) {
							text.setSelection(caret);
						}
					});
		}
		getManagedForm().getForm().setOrigin(origin);
	}

	/**
	 * The keyboard goes back to the field it was in when the user comes back to the editor (from a view, a dialog,
	 * another window), as in Word, not to the page's first field, which the multi-page editor would focus; and the
	 * page stays scrolled where the user left it, which focusing a field would change to bring it into view.
	 */
	@Override
	public void setFocus() {
		ScrolledForm form = getManagedForm().getForm();
		Point origin = form.getOrigin();
		Control field = lastFocused != null && !lastFocused.isDisposed() && lastFocused.isVisible() ? lastFocused : null;
		if (field == null) {
			getPartControl().setFocus();
		} else if (!field.setFocus()) {
			// refused while the control that had the keyboard is still losing it (the click that activates the editor)
			field.getDisplay().asyncExec(() -> {
				// unless the click went into another field of the page
				if (!field.isDisposed() && !Controls.isInside(field.getDisplay().getFocusControl(), content) && isActive()
						&& field.isVisible() && !form.isDisposed()) {
					field.setFocus();
					form.setOrigin(origin);
				}
			});
		}
		form.setOrigin(origin);
	}

	/**
	 * The field of this page shown that had the keyboard last, while nothing else of the window has taken it since:
	 * the keyboard is in it, or in a dialog (the question whether to read the file again, Team &gt; Update's progress).
	 */
	private Optional<Field> keyboardLeftHere() {
		Control now = content.getDisplay().getFocusControl();
		if (!isActive() || lastFocused == null || lastFocused.isDisposed()
				|| now != null && now != lastFocused && now.getShell() == content.getShell()) {
			return Optional.empty();
		}
		return fields.stream().filter(known -> known.control() == lastFocused).findFirst();
	}

	// A page the user does not see catches up when shown, so that an edit repaints one page, not all of them.
	private void commandStackChanged(EventObject event) {
		if (content == null || content.isDisposed()) {
			return;
		}
		if (!isActive()) {
			stale = true;
			return;
		}
		content.getDisplay().asyncExec(this::catchUp);
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		madeActive = active;
		// the mark's hover floats in a shell of its own, which would stay over the next page
		if (!active && problemMark != null) {
			problemMark.hideHover();
		}
		if (active && stale) {
			catchUp();
		}
	}

	private void catchUp() {
		if (content == null || content.isDisposed()) {
			return;
		}
		stale = false;
		// a change made since a value was refused: the refusal's message is old news. Taking it away reflows the page,
		// which is also what resizes its tables (before modelChanged: one command late); without one, the same reflow
		if (problem != null) {
			showProblem(null);
		} else {
			getManagedForm().reflow(true);
		}
		if (structure().equals(shownStructure)) {
			modelChanged();
		} else {
			refresh();
		}
	}

	@Override
	public void dispose() {
		editor.model().commandStack().removeCommandStackListener(listener);
		if (problemMark != null) {
			Display.getCurrent().removeFilter(SWT.FocusIn, keyboardAway);
		}
		if (bindings != null) {
			bindings.dispose();
		}
		super.dispose();
	}
}
