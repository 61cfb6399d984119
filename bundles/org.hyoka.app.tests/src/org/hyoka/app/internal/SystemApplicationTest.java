package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exported reports and returned score sheets, opened as a double-click in the Project Explorer opens them, go to the
 * desktop's application: no editor part (no text editor, no "Unable to create part"), nothing logged as an error.
 */
class SystemApplicationTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();
	private final List<String> launched = Collections.synchronizedList(new ArrayList<>());
	private final List<IStatus> errors = Collections.synchronizedList(new ArrayList<>());
	private final ILogListener listener = (status, plugin) -> {
		if (status.matches(IStatus.ERROR)) {
			errors.add(status);
		}
	};
	private final Predicate<String> desktop = SystemApplication.launch;
	private IProject project;

	@BeforeEach
	void setUp() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("exports");
		project.create(null);
		project.open(null);
		Platform.addLogListener(listener);
	}

	@AfterEach
	void restore() {
		SystemApplication.launch = desktop;
		Platform.removeLogListener(listener);
	}

	@ParameterizedTest
	@ValueSource(strings = { "報告書.pdf", "報告書.docx", "評点票.xlsx", "評点.csv" })
	void theDesktopApplicationOpensIt(String name) throws CoreException {
		SystemApplication.launch = path -> launched.add(path);
		IFile file = file(name);
		assertNull(bot.syncCall(() -> open(bot, file)), "no editor part");
		assertEquals(0, bot.syncCall(() -> bot.page().getEditorReferences().length), "no editor tab");
		assertEquals(List.of(file.getLocation().toOSString()), launched);
		assertTrue(errors.isEmpty(), errors.toString());
	}

	@Test
	void withoutADesktopApplicationTheUserIsTold() throws CoreException {
		String message = refusal(bot, file("評点票.xlsx"), "Open File", "system-application-missing.png");
		assertTrue(message.startsWith("No application on this computer opens 評点票.xlsx.") && message.contains("office suite"), message);
		assertTrue(errors.isEmpty(), errors.toString());
	}

	/**
	 * Opens the file on a desktop without an application for it: the message the user is shown, after a screenshot of
	 * it and OK. No editor opens.
	 */
	static String refusal(WorkbenchBot bot, IFile file, String title, String screenshot) {
		Predicate<String> desktop = SystemApplication.launch;
		SystemApplication.launch = path -> false;
		try {
			bot.display().asyncExec(() -> open(bot, file));
			ShellBot dialog = bot.shell(title);
			String message = dialog.textContaining(file.getName());
			bot.screenshot(screenshot);
			dialog.button(IDialogConstants.OK_LABEL).click();
			dialog.waitUntilClosed();
			assertEquals(0, bot.syncCall(() -> bot.page().getEditorReferences().length), "no editor tab");
			return message;
		} finally {
			SystemApplication.launch = desktop;
		}
	}

	private IFile file(String name) throws CoreException {
		return file(project, name);
	}

	/** A file of the name in the project; its content does not matter, as no editor reads it. */
	static IFile file(IProject project, String name) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(new byte[] { 'P', 'K', 3, 4, 0 }), true, null);
		return file;
	}

	private static Object open(WorkbenchBot bot, IFile file) {
		try {
			return IDE.openEditor(bot.page(), file);
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}
}
