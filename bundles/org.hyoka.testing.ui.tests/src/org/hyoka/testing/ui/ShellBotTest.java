package org.hyoka.testing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The test support drives real widgets the way the product's tests rely on. */
class ShellBotTest {

	private final UiBot bot = new UiBot(PlatformUI.getWorkbench().getDisplay());
	private final List<String> typed = new ArrayList<>();
	private final AtomicInteger clicks = new AtomicInteger();
	private Shell shell;

	@BeforeEach
	void openShell() {
		bot.syncRun(() -> {
			shell = new Shell(bot.display());
			shell.setText("Score sheet");
			shell.setLayout(new GridLayout(2, false));
			new Label(shell, SWT.NONE).setText("&Evaluator:");
			Text evaluator = new Text(shell, SWT.BORDER);
			evaluator.setData("org.hyoka.field", "evaluator");
			evaluator.addModifyListener(e -> typed.add(evaluator.getText()));
			Button apply = new Button(shell, SWT.PUSH);
			apply.setText("&Apply");
			apply.addListener(SWT.Selection, e -> clicks.incrementAndGet());
			Table table = new Table(shell, SWT.BORDER);
			for (String header : new String[] { "Item", "Score" }) {
				new TableColumn(table, SWT.NONE).setText(header);
			}
			new TableItem(table, SWT.NONE).setText(new String[] { "1", "2.5" });
			new TableItem(table, SWT.NONE).setText(new String[] { "2", "3.0" });
			shell.pack();
			shell.open();
		});
	}

	@AfterEach
	void closeShell() {
		bot.syncRun(shell::dispose);
	}

	@Test
	void typesIntoTheFieldALabelIntroducesKeyByKey() {
		ShellBot sheet = bot.shell("Score sheet");
		sheet.textWithLabel("Evaluator:").setText("座長");
		assertEquals("座長", sheet.textWithData("org.hyoka.field", "evaluator").getText());
		assertEquals(List.of("座", "座長"), typed);
	}

	@Test
	void clicksButtonsByLabel() {
		bot.shell("Score sheet").button("Apply").click();
		bot.waitUntil("the click has arrived", () -> clicks.get() == 1);
	}

	@Test
	void waitsForAShellThatIsAlreadyGone() {
		ShellBot sheet = bot.shell("Score sheet");
		bot.syncRun(shell::dispose);
		sheet.waitUntilClosed();
		assertEquals("Score sheet", sheet.title());
	}

	@Test
	void readsTables() {
		TableBot table = bot.shell("Score sheet").table();
		assertEquals(List.of("Item", "Score"), table.columnHeaders());
		assertEquals(List.of(List.of("1", "2.5"), List.of("2", "3.0")), table.rows());
		assertEquals("3.0", table.cell(1, 1));
	}

	@Test
	void failsWithWhatItWaitedFor() {
		AssertionError error = assertThrows(AssertionError.class,
				() -> bot.waitUntil("the impossible", () -> false, Duration.ofMillis(200)));
		assertTrue(error.getMessage().contains("the impossible"), error.getMessage());
	}

	@Test
	void refusesToRunOnTheDisplayThread() {
		assertThrows(IllegalStateException.class, () -> bot.syncCall(() -> new UiBot(bot.display())));
	}

	@Test
	void readsLabelsAsUsersDo() {
		assertEquals("Save", Labels.plain("&Save\tCtrl+S"));
		assertEquals("ファイル", Labels.plain("ファイル(&F)"));
		assertEquals("作成者名：", Labels.plain("作成者名(&N)："));
		assertEquals("Size (MB):", Labels.plain("Size (MB):"));
		assertEquals("Fish & Chips", Labels.plain("Fish && Chips"));
	}
}
