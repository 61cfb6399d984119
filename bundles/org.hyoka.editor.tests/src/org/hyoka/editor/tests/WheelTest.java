package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.editor.OpenedEditors;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mouse wheel over a long text field scrolls the field while it has more to show, then the page, as in a browser
 * or Word: a field with a scroll bar took every turn of the wheel, and the page stood still under the pointer. The
 * wheel is the X server's, so GTK's own handling of it is part of what is tested.
 */
class WheelTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void theWheelOverALongFieldScrollsItThenThePage() throws Exception {
		IFile file = SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null);
		EvaluationEditor editor = OpenedEditors.openValidated(bot, file);
		IFormPage overview = bot.syncCall(() -> (IFormPage) editor.getActivePageInstance());
		ScrolledForm form = bot.syncCall(() -> overview.getManagedForm().getForm());
		String purpose = bot.syncCall(() -> editor.report().getProgram().getPurpose());
		Text field = bot.find(form, Text.class, "the purpose field", text -> text.getText().equals(purpose));
		ScrollBar bar = bot.syncCall(field::getVerticalBar);
		bot.syncRun(() -> form.setOrigin(0, 0));

		bot.wheel(field, -1);
		bot.waitUntil("the field scrolled down", () -> bot.syncCall(bar::getSelection) > 0);
		assertEquals(0, bot.syncCall(form::getOrigin).y, "the page stays while the field has more to show");

		bot.syncRun(() -> bar.setSelection(bar.getMaximum() - bar.getThumb()));
		bot.waitUntil("the field is at its end", () -> bot.syncCall(() -> bar.getSelection() + bar.getThumb() >= bar.getMaximum()));
		int fieldAtEnd = bot.syncCall(bar::getSelection);
		bot.wheel(field, -1);
		bot.waitUntil("the page scrolled down", () -> bot.syncCall(form::getOrigin).y > 0);
		assertEquals(fieldAtEnd, bot.syncCall(bar::getSelection));
		bot.screenshot("wheel-over-a-field-at-its-end.png");

		// back up: the field first, from its end to its start, then the page
		bot.syncRun(() -> bar.setSelection(0));
		bot.waitUntil("the field is at its start", () -> bot.syncCall(bar::getSelection) == 0);
		int scrolled = bot.syncCall(form::getOrigin).y;
		bot.wheel(field, 1);
		bot.waitUntil("the page scrolled up", () -> bot.syncCall(form::getOrigin).y < scrolled);
	}
}
