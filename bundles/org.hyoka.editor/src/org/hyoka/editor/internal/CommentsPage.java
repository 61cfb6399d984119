package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.ListEditor;
import org.hyoka.edit.ui.Spreadsheet;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.RevealingPage;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.Recommendation;
import org.hyoka.model.printed.Printed;

/**
 * What the committee wrote, evaluation by evaluation: the comments with their evaluation items and marks as printed
 * (〇 for praise, ● for a problem), and each 提言 next to its 対処方針; all of them added, edited and removed here.
 */
public final class CommentsPage extends ModelFormPage implements RevealingPage {

	public static final String ID = "org.hyoka.editor.page.comments"; //$NON-NLS-1$

	private final List<ListEditor<?>> lists = new ArrayList<>();
	/** Each evaluation's section, whose description counts its comments by kind. */
	private final Map<Evaluation, Section> counted = new LinkedHashMap<>();

	public CommentsPage(EvaluationEditor editor) {
		super(editor, ID, Messages.pageComments, Messages.pageCommentsTitle);
	}

	@Override
	protected void fill() {
		lists.clear();
		counted.clear();
		for (Evaluation evaluation : editor.report().getEvaluations()) {
			Composite area = section(content, title(evaluation), counts(evaluation));
			counted.put(evaluation, (Section) area.getParent());
			GridLayoutFactory.fillDefaults().applyTo(area);
			ListEditor<EvaluationComment> comments = list(area, evaluation::getComments, EvaluationPackage.Literals.EVALUATION_COMMENT);
			comments.addition(typeName(EvaluationPackage.Literals.EVALUATION_COMMENT), domain -> addComment(domain, evaluation, comments.selected()))
					.longText(Messages.columnComment, EvaluationPackage.Literals.EVALUATION_COMMENT__TEXT);
			comments.table()
					.editableColumn(Messages.columnItem, 12, 120, SWT.LEFT, comment -> comment, EvaluationPackage.Literals.EVALUATION_COMMENT__ITEM,
							comment -> Printed.or(comment, EvaluationPackage.Literals.EVALUATION_COMMENT__ITEM,
									() -> statedLabel(comment, EvaluationPackage.Literals.EVALUATION_COMMENT__ITEM)))
					.editableColumn(Messages.columnMark, 3, 40, SWT.CENTER, comment -> comment, EvaluationPackage.Literals.EVALUATION_COMMENT__POLARITY,
							CommentsPage::mark);
			// a pasted mark as the column shows it (and as Copy puts it on the clipboard) chooses the kind; a comment's
			// text goes in whole, though typed below in its own field (the list's long text)
			Table table = comments.table().viewer().getTable();
			comments.table().spreadsheet().column(table.getColumnCount() - 1, new PastedCells(editor.model().domain(),
					EvaluationPackage.Literals.EVALUATION_COMMENT__POLARITY, this::kind));
			comments.table().column(Messages.columnComment, 40, 200, comment -> Texts.firstOf(comment.getText())).refresh();
			int textColumn = table.getColumnCount() - 1;
			// typing or F2 in a comment's cell goes on in the field below, where its text is written
			table.addListener(SWT.KeyDown, key -> typeIntoField(comments, textColumn, key));
			lists.add(comments);

			ListEditor<Recommendation> recommendations = list(area, evaluation::getRecommendations,
					EvaluationPackage.Literals.RECOMMENDATION);
			recommendations.addition(typeName(EvaluationPackage.Literals.RECOMMENDATION), domain -> addRecommendation(domain, evaluation))
					.longText(Messages.columnRecommendation, EvaluationPackage.Literals.RECOMMENDATION__TEXT)
					.longText(Messages.columnResponse, EvaluationPackage.Literals.RECOMMENDATION__RESPONSE, EvaluationPackage.Literals.RESPONSE__TEXT);
			recommendations.table()
					.column(Messages.columnRecommendation, 20, 150, recommendation -> Texts.firstOf(recommendation.getText()))
					.column(Messages.columnResponse, 20, 150,
							recommendation -> recommendation.getResponse() == null ? "" : Texts.firstOf(recommendation.getResponse().getText())) //$NON-NLS-1$
					.refresh();
			lists.add(recommendations);
		}
		if (lists.isEmpty()) {
			getManagedForm().getToolkit().createLabel(content, Messages.noComments, SWT.WRAP);
		}
	}

	/** A comment on the item of the one selected, or on none yet; praise until the user marks it otherwise. */
	private static Command addComment(EditingDomain domain, Evaluation evaluation, EvaluationComment selected) {
		EvaluationComment comment = EvaluationFactory.eINSTANCE.createEvaluationComment();
		comment.setId(NewObjects.id(evaluation, evaluation.getId() + "-comment")); //$NON-NLS-1$
		comment.setPolarity(CommentPolarity.POSITIVE);
		comment.setAuthor(NewObjects.author(evaluation));
		if (selected != null) {
			comment.setItem(selected.getItem());
			comment.setItemPrinted(selected.getItemPrinted());
		}
		return ListEditor.add(domain, evaluation, EvaluationPackage.Literals.EVALUATION__COMMENTS, comment);
	}

