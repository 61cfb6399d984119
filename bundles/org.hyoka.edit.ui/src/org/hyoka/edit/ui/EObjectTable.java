package org.hyoka.edit.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hyoka.core.report.ReportText;

/**
 * A table of model objects, one column per aspect of a row. Columns share the table's width by weight. An editable
 * column changes one attribute through a {@link SetCommand} on the editing domain, so the change can be undone; text
 * the attribute's type cannot take is refused and reported with the column's title, and the model keeps its value.
 * Enumerations, yes/no attributes and single references are chosen from a list, labelled as the item providers label
 * them. The cells are driven as a spreadsheet's ({@link Spreadsheet}): a pasted text goes through the same reading and
 * checks as a typed one.
 *
 * @param <T>
 *            the type of the rows
 */
public final class EObjectTable<T extends EObject> {

	/** Cell text longer than this also shows as a tooltip. */
	private static final int TOOLTIP_LENGTH = 24;
	/** The widest a column grows to fit its texts, in pixels; a longer text is cut and shows whole in its tooltip. */
	private static final int WIDEST_FIT = 360;
	/** Room beside a text: the cell's margins, and in the header the column's sort and resize handles. */
	private static final int CELL_PADDING = 16;
	private static final int HEADER_PADDING = 24;

	private final EditingDomain domain;
	private final Composite holder;
	private final TableViewer viewer;
	private final Spreadsheet spreadsheet;
	private final TableColumnLayout layout = new TableColumnLayout();
	private final Supplier<? extends List<? extends T>> rows;
	private List<T> shown = List.of();
	private final List<FeatureEditing> editings = new ArrayList<>();
	/** Each column's labels, in the columns' order. */
	private final List<Labels> labels = new ArrayList<>();
	/** The labels of the column defined last, and the editable column defined last: what {@link #marked} and {@link #editedBy} change. */
	private Labels definedLast;
	private FeatureEditing editedLast;
	/** Where {@link #insert} puts the next column defined; -1 after the last. */
	private int insertAt = -1;
	/** Each column's weight and minimum width as defined, and the minimum width its texts gave it last. */
	private final List<ColumnWeightData> defined = new ArrayList<>();
	private final List<Integer> fitted = new ArrayList<>();
	private Predicate<? super T> emphasized = row -> false;
	private Consumer<String> problems = message -> {
	};

	/**
	 * A mark on a cell: {@link Diagnostic#ERROR}, {@link Diagnostic#WARNING} or {@link Diagnostic#INFO}, and the
	 * explanation its tooltip gives.
	 */
	public record Mark(int severity, String explanation) {
	}

	/**
	 * @param rows
	 *            read again on every {@link #refresh()}, so that added and removed objects show
	 */
	public EObjectTable(Composite parent, EditingDomain domain, Supplier<? extends List<? extends T>> rows) {
		this.domain = domain;
		this.rows = rows;
		holder = new Composite(parent, SWT.NONE);
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		spreadsheet = Spreadsheet.of(viewer, domain);
	}

