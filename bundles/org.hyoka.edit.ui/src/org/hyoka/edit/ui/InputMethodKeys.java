package org.hyoka.edit.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * Gives the key being handled to a text field, through the field's input method. A table has no input method, so the
 * key that opens a cell by typing reaches the table as a bare letter: with a Japanese input method on, typing 「suiso」
 * into a cell gave 「sういそ」, the first letter outside the composition. Given to the cell's field instead, it starts the
 * composition there, as Excel's cells do; with no input method on, the field gets the letter as before.
 * <p>
 * GTK 3 only, through SWT's natives for the current event, by reflection: they are SWT's internals, and other
 * platforms have none of these classes. Elsewhere, or while no native key event is being handled (a key sent by a
 * program rather than typed), {@link #redeliver} does nothing and says so.
 */
final class InputMethodKeys {

	private static final int GDK_KEY_PRESS = 8;
	private static final Method CURRENT_EVENT;
	private static final Method EVENT_TYPE;
	private static final Method WIDGET_EVENT;
	private static final Method EVENT_FREE;
	private static final Field HANDLE;

	static {
		Method current = null;
		Method type = null;
		Method event = null;
		Method free = null;
		Field handle = null;
		if ("gtk".equals(SWT.getPlatform())) { //$NON-NLS-1$
			try {
				Class<?> gtk = Class.forName("org.eclipse.swt.internal.gtk.GTK"); //$NON-NLS-1$
				if (!gtk.getField("GTK4").getBoolean(null)) { //$NON-NLS-1$
					Class<?> gtk3 = Class.forName("org.eclipse.swt.internal.gtk3.GTK3"); //$NON-NLS-1$
					Class<?> gdk = Class.forName("org.eclipse.swt.internal.gtk.GDK"); //$NON-NLS-1$
					current = gtk3.getMethod("gtk_get_current_event"); //$NON-NLS-1$
					event = gtk3.getMethod("gtk_widget_event", long.class, long.class); //$NON-NLS-1$
					type = gdk.getMethod("gdk_event_get_event_type", long.class); //$NON-NLS-1$
					free = gdk.getMethod("gdk_event_free", long.class); //$NON-NLS-1$
					handle = org.eclipse.swt.widgets.Widget.class.getField("handle"); //$NON-NLS-1$
				}
			} catch (ReflectiveOperationException | LinkageError e) {
				current = null;
			}
		}
		CURRENT_EVENT = current;
		EVENT_TYPE = type;
		WIDGET_EVENT = event;
		EVENT_FREE = free;
		HANDLE = handle;
	}

	private InputMethodKeys() {
	}

	/**
	 * Gives the key press being handled to the field, which has the keyboard; the caller stops the key where it was.
	 *
	 * @return whether the field got it; false where that cannot be done, and the caller types the key's character
	 */
	static boolean redeliver(Text field) {
		if (CURRENT_EVENT == null) {
			return false;
		}
		try {
			long event = (long) CURRENT_EVENT.invoke(null);
			if (event == 0) {
				return false;
			}
			try {
				if ((int) EVENT_TYPE.invoke(null, event) != GDK_KEY_PRESS) {
					return false;
				}
				WIDGET_EVENT.invoke(null, HANDLE.getLong(field), event);
				return true;
			} finally {
				EVENT_FREE.invoke(null, event);
			}
		} catch (ReflectiveOperationException e) {
			return false;
		}
	}
}
