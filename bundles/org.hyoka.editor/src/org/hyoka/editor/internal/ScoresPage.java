package org.hyoka.editor.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.StructuredSelection;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.NamedCommand;
import org.hyoka.edit.ui.Spreadsheet;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.RevealingPage;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.ScoreTable;
import org.hyoka.model.printed.Printed;

/**
 * The 評点結果 of every evaluation: items × evaluators, each item's average over the evaluators present and the
 * flag of items below 2.0, with a bar chart of the averages under the table. Scores are edited in place; a value
 * that is not a score is refused with a message in the page header and leaves the model unchanged.
 */
public final class ScoresPage extends ModelFormPage implements RevealingPage {

	public static final String ID = "org.hyoka.editor.page.scores"; //$NON-NLS-1$
	/** The widest the items' column starts: a longer name is cut there rather than push the scores out of the window. */
	static final int MAX_ITEM_WIDTH = 420;

	private final List<ScoreView> views = new ArrayList<>();

	public ScoresPage(EvaluationEditor editor) {
		super(editor, ID, Messages.pageScores, Messages.pageScoresTitle);
	}

	@Override
	protected void fill() {
		views.clear();
		FormToolkit toolkit = getManagedForm().getToolkit();
		// the names walk every score of the file: once for all the views, not per view
		List<String> evaluators = evaluatorNames();
		for (Evaluation evaluation : editor.report().getEvaluations()) {
			if (evaluation.getScoreTable() != null) {
				views.add(new ScoreView(toolkit, evaluation, evaluators));
			}
		}
		if (views.isEmpty()) {
			toolkit.createLabel(content, Messages.noScores, SWT.WRAP);
		}
	}

	/**
	 * The score tables and their evaluators: a table's columns are made once, so a new table or evaluator (an
	 * import of score sheets adds both, Undo takes them away) builds the page again.
	 */
	@Override
	protected List<Object> structure() {
		List<Object> structure = new ArrayList<>();
		List<String> evaluators = evaluatorNames();
		for (Evaluation evaluation : editor.report().getEvaluations()) {
			if (evaluation.getScoreTable() != null) {
				structure.add(evaluation.getScoreTable());
				structure.add(evaluators);
			}
		}
		return structure;
	}

	@Override
	protected void modelChanged() {
		List<String> evaluators = evaluatorNames();
		views.forEach(view -> view.update(evaluators));
	}

	/** The score tables, their rows and scores. */
	@Override
	public boolean shows(EObject object) {
		return enclosing(object, ScoreTable.class) != null;
	}

	/** Selects the row of the item, or the table's first row, in its evaluation's view. */
	@Override
	public void reveal(EObject object, EStructuralFeature feature, boolean focus) {
		ScoreTable table = enclosing(object, ScoreTable.class);
		ItemScore row = enclosing(object, ItemScore.class);
		for (ScoreView view : views) {
			if (view.evaluation.getScoreTable() == table && !view.viewer.getControl().isDisposed()) {
				FormToolkit.ensureVisible(view.viewer.getControl());
				if (row != null || !table.getRows().isEmpty()) {
					view.viewer.setSelection(new StructuredSelection(row != null ? row : table.getRows().get(0)), true);
				}
				if (focus) {
					view.viewer.getControl().setFocus();
					// a score's cell: the evaluator's column of its row, once the table is laid out
					if (object instanceof EvaluatorScore score && feature == EvaluationPackage.Literals.EVALUATOR_SCORE__VALUE && row != null) {
						view.viewer.getControl().getDisplay().asyncExec(() -> {
							if (!view.viewer.getControl().isDisposed()) {
								view.viewer.editElement(row, score.getColumn());
							}
						});
					}
				}
				return;
			}
		}
	}

	/** The score views, for tests and for the UI benchmark. */
	public List<ScoreView> views() {
		return views;
	}

	/** One evaluation's score table and chart. */
	public final class ScoreView {