	/** The control to lay out in the parent. */
	public Composite control() {
		return holder;
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** The table's keys, copy and paste; a column edited by other means than {@link #editableColumn} joins it here. */
	public Spreadsheet spreadsheet() {
		return spreadsheet;
	}

	/** Rows shown in bold, e.g. the chair of a committee. */
	public EObjectTable<T> emphasize(Predicate<? super T> rule) {
		emphasized = rule;
		return this;
	}

	/**
	 * Where an editable column reports text it refuses; the message names the column, the text and the expected
	 * type, and null says the last problem is gone.
	 */
	public EObjectTable<T> problems(Consumer<String> sink) {
		problems = sink;
		spreadsheet.problems(sink);
		return this;
	}

	/** How problems name the row whose cell refused the text (a record's id), where several rows look alike. */
	@SuppressWarnings("unchecked")
	public EObjectTable<T> rowLabels(Function<? super T, String> label) {
		spreadsheet.rowNames(row -> label.apply((T) row));
		return this;
	}

	/** A read-only column. */
	public EObjectTable<T> column(String title, int weight, int minimumWidth, int alignment, Function<? super T, String> text) {
		add(title, weight, minimumWidth, alignment, text);
		return this;
	}

	private TableViewerColumn add(String title, int weight, int minimumWidth, int alignment, Function<? super T, String> text) {
		int index = insertAt < 0 ? viewer.getTable().getColumnCount() : insertAt++;
		TableViewerColumn column = new TableViewerColumn(viewer, alignment, index);
		column.getColumn().setText(title);
		column.getColumn().setToolTipText(title);
		definedLast = new Labels(text);
		labels.add(index, definedLast);
		column.setLabelProvider(definedLast);
		ColumnWeightData data = new ColumnWeightData(weight, minimumWidth, true);
		defined.add(index, data);
		fitted.add(index, minimumWidth);
		layout.setColumnData(column.getColumn(), data);
		// the columns after it move right
		editings.stream().filter(editing -> editing.index >= index).forEach(editing -> editing.index++);
		spreadsheet.inserted(index);
		return column;
	}

	/**
	 * Defines columns before the one at the index, as the definitions given define them after the last: e.g. the
	 * years a budget shown next has more than the one before, before its sum. The table keeps its rows and selection,
	 * the other columns their editing; a cell being edited is cancelled. The new columns' cells fill at the next
	 * {@link #refresh()}.
	 */
	public EObjectTable<T> insert(int index, Consumer<? super EObjectTable<T>> columns) {
		viewer.cancelEditing();
		insertAt = index;
		try {
			columns.accept(this);
		} finally {
			insertAt = -1;
		}
		holder.layout(true);
		return this;
	}

	/** Removes the column at the index, its cells and their editing; the columns after it move left. */
	public void remove(int column) {
		viewer.cancelEditing();
		editings.stream().filter(editing -> editing.index == column && editing.cellEditor != null).forEach(editing -> editing.cellEditor.dispose());
		editings.removeIf(editing -> editing.index == column);
		editings.stream().filter(editing -> editing.index > column).forEach(editing -> editing.index--);
		labels.remove(column);
		defined.remove(column);
		fitted.remove(column);
		viewer.getTable().getColumn(column).dispose();
		spreadsheet.removed(column);
		holder.layout(true);
	}

	/**
	 * Gives a column another title, e.g. a year's column when the table shows another object whose columns are other
	 * years; problems and the commands of its cells ("Set 2022年度") name the new title.
	 */
	public void retitle(int column, String title) {
		TableColumn widget = viewer.getTable().getColumn(column);
		if (title.equals(widget.getText())) {
			return;
		}
		widget.setText(title);
		widget.setToolTipText(title);
		editings.stream().filter(editing -> editing.index == column).forEach(editing -> editing.title = title);
	}

	/**
	 * Marks cells of the column defined last, e.g. a printed total that differs from its sum: coloured by severity,
	 * with the severity's icon, and the explanation as tooltip; the rule gives null for a cell without mark.
	 */
	public EObjectTable<T> marked(Function<? super T, Mark> rule) {
		definedLast.mark = rule;
		return this;
	}

	/**
	 * How an edit of the editable column defined last becomes a command, where it changes more than the attribute
	 * (a fiscal year with the cells of that year). The function gets the cell's object and the typed value; it refuses
	 * a value by throwing an {@link IllegalArgumentException} whose message says why, which is reported with the
	 * column's title while the model keeps its value.
	 */
	public EObjectTable<T> editedBy(BiFunction<? super EObject, Object, Command> command) {
		editedLast.command = command;
		return this;
	}

	/** A read-only column, left aligned. */
	public EObjectTable<T> column(String title, int weight, int minimumWidth, Function<? super T, String> text) {
		return column(title, weight, minimumWidth, SWT.LEFT, text);
	}

	/**
	 * A column showing and editing one attribute of an object the row leads to (the row itself, or e.g. its response);
	 * rows leading to no object show nothing and cannot be edited.
	 */
	public EObjectTable<T> editableColumn(String title, int weight, int minimumWidth, int alignment,
			Function<? super T, ? extends EObject> owner, EAttribute attribute) {
		ValueLabels labels = choices(attribute) == null ? null : new ValueLabels(attribute);
		return editableColumn(title, weight, minimumWidth, alignment, owner, attribute, row -> {
			EObject target = owner.apply(row);
			Object value = target == null ? null : PropertyLabels.stated(target, attribute);
			if (value == null) {
				return ""; //$NON-NLS-1$
			}
			return labels == null ? text(value, attribute) : labels.getText(value);
		});
	}

	/**
	 * A column editing one attribute but showing its own text, e.g. a meeting's format as the report printed it
	 * while the report's wording is kept.
	 */
	public EObjectTable<T> editableColumn(String title, int weight, int minimumWidth, int alignment,
			Function<? super T, ? extends EObject> owner, EAttribute attribute, Function<? super T, String> text) {
		return editableColumn(title, weight, minimumWidth, alignment, owner, (EStructuralFeature) attribute, text);
	}

	private EObjectTable<T> editableColumn(String title, int weight, int minimumWidth, int alignment,
			Function<? super T, ? extends EObject> owner, EStructuralFeature feature, Function<? super T, String> text) {
		TableViewerColumn column = add(title, weight, minimumWidth, alignment, text);
		FeatureEditing editing = new FeatureEditing(title, viewer.getTable().indexOf(column.getColumn()), owner, feature);
		column.setEditingSupport(editing);
		spreadsheet.column(editing.index, editing);
		editings.add(editing);
		editedLast = editing;
		return this;
	}

	/**
	 * A column choosing the object a single reference of an object the row leads to names: among the objects the
	 * Properties view offers for it (its item provider's choice), labelled as the Properties view labels them, and none
	 * where the reference may be unset. The choices are read when a cell is edited, so that each row offers its own.
	 */
	public EObjectTable<T> editableColumn(String title, int weight, int minimumWidth, Function<? super T, ? extends EObject> owner,
			EReference reference) {
		return editableColumn(title, weight, minimumWidth, SWT.LEFT, owner, reference, row -> {
			EObject target = owner.apply(row);
			Object value = target == null ? null : target.eGet(reference);
			return value == null ? "" : referenceLabels(target, reference).getText(value); //$NON-NLS-1$
		});
	}

	/**
	 * The cells of a column not shown yet, editing an attribute of an object each row leads to as an editable column's
	 * cells do: what a paste adding that column ({@link Spreadsheet.NewColumn}) writes into it.
	 */
	public Spreadsheet.Cells cells(String title, Function<? super T, ? extends EObject> owner, EAttribute attribute) {
		return new FeatureEditing(title, -1, owner, attribute);
	}

	/**
	 * The row showing an object: the object itself, the row containing it, or a row whose editable column edits it
	 * (a member's person); null when no row shows it.
	 */
	public T rowOf(EObject object) {
		for (EObject container = object; container != null; container = container.eContainer()) {
			int index = shown.indexOf(container);
			if (index >= 0) {
				return shown.get(index);
			}
		}
		return shown.stream().filter(row -> edits(row, object)).findFirst().orElse(null);
	}

	/** Whether a column of the table edits the object itself, e.g. a printed total in its year's column. */
	public boolean edits(EObject object) {
		return shown.stream().anyMatch(row -> edits(row, object));
	}

	private boolean edits(T row, EObject object) {
		return editings.stream().anyMatch(editing -> editing.owner.apply(row) == object);
	}

	/**
	 * Selects and shows the row showing the object, with the sheet's cell cursor on the cell of the column that edits
	 * this feature of the object, if one does. With focus, the keyboard goes to the table, and into that cell's editor.
	 *
	 * @return false when no row shows the object
	 */
	public boolean reveal(EObject object, EStructuralFeature feature, boolean focus) {
		T row = rowOf(object);
		if (row == null) {
			return false;
		}
		viewer.setSelection(new StructuredSelection(row), true);
		Optional<FeatureEditing> cell = editings.stream().filter(editing -> editing.feature == feature && editing.owner.apply(row) == object)
				.findFirst();
		// the sheet's cell cursor on the cell itself, e.g. the amount Find found among a budget line's years
		cell.ifPresent(editing -> spreadsheet.focus(viewer.getTable().getSelectionIndex(), editing.index));
		if (focus) {
			viewer.getControl().setFocus();
			// once the table is laid out: on a page just made, the cell's bounds are not known yet
			cell.ifPresent(editing -> viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					viewer.editElement(row, editing.index);
				}
			}));
		}
		return true;
	}

	/** Whether a column of the table is edited in its cells, so that {@link #edit} opens one. */
	public boolean hasEditableColumn() {
		return !editings.isEmpty();
	}

	/**
	 * Starts editing the row's first empty cell it can edit, else its first it can edit: in a row just added, where
	 * typing begins (a new member's name, its role already stated).
	 */
	public void edit(Object row) {
		List<FeatureEditing> cells = editings.stream().filter(editing -> editing.canEdit(row))
				.sorted(Comparator.comparingInt(editing -> editing.index)).toList();
		cells.stream().filter(editing -> editing.normalized(editing.getValue(row)) == null).findFirst().or(() -> cells.stream().findFirst())
				.ifPresent(editing -> viewer.editElement(row, editing.index));
	}

	/** Reads the rows again: new and removed objects show, and every label is computed again. */
	public void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<T> current = new ArrayList<>(rows.get());
		spreadsheet.refreshing(() -> {
			if (current.equals(shown)) {
				viewer.refresh();
			} else {
				shown = current;
				viewer.setInput(current);
			}
		});
		fitColumns();
	}

	/**
	 * Makes each column at least as wide as its title and its texts, up to {@value #WIDEST_FIT} pixels, so that short
	 * texts are not cut; the columns still share what width is left by weight, and the table scrolls sideways when
	 * they need more than the page gives.
	 */
	private void fitColumns() {
		Table table = viewer.getTable();
		boolean changed = false;
		GC gc = new GC(table);
		try {
			for (int column = 0; column < defined.size(); column++) {
				int needed = gc.textExtent(table.getColumn(column).getText()).x + HEADER_PADDING;
				for (TableItem item : table.getItems()) {
					needed = Math.max(needed, gc.textExtent(item.getText(column)).x + CELL_PADDING);
				}
				int minimum = Math.max(defined.get(column).minimumWidth, Math.min(needed, WIDEST_FIT));
				if (minimum != fitted.get(column)) {
					fitted.set(column, minimum);
					layout.setColumnData(table.getColumn(column), new ColumnWeightData(defined.get(column).weight, minimum, true));
					changed = true;
				}
			}
		} finally {
			gc.dispose();
		}
		if (changed) {
			holder.layout(true);
		}
	}

	/**
	 * The text a cell shows for a value: numbers as the report prints them (1,200; a cell being edited shows 1200),
	 * other values as their type writes them.
	 */
	static String text(Object value, EAttribute attribute) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof BigDecimal number) {
			return ReportText.amount(number);
		}
		return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
	}

	/** A reference's values as the Properties view labels them for the owner. */
	private ILabelProvider referenceLabels(EObject owner, EReference reference) {
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				return domain instanceof AdapterFactoryEditingDomain adapters ? PropertyLabels.of(adapters.getAdapterFactory(), owner, reference, value)
						: PropertyLabels.text(null, value);
			}
		};
	}

	/** The values of an enumeration or a yes/no attribute, none first when it may be unset; null for typed text. */
	private static List<Object> choices(EAttribute attribute) {
		List<Object> choices = new ArrayList<>();
		if (!attribute.isRequired()) {
			choices.add(null);
		}
		if (attribute.getEAttributeType() instanceof EEnum enumeration) {
			enumeration.getELiterals().stream().map(EEnumLiteral::getInstance).forEach(choices::add);
			return choices;
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (type == Boolean.class || type == boolean.class) {
			choices.add(Boolean.TRUE);
			choices.add(Boolean.FALSE);
			return choices;
		}
		return null;
	}

	private final class Labels extends ColumnLabelProvider {

		private final Function<? super T, String> text;
		private Function<? super T, Mark> mark = row -> null;

		Labels(Function<? super T, String> text) {
			this.text = text;
		}

		@SuppressWarnings("unchecked")
		@Override
		public String getText(Object element) {
			String value = text.apply((T) element);
			return value == null ? "" : value; //$NON-NLS-1$
		}

		@SuppressWarnings("unchecked")
		private Mark markOf(Object element) {
			return mark.apply((T) element);
		}

		@Override
		public String getToolTipText(Object element) {
			Mark marked = markOf(element);
			if (marked != null) {
				return marked.explanation();
			}
			String value = getText(element);
			return value.length() > TOOLTIP_LENGTH ? value : null;
		}

		@Override
		public Image getImage(Object element) {
			Mark marked = markOf(element);
			if (marked == null) {
				return null;
			}
			String decoration = switch (marked.severity()) {
			case Diagnostic.ERROR -> FieldDecorationRegistry.DEC_ERROR;
			case Diagnostic.WARNING -> FieldDecorationRegistry.DEC_WARNING;
			default -> FieldDecorationRegistry.DEC_INFORMATION;
			};
			return FieldDecorationRegistry.getDefault().getFieldDecoration(decoration).getImage();
		}

		@Override
		public Color getForeground(Object element) {
			Mark marked = markOf(element);
			if (marked == null) {
				return null;
			}
			// red for what validation reports as a problem, blue for a difference that is only rounding
			return viewer.getControl().getDisplay().getSystemColor(marked.severity() == Diagnostic.INFO ? SWT.COLOR_DARK_BLUE : SWT.COLOR_RED);
		}

		@SuppressWarnings("unchecked")
		@Override
		public Font getFont(Object element) {
			return emphasized.test((T) element) ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
		}
	}

	/** The editing of an attribute typed or chosen, or of a single reference chosen, in the cells of one column. */
	private final class FeatureEditing extends EditingSupport implements Spreadsheet.Cells {

		private String title;
		/** The column's index, which columns inserted or removed before it change. */
		private int index;
		private final Function<? super T, ? extends EObject> owner;
		private final EStructuralFeature feature;
		/** Made when a cell of the column is first edited: a page of tables shows sooner without a text field per column. */
		private CellEditor cellEditor;
		private Object editing;
		private BiFunction<? super EObject, Object, Command> command;

		FeatureEditing(String title, int index, Function<? super T, ? extends EObject> owner, EStructuralFeature feature) {
			super(viewer);
			this.title = title;
			this.index = index;
			this.owner = owner;
			this.feature = feature;
		}

		/** What a cell of the target offers to choose from; null for an attribute typed as text. */
		private List<Object> choices(EObject target) {
			if (feature instanceof EAttribute attribute) {
				return EObjectTable.choices(attribute);
			}
			if (domain instanceof AdapterFactoryEditingDomain adapters) {
				return PropertyLabels.choices(adapters.getAdapterFactory(), target, feature);
			}
			// without item providers nothing says what else the reference may name
			return Stream.of(null, target.eGet(feature)).distinct().collect(Collectors.toCollection(ArrayList::new));
		}

		private ILabelProvider labels(EObject target) {
			return feature instanceof EAttribute attribute ? new ValueLabels(attribute) : referenceLabels(target, (EReference) feature);
		}

		private CellEditor cellEditor() {
			EObject target = target(editing);
			if (cellEditor instanceof ChoiceCellEditor choice && feature instanceof EReference) {
				// the objects a reference may name depend on the row and change with the model
				choice.choices(choices(target), labels(target));
			}
			if (cellEditor != null) {
				return cellEditor;
			}
			List<Object> choices = choices(target);
			cellEditor = choices == null ? DataTypeCellEditor.of(viewer.getTable(), (EAttribute) feature, () -> editing == null ? null : target(editing))
					: new ChoiceCellEditor(viewer.getTable(), choices, labels(target));
			if (choices == null) {
				// what the cell's command refuses (a year the table has) is told as it is typed, as the type's rules are
				cellEditor.setValidator(value -> value instanceof String text && editing != null ? refusal(editing, text) : null);
			}
			cellEditor.addListener(new ICellEditorListener() {
				@Override
				public void editorValueChanged(boolean oldValidState, boolean newValidState) {
					report();
				}

				@Override
				public void cancelEditor() {
					// the message stays until a valid value is entered
				}

				@Override
				public void applyEditorValue() {
					report();
				}
			});
			return cellEditor;
		}

		private void report() {
			String message = cellEditor.getErrorMessage();
			String row = editing == null ? null : spreadsheet.rowName(editing);
			if (message == null) {
				problems.accept(null);
			} else if (row != null) {
				problems.accept(NLS.bind(Messages.rowFieldProblem, new Object[] { title, row, message }));
			} else {
				problems.accept(NLS.bind(Messages.fieldProblem, title, message));
			}
		}

		@SuppressWarnings("unchecked")
		private EObject target(Object element) {
			return owner.apply((T) element);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			editing = element;
			return cellEditor();
		}

		@Override
		public boolean canEdit(Object element) {
			EObject target = target(element);
			// a file shown read-only (its references broken) takes no typing that would then be thrown away
			return target != null && !domain.isReadOnly(target.eResource());
		}

		@Override
		protected Object getValue(Object element) {
			// a value never stated is none: a cell left as it was states nothing
			return PropertyLabels.stated(target(element), feature);
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (!cellEditor.isValueValid()) {
				return;
			}
			Command change;
			try {
				change = command(target(element), value);
			} catch (IllegalArgumentException refused) {
				problems.accept(NLS.bind(Messages.fieldProblem, title, refused.getMessage()));
				return;
			}
			if (change != null) {
				domain.getCommandStack().execute(NamedCommand.set(title, change));
			}
		}

		/** A pasted text, read as the cell's editor reads a typed one. */
		@Override
		public Command change(Object element, String text) {
			EObject target = target(element);
			List<Object> choices = choices(target);
			if (choices != null) {
				return command(target, Spreadsheet.choice(choices, labels(target)::getText, text));
			}
			EAttribute attribute = (EAttribute) feature;
			String problem = DataTypeCellEditor.problem(attribute, target, text);
			if (problem != null) {
				throw new IllegalArgumentException(problem);
			}
			return command(target(element), DataTypeCellEditor.value(attribute, text));
		}

		/** The command setting the value; null when it changes nothing, or would take a required value away. */
		private Command command(EObject target, Object value) {
			Object typed = normalized(value);
			// choosing the default of a value never stated states it
			Object stated = PropertyLabels.stated(target, feature);
			if (typed == null && (feature.isRequired() || stated == null) || Objects.equals(normalized(stated), typed)) {
				return null;
			}
			return command != null ? command.apply(target, typed)
					: SetCommand.create(domain, target, feature, typed == null ? SetCommand.UNSET_VALUE : value);
		}

		/**
		 * 25 and 25.0 are the same amount, and an empty text is no text: opening a cell and leaving it as it was changes
		 * nothing.
		 */
		private Object normalized(Object value) {
			if (value instanceof String text && text.isEmpty()) {
				return null;
			}
			return value instanceof BigDecimal number ? number.stripTrailingZeros() : value;
		}
	}

	/** Values as the Properties view labels them: enumeration literals in the user's language, yes and no. */
	private final class ValueLabels extends LabelProvider {

		private final EAttribute attribute;

		ValueLabels(EAttribute attribute) {
			this.attribute = attribute;
		}

		@Override
		public String getText(Object value) {
			EClass owner = concrete(attribute.getEContainingClass());
			if (value instanceof Boolean || value == null || owner == null || !(domain instanceof AdapterFactoryEditingDomain adapters)) {
				return PropertyLabels.text(null, value);
			}
			// the item provider labels a literal for an object of the attribute's class; any such object will do
			return PropertyLabels.of(adapters.getAdapterFactory(), EcoreUtil.create(owner), attribute, value);
		}

		/** The class itself, or for an abstract one (an IP agreement's instrument type) a concrete class of its package. */
		private static EClass concrete(EClass type) {
			if (!type.isAbstract() && !type.isInterface()) {
				return type;
			}
			return type.getEPackage().getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
					.filter(candidate -> !candidate.isAbstract() && !candidate.isInterface() && type.isSuperTypeOf(candidate))
					.findFirst().orElse(null);
		}
	}
}
