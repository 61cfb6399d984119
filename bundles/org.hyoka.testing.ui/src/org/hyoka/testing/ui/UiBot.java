package org.hyoka.testing.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Drives a running SWT application from a test thread, in the manner of SWTBot: every widget access is
 * marshalled to the display thread, actions that may open modal dialogs are posted asynchronously, and
 * lookups wait until the widget they look for has appeared.
 */
public class UiBot {

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
	private static final long POLL_MILLIS = 50;
	/** Two periods of GTK's frame clock (60 Hz), in which it paints what a flush left pending. */
	private static final long FRAME_MILLIS = 40;

	private static final AtomicInteger LAST_EVENT_TIME = new AtomicInteger();

	protected final Display display;

	public UiBot(Display display) {
		if (display.getThread() == Thread.currentThread()) {
			// Waiting on the display thread would block the very events a test waits for.
			throw new IllegalStateException("UiBot must run on a test thread, not on the display thread"); //$NON-NLS-1$
		}
		this.display = display;
	}

	/**
	 * A new event with a time of its own, later than the last one's, as the display gives each event it sends. The
	 * workbench's key bindings take a Delete, Backspace or Escape that comes with the time of the last such key for
	 * that same key again, and let it go.
	 */
	public static Event newEvent() {
		Event event = new Event();
		event.time = LAST_EVENT_TIME.updateAndGet(last -> Math.max(last + 1, (int) System.currentTimeMillis()));
		return event;
	}

	public Display display() {
		return display;
	}

	/** Evaluates on the display thread. */
	public <T> T syncCall(Supplier<T> body) {
		return UiThread.call(display, body);
	}

	public void syncRun(Runnable body) {
		UiThread.run(display, body);
	}

	/** Waits until the condition, evaluated on the display thread, holds; fails with the description otherwise. */
	public void waitUntil(String description, BooleanSupplier condition) {
		waitUntil(description, condition, DEFAULT_TIMEOUT);
	}