	private static Command addRecommendation(EditingDomain domain, Evaluation evaluation) {
		Recommendation recommendation = EvaluationFactory.eINSTANCE.createRecommendation();
		recommendation.setId(NewObjects.id(evaluation, evaluation.getId() + "-recommendation")); //$NON-NLS-1$
		return ListEditor.add(domain, evaluation, EvaluationPackage.Literals.EVALUATION__RECOMMENDATIONS, recommendation);
	}

	private static String title(Evaluation evaluation) {
		String target = evaluation.getTarget() == null ? ObjectLabels.of(evaluation) : ObjectLabels.of(evaluation.getTarget());
		String type = Printed.of(evaluation, EvaluationPackage.Literals.EVALUATION__TYPE);
		return type == null ? target : target + " — " + type; //$NON-NLS-1$
	}

	private static String counts(Evaluation evaluation) {
		return NLS.bind(Messages.sectionCommentsDescription, count(evaluation, CommentPolarity.POSITIVE),
				count(evaluation, CommentPolarity.NEGATIVE));
	}

	private static long count(Evaluation evaluation, CommentPolarity polarity) {
		return evaluation.getComments().stream().filter(comment -> comment.isSetPolarity() && comment.getPolarity() == polarity).count();
	}

	private static void typeIntoField(ListEditor<EvaluationComment> comments, int textColumn, Event key) {
		Spreadsheet.Position cell = comments.table().spreadsheet().focus();
		boolean typed = key.character >= ' ' && key.character != SWT.DEL && (key.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) == 0;
		if (cell == null || cell.column() != textColumn || !typed && key.keyCode != SWT.F2) {
			return;
		}
		Text field = textField(comments.control());
		if (field != null) {
			field.setFocus();
			field.setSelection(field.getCharCount());
			if (typed) {
				field.insert(String.valueOf(key.character));
			}
		}
	}

	/** The list's multi-line field under its table; null if it has none. */
	private static Text textField(Composite list) {
		for (Control child : list.getChildren()) {
			if (child instanceof Text text && ListEditor.ROLE_TEXT.equals(text.getData(ListEditor.ROLE))) {
				return text;
			}
			Text found = child instanceof Composite composite ? textField(composite) : null;
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** The kind a pasted mark stands for: 〇 (or ○, ◯) praise and ● a point to improve, as printed; else by name. */
	private Object kind(EvaluationComment comment, String text) {
		return switch (text.strip()) {
		case "〇", "○", "◯" -> CommentPolarity.POSITIVE; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "●" -> CommentPolarity.NEGATIVE; //$NON-NLS-1$
		default -> Spreadsheet.choice(CommentPolarity.VALUES, value -> label(comment, EvaluationPackage.Literals.EVALUATION_COMMENT__POLARITY, value),
				text);
		};
	}

	/** Cells a paste sets to the value read from its text; null where the comment has that value already. */
	private record PastedCells(EditingDomain domain, EAttribute attribute, BiFunction<EvaluationComment, String, Object> read)
			implements Spreadsheet.Cells {

		@Override
		public boolean canEdit(Object row) {
			return true;
		}

		@Override
		public Command change(Object row, String text) {
			EvaluationComment comment = (EvaluationComment) row;
			Object value = read.apply(comment, text);
			return Objects.equals(value, comment.eGet(attribute)) ? null : SetCommand.create(domain, comment, attribute, value);
		}
	}

	/** The mark as printed; 〇 or ● from the polarity when the report printed none. */
	static String mark(EvaluationComment comment) {
		return Printed.or(comment, EvaluationPackage.Literals.EVALUATION_COMMENT__POLARITY,
				() -> !comment.isSetPolarity() ? "" : comment.getPolarity() == CommentPolarity.POSITIVE ? "〇" //$NON-NLS-1$
						: comment.getPolarity() == CommentPolarity.NEGATIVE ? "●" : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected List<Object> structure() {
		return new ArrayList<>(editor.report().getEvaluations());
	}

	/** The evaluations' comments and 提言 with their 対処方針. */
	@Override
	public boolean shows(EObject object) {
		return enclosing(object, EvaluationComment.class) != null || enclosing(object, Recommendation.class) != null;
	}

	@Override
	protected void modelChanged() {
		lists.forEach(ListEditor::refresh);
		// a comment added or its kind chosen counts at once
		counted.forEach((evaluation, section) -> section.setDescription(counts(evaluation)));
		getManagedForm().reflow(true);
	}

	/** The counts of praise and points to improve shown under the evaluation's title; for tests. */
	public String shownCounts(Evaluation evaluation) {
		return counted.get(evaluation).getDescription();
	}

	/** Each evaluation's comments, then its 提言; for tests. */
	public List<ListEditor<?>> lists() {
		return lists;
	}
}