		private final Evaluation evaluation;
		private final TableViewer viewer;
		private final Spreadsheet spreadsheet;
		private final Chart chart;
		private final Section section;

		ScoreView(FormToolkit toolkit, Evaluation evaluation, List<String> evaluators) {
			this.evaluation = evaluation;
			section = toolkit.createSection(content, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED | Section.TWISTIE);
			section.setText(evaluation.getTarget() == null ? ObjectLabels.of(evaluation) : ObjectLabels.of(evaluation.getTarget()));
			section.setDescription(description(evaluators));
			GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
			Composite client = toolkit.createComposite(section);
			// the chart under the table, not beside it: beside it, a committee of five or more pushed the table's last
			// columns (the average) out of a 1280-pixel window
			GridLayoutFactory.fillDefaults().spacing(0, 12).applyTo(client);
			section.setClient(client);

			viewer = new TableViewer(client, SWT.BORDER | SWT.FULL_SELECTION);
			viewer.getTable().setHeaderVisible(true);
			viewer.getTable().setLinesVisible(true);
			viewer.getTable().setData(evaluation);
			viewer.setContentProvider(ArrayContentProvider.getInstance());
			GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getTable());
			spreadsheet = Spreadsheet.of(viewer, editor.model().domain()).problems(message -> showProblem(message, viewer.getControl()));
			createColumns(evaluators);
			viewer.setInput(evaluation.getScoreTable().getRows());
			fitItems();
			editor.selection().track(viewer);

			chart = new Chart(client, SWT.NONE);
			chart.setData(evaluation);
			GridDataFactory.fillDefaults().hint(360, 220).applyTo(chart);
			chart.getTitle().setText(Messages.chartTitle);
			chart.getLegend().setVisible(false);
			IAxis x = chart.getAxisSet().getXAxis(0);
			x.getTitle().setVisible(false);
			x.enableCategory(true);
			IAxis y = chart.getAxisSet().getYAxis(0);
			y.getTitle().setText(Messages.chartAverage);
			chart.getSeriesSet().createSeries(SeriesType.BAR, "averages"); //$NON-NLS-1$
			ConfinedPainting.confine(chart);
			updateChart();
		}

		public Evaluation evaluation() {
			return evaluation;
		}

		public TableViewer viewer() {
			return viewer;
		}

		public Spreadsheet spreadsheet() {
			return spreadsheet;
		}

		public Chart chart() {
			return chart;
		}

		/** The averages the chart shows, item by item. */
		public double[] chartedAverages() {
			return chart.getSeriesSet().getSeries()[0].getYSeries();
		}

		void update(List<String> evaluators) {
			if (viewer.getControl().isDisposed()) {
				return;
			}
			viewer.refresh();
			// scores typed or pasted change how many members scored
			section.setDescription(description(evaluators));
			updateChart();
		}

		/** How many scored; with no one to score yet, where the columns come from. */
		private String description(List<String> evaluators) {
			return evaluators.isEmpty() ? Messages.scoresNoMembers : NLS.bind(Messages.scoresDescription, members(evaluation.getScoreTable()));
		}

