package org.hyoka.edit.ui.widgets;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hyoka.model.persistence.Dates;

/**
 * A date typed as YYYY-MM-DD, 2024/3/31 or 令和6年3月31日, which the empty text shows as a hint, or picked from a
 * calendar that drops down from the button beside it (or Alt+Down in the text). The one date widget of the pages and
 * of table cells: picking writes the date into the text and tells {@link #onPick}, where the caller makes it one
 * command.
 */
public final class DateField {

	/** Data key of the field's composite, whose value is the field, for tests. */
	public static final String KEY = DateField.class.getName();
	/** Data key naming the calendar's shell and its controls for tests. */
	public static final String CALENDAR = "org.hyoka.edit.ui.widgets.DateField.calendar"; //$NON-NLS-1$

	private final Composite control;
	private final Text text;
	private final Button drop;
	private Shell popup;
	private Consumer<LocalDate> picked = date -> {
	};
	private Runnable dismissed = () -> {
	};

	/**
	 * @param text
	 *            makes the text in the composite it is given, so that a cell editor or a form toolkit styles it
	 */
	public DateField(Composite parent, Function<Composite, Text> text) {
		control = new Composite(parent, SWT.NONE);
		control.setData(KEY, this);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(control);
		this.text = text.apply(control);
		this.text.setMessage(Messages.dateFormat);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(this.text);
		drop = new Button(control, SWT.ARROW | SWT.DOWN);
		drop.setToolTipText(Messages.pickDate);
		drop.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent event) {
				event.result = Messages.pickDate;
			}
		});
		GridDataFactory.fillDefaults().grab(false, true).applyTo(drop);
		drop.addListener(SWT.Selection, event -> open());
		this.text.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN && (event.stateMask & SWT.ALT) != 0) {
				event.doit = false;
				open();
			}
		});
		control.addListener(SWT.Dispose, event -> close());
	}

	/** The control to lay out in the parent. */
	public Composite control() {
		return control;
	}

	public Text text() {
		return text;
	}

	/** Runs with the date the user picked from the calendar, after the text shows it. */
	public DateField onPick(Consumer<LocalDate> action) {
		picked = action;
		return this;
	}

	/** Runs when the calendar closes without a pick: Escape, or a click elsewhere. */
	public DateField onClose(Runnable action) {
		dismissed = action;
		return this;
	}

	/**
	 * The date the text holds, written YYYY-MM-DD or as Japanese sheets and letters write it (2025/3/31, 令和7年3月31日:
	 * {@link Dates#typed}); null when it is empty or no date in the years a file takes.
	 */
	public LocalDate date() {
		return Dates.read(text.getText()).orElse(null);
	}

	public void setDate(LocalDate date) {
		text.setText(date == null ? "" : date.toString()); //$NON-NLS-1$
	}

	/** Whether the calendar is open, e.g. so that a cell editor stays open while the user picks. */
	public boolean isOpen() {
		return popup != null && !popup.isDisposed();
	}

	/** Whether the control has the focus, in the text, the button or the calendar. */
	public boolean hasFocus() {
		Control focus = control.getDisplay().getFocusControl();
		return Controls.isInside(focus, control) || Controls.isInside(focus, popup);
	}

	/** Opens the calendar below the field at the typed date, today when the text holds none. */
	public void open() {
		if (isOpen()) {
			return;
		}
		popup = new Shell(control.getShell(), SWT.ON_TOP | SWT.TOOL | SWT.BORDER);
		popup.setData(CALENDAR, "shell"); //$NON-NLS-1$
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(popup);
		DateTime calendar = new DateTime(popup, SWT.CALENDAR);
		calendar.setData(CALENDAR, "calendar"); //$NON-NLS-1$
		LocalDate shown = date() != null ? date() : LocalDate.now();
		calendar.setDate(shown.getYear(), shown.getMonthValue() - 1, shown.getDayOfMonth());
		Button ok = new Button(popup, SWT.PUSH);
		ok.setText(Messages.pick);
		ok.setData(CALENDAR, "pick"); //$NON-NLS-1$
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(ok);
		popup.setDefaultButton(ok);
		// a double click or Enter on a day picks it; a single click only moves there, as months and years do
		calendar.addListener(SWT.DefaultSelection, event -> pick(calendar));
		ok.addListener(SWT.Selection, event -> pick(calendar));
		popup.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_ESCAPE) {
				event.doit = false;
				close();
				text.setFocus();
				dismissed.run();
			}
		});
		// clicking elsewhere closes the calendar, once the click has been handled
		popup.addListener(SWT.Deactivate, event -> popup.getDisplay().asyncExec(() -> {
			if (isOpen()) {
				close();
				dismissed.run();
			}
		}));
		popup.pack();
		Point below = control.toDisplay(0, control.getSize().y);
		popup.setLocation(below);
		popup.open();
		calendar.setFocus();
	}

	private void pick(DateTime calendar) {
		LocalDate date = LocalDate.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay());
		close();
		if (control.isDisposed()) {
			return;
		}
		setDate(date);
		text.setFocus();
		picked.accept(date);
	}

	private void close() {
		if (isOpen()) {
			popup.dispose();
		}
		popup = null;
	}
}