	public void waitUntil(String description, BooleanSupplier condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!syncCall(condition::getAsBoolean)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting until " + description); //$NON-NLS-1$ //$NON-NLS-2$
			}
			pause(POLL_MILLIS);
		}
	}

	/**
	 * Presses and releases a key on the control as SWT delivers a key the user types: the display's filters see it
	 * first, so the workbench's key bindings run (Delete deletes). The key is a character ({@code SWT.DEL}) or a key
	 * code ({@code SWT.F2}). Not through the window system ({@code Display.post}): without a window manager, as
	 * under Xvfb, its keys reached no window.
	 */
	public void pressKey(Control control, int key) {
		pressKey(control, key, SWT.NONE);
	}

	/**
	 * Presses a key with modifiers ({@code SWT.MOD1} for Ctrl, {@code SWT.SHIFT}) as {@link #pressKey(Control, int)}
	 * does; with Ctrl a letter comes as its control character, as the keyboard sends it ({@code 'v'} as 0x16).
	 */
	public void pressKey(Control control, int key, int modifiers) {
		syncRun(() -> press(control, key, modifiers));
		flush();
	}

	/**
	 * Presses the key as {@link #pressKey(Control, int, int)} does, without waiting for what it runs: a key bound to a
	 * command that opens a dialog (Ctrl+N) runs the dialog's event loop inside the press, which a test waiting for the
	 * press would wait for until the dialog closed. Find the dialog with {@link #shell(String)}.
	 */
	public void pressKeyOpening(Control control, int key, int modifiers) {
		display.asyncExec(() -> press(control, key, modifiers));
	}

	/**
	 * Types the letters as a keyboard does, through the window system (the X server's test extension): the keys reach
	 * the window with the keyboard and its input method, where {@link #pressKey} gives a control's listeners events of
	 * SWT's own. The pointer goes over the control's shell first, which, with no window manager, is where the server
	 * sends keys. Lower-case letters and digits, which need no modifier.
	 */
	public void typeThroughWindowSystem(Control control, String letters) {
		syncRun(() -> {
			control.getShell().forceActive();
			movePointer(control.toDisplay(control.getSize().x / 2, control.getSize().y / 2));
		});
		flush();
		for (char letter : letters.toCharArray()) {
			for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
				Event key = newEvent();
				key.type = type;
				key.character = letter;
				syncRun(() -> post(key));
			}
			flush();
		}
	}

	/**
	 * Moves the pointer over the shell's bottom left corner, where nothing pops up, until the returned pointer is
	 * closed. Without a window manager, once a dialog has closed, the server sends the keys to the window under the
	 * pointer: a message's hover popping up there takes the keyboard from the control typed in.
	 */
	public AutoCloseable parkPointer(Shell shell) {
		Point was = syncCall(display::getCursorLocation);
		syncRun(() -> {
			Rectangle area = shell.getClientArea();
			movePointer(shell.toDisplay(area.x + 1, area.y + area.height - 2));
		});
		flush();
		return () -> {
			syncRun(() -> movePointer(was));
			flush();
		};
	}

	private void movePointer(Point to) {
		Event move = newEvent();
		move.type = SWT.MouseMove;
		move.x = to.x;
		move.y = to.y;
		post(move);
	}

	private void post(Event event) {
		if (!display.post(event)) {
			throw new IllegalStateException("the window system took no event of type " + event.type); //$NON-NLS-1$
		}
	}

	private static void press(Control control, int key, int modifiers) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event event = newEvent();
			event.keyCode = key;
			event.stateMask = modifiers;
			if ((key & SWT.KEYCODE_BIT) == 0) {
				event.character = (modifiers & SWT.CTRL) != 0 && Character.isLetter(key) ? (char) (key & 0x1f) : (char) key;
			}
			control.notifyListeners(type, event);
		}
	}

	/**
	 * Presses Tab, or Shift+Tab, on the control as SWT delivers it: a Traverse event its listeners may stop, else the
	 * focus moves on. A multi-line text gets the event not to traverse, and types a tab unless a listener wants the
	 * traversal.
	 */
	public void pressTab(Control control, boolean back) {
		syncRun(() -> {
			Event key = newEvent();
			key.character = SWT.TAB;
			key.keyCode = SWT.TAB;
			key.stateMask = back ? SWT.SHIFT : SWT.NONE;
			int detail = back ? SWT.TRAVERSE_TAB_PREVIOUS : SWT.TRAVERSE_TAB_NEXT;
			if (control instanceof Text text && (text.getStyle() & SWT.MULTI) != 0) {
				key.detail = detail;
				key.doit = false;
				text.notifyListeners(SWT.Traverse, key);
				if (!key.doit) {
					text.insert("\t"); //$NON-NLS-1$
					return;
				}
			}
			control.traverse(detail, key);
		});
		flush();
	}

	/** Presses Enter in a text field or cell editor as SWT delivers it: the key, then the default selection. */
	public void pressEnter(Control control) {
		syncRun(() -> {
			Event key = newEvent();
			key.character = SWT.CR;
			key.keyCode = SWT.CR;
			control.notifyListeners(SWT.KeyDown, key);
			control.notifyListeners(SWT.DefaultSelection, newEvent());
			control.notifyListeners(SWT.KeyUp, key);
		});
		flush();
	}

	/**
	 * Lets the window of the control paint what changed before a screenshot: GTK paints on its frame clock, not at
	 * once, so a table just refreshed could still show its old texts.
	 */
	public void settlePainting(Control control) {
		for (int frame = 0; frame < 3; frame++) {
			syncRun(() -> control.getShell().update());
			flush();
			pause(FRAME_MILLIS);
		}
	}

	/** Puts the text on the clipboard, as a spreadsheet's or editor's Copy does. */
	public void setClipboard(String text) {
		syncRun(() -> {
			Clipboard clipboard = new Clipboard(display);
			try {
				clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
		});
	}

	/** The clipboard's text, null when it holds none. */
	public String clipboard() {
		return syncCall(() -> {
			Clipboard clipboard = new Clipboard(display);
			try {
				return (String) clipboard.getContents(TextTransfer.getInstance());
			} finally {
				clipboard.dispose();
			}
		});
	}

	/**
	 * Turns the mouse wheel with the pointer over the middle of the control, as the X server reports a wheel: SWT posts
	 * keys and clicks on GTK but not the wheel, so this asks xdotool (one of setup.sh's test packages) for it. A
	 * negative number of clicks scrolls down.
	 */
	public void wheel(Control control, int clicks) {
		Point middle = syncCall(() -> control.toDisplay(middle(control)));
		String button = clicks < 0 ? "5" : "4"; //$NON-NLS-1$ //$NON-NLS-2$
		xdotool("turn the wheel", "mousemove", Integer.toString(middle.x), Integer.toString(middle.y), //$NON-NLS-1$ //$NON-NLS-2$
				"click", "--repeat", Integer.toString(Math.abs(clicks)), button); //$NON-NLS-1$ //$NON-NLS-2$
		flush();
	}

	/**
	 * Clicks the control at the point (in its own coordinates) with the first button, as many times as asked (2 is a
	 * double-click), through the X server as the user's mouse does (xdotool): GTK makes the clicks, and tells a
	 * double-click, itself, which events made up in SWT do not show.
	 */
	public void click(Control control, Point at, int times) {
		Point on = syncCall(() -> control.toDisplay(at));
		xdotool("click", "mousemove", Integer.toString(on.x), Integer.toString(on.y), "sleep", "0.2", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"click", "--repeat", Integer.toString(times), "--delay", "80", "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		flush();
	}

	/**
	 * Drags the files onto the middle of the control and drops them there, as from a file manager: the X server's
	 * pointer (xdotool) carries them from a small window that offers them as the desktop's file list
	 * ({@link FileTransfer}), so that the drop goes through GTK's drag and drop as a user's does.
	 */
	public void dropFiles(Control target, List<Path> files) {
		dropFiles(target, syncCall(() -> middle(target)), files);
	}

	/** As {@link #dropFiles(Control, List)}, at this point of the control (a tree's item, say). */
	public void dropFiles(Control target, Point at, List<Path> files) {
		Point to = syncCall(() -> target.toDisplay(at));
		String[] names = files.stream().map(file -> file.toAbsolutePath().toString()).toArray(String[]::new);
		AtomicBoolean finished = new AtomicBoolean();
		Shell source = syncCall(() -> {
			Shell shell = new Shell(display, SWT.ON_TOP | SWT.NO_TRIM);
			shell.setLayout(new FillLayout());
			Label label = new Label(shell, SWT.CENTER);
			label.setText(String.join("\n", names)); //$NON-NLS-1$
			// what a file manager offers: the target chooses
			DragSource drag = new DragSource(label, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK);
			drag.setTransfer(FileTransfer.getInstance());
			drag.addDragListener(new DragSourceAdapter() {
				@Override
				public void dragSetData(DragSourceEvent event) {
					event.data = names;
				}

				@Override
				public void dragFinished(DragSourceEvent event) {
					finished.set(true);
				}
			});
			// beside the point of the drop, on the control's side nearer the screen's edge
			Point size = new Point(120, 60);
			shell.setBounds(to.x > size.x * 2 ? to.x - size.x * 2 : to.x + size.x, to.y - size.y / 2, size.x, size.y);
			shell.open();
			return shell;
		});
		try {
			flush();
			Point from = syncCall(() -> source.toDisplay(source.getSize().x / 2, source.getSize().y / 2));
			List<String> moves = new ArrayList<>(List.of("mousemove", Integer.toString(from.x), Integer.toString(from.y), "mousedown", "1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			// in steps, with pauses: GTK starts a drag past its threshold, and looks for the target as the pointer moves
			int steps = 8;
			for (int step = 1; step <= steps; step++) {
				moves.addAll(List.of("sleep", "0.1", "mousemove", Integer.toString(from.x + (to.x - from.x) * step / steps), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						Integer.toString(from.y + (to.y - from.y) * step / steps)));
			}
			moves.addAll(List.of("sleep", "0.3", "mouseup", "1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			// no flush: draining the display inside a syncExec would run what the drop opens (a wizard, a dialog)
			// inside it, and the test would wait for that dialog to close
			xdotool("drag the files", moves.toArray(String[]::new)); //$NON-NLS-1$
			waitUntil("the drag has ended", finished::get); //$NON-NLS-1$
		} finally {
			syncRun(source::dispose);
		}
	}

	/** The middle of the control, in its own coordinates; call on the display thread. */
	private static Point middle(Control control) {
		return new Point(control.getSize().x / 2, control.getSize().y / 2);
	}

	/** Runs xdotool (one of setup.sh's test packages) for what SWT cannot post on GTK: the wheel, a drag, a click. */
	private static void xdotool(String what, String... arguments) {
		List<String> command = new ArrayList<>(List.of("xdotool")); //$NON-NLS-1$
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new AssertionError("xdotool could not " + what + ": " + output); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (IOException e) {
			throw new AssertionError("xdotool, which is to " + what + ", did not run (setup.sh installs it)", e); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** Waits until the display thread has run everything queued so far. */
	public void flush() {
		syncRun(() -> {
			while (display.readAndDispatch()) {
				// drain
			}
		});
	}

	/** The visible shell with this title, once it has appeared. */
	public ShellBot shell(String title) {
		waitUntil("a shell titled \"" + title + "\" is visible, shells are " + shellTitles(), //$NON-NLS-1$ //$NON-NLS-2$
				() -> findShell(title) != null);
		return new ShellBot(this, syncCall(() -> findShell(title)));
	}

	public List<String> shellTitles() {
		return syncCall(() -> Arrays.stream(display.getShells()).filter(Shell::isVisible).map(Shell::getText).toList());
	}

	private Shell findShell(String title) {
		return Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible())
				.filter(s -> title.equals(s.getText())).findFirst().orElse(null);
	}

	/** The first control of the type under the root (e.g. one section of a page) matching the test, once there is one. */
	public <T extends Control> T find(Control root, Class<T> type, String description, Predicate<? super T> test) {
		waitUntil(description, () -> !findAll(root, type, test).isEmpty());
		return syncCall(() -> findAll(root, type, test).get(0));
	}

	/** All controls of the type under the root matching the test, in tree order. Call on the display thread. */
	public static <T extends Control> List<T> findAll(Control root, Class<T> type, Predicate<? super T> test) {
		List<T> found = new ArrayList<>();
		collect(root, type, test, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<? super T> test, List<T> found) {
		if (control.isDisposed()) {
			return;
		}
		if (type.isInstance(control) && test.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, test, found);
			}
		}
	}

	/** The visible button with this label under the root, e.g. the Add of one list among several on a page. */
	public ButtonBot button(Control root, String label) {
		return new ButtonBot(this, find(root, Button.class, "button \"" + label + "\"", //$NON-NLS-1$ //$NON-NLS-2$
				b -> Labels.matches(b.getText(), label) && b.isVisible()));
	}

	/** An item of the control's context menu, as a right-click shows it. */
	public MenuBot contextMenu(Control control, String... path) {
		return MenuBot.context(this, control, path);
	}

	/**
	 * Edits a cell of a viewer as a user does: starts editing it, types the text (or, in a list of choices, picks the
	 * one labelled so) and presses Enter.
	 */
	public void editCell(ColumnViewer viewer, Object row, int column, String text) {
		syncRun(() -> {
			reveal(viewer.getControl());
			// as a click elsewhere does, an edit under way ends first
			if (viewer.isCellEditorActive()) {
				viewer.applyEditorValue();
			}
		});
		// its editor's focus-out arrives later on GTK and would end the new edit were the editor the same
		flush();
		syncRun(() -> viewer.editElement(row, column));
		flush();
		if (!syncCall(viewer::isCellEditorActive)) {
			screenshot("edit-cell-failed.png"); //$NON-NLS-1$
			throw new AssertionError("column " + column + " of " + row + " cannot be edited in " + syncCall(viewer.getControl()::toString)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		syncRun(() -> {
			// a list of choices has the focus in its text part
			Control focus = display.getFocusControl() != null && display.getFocusControl().getParent() instanceof CCombo choices ? choices
					: display.getFocusControl();
			switch (focus) {
			case Text field -> field.setText(text);
			case CCombo choices -> {
				int index = Arrays.asList(choices.getItems()).indexOf(text);
				if (index < 0) {
					throw new AssertionError("\"" + text + "\" is not among " + Arrays.toString(choices.getItems())); //$NON-NLS-1$ //$NON-NLS-2$
				}
				choices.select(index);
			}
			case null, default -> throw new AssertionError("no cell editor has the focus: " + focus); //$NON-NLS-1$
			}
			focus.notifyListeners(SWT.DefaultSelection, newEvent());
		});
		flush();
	}

	/** Scrolls the control into view, as a user does before clicking it: GTK gives no focus to what is scrolled away. */
	public static void reveal(Control control) {
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scrolled) {
				scrolled.showControl(control);
			}
		}
	}

	/**
	 * The pixels the screen shows in the area (display coordinates, cut to the screen), read on the UI thread; paint
	 * first ({@link #settlePainting}) to read what changed.
	 */
	public static ImageData capture(Display display, Rectangle area) {
		Rectangle on = area.intersection(display.getBounds());
		Image image = new Image(display, Math.max(1, on.width), Math.max(1, on.height));
		GC gc = new GC(display);
		try {
			gc.copyArea(image, on.x, on.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/**
	 * Saves a PNG of the whole screen under the build's screenshot folder (system property
	 * {@code org.hyoka.tests.screenshots}, by default {@code target/screenshots}).
	 */
	public Path screenshot(String name) {
		return screenshot(Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"), name)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Saves a PNG of the whole screen, for evidence and for diagnosing failures. */
	public Path screenshot(Path file) {
		syncRun(() -> Screenshots.capture(display, file));
		return file;
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while waiting", e); //$NON-NLS-1$
		}
	}
}