		private void updateChart() {
			List<ItemScore> rows = evaluation.getScoreTable().getRows();
			// numbers only: the items' full names are in the table above the chart and would overlap here
			String[] items = rows.stream().map(row -> row.getItem() == null ? "" : Scoring.itemNumber(row.getItem())) //$NON-NLS-1$
					.toArray(String[]::new);
			double[] averages = rows.stream().mapToDouble(row -> Scoring.average(row).map(BigDecimal::doubleValue).orElse(0.0))
					.toArray();
			chart.getAxisSet().getXAxis(0).setCategorySeries(items);
			IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().getSeries()[0];
			series.setYSeries(averages);
			series.setBarColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_CYAN));
			chart.getAxisSet().getXAxis(0).adjustRange();
			chart.getAxisSet().getYAxis(0).setRange(new Range(0, Scoring.MAX_SCORE));
			chart.redraw();
		}

		private void createColumns(List<String> names) {
			column(Messages.columnItem, 180, SWT.LEFT, new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return itemLabel((ItemScore) element);
				}
			});
			for (int column = 1; column <= names.size(); column++) {
				int evaluator = column;
				String name = names.get(column - 1);
				TableViewerColumn viewerColumn = column(name, 64, SWT.CENTER, new ColumnLabelProvider() {
					@Override
					public String getText(Object element) {
						return scoreText((ItemScore) element, evaluator);
					}
				});
				ScoreEditing editing = new ScoreEditing(evaluator, name);
				viewerColumn.setEditingSupport(editing);
				spreadsheet.column(column, editing);
				viewerColumn.getColumn().pack(); // as wide as the evaluator's name
			}
			column(Messages.columnAverage, 72, SWT.RIGHT, new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return Scoring.average((ItemScore) element).map(BigDecimal::toPlainString).orElse(""); //$NON-NLS-1$
				}
			});
			column(Messages.columnStated, 72, SWT.RIGHT, new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					BigDecimal stated = ((ItemScore) element).getStatedAverage();
					return stated == null ? "" : stated.toPlainString(); //$NON-NLS-1$
				}
			});
			column(Messages.columnFlag, 150, SWT.LEFT, new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return needsExplanation((ItemScore) element) ? Messages.flagNeedsExplanation : ""; //$NON-NLS-1$
				}

				@Override
				public org.eclipse.swt.graphics.Color getForeground(Object element) {
					return viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED);
				}
			});
		}

		/**
		 * The items' column as wide as its longest name, within bounds: the report's items run past its first width
		 * (５．事業アウトカムに至るまでのロードマップ), and the rows are read by them. Once, so a width the user set stays.
		 */
		private void fitItems() {
			TableColumn items = viewer.getTable().getColumn(0);
			int first = items.getWidth();
			items.pack();
			items.setWidth(Math.min(Math.max(items.getWidth(), first), MAX_ITEM_WIDTH));
		}

		private TableViewerColumn column(String title, int width, int style, ColumnLabelProvider labels) {
			TableViewerColumn column = new TableViewerColumn(viewer, style);
			column.getColumn().setText(title);
			column.getColumn().setWidth(width);
			column.setLabelProvider(labels);
			return column;
		}

		/** Editing one evaluator's scores: whole numbers 0–3, or nothing for an evaluator who gave none. */
		private final class ScoreEditing extends EditingSupport implements Spreadsheet.Cells {

			private final int evaluator;
			private final String evaluatorName;
			private final TextCellEditor cellEditor;
			private ItemScore edited;

			ScoreEditing(int evaluator, String evaluatorName) {
				super(viewer);
				this.evaluator = evaluator;
				this.evaluatorName = evaluatorName;
				cellEditor = new TextCellEditor(viewer.getTable());
				cellEditor.setValidator(value -> problem((String) value));
				cellEditor.addListener(new ICellEditorListener() {
					@Override
					public void editorValueChanged(boolean oldValidState, boolean newValidState) {
						report();
					}

					@Override
					public void cancelEditor() {
						// the message stays until a valid score is entered
					}

					@Override
					public void applyEditorValue() {
						report();
					}
				});
			}

			/** Beside the table and in the header: whose score for which item, and the rule it breaks. */
			private void report() {
				String problem = cellEditor.getErrorMessage();
				showProblem(problem == null ? null : NLS.bind(Messages.scoreProblem,
						new Object[] { evaluatorName, edited == null ? "" : itemLabel(edited), problem }), viewer.getControl()); //$NON-NLS-1$
			}

			@Override
			protected CellEditor getCellEditor(Object element) {
				edited = (ItemScore) element;
				return cellEditor;
			}

			@Override
			public boolean canEdit(Object element) {
				return !editor.model().readOnly();
			}

			@Override
			protected Object getValue(Object element) {
				return scoreText((ItemScore) element, evaluator);
			}

			@Override
			protected void setValue(Object element, Object value) {
				Command command = problem((String) value) == null ? change(element, (String) value) : null;
				if (command != null) {
					editor.model().domain().getCommandStack().execute(NamedCommand.set(NLS.bind(Messages.scoreOf, evaluatorName), command));
				}
			}

			/** The score a text typed or pasted gives; null when the cell has it. */
			@Override
			public Command change(Object element, String value) {
				String problem = problem(value);
				if (problem != null) {
					throw new IllegalArgumentException(problem);
				}
				String text = value.strip();
				Integer score = text.isEmpty() ? null : Integer.valueOf(text);
				ItemScore row = (ItemScore) element;
				Optional<EvaluatorScore> existing = score(row, evaluator);
				if (existing.isPresent() && java.util.Objects.equals(existing.get().getValue(), score)) {
					return null;
				}
				EditingDomain domain = editor.model().domain();
				if (existing.isPresent()) {
					return SetCommand.create(domain, existing.get(), EvaluationPackage.Literals.EVALUATOR_SCORE__VALUE, score);
				}
				EvaluatorScore created = EvaluationFactory.eINSTANCE.createEvaluatorScore();
				created.setColumn(evaluator);
				created.setValue(score);
				created.setMember(Scoring.evaluators(editor.report()).get(evaluator));
				return AddCommand.create(domain, row, EvaluationPackage.Literals.ITEM_SCORE__SCORES, created);
			}
		}
	}

	/** Null when the text is a score (or empty), otherwise why it is not. */
	static String problem(String text) {
		String value = text.strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			int score = Integer.parseInt(value);
			return score < Scoring.MIN_SCORE || score > Scoring.MAX_SCORE
					? NLS.bind(Messages.scoreOutOfRange, new Object[] { value, Scoring.MIN_SCORE, Scoring.MAX_SCORE }) : null;
		} catch (NumberFormatException e) {
			return NLS.bind(Messages.scoreNotANumber, value);
		}
	}

	static boolean needsExplanation(ItemScore row) {
		return Scoring.average(row).map(average -> average.compareTo(Scoring.EXPLANATION_THRESHOLD) < 0).orElse(false);
	}

	static String itemLabel(ItemScore row) {
		return Printed.or(row, EvaluationPackage.Literals.ITEM_SCORE__ITEM, () -> row.isSetItem() ? row.getItem().getLiteral() : ""); //$NON-NLS-1$
	}

	private static String scoreText(ItemScore row, int column) {
		return score(row, column).map(EvaluatorScore::getValue).map(String::valueOf).orElse(""); //$NON-NLS-1$
	}

	private static Optional<EvaluatorScore> score(ItemScore row, int column) {
		return row.getScores().stream().filter(score -> score.getColumn() == column).findFirst();
	}

	/**
	 * The names of the report's evaluator columns, the same in every score table, from column 1 on: the committee's
	 * members have theirs before any score, so that scores can be typed or pasted as soon as the committee is entered;
	 * but a report whose scores are anonymous, as published reports print them, gets no empty column per member.
	 */
	private List<String> evaluatorNames() {
		Map<Integer, CommitteeMember> evaluators = Scoring.evaluators(editor.report());
		int used = editor.report().getEvaluations().stream().filter(evaluation -> evaluation.getScoreTable() != null)
				.flatMap(evaluation -> evaluation.getScoreTable().getRows().stream()).flatMap(row -> row.getScores().stream())
				.mapToInt(EvaluatorScore::getColumn).max().orElse(0);
		List<String> names = new ArrayList<>();
		evaluators.forEach((column, member) -> {
			if (column <= used || !evaluators.containsValue(null)) {
				names.add(member != null && member.getPerson() != null && member.getPerson().getNameJa() != null ? member.getPerson().getNameJa()
						: NLS.bind(Messages.columnEvaluator, column));
			}
		});
		return names;
	}

	private static int members(ScoreTable table) {
		return (int) table.getRows().stream().flatMap(row -> row.getScores().stream()).mapToInt(EvaluatorScore::getColumn).distinct().count();
	}
}
