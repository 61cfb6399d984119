package org.hyoka.testing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** Compares widget labels the way a user reads them: without mnemonics and accelerator text. */
public final class Labels {

	// Japanese mnemonics are printed after the label, as in ファイル(&F), 設定(&P)..., 作成者名(&N)： and 次へ(&N) >;
	// compiled once: a label is read for every widget a lookup passes
	private static final Pattern JAPANESE_MNEMONIC = Pattern.compile("\\([A-Z]\\)(?=(\\.\\.\\.|…|:|：| >)?$)"); //$NON-NLS-1$

	private Labels() {
	}

	/** "&amp;Save\tCtrl+S" reads "Save"; "&amp;&amp;" stays a literal ampersand. */
	public static String plain(String label) {
		if (label == null) {
			return ""; //$NON-NLS-1$
		}
		int tab = label.indexOf('\t');
		String text = tab >= 0 ? label.substring(0, tab) : label;
		StringBuilder sb = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '&' && i + 1 < text.length()) {
				c = text.charAt(++i);
			}
			sb.append(c);
		}
		return JAPANESE_MNEMONIC.matcher(sb).replaceAll("").trim(); //$NON-NLS-1$
	}

	public static boolean matches(String label, String expected) {
		return plain(label).equals(expected);
	}

	/** The texts of every label in the control and below it, in widget order; call on the UI thread. */
	public static List<String> texts(Control control) {
		List<String> texts = new ArrayList<>();
		if (control instanceof Label label) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				texts.addAll(texts(child));
			}
		}
		return texts;
	}
}
